/**
 * `interview-followups explain <note> [--today D]`: how one note was read. Every field
 * and where it came from, the properties that were not read and why, the people, rounds,
 * log and timeline, the notes about it, and its follow-ups with their reasons.
 */
import { relative } from "node:path";
import type { Day, FollowUp, InterviewNote, Person } from "../core/model";
import { safeLine } from "../core/safe-text";
import { fieldSources, originText } from "../core/setup/explain";
import type { NoteField } from "../core/fields";
import { parseArgs, readDayOption } from "./args";
import { todayOnThisMachine } from "./clock";
import type { CliIo } from "./io";
import { loadNoteContext } from "./note-context";
import { sourceFromText } from "./read-note-file";

/** The help text of `explain`. */
export const EXPLAIN_HELP = `Usage: interview-followups explain <note> [options]

Shows how a note is read: each field and the property (or line) it came from, the
properties left unread and why, its people, rounds, log and timeline, and the
follow-ups it gives with their reasons.

Options:
  --today YYYY-MM-DD      the day to work out the follow-ups for (default: today)
  --vault DIR             the vault (default: the nearest folder above the note with .obsidian)
  --config FILE           settings JSON (default: the vault's plugin settings, if any)
  -h, --help              show this help
`;

function personText(person: Person): string {
	const ways = [person.email, person.phone, person.linkedin].filter((x) => x !== null);
	const bits = [person.relation, person.title, ...ways, person.primary ? "main contact" : null, person.notePath].filter(
		(x) => x !== null,
	);
	return `${person.name} (${bits.join(", ")})`;
}

/** Each field's value as read, or null when the note has none. */
function fieldValues(note: InterviewNote): [NoteField, string | null][] {
	return [
		["company", note.company],
		["role", note.role],
		["interview_date", note.interviewDate],
		["format", note.format],
		["people", note.people.length > 0 ? note.people.map((p) => p.name).join(", ") : null],
		["decision_date", note.decisionDate],
		["call_back", note.callBack],
		["status", note.statusText === null ? note.status : `${note.status} ("${note.statusText}")`],
		["status_date", note.statusDate],
		["source", note.source],
		["topics", note.topics.length > 0 ? note.topics.join(", ") : null],
		["job_url", note.jobUrl],
		["follow_up_on", note.reminder ? note.reminder.day : null],
		["stay_in_touch", note.stayInTouch ? null : "no"],
	];
}

/** Where a field came from. */
function whereFrom(field: NoteField, note: InterviewNote, property: string | undefined): string {
	if (field === "decision_date" && note.decisionOrigin) return originText(note.decisionOrigin);
	if (field === "status" && note.statusOrigin) return originText(note.statusOrigin);
	if (field === "follow_up_on" && note.reminder?.origin) return originText(note.reminder.origin);
	if (field === "status" && property === undefined) return "no status written: the default";
	return originText(null, property);
}

function followUpLines(f: FollowUp): string[] {
	const to = f.to === null ? "" : ` → ${f.to}`;
	const window = f.due === f.windowEnd ? f.due : `${f.due} to ${f.windowEnd}`;
	return [`  ${f.status.padEnd(8)} ${f.kind}${to}, ${window}`, `           ${f.reason}`];
}

/** The explanation, for people to read. */
export function explainNote(
	shownPath: string,
	note: InterviewNote,
	frontmatter: Record<string, unknown> | null,
	settings: Parameters<typeof fieldSources>[1],
	today: Day,
	followUps: readonly FollowUp[],
	diagnostics: readonly { severity: string; message: string }[],
): string {
	const { sources, unread } = fieldSources(frontmatter, settings);
	const lines: string[] = [`${shownPath}, read on ${today}`, "", "Fields read:"];
	const values = fieldValues(note);
	const width = Math.max(...values.map(([field]) => field.length));
	for (const [field, value] of values) {
		if (value === null) continue;
		lines.push(`  ${field.padEnd(width)}  ${value}`, `  ${" ".repeat(width)}  from ${whereFrom(field, note, sources[field])}`);
	}
	const missing = values.filter(([field, value]) => value === null && field !== "stay_in_touch").map(([field]) => field);
	if (missing.length > 0) lines.push(`  not found: ${missing.join(", ")}`);

	lines.push("", "Properties not read:");
	if (unread.length === 0) lines.push("  none");
	for (const { key, reason } of unread) lines.push(`  \`${key}\`: ${reason}`);

	lines.push("", "People:");
	if (note.people.length === 0) lines.push("  none named");
	for (const person of note.people) lines.push(`  ${personText(person)}`);

	const rounds = note.rounds ?? [];
	lines.push("", "Rounds:");
	if (rounds.length === 0) lines.push(note.interviewDate === null ? "  none" : `  ${note.interviewDate} (the note's interview date)`);
	for (const round of rounds) {
		const bits = [
			round.name,
			round.format,
			round.people.length > 0 ? `with ${round.people.map((p) => p.name).join(", ")}` : null,
		].filter((x) => x !== null);
		lines.push(`  ${round.date}${bits.length > 0 ? ` ${bits.join(", ")}` : ""}  (from ${originText(round.origin)})`);
		if (round.decisionDate !== null) lines.push(`    decision by ${round.decisionDate}  (from ${originText(round.decisionOrigin)})`);
		if (round.callBack !== null) lines.push(`    call back on ${round.callBack}  (from ${originText(round.callBackOrigin)})`);
	}

	lines.push("", "Log:");
	if (note.log.length === 0) lines.push("  empty");
	for (const entry of note.log) {
		const who = entry.person === null ? "" : entry.direction === "sent" ? ` → ${entry.person}` : ` ← ${entry.person}`;
		const what = entry.dismissed ? " (dismissed)" : entry.snoozedUntil !== null ? ` (snoozed until ${entry.snoozedUntil})` : "";
		lines.push(
			`  ${entry.date} ${entry.direction} ${entry.kind}${who}${what}  (from ${originText(entry.origin, sources.follow_ups ?? "follow_ups")})`,
		);
	}

	const timeline = note.timeline ?? [];
	if (timeline.length > 0) {
		lines.push("", "Timeline:");
		for (const entry of timeline) {
			const kind = entry.kind === "" ? "" : ` ${entry.kind}`;
			const who = entry.person === null ? "" : ` (${entry.person})`;
			lines.push(`  ${entry.date} ${entry.event}${kind}${who}: ${entry.text}  (from ${originText(entry.origin)})`);
		}
	}

	lines.push("", `Follow-ups on ${today}:`);
	if (followUps.length === 0) lines.push("  none pending");
	for (const f of followUps) lines.push(...followUpLines(f));

	if (diagnostics.length > 0) {
		lines.push("", "Notes about it:");
		for (const d of diagnostics) lines.push(`  ${d.severity}: ${d.message}`);
	}
	lines.push("");
	return lines.map((line) => safeLine(line)).join("\n");
}

/** Runs `explain` with its arguments (after the word `explain`). */
export async function run(argv: string[], io: CliIo): Promise<number> {
	const args = parseArgs(argv, {
		positionals: ["note"],
		values: { today: "2026-11-23", vault: "path/to/vault", config: "settings.json" },
	});
	if (args.help) {
		io.stdout.write(EXPLAIN_HELP);
		return 0;
	}
	const v = args.values;
	const today = v["today"] === undefined ? todayOnThisMachine() : readDayOption("today", v["today"]);
	const notePath = args.positionals["note"] ?? "";
	const context = await loadNoteContext(notePath, { vault: v["vault"] ?? null, config: v["config"] ?? null, today }, io);
	const { note } = context;
	const source = sourceFromText(note.path, context.text);
	const followUps = context.evaluation.followUps.filter((f) => f.note === note.path);
	const diagnostics = context.evaluation.diagnostics.filter((d) => d.note === note.path);
	io.stdout.write(
		explainNote(
			relative(io.cwd, context.absolutePath) || notePath,
			note,
			source.frontmatter,
			context.settings,
			today,
			followUps,
			diagnostics,
		),
	);
	return 0;
}
