/**
 * Log notes (existing-vaults.md §3, item 5): one note per message or conversation, kept
 * apart from the application it belongs to (`Comm-Type: Sent`, `Comm_DateTime`, a
 * `Contacts` link). Each becomes timeline entries of the application notes it joins.
 * Pure: the hosts select the notes, resolve their links and hand both in.
 */
import type { Nodes } from "mdast";
import { type DateContext, parseBody, plainText, readEntryDate } from "./body";
import { datedEntries, datedEntry, wordsOnly, type TaskState } from "./body/dated-entry";
import { linkTarget, readSigns, wikilinkSpans } from "./body/entry-words";
import { itemText, tidy } from "./body/lists";
import { looksLikeName, metIn, PEOPLE_HEADING, PEOPLE_HEADING_WORDS } from "./body/rosters";
import { clausesIn } from "./body/sentence-ends";
import { inInterviewFolder, isInterviewNote } from "./classify";
import { readDay } from "./dates";
import { channelOf, keyWords, normalizeKey, userAliasesOf } from "./fields";
import type { Day, InterviewNote, Origin } from "./model";
import { textPerson } from "./read/people";
import { splitPeopleText, type PersonText } from "./people-text";
import type { Settings } from "./settings";
import type { LinkResolver, SourceNote } from "./source";
import type { TimelineEntry } from "./timeline-types";
import { isRecord, linkBasename, readText } from "./values";
import { DENIAL } from "./vocabulary";

/** A log note as the join needs it. */
export interface LogNote {
	/** Vault-relative path. */
	path: string;
	/** Its frontmatter, or null. */
	frontmatter: Record<string, unknown> | null;
	/** Vault paths of the notes it links to (frontmatter and body), resolved by the host. */
	links: readonly string[];
	/** The first paragraph of its text (see logNoteOf), when the host kept the text. */
	lead?: string;
	/** The names listed under an `Attendees` heading (or `Interviewers`, `Participants`, `Panel`), or in such a property. */
	attendees?: string[];
	/** The people such a property lists, with their titles (`Participants: Camille Roux (CTO)`). */
	present?: PersonText[];
	/** A daily or weekly note's list items that may link applications, list by list (see logNoteOf). */
	lists?: LogItem[][];
}

/** A list item of a daily or weekly note: the notes it links (resolved by the host), its text and task box. */
interface LogItem {
	/** Each link's note path, and where the link is written in the text. */
	links: [string, number, number][];
	text: string;
	task: TaskState;
}

/** The list items of a body, list by list (a nested list is a list of its own), with what each links. */
function listsOf(body: string, path: string, resolve: LinkResolver): LogItem[][] {
	const lists: LogItem[][] = [];
	const visit = (node: Nodes): void => {
		if (node.type === "list")
			lists.push(
				node.children.map((item) => {
					const [task, text] = itemText(item.children[0]?.type === "paragraph" ? tidy(plainText(item.children[0])) : "");
					const links = wikilinkSpans(text).map(
						([start, end]) => [resolve(linkTarget(text.slice(start + 2, end - 2)), path)?.path, start, end] as const,
					);
					return { links: links.filter((link): link is [string, number, number] => link[0] !== undefined), text, task };
				}),
			);
		if ("children" in node) for (const child of node.children) visit(child);
	};
	visit(parseBody(body));
	return lists;
}

/**
 * A daily note (`2026-11-20.md`) or a weekly one (`2026-W47.md`) with a list item that
 * holds a link: its items may each be a log entry. So too a journal note stamped with its
 * day and time (`2026-11-20_1445.md`) that links a note anywhere: one entry of its own.
 */
export function isDailyLog(path: string, body: string): boolean {
	const name = linkBasename(path);
	return (
		((readDay(name) !== null || /^\d{4}-W\d\d$/.test(name)) && /^[ \t]*[-*+] .*\[\[/m.test(body)) ||
		(/^\d{4}-\d\d-\d\d[ _]\d{4}$/.test(name) && body.includes("[["))
	);
}

/** A heading naming who was there, and the list right under it. */
const ATTENDEES = new RegExp(String.raw`^#{1,6}[ \t]+[^\p{L}\n]*${PEOPLE_HEADING_WORDS}[ \t]*\n+((?:[ \t]*[-*+][ \t].*(?:\n|$))+)`, "imu");

/**
 * A log note as the join keeps it, from its source and the paths it links to: the
 * frontmatter, the links, and the first paragraph of its text (headings, rules and blank
 * lines before it skipped; 300 characters at most), where a message received may say
 * what it was when its properties do not (`Topic: Your application`). A note named for
 * its day or week (`2026-11-20.md`, `2026-W47.md`) with a list item that holds a link also keeps
 * its list items, list by list, with the notes each links (resolved with `resolve`): the
 * cheap look at the text comes first, and only then is the body parsed.
 */
export function logNoteOf(source: SourceNote, links: readonly string[], resolve: LinkResolver): LogNote {
	const log: LogNote = { path: source.path, frontmatter: source.frontmatter, links };
	const body = source.body ?? "";
	const lines: string[] = [];
	for (let at = 0, n = 0; at < body.length && n < 40; n++) {
		let end = body.indexOf("\n", at);
		if (end < 0) end = body.length;
		const line = body.slice(at, end).trim();
		at = end + 1;
		if (line === "" || line.startsWith("#") || line.startsWith("---")) {
			if (lines.length > 0) break;
		} else lines.push(line);
	}
	if (lines.length > 0) log.lead = lines.join(" ").slice(0, 300);
	// `## Attendees` over `- Marek Lindholm, Engineering Manager`: each item's leading name.
	const list = ATTENDEES.exec(body)?.[1];
	if (list !== undefined) {
		const names = [...list.matchAll(/^[ \t]*[-*+][ \t]+(?:\[\[)?(.+?)(?:,|\(|\]\]|\s[-–—]\s|$)/gm)]
			.map((item) => (item[1] as string).trim())
			.filter(looksLikeName);
		if (names.length > 0) log.attendees = names;
	}
	// Failing that, a property that lists them, titles and all (`Participants: Camille Roux (CTO), Théo Girard`).
	for (const [key, value] of Object.entries(source.frontmatter ?? {})) {
		if (log.attendees !== undefined || !PEOPLE_HEADING.test(keyWords(key))) continue;
		const parts = splitPeopleText((Array.isArray(value) ? value : [value]).map(readText).join(", ")).filter((p) =>
			looksLikeName(p.name),
		);
		if (parts.length > 0) [log.attendees, log.present] = [parts.map((p) => p.name), parts];
	}
	// A daily or weekly note whose list items link notes: its items may each be an entry.
	if (isDailyLog(source.path, body)) log.lists = listsOf(body, source.path, resolve);
	return log;
}

/** An application note as the join needs it. */
export interface LogApplication {
	/** The application note as read. */
	note: InterviewNote;
	/** Vault paths of the notes it links to, resolved by the host. */
	links: readonly string[];
}

/** What log-note selection needs of the settings. */
export type LogSettings = Pick<Settings, "logTag" | "logFolders">;

/** True when the settings select any log notes at all. */
export function logNotesWanted(settings: LogSettings): boolean {
	return settings.logTag.trim() !== "" || settings.logFolders.some((folder) => folder.trim() !== "");
}

/**
 * True when the note is a log note: under one of `logFolders`, or tagged with `logTag`
 * (in its frontmatter or its text, as interview notes are found). The caller tests
 * interview notes first: a note that is both is an application.
 */
export function isLogNote(source: SourceNote, settings: LogSettings): boolean {
	if (inInterviewFolder(source.path, settings.logFolders)) return true;
	const tag = settings.logTag.trim();
	return tag !== "" && isInterviewNote(source, { interviewTag: tag, interviewFolders: [] });
}

/**
 * The wikilink targets a note writes, as written (`Lena Brandt`, `People/Lena Brandt`):
 * from frontmatter values (quoted links, lists of them, YAML's reading of an unquoted one)
 * and from the body when the host kept it. The host resolves them.
 */
export function writtenLinks(source: Pick<SourceNote, "frontmatter" | "body">): string[] {
	const targets: string[] = [];
	const fromText = (text: string): void => {
		for (const [start, end] of wikilinkSpans(text)) {
			const target = linkTarget(text.slice(start + 2, end - 2));
			if (target !== "") targets.push(target);
		}
	};
	const visit = (value: unknown, depth: number): void => {
		if (typeof value === "string") fromText(value);
		else if (Array.isArray(value)) {
			// YAML reads an unquoted `[[Name]]` as a list holding a list holding the name.
			if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && typeof value[0][0] === "string") {
				targets.push(linkTarget(value[0][0]));
			} else if (depth < 4) for (const item of value) visit(item, depth + 1);
		} else if (isRecord(value) && depth < 4) for (const item of Object.values(value)) visit(item, depth + 1);
	};
	if (source.frontmatter !== null) visit(source.frontmatter, 0);
	if (source.body !== undefined) fromText(source.body);
	return targets;
}

/** Keys whose value is the day of the entry, by their normalised name. */
function isDateKey(key: string): boolean {
	const k = normalizeKey(key);
	return k.includes("date") || k === "when" || k === "day" || k === "on" || k === "sent" || k === "time";
}

/** Keys that are never the entry's words. */
const NOT_WORDS = new Set(["tags", "tag", "aliases", "alias", "cssclasses", "cssclass"]);

/** A direction written as a whole value: `Comm-Type: Sent`, `direction: received`. */
export const DIRECTIONS: Readonly<Record<string, "sent" | "received" | "exchanged">> = {
	sent: "sent",
	outgoing: "sent",
	outbound: "sent",
	received: "received",
	incoming: "received",
	inbound: "received",
	exchanged: "exchanged",
};

/** What a log note's properties say, before it is joined anywhere. */
interface LogReading {
	date: Day;
	words: string;
	direction: "sent" | "received" | "exchanged" | null;
	/** A rejection or an offer its text states, for a message received whose properties name neither. */
	outcome: "rejection" | "offer" | null;
	/** Dated by an interview date property (`interview_date` or the user's alias of it). */
	interview: boolean;
}

/**
 * The outcome a text states: a rejection in any sentence, else an offer in a sentence that
 * denies nothing. Only outcomes: a message's kind in its text would mislabel a message the
 * user sent (`Thanks for letting me know`), and a rejection letter's offer is often denied.
 */
function outcomeIn(text: string, ctx: DateContext): LogReading["outcome"] {
	let offer = false;
	for (const sentence of clausesIn(text)) {
		const { outcomes } = readSigns(sentence, ctx.vocabulary);
		if (outcomes.has("rejection")) return "rejection";
		offer ||= outcomes.has("offer") && !DENIAL.test(sentence);
	}
	return offer ? "offer" : null;
}

/**
 * The day, the words and the direction of a log note; null when it holds no date. A
 * property `ignored` names (normalised) gives no words and no direction; a date under
 * it still gives the day, since a log note's own date is when its message went.
 */
function readLog(log: LogNote, ctx: DateContext, ignored: ReadonlySet<string>, interviewKeys: ReadonlySet<string>): LogReading | null {
	let date: Day | null = null;
	let interview = false;
	const words: string[] = [];
	let direction: LogReading["direction"] = null;
	for (const [key, value] of Object.entries(log.frontmatter ?? {})) {
		const normal = normalizeKey(key);
		if (date === null && (isDateKey(key) || interviewKeys.has(normal))) {
			date = readDay(value) ?? (typeof value === "string" ? (readEntryDate(value, ctx)?.date ?? null) : null);
			interview = date !== null && interviewKeys.has(normal);
			if (date !== null) continue;
		}
		if (NOT_WORDS.has(normal) || ignored.has(normal) || Array.isArray(value)) continue;
		const text = typeof value === "string" && value.trim().startsWith("[[") ? null : readText(value);
		if (text === null || typeof value === "boolean" || typeof value === "number") continue;
		const said = DIRECTIONS[text.toLowerCase()];
		if (said !== undefined) {
			direction ??= said;
			continue;
		}
		if (channelOf(text.replace(/_/g, " ")) !== null) continue; // `Contact-Method: Email` says how, not what
		words.push(text);
	}
	// Failing a date property, a file name that starts with one (`2026-11-13 Email Sent Tomás`).
	const named = readEntryDate(linkBasename(log.path), ctx);
	// Failing both, the day the note was made (`created: 2026-11-12 14:05`), as many templates stamp it.
	date ??= named?.date ?? readDay(log.frontmatter?.created);
	// Properties that say nothing (none but a date, or YAML that did not parse): the name after its date does.
	if (named !== null && words.length === 0 && direction === null) {
		const kept: string[] = [];
		for (const word of named.rest.split(/\s+/)) {
			const said = DIRECTIONS[word.toLowerCase()];
			if (said !== undefined) direction ??= said;
			else if (word !== "" && channelOf(word.replace(/_/g, " ")) === null) kept.push(word);
		}
		if (kept.length > 0) words.push(kept.join(" "));
	}
	if (date === null) return null;
	const text = words.join(". ");
	let outcome: LogReading["outcome"] = null;
	if (direction === "received" && log.lead !== undefined) {
		const said = readSigns(text, ctx.vocabulary).outcomes;
		if (!said.has("rejection") && !said.has("offer")) outcome = outcomeIn(log.lead, ctx);
	}
	return { date, words: text, direction, outcome, interview };
}

/** The entries one log note gives an application, one per person of it the note links to (or one naming nobody). */
function entriesFor(log: LogNote, reading: LogReading, people: readonly (string | null)[], ctx: DateContext): TimelineEntry[] {
	const origin = { from: "log-note" as const, path: log.path };
	const entries: TimelineEntry[] = [];
	// Properties that say no direction (`kind: follow-up`) say less than the note's own first
	// words (`Sent Selin a thank-you email`): those are read first.
	const lead = reading.direction === null ? log.lead : undefined;
	for (const person of people) {
		const entry = datedEntry(
			{
				date: reading.date,
				main: lead ?? reading.words,
				more: lead === undefined ? "" : reading.words,
				text: lead ?? reading.words,
				person,
				direction: reading.direction === "exchanged" ? null : reading.direction,
				// Dated by its interview date property, a note whose words place nothing is that interview.
				heading: reading.interview ? "interview" : null,
				task: null,
				origin,
			},
			ctx,
		);
		// A reply whose text states the outcome (`Topic: Your application`, then `Unsuccessful this time`).
		if (reading.outcome !== null && entry.event === "received" && entry.kind === "reply") entry.kind = reading.outcome;
		if (reading.direction === "exchanged" && entry.event !== "interview" && entry.event !== "applied") {
			// A conversation: something was said each way.
			if (entry.event !== "received")
				entries.push({ ...entry, event: "sent", kind: entry.event === "sent" ? entry.kind : "message" });
			entries.push({ ...entry, event: "received", kind: entry.event === "received" ? entry.kind : "reply" });
		} else entries.push(entry);
	}
	return entries;
}

/** The people `parts` write (`Wen Li (VP Data)`), with their titles, as met at each interview among the entries. */
function metAtInterviews(
	entries: TimelineEntry[],
	parts: readonly PersonText[],
	aliases: Readonly<Record<string, string>>,
	origin: Origin,
): void {
	if (parts.length === 0) return;
	const met = parts.map((part) => ({ ...textPerson(part, aliases).person, origin }));
	for (const entry of entries) if (entry.event === "interview") entry.met = met;
}

/** The application's rounds' days, latest last. */
function roundDays(note: InterviewNote): Day[] {
	if (note.rounds !== undefined && note.rounds.length > 0) return note.rounds.map((round) => round.date);
	return note.interviewDate === null ? [] : [note.interviewDate];
}

/** The latest round on or before the day, or null. */
export function latestRoundBy(note: InterviewNote, day: Day): Day | null {
	let latest: Day | null = null;
	for (const d of roundDays(note)) if (d <= day && (latest === null || d > latest)) latest = d;
	return latest;
}

/** A name's first word, lower case: how a daily note's items name the same person (`Ahmed Siddiqui`, `Ahmed`). */
function firstName(name: string | null | undefined): string {
	return name?.split(" ")[0]?.toLowerCase() ?? "";
}

/**
 * The applications a log note joins: those that link to it or that it links to; failing
 * that, the one application still going (active or applying) whose people include a
 * person the note links to; of several, the one whose latest round on or before the
 * note's day is the latest. When that still leaves a tie, it joins none: a wrong join
 * would mark a message sent on the wrong application.
 */
function applicationsFor(log: LogNote, date: Day, applications: readonly LogApplication[]): LogApplication[] {
	const linked = new Set(log.links);
	const direct = applications.filter((app) => linked.has(app.note.path) || app.links.includes(log.path));
	if (direct.length > 0) return direct;
	const candidates = applications.filter(
		(app) =>
			(app.note.status === "active" || app.note.status === "applying") &&
			app.note.people.some((person) => person.notePath !== null && linked.has(person.notePath)),
	);
	if (candidates.length <= 1) return candidates;
	let best: LogApplication[] = [];
	let bestDay: Day | null = null;
	for (const app of candidates) {
		const day = latestRoundBy(app.note, date);
		if (day === null) continue;
		if (bestDay === null || day > bestDay) {
			best = [app];
			bestDay = day;
		} else if (day === bestDay) best.push(app);
	}
	return best.length === 1 ? best : [];
}

/**
 * The timeline entries log notes give each application, by application path, in date
 * order. A log note gives one entry per person of the application it links to (an
 * interview with two people is one round with both), or one entry naming nobody; its
 * words are its text properties (`Topic`, `Comm-Type`; not those `ignoredFields` names),
 * else its name after the date, read with the vocabulary. A log note without a date (no
 * date property, no date at the start of its name) gives nothing. A daily note whose list
 * items link applications (see logNoteOf) gives instead one entry per item, dated by the
 * note (the people its words place at an interview, with their titles, come with it): an
 * item that links an application is its entry; one that links nothing belongs with
 * the linked item before it in the same list, else with the one application whose person
 * (by first name) an earlier item named. A weekly note (`2026-W47.md`) is read the same way,
 * each item dated by the date it starts with; an item without one is no entry (a week is not
 * a day), and an item with one follows no item before it.
 */
export function joinLogNotes(
	logs: readonly LogNote[],
	applications: readonly LogApplication[],
	ctx: DateContext,
	settings: Partial<Pick<Settings, "ignoredFields" | "relationAliases" | "fieldAliases">> = {},
): Map<string, TimelineEntry[]> {
	const byApplication = new Map<string, TimelineEntry[]>();
	if (logs.length === 0 || applications.length === 0) return byApplication;
	const ignored = new Set((settings.ignoredFields ?? []).map(normalizeKey));
	const aliases = settings.relationAliases ?? {};
	const interviewKeys = new Set(["interview_date", ...userAliasesOf("interview_date", settings.fieldAliases ?? {})].map(normalizeKey));
	// A weekly note has no day of its own (its items have theirs): it sorts first.
	const readings = logs
		.map((log) => ({ log, reading: readLog(log, ctx, ignored, interviewKeys) }))
		.filter((r) => r.reading !== null || r.log.lists !== undefined)
		.sort((a, b) => (a.reading?.date ?? "").localeCompare(b.reading?.date ?? ""));
	const paths = new Set(applications.map((app) => app.note.path));
	const named = new Map<string, string>();
	const add = (path: string, entries: TimelineEntry[]): void => {
		// Each first name points at the one application it was met in ("" once in two).
		for (const entry of entries)
			for (const name of [entry.person, ...(entry.others ?? [])]) {
				const key = firstName(name);
				const known = named.get(key);
				if (key !== "") named.set(key, known === undefined || known === path ? path : "");
			}
		const known = byApplication.get(path);
		if (known === undefined) byApplication.set(path, entries);
		else known.push(...entries);
	};
	for (const { log, reading } of readings) {
		// A daily note whose list items link applications: each such item is an entry of the
		// one it links, and an item that links nothing is one of the item before it in its list.
		if (log.lists?.some((list) => list.some((item) => item.links.some((link) => paths.has(link[0]))))) {
			const origin = { from: "log-note" as const, path: log.path };
			const week = readDay(linkBasename(log.path)) === null;
			for (const list of log.lists) {
				let path: string | undefined;
				for (const { links, text, task } of list) {
					// A weekly note's item is dated by the date it starts with, or is no entry: a week is no day.
					const own = week ? readEntryDate(text, ctx) : null;
					const date = week ? own?.date : reading?.date;
					if (!date) continue;
					const link = links.find(([linked]) => paths.has(linked));
					// A weekly note's item, dated on its own, follows no item before it.
					path = link?.[0] ?? (links.length === 0 && !week ? path : undefined);
					// Its words without the date and the link to the application (a link is read as a person).
					const shown = own?.rest ?? text;
					const at = text.length - shown.length;
					const main = link === undefined ? shown : (text.slice(at, link[1]) + text.slice(link[2])).replace(/^[\s:–—-]+/, "");
					const entries = datedEntries(wordsOnly(date, main, shown, task, origin), ctx);
					// The people its words place at an interview, with their titles (`to Wen Li (VP Data)`).
					metAtInterviews(entries, metIn(shown), aliases, origin);
					// An item that links nothing and follows none: the application of the person it names, if only one.
					const to = path ?? (links.length === 0 ? named.get(firstName(entries[0]?.person)) : undefined);
					if (!to) continue;
					add(to, entries);
				}
			}
			continue;
		}
		if (reading === null) continue;
		const linked = new Set(log.links);
		let joined = applicationsFor(log, reading.date, applications);
		// Failing those, the one application a person it links was met in (`Thanked [[Lotte Vermeer]]` after her screen).
		if (joined.length === 0) {
			const to = log.links.map((link) => named.get(firstName(linkBasename(link)))).find(Boolean);
			joined = applications.filter((app) => app.note.path === to);
		}
		for (const app of joined) {
			const people = app.note.people
				.filter((person) => person.notePath !== null && linked.has(person.notePath))
				.map((person) => person.name);
			// Failing people it links, those it lists as there (a note per interview, its attendees).
			const listed = people.length > 0 ? people : (log.attendees ?? []);
			const entries = entriesFor(log, reading, listed.length > 0 ? listed : [null], ctx);
			// The people a property lists keep their titles at the interview, as a line of people would.
			metAtInterviews(entries, people.length > 0 ? [] : (log.present ?? []), aliases, { from: "log-note", path: log.path });
			add(app.note.path, entries);
		}
	}
	return byApplication;
}
