/**
 * `interview-followups setup <vault> [--json] [--write] [--today D]`: looks at the
 * vault's notes and proposes the settings that read them (src/core/setup), with the
 * evidence for each, and what they yield against the current settings. `--write`
 * merges the proposal into the vault's plugin settings (the file's own keys win).
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UnknownHolidayCountry } from "../app/holidays";
import { proposalValueText, yieldOf, type SetupYield } from "../app/setup-yield";
import type { Day } from "../core/model";
import { plural } from "../core/follow-up-text";
import { SetupDetector, type SetupProposal } from "../core/setup/detect";
import { mergeProposal } from "../core/setup/merge";
import type { Settings } from "../core/settings";
import type { SourceNote } from "../core/source";
import { parseArgs, readDayOption } from "./args";
import { todayOnThisMachine } from "./clock";
import { loadSettingsFor, localeDateOrder, PLUGIN_DATA_PATH } from "./config";
import { checkVault, evaluateVaultFolder, VaultUnreadable } from "./due-command";
import { CliUsageError, type CliIo } from "./io";
import { readRegularFileSync, SETTINGS_LIMIT, whyUnreadable } from "./read-file";

/** The help text of `setup`. */
export const SETUP_HELP = `Usage: interview-followups setup <vault> [options]

Looks at the notes of <vault> and proposes the settings that read them: which tag or
folder marks an application, which of your properties mean which field, what your
status and relation words mean, timelines, and how slashed dates read. Each proposal
comes with its evidence, and with what it yields next to the current settings.

Options:
  --write                 merge the proposal into the vault's plugin settings
                          (${PLUGIN_DATA_PATH}; your own values win,
                          the old file is kept as data.json.bak)
  --json                  print the proposal as one JSON object
  --today YYYY-MM-DD      count the follow-ups due on that day (default: today)
  -h, --help              show this help
`;

/** The vault's settings file as an object, or null when there is none. */
function readDataFile(file: string): Record<string, unknown> | null {
	if (!existsSync(file)) return null;
	let text: string;
	try {
		text = readRegularFileSync(file, SETTINGS_LIMIT).toString("utf8");
	} catch (error) {
		throw new CliUsageError(`settings file ${file} could not be read: ${whyUnreadable(error)}`);
	}
	const raw: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	if (typeof raw !== "object" || raw === null || Array.isArray(raw))
		throw new CliUsageError(`settings file ${file}: settings must be a JSON object`);
	return raw as Record<string, unknown>;
}

/** Replaces the settings file in one step, keeping the old one as data.json.bak. */
function writeDataFile(file: string, data: Record<string, unknown>): void {
	try {
		mkdirSync(dirname(file), { recursive: true });
		if (existsSync(file)) copyFileSync(file, `${file}.bak`);
		const temp = `${file}.${process.pid}.tmp`;
		try {
			writeFileSync(temp, `${JSON.stringify(data, null, 2)}\n`, { flag: "wx" });
			renameSync(temp, file);
		} catch (error) {
			rmSync(temp, { force: true });
			throw error;
		}
	} catch (error) {
		throw new CliUsageError(`the settings could not be written to ${file}: ${whyUnreadable(error)}`);
	}
}

/** Reads the vault once with `settings` (and the locale's date order), showing each note to `onSource`; returns what they yield. */
function evaluateWith(
	vaultRoot: string,
	vault: string,
	settings: Settings,
	today: Day,
	dateOrder: "DMY" | "MDY",
	onSource?: (source: SourceNote) => void,
): SetupYield {
	let notes = 0;
	try {
		const { evaluation } = evaluateVaultFolder(vaultRoot, settings, today, {
			onSource,
			dateOrder,
			onNote: () => notes++,
			allBodies: onSource !== undefined,
		});
		return yieldOf(evaluation, notes);
	} catch (error) {
		if (error instanceof UnknownHolidayCountry) throw new CliUsageError(`settings: "holidayCountry": ${error.message}`);
		if (error instanceof VaultUnreadable) throw new CliUsageError(`the folder ${vault} could not be read (${error.message})`);
		throw error;
	}
}

/** Runs `setup` with its arguments (after the word `setup`). */
export async function run(argv: string[], io: CliIo): Promise<number> {
	const args = parseArgs(argv, { positionals: ["vault"], values: { today: "2026-11-23" }, flags: ["json", "write"] });
	if (args.help) {
		io.stdout.write(SETUP_HELP);
		return 0;
	}
	const vault = args.positionals["vault"] as string;
	const today = args.values["today"] === undefined ? todayOnThisMachine() : readDayOption("today", args.values["today"]);
	const vaultRoot = resolve(io.cwd, vault);
	await checkVault(vault, vaultRoot);
	const file = join(vaultRoot, PLUGIN_DATA_PATH);
	// A settings file the plugin would refuse stops here, before anything is proposed or written.
	const current = loadSettingsFor(vaultRoot);
	let existing: Record<string, unknown> | null;
	try {
		existing = readDataFile(file);
	} catch (error) {
		if (error instanceof CliUsageError) throw error;
		throw new CliUsageError(`settings file ${file} is not valid JSON`);
	}

	// One pass gives both the evidence and what the current settings yield.
	const detector = new SetupDetector(current, today);
	const dateOrder = localeDateOrder(io.env);
	const before = evaluateWith(vaultRoot, vault, current, today, dateOrder, (source) => detector.add(source));
	const proposal = detector.propose();
	const merged = mergeProposal(existing, proposal.settings);
	const after = proposal.items.length === 0 ? before : evaluateWith(vaultRoot, vault, merged.settings, today, dateOrder);

	const write = args.flags.has("write") && proposal.items.length > 0;
	if (write) writeDataFile(file, merged.data);

	if (args.flags.has("json")) {
		const out = {
			vault,
			today,
			applications: proposal.applications,
			alreadyRead: proposal.alreadyRead,
			proposal: proposal.settings,
			items: proposal.items,
			statuses: proposal.statuses,
			relations: proposal.relations,
			refused: merged.refused,
			yield: { current: before, proposed: after },
			written: write ? PLUGIN_DATA_PATH : null,
		};
		io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
	} else {
		io.stdout.write(describeProposal(vault, today, proposal, before, after, merged.refused, write, args.flags.has("write")));
	}
	return 0;
}

/** The proposal for people to read. */
export function describeProposal(
	vault: string,
	today: Day,
	proposal: SetupProposal,
	before: SetupYield,
	after: SetupYield,
	refused: readonly { key: string; message: string }[],
	written: boolean,
	writeAsked: boolean,
): string {
	const lines: string[] = [];
	lines.push(
		`${vault}: ${plural(proposal.applications, "note")} look like applications; the current settings read ${proposal.alreadyRead} of them.`,
		"",
	);
	if (proposal.items.length === 0) {
		lines.push("Nothing to propose: the current settings already read this vault as it is.");
	} else {
		lines.push("Proposed settings:");
		const width = Math.max(...proposal.items.map((item) => item.setting.length));
		for (const item of proposal.items) {
			lines.push(`  ${item.setting.padEnd(width)}  ${proposalValueText(item.value)}`);
			lines.push(`  ${" ".repeat(width)}    because ${item.evidence}`);
		}
	}
	if (proposal.statuses.length > 0) {
		lines.push("", "Status values found:");
		for (const s of proposal.statuses) {
			const group =
				s.group === null
					? "no group: add it to statusAliases by hand"
					: s.known
						? `${s.group} (already known)`
						: `${s.group} (proposed)`;
			lines.push(`  ${JSON.stringify(s.value)} in ${plural(s.notes, "note")}: ${group}`);
		}
	}
	if (proposal.relations.length > 0) {
		lines.push("", "Relation words found:");
		for (const r of proposal.relations) {
			const relation =
				r.relation === null
					? "no relation: add it to relationAliases by hand if it names one"
					: r.known
						? `${r.relation} (already known)`
						: `${r.relation} (proposed)`;
			lines.push(`  ${JSON.stringify(r.value)} (${r.count}×): ${relation}`);
		}
	}
	for (const problem of refused) lines.push("", `Left out: ${problem.message}`);
	lines.push(
		"",
		`What it yields on ${today}:`,
		`                   notes read  follow-ups  due or overdue`,
		`  current settings ${String(before.notes).padStart(10)}  ${String(before.followUps).padStart(10)}  ${String(before.dueNow).padStart(14)}`,
		`  with proposal    ${String(after.notes).padStart(10)}  ${String(after.followUps).padStart(10)}  ${String(after.dueNow).padStart(14)}`,
		"",
	);
	if (written) lines.push(`Written to ${PLUGIN_DATA_PATH} (your own values kept; the old file, if any, is data.json.bak).`);
	else if (writeAsked) lines.push("Nothing written: there was nothing to propose.");
	else if (proposal.items.length > 0) lines.push(`Run again with --write to merge it into ${PLUGIN_DATA_PATH}.`);
	lines.push("");
	return lines.join("\n");
}
