/**
 * `interview-followups due <vault> [options]`: reads the vault's notes from disk,
 * evaluates them with the shared core, and prints the follow-ups.
 */
import { stat } from "node:fs/promises";
import { todayOnThisMachine } from "./clock";
import { basename, resolve } from "node:path";
import { calendarFor } from "../app/calendar";
import { draftSubjects, userTemplatesFromSources } from "../app/draft-subjects";
import { evaluateVault } from "../app/evaluate";
import { dateHolidays, UnknownHolidayCountry } from "../app/holidays";
import { createLinkResolver } from "../app/link-index";
import { type BusinessCalendar } from "../core/dates";
import type { Day, InterviewNote } from "../core/model";
import { readInterviewNote } from "../core/read-note";
import type { Settings } from "../core/settings";
import type { LinkResolver, SourceNote } from "../core/source";
import { parseDueArgs } from "./args";
import { loadSettingsFor } from "./config";
import { RENDERERS } from "./formats";
import { CliUsageError, type CliIo } from "./io";
import { scanVault } from "./scan-vault";

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

async function checkVault(vault: string, absolute: string): Promise<void> {
	try {
		if (!(await stat(absolute)).isDirectory()) throw new CliUsageError(`${vault} is a file, not a vault folder`);
	} catch (error) {
		if (error instanceof CliUsageError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		if (code === "ENOENT" || code === "ENOTDIR") throw new CliUsageError(`there is no folder ${vault}`);
		throw new CliUsageError(`the folder ${vault} could not be read (${code ?? "unknown error"})`);
	}
}

/**
 * The interview note at a path, for draft subjects in the calendar file. The evaluation
 * keeps follow-ups, not notes, so a note is read again from its source, once, and only
 * when a follow-up of it asks; a note that cannot be read has no subject.
 */
function notesFromSources(sources: readonly SourceNote[], settings: Settings, today: Day, resolveLink: LinkResolver): (path: string) => InterviewNote | null {
	const byPath = new Map(sources.map((s) => [s.path, s]));
	const read = new Map<string, InterviewNote | null>();
	let calendar: BusinessCalendar | undefined;
	return (path) => {
		if (!read.has(path)) {
			const source = byPath.get(path);
			let note: InterviewNote | null = null;
			try {
				calendar ??= calendarFor(settings, today, dateHolidays);
				note = source ? readInterviewNote(source, settings, resolveLink, calendar).note : null;
			} catch {
				note = null;
			}
			read.set(path, note);
		}
		return read.get(path) ?? null;
	};
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
	let sources;
	try {
		sources = scanVault(vaultRoot, { onProgress: (done, total) => progress.show("Reading", done, total), settings });
	} catch (error) {
		progress.clear();
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliUsageError(`the folder ${args.vault} could not be read (${code ?? String(error)})`);
	}
	const resolveLink = createLinkResolver(sources);
	let evaluation;
	try {
		evaluation = evaluateVault(sources, {
			settings,
			today,
			resolve: resolveLink,
			countryHolidays: dateHolidays,
			onProgress: (done, total) => progress.show("Checking", done, total),
		});
	} catch (error) {
		if (error instanceof UnknownHolidayCountry) throw new CliUsageError(`settings: "holidayCountry": ${error.message}`);
		throw error;
	} finally {
		progress.clear();
	}

	const noColor = (io.env["NO_COLOR"] ?? "") !== "";
	io.stdout.write(
		render(evaluation, {
			vault: args.vault,
			vaultName: basename(vaultRoot),
			statuses: args.statuses,
			horizon: args.horizon ?? settings.horizonDays,
			color: args.format === "table" && io.isTTY.stdout && !noColor,
			interviewTag: settings.interviewTag,
			draftSubject: draftSubjects({
				noteFor: notesFromSources(sources, settings, today, resolveLink),
				settings,
				today,
				userTemplates: userTemplatesFromSources(sources, settings.templateFolder),
			}),
		}),
	);
	return 0;
}
