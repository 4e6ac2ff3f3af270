/**
 * The parts of a note kept in other people's shapes (existing-vaults.md §1, §3, §4):
 * rounds listed in an `interviews` property, timeline lists in frontmatter, dated tables
 * and lists in the body, and Dataview inline fields. Each value read here carries where
 * it came from.
 */
import { bodyEntries, inlineFields, mayHaveEntries, parseBody, readPropertyDay, type DateContext, type InlineField } from "../body";
import { datedEntry } from "../body/dated-entry";
import { placeSigns, readSigns } from "../body/entry-words";
import { labelledPeople, mayHaveRosters, rostersOf, type Roster } from "../body/rosters";
import { addDays } from "../dates";
import { normalizeKey, formatOf, NOTE_FIELDS } from "../fields";
import type { Day, Origin, Round, TimelineEntry } from "../model";
import type { Settings } from "../settings";
import { CALLED_OFF, wordsOf, type Vocabulary } from "../vocabulary";
import { isRecord, readList, readText, hasOwn } from "../values";
import type { ReadContext } from "./context";
import { readPeople, textPerson } from "./people";

/** A body longer than this is not read for a log (a pasted export, a hostile file): reading it would stall a scan. */
export const BODY_READ_LIMIT = 512 * 1024;

/** Keys of a timeline map that hold its day, as normalizeKey writes them. */
const DATE_KEYS = new Set(["date", "when", "day", "on", "datetime", "timestamp", "at", "sent", "time"]);
/** Keys that say what an entry is. */
const WHAT_KEYS = new Set(["type", "event", "action", "what", "kind", "direction", "commtype", "channel", "outcome", "result"]);
/** Keys that give the status the application moved to (`status: Interviewing`), read after the others. */
const STATUS_KEYS = new Set(["status", "stage"]);
/** Keys that add text read only for what the others do not say. */
const MORE_KEYS = new Set(["notes", "note", "description", "summary", "subject", "details", "comment", "text"]);
/** Keys that name the other person. */
const PERSON_KEYS = new Set(["to", "with", "from", "who", "contact", "person", "name", "interviewer", "interviewers"]);
/** Keys of a round map that give its name. */
const ROUND_NAME_KEYS = new Set(["name", "round", "roundname", "roundtype"]);

/** How dates and words of entries are read for one note, with the reading's vocabulary. */
export function dateContext(settings: Settings, vocabulary: Vocabulary, reference: Day, fallbackOrder: "DMY" | "MDY"): DateContext {
	return { reference, dateOrder: settings.dateOrder === "" ? fallbackOrder : settings.dateOrder, vocabulary };
}

/** A key's day in a map, the first date key that holds one (slashed dates read in `order`). */
function dayOf(map: Record<string, unknown>, order: "DMY" | "MDY"): Day | null {
	for (const [key, value] of Object.entries(map)) {
		const normal = normalizeKey(key);
		if (DATE_KEYS.has(normal) || normal.endsWith("date")) {
			const day = readPropertyDay(value, order);
			if (day !== null) return day;
		}
	}
	return null;
}

/** The text values of a map under the keys of one set, joined. */
function textUnder(map: Record<string, unknown>, keys: ReadonlySet<string>): string {
	const parts: string[] = [];
	for (const [key, value] of Object.entries(map)) {
		if (!keys.has(normalizeKey(key))) continue;
		for (const item of readList(value)) {
			const text = readText(item);
			if (text !== null) parts.push(text);
		}
	}
	return parts.join(" ");
}

/**
 * The rounds of an `interviews` list (or its aliases): each map read with the interview
 * fields, a name, and a round status; a cancelled round, or one without a date, is left out.
 */
export function roundsFromList(value: unknown, key: string, context: ReadContext): Round[] {
	const rounds: Round[] = [];
	readList(value).forEach((item, index) => {
		if (!isRecord(item)) return;
		const fields = context.lookups.note.sharedReader(item);
		const date = readPropertyDay(fields.get("interview_date"), context.dateOrder) ?? dayOf(item, context.dateOrder);
		if (date === null) return;
		const statusText = readText(fields.get("status"));
		if (statusText !== null && /cancel/i.test(statusText)) return;
		const origin: Origin = { from: "property", path: `${key}[${index}]` };
		const format = readText(fields.get("format"));
		let name: string | null = null;
		for (const [k, v] of Object.entries(item)) if (name === null && ROUND_NAME_KEYS.has(normalizeKey(k))) name = readText(v);
		const decisionDate = readPropertyDay(fields.get("decision_date"), context.dateOrder);
		const callBack = readPropertyDay(fields.get("call_back"), context.dateOrder);
		rounds.push({
			date,
			name,
			format: format === null ? (name === null ? null : formatOf(name)) : formatOf(format),
			people: readPeople(fields.get("people"), context),
			decisionDate,
			decisionOrigin: decisionDate === null ? null : origin,
			callBack,
			callBackOrigin: callBack === null ? null : origin,
			origin,
		});
	});
	return rounds;
}

/** The entries of the frontmatter lists named in `timelineFields`: maps with a date. */
export function frontmatterTimeline(frontmatter: Record<string, unknown>, settings: Settings, ctx: DateContext): TimelineEntry[] {
	const wanted = new Set(settings.timelineFields.map(normalizeKey));
	const entries: TimelineEntry[] = [];
	for (const [key, value] of Object.entries(frontmatter)) {
		if (!wanted.has(normalizeKey(key)) || !Array.isArray(value)) continue;
		value.forEach((item: unknown, index) => {
			if (!isRecord(item)) return;
			const date = dayOf(item, ctx.dateOrder);
			if (date === null) return;
			const main = textUnder(item, WHAT_KEYS);
			const status = textUnder(item, STATUS_KEYS);
			const more = textUnder(item, MORE_KEYS);
			const person = textUnder(item, PERSON_KEYS);
			const origin: Origin = { from: "property", path: `${key}[${index}]` };
			const entry = datedEntry(
				{
					date,
					main,
					status,
					more,
					text: [main, status, more].filter((t) => t !== "").join(" — "),
					person: person === "" ? null : person,
					direction: null,
					heading: null,
					task: null,
					origin,
				},
				ctx,
			);
			// Notes that list who interviewed (`面接官：佐藤 健一（開発部長）`) record that interview, with them.
			const met = labelledPeople(more).map((part) => ({ ...textPerson(part, settings.relationAliases).person, origin }));
			if (met.length > 0) {
				entry.met = met;
				if (entry.event === "other") entry.event = "interview";
			}
			entries.push(entry);
		});
	}
	return entries;
}

/** Names of a property that holds the day the user applied, as normalizeKey writes them (Korean `지원날짜`, `지원일` too). */
const APPLIED_KEYS = new Set(["dateapplied", "applieddate", "appliedon", "applicationdate", "applied", "지원날짜", "지원일"]);

/**
 * The day a property says the user applied (`Date Applied: 2026-11-12`), as an `applied`
 * entry of the timeline: that day's contact was the application, so a last-contact day on
 * it makes no round (withTimeline), as a logged application would. The frontmatter's
 * property comes first; else an inline field's or a bold label's, named as such.
 */
export function applicationEntries(
	frontmatter: Record<string, unknown>,
	inline: InlineRecord | null,
	order: "DMY" | "MDY",
): TimelineEntry[] {
	const sources: [Record<string, unknown>, (key: string) => Origin][] = [[frontmatter, (key) => ({ from: "property", path: key })]];
	if (inline !== null) sources.push([inline.record, (key) => inlineOriginOf(inline, key)]);
	for (const [record, originOf] of sources) {
		for (const [key, value] of Object.entries(record)) {
			const date = APPLIED_KEYS.has(normalizeKey(key)) ? readPropertyDay(value, order) : null;
			if (date !== null) return [{ date, event: "applied", kind: "", format: null, person: null, text: key, origin: originOf(key) }];
		}
	}
	return [];
}

/** What a body gives the timeline: its dated entries, and the people its labelled lines place at rounds. */
export interface BodyTimeline {
	entries: TimelineEntry[];
	rosters: Roster[];
}

/** The dated entries of a body's tables and lists and its lines of people, or none when it cannot hold any. */
export function bodyTimeline(body: string, firstLine: number, ctx: DateContext, context: ReadContext): BodyTimeline {
	if (body.length > BODY_READ_LIMIT) {
		context.warn(
			"long-note",
			`This note is longer than ${BODY_READ_LIMIT / 1024} KB, so its text is not read for a log; its properties still are.`,
		);
		return { entries: [], rosters: [] };
	}
	const entries = mayHaveEntries(body, ctx);
	const rosters = mayHaveRosters(body);
	if (!entries && !rosters) return { entries: [], rosters: [] };
	const tree = parseBody(body);
	const read = entries ? bodyEntries(tree, { ...ctx, firstLine }) : { entries: [], warnings: [], rosters: [] };
	for (const warning of read.warnings) context.warn("unread-entry", `Line ${warning.line}: ${warning.message}`);
	const lines = rosters ? rostersOf(tree, { ...ctx, firstLine }) : [];
	read.entries.push(...lines.flatMap((line) => sectionRound(line, ctx) ?? []));
	return { entries: read.entries, rosters: [...read.rosters, ...lines] };
}

/**
 * The round a section dated by its `Date:` line makes (`### Stage 2` over `- **Date:** 19
 * November 2026`): an interview entry of that day naming no one (its `People:` line names
 * them), when the heading reads as an interview (`Technical interview`) or starts with one
 * of what a note's list of rounds is called, in the singular (`Stage 2`, `Round 1`), and
 * calls nothing off.
 */
function sectionRound({ date, section, origin }: Roster, ctx: DateContext): TimelineEntry | null {
	if (date === null || section === undefined || CALLED_OFF.test(section)) return null;
	const placed = placeSigns(readSigns(section, ctx.vocabulary));
	const listed = placed.event === "other" && (NOTE_FIELDS.interviews as readonly string[]).includes(`${wordsOf(section)[0]}s`);
	return placed.event === "interview" || listed ? { ...placed, event: "interview", date, person: null, text: section, origin } : null;
}

/** A note's inline fields as a record (the first of each key), where each was written, and which were bold labels. */
export interface InlineRecord {
	record: Record<string, unknown>;
	lines: Map<string, number>;
	/** The keys written as bold labels (`**Fecha:** …`) rather than as Dataview fields. */
	labels: Set<string>;
	/**
	 * When `Date` is written more than once: each later one, and the lines of the headings,
	 * so that a section with its own date (`## Feedback`, `**Date:**`, `**Outcome:**`) dates
	 * what it records.
	 */
	sections?: { dates: InlineField[]; headings: number[] };
}

/** Where an inline record's key was written: a Dataview field, or a bold label (`**Key:**`). */
export function inlineOriginOf(inline: InlineRecord, key: string): Origin {
	return { from: "inline-field", key, line: inline.lines.get(key) ?? 0, ...(inline.labels.has(key) && { label: true }) };
}

/**
 * A page exported from Notion (`Corvid Analytics 0e7404405a90267964a3be30d5db1971.md`: its
 * name ends with the page's id) writes the page's properties as plain `Key: Value` lines right
 * under its `# Title`.
 */
const NOTION_PAGE = / [\da-f]{32}\.md$/;
const PROPERTY_BLOCK = /^# .*\n\s*(?:[^:\n]+: .+\n)+/;

/**
 * A note's inline fields as a record (the first of each key), with where each was written.
 * A bold label (`**Fecha:** 2026-11-20`) counts only where no Dataview field of the same
 * name does: it is the weaker sign of a field.
 */
export function inlineRecord(body: string, firstLine: number, path = ""): InlineRecord {
	const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	const lines = new Map<string, number>();
	const labels = new Set<string>();
	if (body.length > BODY_READ_LIMIT) return { record, lines, labels };
	// A Notion page's properties, read as the Dataview fields they would be.
	const fields = inlineFields(
		NOTION_PAGE.test(path) ? body.replace(PROPERTY_BLOCK, (block) => block.replace(/^([^#\n][^:\n]*): /gm, "$1:: ")) : body,
		firstLine,
		true,
	);
	const named = new Set(
		fields.filter((field) => field.label === undefined && field.value !== "").map((field) => normalizeKey(field.key)),
	);
	const dates = fields.filter((field) => field.value !== "" && normalizeKey(field.key) === "date");
	for (const field of fields) {
		if (field.value === "" || hasOwn(record, field.key) || (field.label && named.has(normalizeKey(field.key)))) continue;
		record[field.key] = field.value;
		lines.set(field.key, field.line);
		if (field.label) labels.add(field.key);
	}
	if (dates.length < 2) return { record, lines, labels };
	const headings: number[] = [];
	body.split("\n").forEach((text, i) => /^#{1,6}[ \t]/.test(text) && headings.push(firstLine + i));
	return { record, lines, labels, sections: { dates: dates.slice(1), headings } };
}

/**
 * The day entries are read against when the host gives no today: some weeks after the
 * note's last known day; null when the note has no day at all (its entries are then read
 * against the host's day, `ReadingOptions.day`, or not at all).
 */
export function fallbackReference(days: readonly (Day | null)[]): Day | null {
	const known = days.filter((d): d is Day => d !== null).sort();
	const last = known[known.length - 1];
	return last === undefined ? null : addDays(last, 60);
}
