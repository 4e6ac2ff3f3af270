/**
 * The calendar file: one all-day event per follow-up within the horizon, as RFC 5545
 * iCalendar text that calendar apps import or subscribe to. Pure: the CLI prints it
 * (`--format ics`), the plugin saves it into the vault.
 */
import { addDays, dayNumber, shortDay } from "../dates";
import { CHANNEL_PHRASES, interviewText, KIND_WORDS } from "../follow-up-text";
import type { Day, Evaluation, FollowUp, FollowUpStatus } from "../model";
import { selectFollowUps } from "../select-follow-ups";
import { obsidianOpenUrl } from "./links";
import { ESCAPED } from "../safe-text";
import { fnv1a64 } from "./stable-id";

/** What the calendar file holds and how it names itself. */
export interface IcalendarOptions {
	/** Upcoming follow-ups due more than this many days after today are left out. */
	horizonDays: number;
	/** The Obsidian vault's name, for the `obsidian://open` links and the calendar's name. */
	vaultName: string;
	/** Statuses to include; all when left out. */
	statuses?: readonly FollowUpStatus[];
	/** The PRODID: who made the file. */
	prodId?: string;
	/** The draft's subject line for a follow-up, or null; the hosts build drafts, this file only quotes them. */
	draftSubject?: (followUp: FollowUp) => string | null;
}

/** The PRODID when none is given. */
export const DEFAULT_PROD_ID = "-//Interview Follow-ups//interview-followups//EN";

/** The right-hand side of every UID: names the producer, so ids never collide with other calendars'. */
export const UID_DOMAIN = "interview-followups";

/** RFC 5545 3.1: a content line is at most 75 octets, excluding the CRLF. */
const MAX_LINE_OCTETS = 75;

/** How often subscribing apps should fetch the file again (RFC 7986 and its older X- form). */
const REFRESH = "PT12H";

/**
 * The UID of a follow-up's event: a hash of the note, the kind and the person, so the
 * same follow-up keeps its UID whatever the day or its dates, and a re-import updates
 * the event instead of adding a second one.
 */
export function followUpUid(followUp: Pick<FollowUp, "note" | "kind" | "to">): string {
	const key = [followUp.note, followUp.kind, followUp.to ?? ""].map((part) => part.normalize("NFC").trim()).join("\u0000");
	return `${fnv1a64(key)}@${UID_DOMAIN}`;
}

/** Anything escapeText changes. */
const TEXT_SPECIAL = new RegExp(String.raw`[\\;,\t\n${ESCAPED}]`);
/** In one pass: what is escaped, line breaks (CRLF as one), and the control characters TEXT does not allow. */
const TEXT_SPECIALS = new RegExp(String.raw`[\\;,\n]|\r\n?|[${ESCAPED}]`, "g");

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks
 * written `\n`, other control characters (not allowed in TEXT) dropped, and so are the
 * C1 controls, which a terminal showing the file may act on, and the bidi embeddings,
 * overrides and isolates, which would make a title read backwards.
 */
export function escapeText(text: string): string {
	if (!TEXT_SPECIAL.test(text)) return text;
	return text.replace(TEXT_SPECIALS, (c) => (c === "\\" || c === ";" || c === "," ? `\\${c}` : c[0] === "\r" || c === "\n" ? "\\n" : ""));
}

/**
 * Folds a content line (RFC 5545 3.1): at most 75 octets of UTF-8 per physical line,
 * continuation lines start with one space (which counts), and a character is never split
 * across lines. An escape such as `\,` is kept whole too: the RFC allows splitting it,
 * but some importers unescape before they unfold.
 */
export function foldLine(line: string): string {
	// Three octets per UTF-16 unit at most: a line this short never needs folding.
	if (line.length * 3 <= MAX_LINE_OCTETS) return line;
	let folded = "";
	let start = 0; // where the physical line being filled starts in `line`
	let octets = 0;
	for (let at = 0; at < line.length;) {
		// One unit: a character (a surrogate pair is one), or a backslash with the character it escapes.
		let end = at;
		let size = 0;
		if (line.charCodeAt(at) === 0x5c && at + 1 < line.length) {
			end += 1;
			size += 1;
		}
		const code = line.charCodeAt(end);
		const pair = code >= 0xd800 && code <= 0xdbff && end + 1 < line.length && (line.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
		size += pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
		end += pair ? 2 : 1;
		if (octets + size > MAX_LINE_OCTETS && at > start) {
			folded += `${line.slice(start, at)}\r\n `;
			start = at;
			octets = 1; // the continuation line's leading space
		}
		octets += size;
		at = end;
	}
	return folded + line.slice(start);
}

/** A DATE value: `20261119`. */
function icsDate(day: Day): string {
	return day.replace(/-/g, "");
}

function summary(f: FollowUp): string {
	const who = f.to === null ? "" : ` → ${f.to}`;
	const where = f.company ?? f.role;
	return `${KIND_WORDS[f.kind].label}${who}${where === null ? "" : ` (${where})`}`;
}

function description(f: FollowUp, url: string, subject: string | null): string {
	const lines = [f.reason, ""];
	if (subject !== null && subject.trim() !== "") lines.push(`Draft subject: ${subject.trim()}`);
	if (f.to !== null) lines.push(`To: ${f.channel === null ? f.to : `${f.to} ${CHANNEL_PHRASES[f.channel]}`}`);
	lines.push(`Interview: ${interviewText(f)}`);
	lines.push(f.due === f.windowEnd ? `On time: ${shortDay(f.due)}` : `On time: ${shortDay(f.due)} to ${shortDay(f.windowEnd)}`);
	lines.push(`Note: ${f.note}`, `Open in Obsidian: ${url}`);
	return lines.join("\n");
}

/** RFC 5545 PRIORITY: 1 is highest, 5 medium; upcoming ones carry none. */
const PRIORITIES: Readonly<Record<FollowUpStatus, number | null>> = { overdue: 1, due: 5, upcoming: null };

/**
 * One follow-up as a VEVENT.
 *
 * VEVENT rather than VTODO: Google Calendar and Outlook ignore VTODOs on import and
 * Apple Calendar puts them nowhere visible, so a to-do would vanish for most people. An
 * all-day event spanning the window shows where people look. DTEND is exclusive for
 * DATE values (RFC 5545 3.6.1), hence the last on-time day + 1.
 */
function eventLines(f: FollowUp, stamp: string, sequence: number, options: IcalendarOptions): string[] {
	const url = obsidianOpenUrl(options.vaultName, f.note);
	const subject = options.draftSubject?.(f) ?? null;
	const priority = PRIORITIES[f.status];
	return [
		"BEGIN:VEVENT",
		`UID:${followUpUid(f)}`,
		`DTSTAMP:${stamp}`,
		`SEQUENCE:${sequence}`,
		`DTSTART;VALUE=DATE:${icsDate(f.due)}`,
		`DTEND;VALUE=DATE:${icsDate(addDays(f.windowEnd, 1))}`,
		`SUMMARY:${escapeText(summary(f))}`,
		`DESCRIPTION:${escapeText(description(f, url, subject))}`,
		// URL is a URI value, not TEXT: it is not escaped (encodeURIComponent left no , or ;).
		`URL:${url}`,
		`CATEGORIES:${escapeText("Interview follow-up")}`,
		...(priority === null ? [] : [`PRIORITY:${priority}`]),
		// A reminder to write an email should not mark the whole day busy.
		"TRANSP:TRANSPARENT",
		"END:VEVENT",
	];
}

/** Renders the follow-ups within the horizon as an iCalendar file (CRLF line ends, folded). */
export function icalendar(evaluation: Evaluation, options: IcalendarOptions): string {
	let text = "";
	for (const chunk of icalendarChunks(evaluation, options)) text += chunk;
	return text;
}

/**
 * icalendar in pieces: the calendar's header, each event, then its end, every piece a
 * run of whole folded lines ending in CRLF. A host writing a large calendar to a stream
 * writes the pieces as they come, and never holds the whole file.
 */
export function* icalendarChunks(evaluation: Evaluation, options: IcalendarOptions): Generator<string, void, undefined> {
	const { today } = evaluation;
	const { shown } = selectFollowUps(evaluation.followUps, today, { statuses: options.statuses, horizonDays: options.horizonDays });
	// DTSTAMP is when the file was made. It comes from the evaluated day, not the clock:
	// the same vault on the same day gives the same bytes (tests, diffs, caches), and it
	// still moves forward from day to day. SEQUENCE follows the day for the same reason:
	// apps that only accept an update with a higher SEQUENCE take the next day's file.
	const stamp = `${icsDate(today)}T000000Z`;
	const sequence = Math.max(0, dayNumber(today));
	const name = `Interview follow-ups (${options.vaultName})`;
	const lines = (list: readonly string[]): string => {
		let text = "";
		for (const line of list) text += `${foldLine(line)}\r\n`;
		return text;
	};
	yield lines([
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		`PRODID:${options.prodId ?? DEFAULT_PROD_ID}`,
		"CALSCALE:GREGORIAN",
		`NAME:${escapeText(name)}`,
		`X-WR-CALNAME:${escapeText(name)}`,
		`REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
		`X-PUBLISHED-TTL:${REFRESH}`,
	]);
	for (const f of shown) yield lines(eventLines(f, stamp, sequence, options));
	yield "END:VCALENDAR\r\n";
}
