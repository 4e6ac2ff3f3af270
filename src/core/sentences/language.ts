/**
 * A language read by patterns of its own (chinese.ts, spanish.ts, french.ts) rather than by the
 * English cues and expressions: what findStatedDates asks of it.
 */
import type { BusinessCalendar } from "../dates";
import type { Day } from "../model";
import type { DateOrder } from "./expressions";
import type { StatedDateKind } from "./index";

/** A date one sentence states, before it is placed in a note. */
export interface Statement {
	kind: StatedDateKind;
	day: Day;
	/** The date as written. */
	text: string;
}

export interface LanguageReader {
	/** True when a line (or a whole text) may state a date in the language: the cheap first look. */
	mayState: (text: string) => boolean;
	/** How the language writes slashed dates; the note's own order when absent. */
	dateOrder?: DateOrder;
	/** A text without the date that opens it (`18/11 …`, `11月17日：…`), and the day to read it from. */
	afterLeadingDate: (text: string, reference: Day) => { text: string; reference: Day };
	/** A text's sentences. */
	sentences: (text: string) => Iterable<string>;
	/** The date one sentence states, or null. */
	read: (sentence: string, reference: Day, calendar: BusinessCalendar) => Statement | null;
}
