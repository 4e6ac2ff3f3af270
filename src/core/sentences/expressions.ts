/**
 * Date expressions in a sentence, each read as one calendar day.
 *
 * chrono-node (its English parser only) finds and reads the expressions. A few things it
 * does not read, or reads in a way that would make a check-in come too early, are found
 * by our own patterns first and win where the two overlap: business days, durations in
 * weeks (`2wks`, `a week or two`), `Friday 27th`, `the 30th`, and every calendar week
 * (`early next week`, `end of the week`, `week after next`).
 *
 * A range or a vague expression stands for its last day, so that a check-in planned for
 * the business day after it never comes before the time they stated (docs/decisions.md,
 * "Sentences"). An expression that names a day before the reference (a past event) or an
 * open-ended time (`after Friday`, `Dec 1 at the earliest`) gives no day.
 */
import { casual, GB, type ParsedResult } from "chrono-node/en";
import { addBusinessDays, addDays, dayNumber, isBusinessDay, NUMBER_WORDS, weekday, type BusinessCalendar } from "../dates";
import type { Day } from "../model";
import { hasOwn } from "../values";

/** How slashed dates such as `3/12` are read: day first or month first. */
export type DateOrder = "DMY" | "MDY";

/** A date expression found in a sentence. */
export interface DateExpression {
	/** Offset of the expression in the sentence. */
	index: number;
	/** Offset just after it. */
	end: number;
	/** The expression as written. */
	text: string;
	/** The day it stands for (the last day of a range); null for a past or open-ended time. */
	day: Day | null;
}

/** Where a week expression falls in its week. */
export type Part = "early" | "mid" | "end";

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

function makeDay(year: number, month: number, date: number): Day {
	return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

function monthLength(year: number, month: number): number {
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The day n months after a day, on the same date or the month's last day. */
export function addMonths(day: Day, n: number): Day {
	const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + n;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	return makeDay(year, month, Math.min(Number(day.slice(8, 10)), monthLength(year, month)));
}

/** The day itself when it is a business day, else the business day before it. */
function businessDayOnOrBefore(day: Day, calendar: BusinessCalendar): Day {
	let current = day;
	for (let i = 0; i < 31 && !isBusinessDay(current, calendar); i++) current = addDays(current, -1);
	return current;
}

/**
 * A day of a calendar week (weeks start on Monday): the second business day for `early`,
 * the one before last for `mid`, the last for `end` or the whole week.
 */
export function dayOfWeek(anyDay: Day, part: Part, calendar: BusinessCalendar): Day {
	const monday = addDays(anyDay, -((weekday(anyDay) + 6) % 7));
	const open: Day[] = [];
	for (let i = 0; i < 7; i++) {
		const day = addDays(monday, i);
		if (isBusinessDay(day, calendar)) open.push(day);
	}
	if (open.length === 0) return addBusinessDays(addDays(monday, 6), 1, calendar);
	const at = part === "early" ? Math.min(1, open.length - 1) : part === "mid" ? Math.max(open.length - 2, 0) : open.length - 1;
	return open[at] as Day;
}

/** A day of a month: the 10th for `early`, the 20th for `mid`, else its last business day. */
export function dayOfMonth(year: number, month: number, part: Part, calendar: BusinessCalendar): Day {
	const date = part === "early" ? 10 : part === "mid" ? 20 : monthLength(year, month);
	return businessDayOnOrBefore(makeDay(year, month, date), calendar);
}

const WEEKDAY_NUMBERS: Record<string, number> = {
	sun: 0,
	mon: 1,
	tue: 2,
	wed: 3,
	thu: 4,
	fri: 5,
	sat: 6,
};

function weekdayNumber(word: string): number | null {
	return WEEKDAY_NUMBERS[word.slice(0, 3).toLowerCase()] ?? null;
}

const COUNT_WORDS: Record<string, number> = {
	...NUMBER_WORDS,
	couple: 2,
	"a couple": 2,
	"a couple of": 2,
	"couple of": 2,
	few: 3,
	"a few": 3,
};

function readCount(word: string | undefined): number | null {
	if (word === undefined) return null;
	const w = word.toLowerCase().replace(/\s+/g, " ");
	if (/^\d{1,3}$/.test(w)) return Number(w);
	return hasOwn(COUNT_WORDS, w) ? (COUNT_WORDS[w] as number) : null;
}

const COUNT = String.raw`(\d{1,3}|a couple(?: of)?|couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const COUNT_TAIL = String.raw`(?:\s*(?:-|–|to|or)\s*(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?`;
const WEEKDAY = String.raw`(mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;
const MONTH_AHEAD = String.raw`\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`;

/** One of our own patterns: what it finds and the day it gives. */
interface OwnPattern {
	pattern: RegExp;
	read: (m: RegExpExecArray, reference: Day, calendar: BusinessCalendar) => Day | null;
}

/** Reads the week offset and part from a week expression's words. */
function readWeek(m: RegExpExecArray, reference: Day, calendar: BusinessCalendar): Day | null {
	const words = m[0].toLowerCase();
	if (/\b(?:within|in|over|inside)\s+the\s+next\s+(?:week|wk)\b/.test(words)) return addDays(reference, 7);
	const offset = /after next/.test(words) ? 2 : /\b(?:next|nxt|following)\b/.test(words) ? 1 : 0;
	const part: Part = /early|beginning|start/.test(words) ? "early" : /mid|middle/.test(words) ? "mid" : "end";
	const day = dayOfWeek(addDays(reference, 7 * offset), part, calendar);
	// `midweek` or `end of the week` said after that day of this week means the next one.
	if (offset === 0 && dayNumber(day) < dayNumber(reference) && !/\bthis\b/.test(words)) {
		return dayOfWeek(addDays(reference, 7), part, calendar);
	}
	return day;
}

const OWN_PATTERNS: readonly OwnPattern[] = [
	{
		// `in 5 business days`, `within 3-5 working days`
		pattern: new RegExp(
			String.raw`\b(?:(?:in|within)\s+(?:the\s+next\s+)?)?${COUNT}${COUNT_TAIL}\s+(?:business|working|work|biz)\s+days?\b`,
			"gi",
		),
		read: (m, reference, calendar) => {
			const count = readCount(m[2]) ?? readCount(m[1]);
			return count === null ? null : addBusinessDays(reference, count, calendar);
		},
	},
	{
		// `a week or two`, `a day or two`
		pattern: /\b(?:(?:in|within)\s+)?(?:a|one|1)\s+(day|week|wk|month)\s+or\s+(two|2|three|3)\b/gi,
		read: (m, reference) => addUnits(reference, readCount(m[2]) ?? 2, m[1] ?? "day"),
	},
	{
		// `2 weeks`, `1-2 wks`, `within 10 days`, `in the next two weeks`, `a month`
		pattern: new RegExp(
			String.raw`\b(?:(?:in|within|inside(?: of)?)\s+)?(?:the\s+next\s+|next\s+)?${COUNT}${COUNT_TAIL}\s*(days?|wks?|weeks?|months?)(?:'|’)?(?:\s+time)?\b`,
			"gi",
		),
		read: (m, reference) => {
			const count = readCount(m[2]) ?? readCount(m[1]);
			return count === null ? null : addUnits(reference, count, m[3] ?? "day");
		},
	},
	{
		// `a fortnight`
		pattern: /\b(?:(?:in|within)\s+)?a\s+fortnight(?:'s time)?\b/gi,
		read: (_m, reference) => addDays(reference, 14),
	},
	{
		// `early next week`, `end of the week`, `week after next`, `midweek`, `EOW`
		pattern:
			/\b(?:(?:early|late|later|mid|middle of|beginning of|start of|end of|close of)\s*-?\s*)?(?:(?:the\s+)?week\s+after\s+next|(?:within|in|over|inside)\s+the\s+next\s+(?:week|wk)\b|(?:this|next|nxt|the\s+following|following|the\s+coming|coming)\s+(?:working\s+|work\s+)?(?:week|wk)\b)|\b(?:(?:by\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+|this\s+)?(?:working\s+|work\s+)?(?:week|wk)\b|eow\b|end-of-week\b|mid-?week\b)/gi,
		read: readWeek,
	},
	{
		// `Friday 27th`, `Fri the 27th`, `Mon 30`: the nearest month where that date is that weekday
		pattern: new RegExp(String.raw`\b${WEEKDAY}\.?,?\s+(?:the\s+)?(\d{1,2})(st|nd|rd|th)?\b(?!${MONTH_AHEAD}|\s*[/.]\d|:\d)`, "gi"),
		read: (m, reference) => {
			const wanted = weekdayNumber(m[1] ?? "");
			const date = Number(m[2]);
			if (wanted === null || date < 1 || date > 31) return null;
			let best: Day | null = null;
			for (let i = -1; i <= 13; i++) {
				const first = addMonths(`${reference.slice(0, 7)}-01`, i);
				const year = Number(first.slice(0, 4));
				const month = Number(first.slice(5, 7));
				if (date > monthLength(year, month)) continue;
				const day = makeDay(year, month, date);
				if (weekday(day) !== wanted) continue;
				const distance = Math.abs(dayNumber(day) - dayNumber(reference));
				if (best === null || distance < Math.abs(dayNumber(best) - dayNumber(reference))) best = day;
			}
			return best;
		},
	},
	{
		// `the 30th`, `by the 4th of next month`
		pattern: new RegExp(
			String.raw`\bthe\s+(\d{1,2})(?:st|nd|rd|th)(\s+of\s+(?:this|next)\s+month)?(?=\s*(?:$|[.,;:!?)]|at\b|or\b|and\b|latest\b|eod\b|cob\b))(?!${MONTH_AHEAD})`,
			"gi",
		),
		read: (m, reference) => {
			const date = Number(m[1]);
			const first = `${reference.slice(0, 7)}-01`;
			const months = /next/i.test(m[2] ?? "") ? [1] : Number(reference.slice(8, 10)) <= date ? [0, 1] : [1, 2];
			for (const i of months) {
				const start = addMonths(first, i);
				const year = Number(start.slice(0, 4));
				const month = Number(start.slice(5, 7));
				if (date >= 1 && date <= monthLength(year, month)) return makeDay(year, month, date);
			}
			return null;
		},
	},
	{
		// `EOD`, `end of day`, `close of business` on their own: the reference day
		pattern:
			/\b(?:eod|cob|end of (?:the )?day|close of business|end of business)\b(?!\s*(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|tonight|next|this|\d))/gi,
		read: (_m, reference) => reference,
	},
];

function addUnits(reference: Day, count: number, unit: string): Day {
	const u = unit.toLowerCase();
	if (u.startsWith("w")) return addDays(reference, 7 * count);
	if (u.startsWith("m")) return addMonths(reference, count);
	return addDays(reference, count);
}

/** Words just before a duration that make it something other than a time to come. */
const NOT_AHEAD_BEFORE = /\b(?:for|last|past|previous|after|since|over the last|over the past)\s+(?:the\s+)?$/i;
/** Words just after an expression that make it past or open-ended. */
const NOT_AHEAD_AFTER =
	/^\s*(?:ago|earlier|before that|at the earliest|or later|works|would work|could work|suits|would suit|fits|is (?:good|ok|okay|fine|free)|for (?:a|the|an|our|my) (?:call|chat|meeting|interview))\b/i;
/** Words just before an expression that make it open-ended or past. */
const OPEN_BEFORE = /\b(?:after|since|from|not before|no earlier than|no sooner than|starting|last|past|previous)\s+(?:the\s+)?$/i;

/** A chrono result turned into the day it stands for, or null. */
function readChronoResult(result: ParsedResult, sentence: string, reference: Day, calendar: BusinessCalendar): Day | null {
	const text = result.text.toLowerCase();
	const before = sentence.slice(Math.max(0, result.index - 24), result.index).toLowerCase();
	const start = result.start;
	// Weeks and durations are read by our own patterns; what chrono finds there is a fragment.
	if (/\b(?:week|weeks|wk|wks|fortnight)\b/.test(text) && !start.isCertain("weekday")) return null;
	const endPart: Part | null = /\b(?:early|beginning of|start of)\s*-?\s*$/.test(before)
		? "early"
		: /\b(?:mid|middle of)\s*-?\s*$/.test(before)
			? "mid"
			: /\b(?:late|end of|close of)\s*-?\s*(?:the\s+)?$/.test(before) || /^(?:the\s+)?end of\b/.test(text)
				? "end"
				: null;

	// `the day after her date`: after something that is not a date (chrono reads tomorrow).
	if (/\bday after$/.test(text)) return null;
	const last = result.end ?? start;
	const year = last.get("year");
	const month = last.get("month");
	const date = last.get("day");
	if (year === null || month === null || date === null) return null;

	// `the week of Dec 7`: the end of that week
	if (/\b(?:week\s+of|w\/[cb]|week\s+(?:commencing|beginning|starting))\s*(?:the\s+)?$/.test(before))
		return dayOfWeek(makeDay(year, month, date), endPart ?? "end", calendar);

	if (start.isCertain("day")) {
		const day = makeDay(year, month, date);
		return endPart === "end" && date === monthLength(year, month) ? businessDayOnOrBefore(day, calendar) : day;
	}
	if (start.isCertain("weekday")) {
		const wanted = last.get("weekday");
		if (wanted === null) return null;
		const lead = `${before} ${text}`;
		if (/\b(?:last|past|previous)\s+\S*$/.test(lead) || /\blast\b/.test(text)) return null;
		if (/\bnext\b/.test(text) || /\bnext\s*$/.test(before)) {
			const weekStart = addDays(reference, 7 - ((weekday(reference) + 6) % 7));
			return addDays(weekStart, (wanted + 6) % 7);
		}
		if (/\bthis\b/.test(text)) {
			const thisWeek = addDays(reference, ((wanted + 6) % 7) - ((weekday(reference) + 6) % 7));
			if (dayNumber(thisWeek) >= dayNumber(reference)) return thisWeek;
		}
		// The first such weekday after the reference, as a `decision_date: Friday` property reads.
		return addDays(reference, (wanted - weekday(reference) + 7) % 7 || 7);
	}
	// `Nov 27`, which the day-first parser reads as November 2027: the 27th, as everywhere.
	const again = !start.isCertain("day") && /^[a-z]+\.? \d\d?$/.test(text) && casual.parse(text, localNoon(reference))[0];
	if (again) return readChronoResult(again, sentence, reference, calendar);
	if (start.isCertain("month") || result.tags().has("result/relativeDate")) {
		return dayOfMonth(year, month, endPart ?? "end", calendar);
	}
	return null;
}

/** Blanks a few short forms chrono does not know, keeping every offset. */
function forChrono(sentence: string): string {
	return sentence.replace(/\b(tues|weds)\b/gi, (w) => `${w.slice(0, 3)} `);
}

function localNoon(day: Day): Date {
	const date = new Date(2000, 0, 1, 12, 0, 0, 0);
	date.setFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
	return date;
}

/**
 * The date expressions of a sentence, in order, each with the day it stands for.
 * Expressions joined by `or`, `to`, a dash or a slash (`Monday or Tuesday`, `Dec 1-4`)
 * are one expression, standing for the later day.
 */
export function readDateExpressions(
	sentence: string,
	reference: Day,
	calendar: BusinessCalendar,
	dateOrder: DateOrder = "MDY",
): DateExpression[] {
	const found: DateExpression[] = [];
	const add = (index: number, end: number, day: Day | null) => {
		// `Tuesday,` and `27 Nov.` end where the words end.
		const text = sentence.slice(index, end).replace(/[\s,;:.]+$/, "");
		found.push({ index, end: index + text.length, text, day });
	};
	for (const own of OWN_PATTERNS) {
		own.pattern.lastIndex = 0;
		for (let m = own.pattern.exec(sentence); m !== null; m = own.pattern.exec(sentence)) {
			const start = m.index;
			const end = start + m[0].length;
			if (found.some((f) => start < f.end && end > f.index)) continue;
			const before = sentence.slice(Math.max(0, start - 24), start);
			const ahead = !NOT_AHEAD_BEFORE.test(before) && !NOT_AHEAD_AFTER.test(sentence.slice(end));
			add(start, end, ahead ? own.read(m, reference, calendar) : null);
		}
	}
	const parser = dateOrder === "DMY" ? GB : casual;
	for (const result of parser.parse(forChrono(sentence), localNoon(reference))) {
		const start = result.index;
		const end = start + result.text.length;
		const overlapping = found.filter((f) => start < f.end && end > f.index);
		// A longer chrono result that holds one of ours and names a weekday (`Tue next week`) wins.
		if (overlapping.length > 0) {
			const holds = overlapping.every((f) => start <= f.index && end >= f.end) && result.start.isCertain("weekday");
			if (!holds) continue;
			for (const f of overlapping) found.splice(found.indexOf(f), 1);
		}
		add(start, end, readChronoResult(result, sentence, reference, calendar));
	}
	found.sort((a, b) => a.index - b.index);

	const expressions: DateExpression[] = [];
	for (const f of found) {
		const before = sentence.slice(Math.max(0, f.index - 24), f.index);
		const open = OPEN_BEFORE.test(before) || NOT_AHEAD_AFTER.test(sentence.slice(f.end));
		const day = f.day === null || open || dayNumber(f.day) < dayNumber(reference) ? null : f.day;
		const previous = expressions[expressions.length - 1];
		const between = previous === undefined ? "" : sentence.slice(previous.end, f.index);
		if (previous !== undefined && previous.day !== null && day !== null && JOINED.test(between)) {
			// `Monday or Tuesday`, `Dec 1-4`: the later day; `Friday (27 Nov)`: the restatement.
			const restated = RESTATED.test(between);
			previous.day = restated || dayNumber(day) > dayNumber(previous.day) ? day : previous.day;
			previous.end = f.end;
			previous.text = sentence.slice(previous.index, f.end);
			continue;
		}
		expressions.push({ ...f, day });
	}
	return expressions;
}

/** What may stand between two expressions of one range or restatement. */
const JOINED = /^\s*(?:or|to|and|-|–|—|\/|,|\()\s*$/i;
/** A restatement: `Friday, 27 Nov`, `Friday (27 Nov)`. */
const RESTATED = /^\s*[,(]\s*$/;

/**
 * What every day written out holds: a month's name not inside a longer word (`13Nov` is
 * fine, `Juniper` is not), or numbers joined by `/`, `.` or `-`.
 */
const MAY_WRITE_DAY =
	/(?:^|[^a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])|\d\s*[/.-]\s*\d/i;

/** A day written out in a text (`2026-11-13`, `13 Nov`, `Fri 20 Nov`), wherever it is. */
export interface WrittenDay {
	index: number;
	end: number;
	day: Day;
}

/**
 * The first date in a text that names a day of a month (`13 Nov`, never `tomorrow`),
 * past or not, with the year nearest to the reference when it has none. Used for the dates of headings and entries.
 */
export function findWrittenDay(text: string, reference: Day, dateOrder: DateOrder = "MDY"): WrittenDay | null {
	// A day written out has a month name or numbers joined by a separator (`3 Dec`, `12/3`,
	// `2026-12-03`): text with neither is not worth a parse.
	if (!MAY_WRITE_DAY.test(text)) return null;
	const parser = dateOrder === "DMY" ? GB : casual;
	for (const result of parser.parse(text, localNoon(reference))) {
		const { start } = result;
		const year = start.get("year");
		const month = start.get("month");
		const date = start.get("day");
		if (!start.isCertain("day") || !start.isCertain("month") || year === null || month === null || date === null) continue;
		// `next week`, `tomorrow`: relative, not written out.
		if ([...result.tags()].some((tag) => tag.startsWith("result/relative") || tag.startsWith("casualReference"))) continue;
		return { index: result.index, end: result.index + result.text.length, day: makeDay(year, month, date) };
	}
	return null;
}
