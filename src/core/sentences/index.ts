/**
 * Decision dates and call-back days that a note states only in words
 * (existing-vaults.md §6): "Priya: decision by Fri 27 Nov", "they'll get back to me early
 * next week", "call me back on Monday".
 *
 * A sentence gives a date when a cue about *their* decision (or a call-back) and a date
 * expression belong together: the date takes the cue nearest to it, with nothing between
 * them that hands the date to something else. The user's own decisions, offer deadlines,
 * past events, hopes, questions, and the dates of other things give nothing. How vague
 * expressions become one day is in expressions.ts and docs/decisions.md ("Sentences").
 *
 * Pure: the reference day and the calendar come in; nothing reads the clock.
 */
import { dayNumber, type BusinessCalendar } from "../dates";
import type { Day } from "../model";
import { breaksLink, findCues, MAY_HOLD_CUE, mayStateDateIn, type Cue } from "./cues";
import { readDateExpressions, type DateExpression, type DateOrder } from "./expressions";
import { CHINESE, HAN } from "./chinese";
import { FRENCH } from "./french";
import { GERMAN } from "./german";
import type { LanguageReader } from "./language";
import { SPANISH } from "./spanish";
import { sentencesOf, unitsOf, type Unit } from "./units";

export type { DateOrder } from "./expressions";

/** What a stated date is: when they decide, or the day to phone them back. */
export type StatedDateKind = "decision" | "call-back";

/** A date a note states in a sentence. */
export interface StatedDate {
	/** `decision` (a `decision_date`) or `call-back` (a `call_back`). */
	kind: StatedDateKind;
	/** The day it stands for: the last day of a range, so a check-in after it is never early. */
	day: Day;
	/** The sentence, markdown marks taken out. */
	sentence: string;
	/** 1-based line of the sentence in the note. */
	line: number;
	/** The date expression as written (`Fri 27 Nov`, `early next week`). */
	text: string;
	/** The day the sentence was read relative to. */
	reference: Day;
}

/** How to read a note's sentences. */
export interface SentenceContext {
	/** The day sentences are read relative to: the round's or entry's date (for the body, the current round's). */
	reference: Day;
	/** Weekends and holidays, for business days and the ends of weeks and months. */
	calendar: BusinessCalendar;
	/** Line in the note of the text's first line (default 1: the text is the whole note). */
	firstLine?: number;
	/** How slashed dates read: `DMY` (27/11) or `MDY` (11/27, the default). */
	dateOrder?: DateOrder;
}

/** Most words between a cue and the date it takes, when the cue comes first or after. */
const MAX_WORDS_AFTER_CUE = 12;
const MAX_WORDS_BEFORE_CUE = 6;
/** What may come before a date that precedes its cue: `By Friday they'll …`, `Fri 27 Nov: decision`. */
const OPENS_CLAUSE =
	/(?:^|[:;,(–—-]|\b(?:and|then|so))\s*(?:(?:by|on|around|about|before|until|till|maybe|probably|possibly|likely)\s+)?$/i;

/** Words that tie a date to a cue right after it: `7-10 days to decide`, `two weeks for a decision`. */
const LEADS_TO_CUE =
	/^\s*(?:to|for|until|till|before)\s+(?:(?:a|an|the|their|making\s+a|reach\s+a|give\s+(?:me|us)\s+(?:a|an|the))\s+)?(?:final\s+)?$/i;

function wordCount(text: string): number {
	return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** The cue a date belongs to, or null. */
function cueOf(sentence: string, date: DateExpression, cues: readonly Cue[], dates: readonly DateExpression[]): Cue | null {
	const clear = (from: number, to: number) =>
		!breaksLink(sentence.slice(from, to)) && !dates.some((d) => d !== date && d.index >= from && d.end <= to);
	const left = [...cues].reverse().find((c) => c.end <= date.index);
	if (left && clear(left.end, date.index) && wordCount(sentence.slice(left.end, date.index)) <= MAX_WORDS_AFTER_CUE) return left;
	const right = cues.find((c) => c.index >= date.end);
	const opens =
		OPENS_CLAUSE.test(sentence.slice(0, date.index)) ||
		(right !== undefined && LEADS_TO_CUE.test(sentence.slice(date.end, right.index)));
	if (right && opens && clear(date.end, right.index) && wordCount(sentence.slice(date.end, right.index)) <= MAX_WORDS_BEFORE_CUE) {
		return right;
	}
	return null;
}

/** The stated dates of one sentence: for each kind, the latest day its cues take. */
function readSentence(sentence: string, entry: Unit["entry"], unit: Unit, context: SentenceContext, open: boolean): StatedDate[] {
	if (!mayStateDateIn(sentence) || /\?\s*$/.test(sentence)) return [];
	const cues = findCues(sentence, open);
	if (!cues.some((c) => c.kind !== "not")) return [];
	const dates = readDateExpressions(sentence, unit.reference, context.calendar, context.dateOrder);
	if (entry !== null) {
		// The entry's own date stands as a date only when it lies ahead: `- Fri 27 Nov: decision`.
		for (const d of dates) {
			if (d.index < entry.end) d.day = dayNumber(entry.day) >= dayNumber(unit.outer) ? entry.day : null;
		}
	}
	const best = new Map<StatedDateKind, StatedDate>();
	for (const date of dates) {
		if (date.day === null) continue;
		const cue = cueOf(sentence, date, cues, dates);
		if (cue === null || cue.kind === "not") continue;
		const known = best.get(cue.kind);
		if (known !== undefined && dayNumber(known.day) >= dayNumber(date.day)) continue;
		best.set(cue.kind, { kind: cue.kind, day: date.day, sentence, line: unit.line, text: date.text, reference: unit.reference });
	}
	return [...best.values()];
}

/** Emphasis and highlight marks, which may split a word as written (`de**cide**`). */
const INNER_MARK = /[*_=~]/;
const INNER_MARKS = /[*_=~]/g;

/**
 * Whether a line as written may hold a sentence that states a date: it holds a cue word
 * and something that may be a date, once its marks are out. Lines that fail it are never
 * turned into sentences nor handed to chrono-node.
 */
export function mayStateDate(line: string): boolean {
	return mayStateDateIn(line) || (INNER_MARK.test(line) && mayStateDateIn(line.replace(INNER_MARKS, "")));
}

/**
 * The decision dates and call-back days stated in a note's text (the body, a round's
 * notes, a timeline entry's text), in the order of the text. Frontmatter, code and
 * comments are skipped. Each is read relative to `context.reference`, or to the date of
 * the entry or dated heading it sits under.
 */
export function findStatedDates(markdown: string, context: SentenceContext): StatedDate[] {
	let other = HAN.test(markdown) ? statedIn(CHINESE, markdown, context) : [];
	for (const language of DAY_FIRST_LANGUAGES) {
		if (language.mayState(markdown)) other = withoutRepeats(other, statedIn(language, markdown, context));
	}
	if (!MAY_HOLD_CUE.test(markdown)) return other;
	const found: StatedDate[] = [];
	const units = unitsOf(markdown, context.reference, context.firstLine ?? 1, context.dateOrder ?? "MDY", mayStateDate);
	for (const unit of units) {
		if (!mayStateDateIn(unit.text)) continue;
		for (const sentence of sentencesOf(unit.text)) {
			const entry =
				unit.entry !== null && sentence.index < unit.entry.end ? { ...unit.entry, end: unit.entry.end - sentence.index } : null;
			// A quotation opened in an earlier sentence and not closed goes on in this one.
			const open = (unit.text.slice(0, sentence.index).match(/["“”]/g)?.length ?? 0) % 2 === 1;
			found.push(...readSentence(sentence.text, entry, unit, context, open));
		}
	}
	return other.length === 0 ? found : [...found, ...other].sort((a, b) => a.line - b.line);
}

/** Languages read by their own patterns that share words and dates, so that one sentence may be read by both. */
const DAY_FIRST_LANGUAGES: readonly LanguageReader[] = [SPANISH, FRENCH, GERMAN];

/**
 * Dates found so far and those another language found, without the ones that repeat a
 * date of the same kind on the same line: `27/11` in a sentence both Spanish and French
 * can read (`me dira … le 27/11`) counts once.
 */
function withoutRepeats(found: readonly StatedDate[], more: readonly StatedDate[]): StatedDate[] {
	const known = new Set(found.map((s) => `${s.line} ${s.kind} ${s.day}`));
	return [...found, ...more.filter((s) => !known.has(`${s.line} ${s.kind} ${s.day}`))];
}

/** The decision dates and call-back days a note states in a language read by its own patterns, as findStatedDates gives them. */
function statedIn(language: LanguageReader, markdown: string, context: SentenceContext): StatedDate[] {
	const found: StatedDate[] = [];
	const order = language.dateOrder ?? context.dateOrder ?? "MDY";
	for (const unit of unitsOf(markdown, context.reference, context.firstLine ?? 1, order, language.mayState)) {
		// An entry's own date (`- 18/11 …`) is the day its text is read from, not a date it states.
		const { text, reference } =
			unit.entry === null
				? language.afterLeadingDate(unit.text, unit.reference)
				: { text: unit.text.slice(unit.entry.end), reference: unit.reference };
		for (const sentence of language.sentences(text)) {
			const stated = language.read(sentence, reference, context.calendar);
			if (stated !== null) found.push({ ...stated, sentence, line: unit.line, reference });
		}
	}
	return found;
}

/**
 * The stated date of a kind that holds now: the one read relative to the latest day
 * (the latest round or entry), and of those the last in the text, as notes are written
 * top to bottom. Null when there is none.
 */
export function currentStatedDate(found: readonly StatedDate[], kind: StatedDateKind): StatedDate | null {
	let current: StatedDate | null = null;
	for (const date of found) {
		if (date.kind !== kind) continue;
		if (current === null || dayNumber(date.reference) >= dayNumber(current.reference)) current = date;
	}
	return current;
}
