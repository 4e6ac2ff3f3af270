/**
 * Decision dates stated in German (existing-vaults.md §6 for a vault written in German):
 * `Wir entscheiden bis Freitag, 27.11.`, `Rückmeldung bis 2026-11-27`, `Entscheidung bis
 * Freitag`. The Spanish reader's way (spanish.ts), with German words and dates: a sentence
 * counts when a word for their decision or answer comes before `bis` and a date, and it is
 * not the user's own (`ich muss mich bis Freitag entscheiden`) nor about an offer; of its
 * dates the latest counts. A weekday is the first one after the reference. Only a text with
 * such a word before `bis` is read here, so other notes pay one regular-expression test.
 */
import type { BusinessCalendar } from "../dates";
import type { Day } from "../model";
import { afterLeadingDayFirst, type DateForm, latestStatement, monthDay, nextWeekday } from "./day-first";
import type { LanguageReader, Statement } from "./language";
import { sentencesOf } from "./units";

/** Their decision or answer, then `bis` within a few words: `entscheiden bis`, `Rückmeldung bis`, `Bescheid geben bis`. */
const DECISION_CUE = /\b(?:entscheid\p{L}*|entscheidung|r[üu]ckmeldung|bescheid|antwort)\s+(?:[\p{L}.]+\s+){0,3}?bis\b/iu;
/** The user's own decision or answer, or an offer's deadline. */
const NOT_THEIRS = /\bich\s+(?:muss|soll|will|werde|m[öo]chte)\b|\bmeine?\s+(?:entscheidung|antwort|r[üu]ckmeldung)\b|\bangebot/i;

/** Sunday = 0 … Saturday = 6. */
const WEEKDAYS = ["sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"];

/** The date forms, most specific first. */
const PATTERNS: readonly DateForm[] = [
	{
		// `2026-11-27`
		pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
		read: (m, reference) => monthDay(reference, Number(m[2]), Number(m[3]), m[1]),
	},
	{
		// `27.11.`, `27.11.2026`: day first
		pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?/g,
		read: (m, reference) => monthDay(reference, Number(m[2]), Number(m[1]), m[3]),
	},
	{
		// `Freitag`, `bis Freitag`
		pattern: new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`, "gi"),
		read: (m, reference) => nextWeekday(reference, WEEKDAYS.indexOf((m[1] ?? "").toLowerCase())),
	},
];

/** The stated decision date of one German sentence (its latest date ahead of the reference), or null. */
function readGermanSentence(sentence: string, reference: Day, calendar: BusinessCalendar): Statement | null {
	if (sentence.includes("?") || NOT_THEIRS.test(sentence) || !DECISION_CUE.test(sentence)) return null;
	return latestStatement(sentence, "decision", PATTERNS, reference, calendar);
}

/** German, for findStatedDates: dotted dates are day first. */
export const GERMAN: LanguageReader = {
	mayState: (text) => /\bbis\b/i.test(text) && DECISION_CUE.test(text),
	dateOrder: "DMY",
	// `19.11.: …`, `19.11.2026 – …`: an entry's own dotted date opening the text.
	afterLeadingDate: afterLeadingDayFirst(/^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?[\s:,–—-]+/),
	sentences: (text) => sentencesOf(text).map((sentence) => sentence.text),
	read: readGermanSentence,
};
