/**
 * `interview-followups due <vault> [options]`: reads the vault's notes from disk,
 * evaluates them with the shared core, and prints the follow-ups.
 */
import { stat } from "node:fs/promises";
import { todayOnThisMachine } from "./clock";
import { basename, resolve } from "node:path";
import { draftSubjects, userTemplatesFromSources } from "../app/draft-subjects";
import { evaluateNotesAsRead } from "../app/evaluate";
import { dateHolidays, UnknownHolidayCountry } from "../app/holidays";
import { createPathLinkResolver } from "../app/link-index";
import type { Day, Diagnostic, Evaluation, InterviewNote } from "../core/model";
import { compareDiagnostics } from "../core/rules";
import type { Settings } from "../core/settings";
import type { SourceNote } from "../core/source";
import { parseDueArgs } from "./args";
import { loadSettingsFor, localeDateOrder } from "./config";
import { RENDERERS } from "./formats";
import { CliUsageError, type CliIo } from "./io";
import { personNoteText, VaultPass } from "./scan-vault";

/** Vaults with more notes than this show a progress line (on a terminal). */
const PROGRESS_THRESHOLD = 500;

/** The help text of `due`. */
export const DUE_HELP = `Usage: interview-followups due <vault> [options]

Lists the follow-ups due after your job interviews, from the interview notes in <vault>.

Options:
  --today YYYY-MM-DD      evaluate for that day (default: today)
  --format FORMAT         table (default), json, markdown (a dashboard note with
                          [[links]]) or ics (an iCalendar file for calendar apps)
  --config FILE           settings JSON (default: the vault's plugin settings, if any)
  --status LIST           only these, comma-separated: overdue,due,upcoming
  --horizon DAYS          leave out upcoming follow-ups more than DAYS days ahead
                          (table, markdown, ics; default 14; JSON lists everything)
  -h, --help              show this help
`;

/** A self-overwriting progress line on stderr; does nothing when it should stay quiet. */
function progressLine(io: CliIo): { show: (label: string, done: number, total: number) => void; clear: () => void } {
	let shown = false;
	let lastPercent = -1;
	return {
		show(label, done, total) {
			if (!io.isTTY.stderr || total <= PROGRESS_THRESHOLD) return;
			const percent = Math.floor((done / total) * 100);
			if (percent === lastPercent && done !== total) return;
			lastPercent = percent;
			io.stderr.write(`\r\x1b[K${label} ${done}/${total} notes…`);
			shown = true;
		},
		clear() {
			if (shown) io.stderr.write("\r\x1b[K");
			shown = false;
		},
	};
}

/** Checks that the vault is a folder that can be read, or throws a one-line CliUsageError. */
export async function checkVault(vault: string, absolute: string): Promise<void> {
	try {
		if (!(await stat(absolute)).isDirectory()) throw new CliUsageError(`${vault} is a file, not a vault folder`);
	} catch (error) {
		if (error instanceof CliUsageError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		if (code === "ENOENT" || code === "ENOTDIR") throw new CliUsageError(`there is no folder ${vault}`);
		throw new CliUsageError(`the folder ${vault} could not be read (${code ?? "unknown error"})`);
	}
}

/** The vault folder could not be listed; the message is the system's code. */
export class VaultUnreadable extends Error {}

/** What evaluateVaultFolder found. */
export interface VaultEvaluation {
	evaluation: Evaluation;
	/** The interview notes by path, when asked to keep them; else empty. */
	notes: Map<string, InterviewNote>;
	/** The notes of the template folder, with their bodies. */
	templates: readonly SourceNote[];
}

/**
 * The whole of `due` but the printing: the vault's notes read from disk one at a time
 * (VaultPass), person links resolved as they are met, the rules run and sorted.
 * Throws VaultUnreadable when the folder cannot be listed, and UnknownHolidayCountry.
 */
export function evaluateVaultFolder(
	vaultRoot: string,
	settings: Settings,
	today: Day,
	options: {
		keepNotes?: boolean;
		onProgress?: (done: number, total: number) => void;
		/** Called with each interview note read. */
		onNote?: (note: InterviewNote) => void;
		/** Called with each note of the vault as it is read, before the rules see it. */
		onSource?: (source: SourceNote) => void;
		/** Every note keeps its body for onSource, not only interview and log notes. */
		allBodies?: boolean;
		/** How slashed dates read when the settings leave it to the locale (localeDateOrder). */
		dateOrder?: "DMY" | "MDY";
		/** False: person notes give only their properties, as in Obsidian (the reading-parity test). */
		personText?: boolean;
	} = {},
): VaultEvaluation {
	let pass: VaultPass;
	try {
		pass = new VaultPass(vaultRoot, { settings, allBodies: options.allBodies });
	} catch (error) {
		throw new VaultUnreadable((error as NodeJS.ErrnoException).code ?? String(error));
	}
	const notes = new Map<string, InterviewNote>();
	const { onNote, onSource } = options;
	const keep = options.keepNotes === true;
	const sources = onSource === undefined ? pass.notes() : watched(pass.notes(), onSource);
	const evaluation = evaluateNotesAsRead(sources, pass.files.length, {
		settings,
		today,
		resolve: createPathLinkResolver(pass.paths(), (index) => pass.frontmatterAt(index)),
		countryHolidays: dateHolidays,
		dateOrder: options.dateOrder,
		personText: options.personText === false ? undefined : personNoteText(vaultRoot, pass.personTexts),
		onProgress: options.onProgress,
		onNote:
			keep || onNote !== undefined
				? (note) => {
						if (keep) notes.set(note.path, note);
						onNote?.(note);
					}
				: undefined,
	});
	// A folder that could not be listed hides its notes: each gets a warning of its own.
	const folders: Diagnostic[] = pass.folderProblems.map((problem) => ({
		note: null,
		severity: "warning",
		code: "unreadable-folder",
		message: `The folder ${problem.path} could not be read (${problem.reason}), so any interview notes in it are missing.`,
	}));
	if (folders.length > 0) evaluation.diagnostics = [...evaluation.diagnostics, ...folders].sort(compareDiagnostics);
	return { evaluation, notes, templates: pass.templates };
}

/** The notes as they go by, each shown to `see` first. */
function* watched(sources: Iterable<SourceNote>, see: (source: SourceNote) => void): Generator<SourceNote, void, undefined> {
	for (const source of sources) {
		see(source);
		yield source;
	}
}

/** Runs `due` with its arguments (after the word `due`). */
export async function run(argv: string[], io: CliIo): Promise<number> {
	const args = parseDueArgs(argv);
	if (args.help) {
		io.stdout.write(DUE_HELP);
		return 0;
	}
	const render = RENDERERS[args.format];
	const vaultRoot = resolve(io.cwd, args.vault);
	await checkVault(args.vault, vaultRoot);
	const settings = loadSettingsFor(vaultRoot, args.config === null ? null : resolve(io.cwd, args.config));
	const today = args.today ?? todayOnThisMachine();

	const progress = progressLine(io);
	let read: VaultEvaluation;
	try {
		read = evaluateVaultFolder(vaultRoot, settings, today, {
			// Calendar entries quote each follow-up's draft subject, built from its note.
			keepNotes: args.format === "ics",
			dateOrder: localeDateOrder(io.env),
			onProgress: (done, total) => progress.show("Reading", done, total),
		});
	} catch (error) {
		if (error instanceof UnknownHolidayCountry) throw new CliUsageError(`settings: "holidayCountry": ${error.message}`);
		if (error instanceof VaultUnreadable) throw new CliUsageError(`the folder ${args.vault} could not be read (${error.message})`);
		throw error;
	} finally {
		progress.clear();
	}
	const { evaluation, notes, templates } = read;

	const noColor = (io.env["NO_COLOR"] ?? "") !== "";
	writeOutput(
		io,
		render(evaluation, {
			vault: args.vault,
			vaultName: basename(vaultRoot),
			statuses: args.statuses,
			horizon: args.horizon ?? settings.horizonDays,
			color: args.format === "table" && io.isTTY.stdout && !noColor,
			interviewTag: settings.interviewTag,
			draftSubject: draftSubjects({
				noteFor: (path) => notes.get(path) ?? null,
				settings,
				today,
				userTemplates: userTemplatesFromSources(templates, settings.templateFolder),
			}),
		}),
	);
	return 0;
}

/** Output pieces are gathered into writes of about this many characters. */
const WRITE_SIZE = 64 * 1024;

/** Writes a renderer's output: a string at once, pieces in batches of about WRITE_SIZE. */
function writeOutput(io: CliIo, output: string | Iterable<string>): void {
	if (typeof output === "string") {
		io.stdout.write(output);
		return;
	}
	let batch = "";
	for (const piece of output) {
		batch += piece;
		if (batch.length >= WRITE_SIZE) {
			io.stdout.write(batch);
			batch = "";
		}
	}
	if (batch !== "") io.stdout.write(batch);
}
