/**
 * What the readers of languages that write the day first share (spanish.ts, french.ts, german.ts):
 * days worked out from a weekday, a date number or a day and month, the date that opens
 * an entry, and the latest date a sentence's patterns find.
 */
import { addDays, type BusinessCalendar, dayText, weekday } from "../dates";
import type { Day } from "../model";
import type { StatedDateKind } from "./index";
import type { LanguageReader, Statement } from "./language";

/** The first day after `reference` that is the given weekday (0–6). */
export function nextWeekday(reference: Day, wanted: number): Day {
	return addDays(reference, ((wanted - weekday(reference) + 6) % 7) + 1);
}

/** The first day on or after `reference` whose date is `date` (`el 27`, `le vendredi 27`). */
export function nextDate(reference: Day, date: number): Day | null {
	if (date < 1 || date > 31) return null;
	for (let i = 0; i < 62; i++) {
		const day = addDays(reference, i);
		if (Number(day.slice(8, 10)) === date) return day;
	}
	return null;
}

/**
 * A month and day near the reference: in the year as written (`26` is 2026), else this
 * year, or the next when that is long past.
 */
export function monthDay(reference: Day, month: number, date: number, year?: string): Day | null {
	if (month < 1 || month > 12 || date < 1 || date > 31) return null;
	if (year !== undefined) return dayText(Number(year) < 100 ? 2000 + Number(year) : Number(year), month, date);
	const thisYear = Number(reference.slice(0, 4));
	const day = dayText(thisYear, month, date);
	return day < addDays(reference, -180) ? dayText(thisYear + 1, month, date) : day;
}

/**
 * Reads past a day-first date that opens an entry, as `leading` finds it: day, month and an
 * optional year in its first three groups; the text after it, and that day (else the reference).
 */
export function afterLeadingDayFirst(leading: RegExp): LanguageReader["afterLeadingDate"] {
	return (text, reference) => {
		const m = leading.exec(text);
		const day = m === null ? null : monthDay(reference, Number(m[2]), Number(m[1]), m[3]);
		return m === null || day === null ? { text, reference } : { text: text.slice(m[0].length), reference: day };
	};
}

/** Past a slashed day-first date that opens an entry (`18/11 Email de Carmen: …`). */
export const afterLeadingDayFirstDate = afterLeadingDayFirst(/^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?[\s:,–—-]+/);

/** How one date form becomes a day. */
export type Read = (m: RegExpMatchArray & { index: number }, reference: Day, calendar: BusinessCalendar) => Day | null;

/** A date form: a global pattern and its reading. */
export interface DateForm {
	pattern: RegExp;
	read: Read;
}

/**
 * The latest date ahead of the reference that a sentence's forms find, as a statement of
 * the kind given, or null. Forms are tried in order; a later form never reads text an
 * earlier one took. A date whose preceding text `elsewhere` says belongs to something
 * else (`prochain entretien le 2 décembre`) is passed over.
 */
export function latestStatement(
	sentence: string,
	kind: StatedDateKind,
	forms: readonly DateForm[],
	reference: Day,
	calendar: BusinessCalendar,
	elsewhere: (before: string) => boolean = () => false,
): Statement | null {
	const taken: [number, number][] = [];
	let best: Statement | null = null;
	for (const { pattern, read } of forms) {
		for (const m of sentence.matchAll(pattern)) {
			const start = m.index;
			const end = start + m[0].length;
			if (taken.some(([a, b]) => start < b && end > a)) continue;
			taken.push([start, end]);
			const day = elsewhere(sentence.slice(0, start)) ? null : read(m, reference, calendar);
			if (day === null || day < reference || (best !== null && best.day >= day)) continue;
			best = { kind, day, text: m[0].trim() };
		}
	}
	return best;
}
