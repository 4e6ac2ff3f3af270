/**
 * How one note was read, as sections of lines: the fields and where each came from, the
 * properties left unread and why, its people, rounds, log and timeline, its follow-ups
 * with their reasons, and the problems found in it. Both the command line's `explain`
 * (plain text) and the plugin's "Explain this note" (a dialog) show these sections, so
 * the two never say different things. Pure: the caller passes the note as read, its
 * frontmatter, the settings, the day and that day's follow-ups.
 */
import { NOTE_FIELDS, type NoteField } from "../fields";
import type { Day, FollowUp, InterviewNote, Person } from "../model";
import type { Settings } from "../settings";
import { tagGroup } from "../status";
import { fieldSources, originText } from "./explain";

/** One thing the explanation says, and where it was read from. */
export interface ExplainLine {
	/** A short word before the text: a field's name, a property's name, a follow-up's status, a problem's severity. */
	label?: string;
	/** What was read, in words. */
	text: string;
	/** Where it was read from (originText's words); absent when the line needs no source. */
	from?: string;
	/** Lines that belong under this one: a round's decision date, a follow-up's reason. */
	more?: ExplainLine[];
}

/** The sections, in the order they are shown. */
export type ExplainSectionKey = "fields" | "unread" | "people" | "rounds" | "log" | "timeline" | "follow-ups" | "diagnostics";

/** One section of the explanation. */
export interface ExplainSection {
	/** Which section it is, for the way each one is laid out. */
	key: ExplainSectionKey;
	/** Its heading, without punctuation. */
	title: string;
	/** What it lists. */
	lines: ExplainLine[];
	/** What to say when `lines` is empty; null to say nothing. */
	empty: string | null;
	/** A closing line after the list (the fields that were not found), or null. */
	footer: string | null;
}

/** What the explanation is built from. */
export interface ExplainInput {
	/** The note as read. */
	note: InterviewNote;
	/** Its frontmatter as read (null when it has none). */
	frontmatter: Record<string, unknown> | null;
	/** The settings it was read with (the field aliases, and the status aliases for flags). */
	settings: Pick<Settings, "fieldAliases" | "statusAliases">;
	/** The day its follow-ups were worked out for. */
	today: Day;
	/** Its pending follow-ups on that day. */
	followUps: readonly FollowUp[];
	/** The problems found in it. */
	diagnostics: readonly { severity: string; message: string }[];
}

/** Note fields the explanation leaves out: the log and rounds have sections of their own, tags and type only select the note. */
const NOT_EXPLAINED = ["follow_ups", "interviews", "tags", "type"] as const;

type ExplainedField = Exclude<NoteField, (typeof NOT_EXPLAINED)[number]>;

/** The fields the explanation reports, in the order of NOTE_FIELDS. */
export const EXPLAINED_FIELDS: readonly ExplainedField[] = (Object.keys(NOTE_FIELDS) as NoteField[]).filter(
	(field): field is ExplainedField => !(NOT_EXPLAINED as readonly string[]).includes(field),
);

/** Each field's value as read, or null when the note has none. */
function fieldValue(field: ExplainedField, note: InterviewNote): string | null {
	switch (field) {
		case "company":
			return note.company;
		case "role":
			return note.role;
		case "interview_date":
			return note.interviewDate;
		case "format":
			return note.format;
		case "people":
			return note.people.length > 0 ? note.people.map((p) => p.name).join(", ") : null;
		case "decision_date":
			return note.decisionDate;
		case "call_back":
			return note.callBack;
		case "status":
			return note.statusText === null ? note.status : `${note.status} ("${note.statusText}")`;
		case "status_date":
			return note.statusDate;
		case "source":
			return note.source;
		case "topics":
			return note.topics.length > 0 ? note.topics.join(", ") : null;
		case "job_url":
			return note.jobUrl;
		case "follow_up_on":
			return note.reminder ? note.reminder.day : null;
		case "stay_in_touch":
			return note.stayInTouch ? null : "no";
	}
}

/** Where a field came from. */
function whereFrom(field: NoteField, note: InterviewNote, property: string | undefined): string {
	if (field === "decision_date" && note.decisionOrigin) return originText(note.decisionOrigin);
	if (field === "status" && note.statusOrigin) return originText(note.statusOrigin);
	if (field === "status_date" && note.statusDateOrigin) return originText(note.statusDateOrigin);
	if (field === "follow_up_on" && note.reminder?.origin) return originText(note.reminder.origin);
	// No property and no origin: a tag in the text gave it (no line is kept), or nothing did.
	if (field === "status" && property === undefined)
		return note.statusText === null ? "no status written: the default" : "a tag in the note's text";
	// The latest round gives the interview date and format; say where it was read.
	const latest = note.rounds?.[note.rounds.length - 1]?.origin;
	if ((field === "interview_date" || field === "format") && latest) return originText(latest);
	if (field === "people") {
		const fromText = note.people.filter((p) => p.origin);
		const first = fromText[0]?.origin;
		if (first)
			return fromText.length === note.people.length ? originText(first) : `${originText(null, property)} and ${originText(first)}`;
	}
	// No property gave it: an inline field or a bold label did (the note keeps no line for those).
	return property === undefined ? "the note's text (an inline field or a bold label)" : originText(null, property);
}

function personText(person: Person): string {
	// A way to reach them that their title shows already (a table row's `/in/jane-doe`) is not shown twice.
	const ways = [person.email, person.phone, person.linkedin].filter((x) => x !== null && !person.title?.includes(x));
	const from = person.origin ? `from ${originText(person.origin)}` : null;
	const bits = [person.relation, person.title, ...ways, person.primary ? "main contact" : null, person.notePath, from].filter(
		(x) => x !== null,
	);
	return `${person.name} (${bits.join(", ")})`;
}

/** A section: its key, title and lines, what to say when it has none, and a closing line. */
function section(
	key: ExplainSectionKey,
	title: string,
	lines: ExplainLine[],
	empty: string | null = null,
	footer: string | null = null,
): ExplainSection {
	return { key, title, lines, empty, footer };
}

function fieldsSection(note: InterviewNote, sources: Partial<Record<NoteField, string>>): ExplainSection {
	const lines: ExplainLine[] = [];
	const missing: string[] = [];
	for (const field of EXPLAINED_FIELDS) {
		const value = fieldValue(field, note);
		if (value !== null) lines.push({ label: field, text: value, from: whereFrom(field, note, sources[field]) });
		else if (field !== "stay_in_touch") missing.push(field);
	}
	const footer = missing.length > 0 ? `not found: ${missing.join(", ")}` : null;
	return section("fields", "Fields read", lines, null, footer);
}

function roundsSection(note: InterviewNote): ExplainSection {
	const lines = (note.rounds ?? []).map((round): ExplainLine => {
		const bits = [
			round.name,
			round.format,
			round.people.length > 0 ? `with ${round.people.map((p) => p.name).join(", ")}` : null,
		].filter((x) => x !== null);
		const more: ExplainLine[] = [];
		if (round.decisionDate !== null) more.push({ text: `decision by ${round.decisionDate}`, from: originText(round.decisionOrigin) });
		if (round.callBack !== null) more.push({ text: `call back on ${round.callBack}`, from: originText(round.callBackOrigin) });
		const line: ExplainLine = { text: `${round.date}${bits.length > 0 ? ` ${bits.join(", ")}` : ""}`, from: originText(round.origin) };
		if (more.length > 0) line.more = more;
		return line;
	});
	if (lines.length === 0 && note.interviewDate !== null) lines.push({ text: `${note.interviewDate} (the note's interview date)` });
	for (const { date, property, entry } of note.notRounds ?? []) {
		const what = `${entry.event}${entry.kind === "" ? "" : ` ${entry.kind}`}`;
		lines.push({
			text: `${date} no round: \`${property}\` is the day of the last contact, and that day's entry is no interview (${what})`,
			from: originText(entry.origin),
		});
	}
	return section("rounds", "Rounds", lines, "none");
}

function logSection(note: InterviewNote, logProperty: string): ExplainSection {
	const lines = note.log.map((entry): ExplainLine => {
		const who = entry.person === null ? "" : entry.direction === "sent" ? ` → ${entry.person}` : ` ← ${entry.person}`;
		const what = entry.dismissed ? " (dismissed)" : entry.snoozedUntil !== null ? ` (snoozed until ${entry.snoozedUntil})` : "";
		return { text: `${entry.date} ${entry.direction} ${entry.kind}${who}${what}`, from: originText(entry.origin, logProperty) };
	});
	return section("log", "Log", lines, "empty");
}

function followUpLine(f: FollowUp): ExplainLine {
	const to = f.to === null ? "" : ` → ${f.to}`;
	const window = f.due === f.windowEnd ? f.due : `${f.due} to ${f.windowEnd}`;
	return { label: f.status, text: `${f.kind}${to}, ${window}`, more: [{ text: f.reason }] };
}

/**
 * The explanation of one note, section by section. The timeline and the problems are
 * left out when the note has none; every other section is always there.
 */
export function explainSections(input: ExplainInput): ExplainSection[] {
	const { note, today } = input;
	const { sources, unread } = fieldSources(input.frontmatter, input.settings);
	const sections: ExplainSection[] = [
		fieldsSection(note, sources),
		section(
			"unread",
			"Properties not read",
			// A true/false property named for a status is read as a flag (`declined: true`).
			unread.map(({ key, reason }) => ({
				label: key,
				text:
					input.frontmatter?.[key] === true && tagGroup(key, input.settings.statusAliases) !== null
						? "read only as a status flag, when no property gives a status"
						: reason,
			})),
			"none",
		),
		section(
			"people",
			"People",
			note.people.map((p) => ({ text: personText(p) })),
			"none named",
		),
		roundsSection(note),
		logSection(note, sources.follow_ups ?? "follow_ups"),
	];
	const timeline = note.timeline ?? [];
	if (timeline.length > 0) {
		const lines = timeline.map((entry): ExplainLine => {
			const kind = entry.kind === "" ? "" : ` ${entry.kind}`;
			const who = entry.person === null ? "" : ` (${entry.person})`;
			return { text: `${entry.date} ${entry.event}${kind}${who}: ${entry.text}`, from: originText(entry.origin) };
		});
		sections.push(section("timeline", "Timeline", lines));
	}
	sections.push(section("follow-ups", `Follow-ups on ${today}`, input.followUps.map(followUpLine), "none pending"));
	if (input.diagnostics.length > 0) {
		const lines = input.diagnostics.map((d) => ({ label: d.severity, text: d.message }));
		sections.push(section("diagnostics", "Notes about it", lines));
	}
	return sections;
}
