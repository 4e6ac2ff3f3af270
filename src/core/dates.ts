/**
 * Calendar days and business days.
 *
 * A Day is a `YYYY-MM-DD` string. Arithmetic goes through a day number (days since
 * 1970-01-01 on the proleptic Gregorian calendar), computed from the written year,
 * month and day alone, so no time zone or daylight-saving change can move a date.
 * Display names come from the day number too (never `new Date("…")`).
 */
import type { Day } from "./model";
import { hasOwn } from "./values";

const MS_PER_DAY = 86_400_000;

/**
 * Days already read or worked out, every way. A vault uses a few thousand distinct days,
 * written the same way in note after note, and the rules convert the same ones over and
 * over; past the cap a memo starts again.
 */
const READ_DAYS = new Map<string, Day | null>();
const DAY_NUMBERS = new Map<string, number>();
const DAYS = new Map<number, Day>();
const SHORT_DAYS = new Map<Day, string>();
const DAY_NUMBERS_CAP = 20_000;
/** Longer texts are read without the memo, so a hostile value is never kept. */
const MEMO_MAX_LENGTH = 64;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/;

/** Weekend days and holidays: what is not a business day. */
export interface BusinessCalendar {
	/** Weekday numbers, 0 = Sunday … 6 = Saturday. */
	weekend: ReadonlySet<number>;
	/** Holidays as Days. */
	holidays: ReadonlySet<Day>;
}

/** Builds a calendar from settings values. */
export function makeCalendar(weekendDays: readonly number[], holidays: Iterable<Day>): BusinessCalendar {
	return { weekend: new Set(weekendDays), holidays: new Set(holidays) };
}

/** Saturday and Sunday off, no holidays. */
export const STANDARD_CALENDAR: BusinessCalendar = makeCalendar([0, 6], []);

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

/** A year, month (1–12) and day of the month written as a Day (`2026-11-05`); not checked. */
export function dayText(year: number, month: number, date: number): Day {
	return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

/**
 * Milliseconds of UTC midnight on a day (month 1-based, overflow allowed). Not Date.UTC:
 * it reads the years 0–99 as 1900–1999.
 */
function utcMidnight(year: number, month: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date.getTime();
}

/** Days in each month of a common year. */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The Gregorian rule, carried back before 1582 as Date does (so year 0 is a leap year). */
function isLeapYear(year: number): boolean {
	return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** True when year, month and day name a real calendar day. */
function isRealDay(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	const length = month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] as number);
	return day <= length;
}

/** The first and last day a Day can write (four-digit years): arithmetic stops there. */
const FIRST_DAY_NUMBER = Math.round(utcMidnight(0, 1, 1) / MS_PER_DAY);
const LAST_DAY_NUMBER = Math.round(utcMidnight(9999, 12, 31) / MS_PER_DAY);

/**
 * Reads a day from a frontmatter value: `2026-11-10`, a date-time such as
 * `2026-11-10T14:00` or `2026-11-10 14:00+02:00` (the day as written counts, whatever
 * the offset), or a Date (as YAML timestamps arrive from some readers: its UTC day,
 * which is the day that was written). Returns null for anything else or an impossible
 * day such as `2026-02-30`.
 */
export function readDay(value: unknown): Day | null {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		if (value.getUTCFullYear() < 0 || value.getUTCFullYear() > 9999) return null;
		return dayText(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
	}
	if (typeof value !== "string") return null;
	if (value.length > MEMO_MAX_LENGTH) return readDayText(value);
	const known = READ_DAYS.get(value);
	if (known !== undefined) return known;
	const day = readDayText(value);
	if (READ_DAYS.size >= DAY_NUMBERS_CAP) READ_DAYS.clear();
	READ_DAYS.set(value, day);
	return day;
}

function readDayText(value: string): Day | null {
	const m = ISO_DAY.exec(value.trim());
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (!isRealDay(year, month, day)) return null;
	return value.length === 10 ? value : `${m[1]}-${m[2]}-${m[3]}`;
}

/** True for a string that is a real `YYYY-MM-DD` day and nothing else. */
export function isDay(value: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(value) && readDay(value) === value;
}

/** Days since 1970-01-01 for a Day. */
export function dayNumber(day: Day): number {
	const known = DAY_NUMBERS.get(day);
	if (known !== undefined) return known;
	const year = Number(day.slice(0, 4));
	const month = Number(day.slice(5, 7));
	const date = Number(day.slice(8, 10));
	const n = Math.round(utcMidnight(year, month, date) / MS_PER_DAY);
	if (DAY_NUMBERS.size >= DAY_NUMBERS_CAP) DAY_NUMBERS.clear();
	DAY_NUMBERS.set(day, n);
	return n;
}

/**
 * The Day for a day number. Days before 0000-01-01 or after 9999-12-31 cannot be written
 * YYYY-MM-DD (nor compared as text), so arithmetic stops at those two days.
 */
export function dayFromNumber(n: number): Day {
	const clamped = Math.min(Math.max(n, FIRST_DAY_NUMBER), LAST_DAY_NUMBER);
	const known = DAYS.get(clamped);
	if (known !== undefined) return known;
	const d = new Date(clamped * MS_PER_DAY);
	const day = dayText(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
	if (DAYS.size >= DAY_NUMBERS_CAP) DAYS.clear();
	DAYS.set(clamped, day);
	return day;
}

/** The local calendar day of a Date (for reading the clock at the edges only). */
export function localDay(date: Date): Day {
	return dayText(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** day + n calendar days (n may be negative). */
export function addDays(day: Day, n: number): Day {
	return dayFromNumber(dayNumber(day) + n);
}

/** Calendar days from a to b (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
	return dayNumber(b) - dayNumber(a);
}

/** Weekday of a day, 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
	// 1970-01-01 was a Thursday (4).
	return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** True when the day is neither a weekend day nor a holiday. */
export function isBusinessDay(day: Day, calendar: BusinessCalendar): boolean {
	return !calendar.weekend.has(weekday(day)) && !calendar.holidays.has(day);
}

/** isBusinessDay for a day number: the weekday from the number, the Day text only when there are holidays. */
function isBusinessDayNumber(n: number, calendar: BusinessCalendar): boolean {
	if (calendar.weekend.has((((n + 4) % 7) + 7) % 7)) return false;
	return calendar.holidays.size === 0 || !calendar.holidays.has(dayFromNumber(n));
}

/**
 * addBD(d, n): the n-th business day after d. d itself need not be a business day
 * (addBD(Saturday, 1) is Monday); addBD(d, 0) = d.
 */
export function addBusinessDays(day: Day, n: number, calendar: BusinessCalendar): Day {
	let current = dayNumber(day);
	let left = n;
	while (left > 0 && current < LAST_DAY_NUMBER) {
		current += 1;
		if (isBusinessDayNumber(current, calendar)) left -= 1;
	}
	return dayFromNumber(current);
}

/** The business days in (a, b]: 0 when b ≤ a. */
export function businessDaysBetween(a: Day, b: Day, calendar: BusinessCalendar): number {
	let count = 0;
	for (let n = dayNumber(a) + 1, end = dayNumber(b); n <= end; n++) {
		if (isBusinessDayNumber(n, calendar)) count += 1;
	}
	return count;
}

/** The day itself when it is a business day, else the next business day. */
export function onOrAfterBusinessDay(day: Day, calendar: BusinessCalendar): Day {
	return isBusinessDay(day, calendar) ? day : addBusinessDays(day, 1, calendar);
}

// English names, as the drafts and the panel are written in English. Built by hand (not
// date-fns or Intl): the same text on every machine and locale, and a smaller bundle.
export const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const MONTH_NAMES = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
] as const;

/** Each name in lower case, whole and as its first three letters, with its number (from `first`). */
function namesAndShortForms(names: readonly string[], first: number): [string, number][] {
	return names.flatMap((name, i): [string, number][] => [
		[name.toLowerCase(), first + i],
		[name.slice(0, 3).toLowerCase(), first + i],
	]);
}

/** Weekday words and their number, 0 = Sunday: `friday`, `fri`, and the longer short forms `tues`, `thur`, `thurs`. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries([
	...namesAndShortForms(DAY_NAMES, 0),
	["tues", 2],
	["thur", 4],
	["thurs", 4],
]);

/** Month names and their usual short forms (`november`, `nov`, `sept`) → month number. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries([...namesAndShortForms(MONTH_NAMES, 1), ["sept", 9]]);

/** The months in Spanish, each with its Portuguese name where that differs (`noviembre|novembro`). */
export const IBERIAN_MONTHS = [
	"enero|janeiro",
	"febrero|fevereiro",
	"marzo|março",
	"abril",
	"mayo|maio",
	"junio|junho",
	"julio|julho",
	"agosto",
	"septiembre|setembro",
	"octubre|outubro",
	"noviembre|novembro",
	"diciembre|dezembro",
];

/** Each Spanish or Portuguese month name, lower case, and its number. */
const IBERIAN_NUMBERS = new Map(IBERIAN_MONTHS.flatMap((names, i) => names.split("|").map((name) => [name, i + 1] as const)));

/** 1–12 for a month named in Spanish or Portuguese (`noviembre`, `Novembro`), else 0. */
export function monthOf(word: string): number {
	return IBERIAN_NUMBERS.get(word.toLowerCase()) ?? 0;
}

/** Numbers written as words, `a` and `an` counting one. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
};

function readCount(word: string): number | null {
	if (/^\d{1,3}$/.test(word)) return Number(word);
	// Own keys only: `constructor days` is not a count.
	return hasOwn(NUMBER_WORDS, word) ? (NUMBER_WORDS[word] as number) : null;
}

/**
 * Reads a phrase relative to the interview day I, as note-format.md lists them:
 * `in one week`, `a week`, `in 3 days`, `in two business days` (or working days),
 * `in 2 weeks`, `Friday` / `on Fri` / `by Friday` (the first such day after I),
 * `next Friday` (that weekday in the week after I's week; weeks start on Monday).
 * Returns null when the phrase cannot be read.
 */
export function readRelativeDay(phrase: string, interview: Day, calendar: BusinessCalendar): Day | null {
	const words = phrase
		.toLowerCase()
		.replace(/[.,!]+$/g, "")
		.trim()
		.split(/\s+/)
		.filter((w) => w !== "");
	if (words[0] === "in" || words[0] === "on" || words[0] === "by" || words[0] === "within") words.shift();
	if (words.length === 0) return null;

	if (words.length === 1 && words[0] !== undefined && hasOwn(WEEKDAY_NUMBERS, words[0])) {
		const target = WEEKDAY_NUMBERS[words[0]] as number;
		const ahead = (target - weekday(interview) + 7) % 7 || 7;
		return addDays(interview, ahead);
	}
	if (words.length === 2 && words[0] === "next" && words[1] !== undefined && hasOwn(WEEKDAY_NUMBERS, words[1])) {
		const target = WEEKDAY_NUMBERS[words[1]] as number;
		const mondayOfWeek = addDays(interview, -((weekday(interview) + 6) % 7));
		return addDays(mondayOfWeek, 7 + ((target + 6) % 7));
	}

	const count = words[0] === undefined ? null : readCount(words[0]);
	if (count === null) return null;
	const unit = words.slice(1).join(" ");
	if (unit === "day" || unit === "days" || unit === "calendar days") return addDays(interview, count);
	if (unit === "week" || unit === "weeks") return addDays(interview, 7 * count);
	if (/^(business|working|work) days?$/.test(unit)) return addBusinessDays(interview, count, calendar);
	return null;
}

/** "Mon 16 Nov": short, for reasons and lists. */
export function shortDay(day: Day): string {
	let text = SHORT_DAYS.get(day);
	if (text === undefined) {
		const month = MONTH_NAMES[Number(day.slice(5, 7)) - 1] ?? "";
		text = `${DAY_NAMES[weekday(day)]?.slice(0, 3) ?? ""} ${Number(day.slice(8, 10))} ${month.slice(0, 3)}`;
		if (SHORT_DAYS.size >= DAY_NUMBERS_CAP) SHORT_DAYS.clear();
		SHORT_DAYS.set(day, text);
	}
	return text;
}

/** "Thursday, November 19": long, for drafts. */
export function longDay(day: Day): string {
	return `${DAY_NAMES[weekday(day)] ?? ""}, ${MONTH_NAMES[Number(day.slice(5, 7)) - 1] ?? ""} ${Number(day.slice(8, 10))}`;
}
