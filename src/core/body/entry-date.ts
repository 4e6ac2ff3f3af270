/**
 * The date an entry starts with (existing-vaults.md §3, "Dates in entries"): ISO
 * `2026-11-13`, `13 Nov`, `Nov 13`, `13 November 2026`, `Friday 13th November`,
 * `13/11`, `11/13`, `13/11/2026`, `13.11.2026`, `13.11.`, a daily-note link
 * `[[2026-11-13]]`, any of them in bold or italics. Read by hand, one character at a
 * time from the start, so a long line costs no more than its first few dozen characters.
 */
import { dayText, daysBetween, MONTH_NUMBERS, monthOf, readDay, shortDay, WEEKDAY_NUMBERS } from "../dates";
import type { Day } from "../model";
import { ORDINAL_SUFFIXES } from "../vocabulary";
import type { DateContext, DateOrder } from "./context";
import { hasOwn } from "../values";

/** A date read at the start of a text. */
export interface EntryDate {
	/** The day. */
	date: Day;
	/** The text after the date and the mark that separates it (`:`, ` - `, `–`), trimmed. */
	rest: string;
	/** Set when the date was read otherwise than the settings say (a slashed date the order makes impossible). */
	warning: string | null;
}

/** A yearless date falls at most this many days after the reference… */
const YEARLESS_DAYS_AHEAD = 61;
/** …and less than this many days before it. */
const YEARLESS_DAYS_BEHIND = 304;

/** Markup that may open a date: emphasis, code, highlight, links, brackets, a mention's `@` (Notion). */
const OPENING_MARKS = "*_~`=[(@";
/** Markup that may close it. */
const CLOSING_MARKS = "*_~`=])";
/** What may stand between the date and the entry's text. */
const SEPARATORS = " \t:–—-,|·•>";

function isDigit(c: string | undefined): boolean {
	return c !== undefined && c >= "0" && c <= "9";
}

/** A letter of any script; ASCII answered without the Unicode test. */
function isLetter(c: string | undefined): boolean {
	if (c === undefined) return false;
	if (c < "\u0080") return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
	return /\p{L}/u.test(c);
}

/** The run of characters that `takes` at i (at most max + 1 read), as [text, end]. */
function runAt(text: string, i: number, max: number, takes: (c: string | undefined) => boolean): [string, number] {
	let end = i;
	while (end < text.length && end - i <= max && takes(text[end])) end++;
	return [text.slice(i, end), end];
}

/** The run of digits at i, as [text, end]. */
const digitsAt = (text: string, i: number, max: number): [string, number] => runAt(text, i, max, isDigit);

/** The run of letters at i, as [text, end]. */
const lettersAt = (text: string, i: number, max: number): [string, number] => runAt(text, i, max, isLetter);

function skipSpaces(text: string, i: number): number {
	while (text[i] === " " || text[i] === "\t") i++;
	return i;
}

/** A date's parts before its year is known; `year` null when not written. */
interface DateParts {
	year: number | null;
	month: number;
	day: number;
	end: number;
	/** For a numeric date read against the settings' order, the text as written. */
	swapped: string | null;
}

/** DateParts as read, `swapped` null unless the numbers were read against the settings' order. */
function partsOf(year: number | null, month: number, day: number, end: number, swapped: string | null = null): DateParts {
	return { year, month, day, end, swapped };
}

/**
 * Reads a date at the start of an entry (or a whole table cell). Returns null when the
 * text does not start with one; a date that cannot exist (`31 Nov`) is null too.
 */
export function readEntryDate(text: string, ctx: DateContext): EntryDate | null {
	let i = skipSpaces(text, 0);
	const opened = i;
	while (i < text.length && i - opened < 8 && OPENING_MARKS.includes(text[i] as string)) i++;
	const wikilink = text.startsWith("[[", opened) || text.startsWith("[[", i - 2);
	const parts = datePartsAt(text, i, ctx) ?? datePartsAt(text, afterWeekday(text, i), ctx);
	if (parts === null) return null;

	const year = parts.year ?? yearNear(parts.month, parts.day, ctx.reference);
	const date = year === null ? null : dayOf(year, parts.month, parts.day);
	if (date === null) return null;

	let end = parts.end;
	// `[[2026-11-18 Interview - Acme]]` links a note whose name opens with a day: not this entry's date.
	if (wikilink && text[end] !== "]" && text[end] !== "|") return null;
	if (wikilink && text[end] === "|") {
		const close = text.indexOf("]]", end);
		if (close >= 0 && close - end < 80) end = close;
	}
	while (end < text.length && CLOSING_MARKS.includes(text[end] as string)) end++;
	while (end < text.length && SEPARATORS.includes(text[end] as string)) end++;

	const warning =
		parts.swapped === null
			? null
			: `"${parts.swapped}" cannot be a date written ${ctx.dateOrder === "DMY" ? "day first" : "month first"}; it was read as ${shortDay(date)} ${date.slice(0, 4)}. If your dates are written ${ctx.dateOrder === "DMY" ? "month first, set the date order to MDY" : "day first, set the date order to DMY"}.`;
	return { date, rest: text.slice(end).trim(), warning };
}

/** After a weekday name and its comma or dot (`Fri 13 Nov`, `Friday, 13 November`); i itself when there is none. */
function afterWeekday(text: string, i: number): number {
	const [word, end] = lettersAt(text, i, 12);
	if (!hasOwn(WEEKDAY_NUMBERS, word.toLowerCase())) return i;
	let at = end;
	if (text[at] === "." || text[at] === ",") at++;
	const next = skipSpaces(text, at);
	return next > at || at > end ? next : i;
}

/** The Day of a year, month and day, or null when there is no such day. */
function dayOf(year: number, month: number, day: number): Day | null {
	return readDay(dayText(year, month, day));
}

/** `30/11/2026`, `11.30.2026`: a day and a month in either order, then the year. */
const SLASHED_DAY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
/** What may follow the date of a property: nothing, or a time (`, 11:00`, ` at 2pm`). */
const AFTER_PROPERTY_DAY = /^(,?\s*(at |@)?\s*\d\d?([:.]\d\d|\s*[ap]m)\b.*)?$/i;

/**
 * A day from a property: what readDay reads; a slashed date with its year read in
 * `order`, unless only the other order makes a day (`11/30/2026` is month first whatever
 * the order); or a date with its year in the forms of entries, perhaps after a weekday
 * and before a time (`Thursday 29 October 2026`, `Tue 10 Nov 2026, 11:00`). Null for
 * anything else.
 */
export function readPropertyDay(value: unknown, order: DateOrder): Day | null {
	const text = typeof value === "string" ? value.trim() : "";
	const m = SLASHED_DAY.exec(text);
	if (m !== null) {
		const [month, date] = (order === "MDY" ? [m[1], m[2]] : [m[2], m[1]]).map(Number) as [number, number];
		return dayOf(Number(m[3]), month, date) ?? dayOf(Number(m[3]), date, month);
	}
	const day = readDay(value);
	if (day !== null || text.length > 80) return day;
	const ctx = { dateOrder: order };
	const parts = datePartsAt(text, 0, ctx) ?? datePartsAt(text, afterWeekday(text, 0), ctx);
	return parts !== null && parts.year !== null && AFTER_PROPERTY_DAY.test(text.slice(parts.end))
		? dayOf(parts.year, parts.month, parts.day)
		: null;
}

/** The date written at i, or null. */
function datePartsAt(text: string, i: number, ctx: Pick<DateContext, "dateOrder">): DateParts | null {
	if (isDigit(text[i])) return numericOrDayFirst(text, i, ctx);
	if (isLetter(text[i])) return monthFirst(text, i);
	return null;
}

/**
 * True when a date may end at i: the text ends or goes on with something other than a
 * letter or digit, or with Chinese or Japanese, written without spaces (`11/20二面`).
 */
function endsAt(text: string, i: number): boolean {
	return !isWordChar(text[i]) || isCjk(text[i]);
}

/** `2026-11-13`, `13/11`, `13/11/2026`, `13.11.`, `13 Nov`, `13th November 2026`. */
function numericOrDayFirst(text: string, i: number, ctx: Pick<DateContext, "dateOrder">): DateParts | null {
	const [first, afterFirst] = digitsAt(text, i, 4);
	const sep = text[afterFirst];
	if (first.length === 4 && (sep === "-" || sep === "/" || sep === ".")) {
		const [month, afterMonth] = digitsAt(text, afterFirst + 1, 2);
		if (month.length === 0 || month.length > 2 || text[afterMonth] !== sep) return null;
		const [day, afterDay] = digitsAt(text, afterMonth + 1, 2);
		if (day.length === 0 || day.length > 2) return null;
		let end = afterDay;
		// An ISO time after the day (`2026-11-13T14:00`) belongs to the date.
		if (text[end] === "T" && isDigit(text[end + 1])) {
			while (end < text.length && (isDigit(text[end]) || text[end] === ":" || text[end] === "T")) end++;
		}
		if (!endsAt(text, end)) return null;
		return partsOf(Number(first), Number(month), Number(day), end);
	}
	if (sep === "年" || sep === "月" || sep === "월") return cjk(text, first, afterFirst);
	if (first.length > 2) return null;
	if (sep === "/" || sep === "." || sep === "-") return slashed(text, i, first, afterFirst, sep, ctx);
	return dayFirst(text, Number(first), afterFirst);
}

/**
 * `2026年11月27日`, `11月27日`, `11月27号` (Chinese and Japanese): the marks end each part,
 * so the date needs no space after it (`11月27日下午`). Korean writes the same marks as
 * `월` and `일`, with a space before the day: `11월 27일`.
 */
function cjk(text: string, first: string, afterFirst: number): DateParts | null {
	let year: number | null = null;
	let month = first;
	let at = afterFirst;
	if (text[at] === "年") {
		if (first.length !== 4) return null;
		year = Number(first);
		[month, at] = digitsAt(text, at + 1, 2);
		if (month.length === 0 || text[at] !== "月") return null;
	} else if (first.length > 2) return null;
	const [day, afterDay] = digitsAt(text, at + (text[at + 1] === " " ? 2 : 1), 2);
	if (day.length === 0 || !"日号일".includes(text[afterDay] || "-")) return null;
	if (!possible(Number(month), Number(day))) return null;
	return partsOf(year, Number(month), Number(day), afterDay + 1);
}

/** `13/11`, `11/13/2026`, `13-11-2026`, `13.11.2026`, `13.11.` (dots are always day first). */
function slashed(
	text: string,
	start: number,
	first: string,
	afterFirst: number,
	sep: string,
	ctx: Pick<DateContext, "dateOrder">,
): DateParts | null {
	const [second, afterSecond] = digitsAt(text, afterFirst + 1, 2);
	if (second.length === 0 || second.length > 2) return null;
	let year: number | null = null;
	let end = afterSecond;
	if (text[afterSecond] === sep && isDigit(text[afterSecond + 1])) {
		const [written, afterYear] = digitsAt(text, afterSecond + 1, 4);
		if (written.length !== 2 && written.length !== 4) return null;
		year = written.length === 2 ? 2000 + Number(written) : Number(written);
		end = afterYear;
	} else if (sep === "-") {
		// `11-13` is as often a range as a date, but beside Chinese or Japanese it is a month
		// and day (`约了 11-20 二面`), as those languages write dates; hours (`9-17点`) are not.
		if (!CJK.test(text.slice(afterSecond))) return null;
		ctx = { dateOrder: "MDY" };
	} else if (sep === ".") {
		// `13.11.` is a date; `1.5 hours` is not.
		if (text[afterSecond] !== ".") return null;
		end = afterSecond + 1;
	}
	if (!endsAt(text, end)) return null;
	const a = Number(first);
	const b = Number(second);
	const dayFirstOrder = sep === "." || ctx.dateOrder === "DMY";
	const [day, month] = dayFirstOrder ? [a, b] : [b, a];
	if (possible(month, day)) return partsOf(year, month, day, end);
	if (possible(day, month)) return partsOf(year, day, month, end, text.slice(start, end));
	return null;
}

/** A month and day that some year has (29 February included). */
function possible(month: number, day: number): boolean {
	const lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	return month >= 1 && month <= 12 && day >= 1 && day <= (lengths[month - 1] as number);
}

/** The month named at i (`Nov`, `Nov.`, `November`; in Spanish or Portuguese `noviembre`, `novembro`), as [month, end], or null. */
function monthAt(text: string, i: number): [number, number] | null {
	const [word, end] = lettersAt(text, i, 12);
	const lower = word.toLowerCase();
	const month = hasOwn(MONTH_NUMBERS, lower) ? (MONTH_NUMBERS[lower] as number) : monthOf(lower);
	return month === 0 ? null : [month, text[end] === "." ? end + 1 : end];
}

/** The ordinal ending after a day number (`13th`), or i itself. */
function afterOrdinal(text: string, i: number): number {
	const suffix = text.slice(i, i + 2).toLowerCase();
	return ORDINAL_SUFFIXES.has(suffix) && !isLetter(text[i + 2]) ? i + 2 : i;
}

/** A year after a day and month (`, 2026`, ` 2026`), as [year, end], or null. */
function yearAfter(text: string, i: number): [number, number] | null {
	let at = i;
	if (text[at] === ",") at++;
	const start = skipSpaces(text, at);
	if (start === i) return null;
	const [written, end] = digitsAt(text, start, 4);
	if (written.length !== 4 || !endsAt(text, end)) return null;
	return [Number(written), end];
}

/** `13 Nov`, `13th of November, 2026`; in Spanish or Portuguese `13 de noviembre`, `13 de novembro`. */
function dayFirst(text: string, day: number, afterDay: number): DateParts | null {
	let at = afterOrdinal(text, afterDay);
	if (text[at] === ".") at++;
	at = skipSpaces(text, at);
	if (/^(?:of|de) /i.test(text.slice(at, at + 3))) at = skipSpaces(text, at + 3);
	const month = monthAt(text, at);
	if (month === null || !endsAt(text, month[1])) return null;
	const year = yearAfter(text, month[1]);
	return partsOf(year?.[0] ?? null, month[0], day, year?.[1] ?? month[1]);
}

/** `Nov 13`, `November 13th, 2026`. */
function monthFirst(text: string, i: number): DateParts | null {
	const month = monthAt(text, i);
	if (month === null) return null;
	const at = skipSpaces(text, month[1]);
	if (at === month[1] && text[month[1] - 1] !== ".") return null;
	const [day, afterDay] = digitsAt(text, at, 2);
	if (day.length === 0 || day.length > 2) return null;
	const end = afterOrdinal(text, afterDay);
	if (!endsAt(text, end)) return null;
	const year = yearAfter(text, end);
	return partsOf(year?.[0] ?? null, month[0], Number(day), year?.[1] ?? end);
}

/**
 * The year of a date written without one: the one that puts it at most two months after
 * the reference day and less than ten months before it (a log is mostly about the past;
 * a plan is rarely far ahead). Near New Year this crosses the year either way.
 */
function yearNear(month: number, day: number, reference: Day): number | null {
	const year = Number(reference.slice(0, 4));
	let nearest: { year: number; distance: number } | null = null;
	for (const candidate of [year - 1, year, year + 1]) {
		const date = dayOf(candidate, month, day);
		if (date === null) continue;
		const ahead = daysBetween(reference, date);
		if (ahead <= YEARLESS_DAYS_AHEAD && ahead > -YEARLESS_DAYS_BEHIND) return candidate;
		if (nearest === null || Math.abs(ahead) < nearest.distance) nearest = { year: candidate, distance: Math.abs(ahead) };
	}
	return nearest?.year ?? null;
}

/**
 * The dates written anywhere in a text, at the starts of words, left to right, each with
 * where it starts (`Priya replied on 17 Nov and booked round two for Thursday 26 Nov`); a
 * date's own words are not looked in again.
 */
export function* datesWithin(text: string, ctx: DateContext): Generator<EntryDate & { start: number }, void> {
	for (let i = 0; i < text.length; i++) {
		// A date starts a word, or follows Chinese or Japanese, which has no spaces (`约了11月20日`).
		if (!isWordChar(text[i]) || (isWordChar(text[i - 1]) && !(isDigit(text[i]) && isCjk(text[i - 1])))) continue;
		const found = readEntryDate(text.slice(i), ctx);
		if (found === null) continue;
		yield { ...found, start: i };
		// On from the first word after it (the loop's step reaches it).
		i = Math.max(i, text.length - found.rest.length - 1);
	}
}

/**
 * The first date written anywhere in a text, at the start of a word (`Stage 2 — Technical
 * panel (2026-11-17)`, `Video call on Tue 24 Nov at 10:00`), or null.
 */
export function dateWithin(text: string, ctx: DateContext): Day | null {
	const first = datesWithin(text, ctx).next();
	return first.done === true ? null : first.value.date;
}

function isWordChar(c: string | undefined): boolean {
	return isDigit(c) || isLetter(c);
}

/** Chinese or Japanese: Han, kana and their punctuation, which need no space before a date or after it. */
const CJK = /^\s*(?![点時时點])[\u3000-\u9fff\uff00-\uffef]/;

function isCjk(c: string | undefined): boolean {
	return c !== undefined && c >= "\u3000" && CJK.test(c);
}
