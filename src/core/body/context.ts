/**
 * What the body readers are told about the note they read, and what they hand back
 * besides entries.
 */
import type { Day } from "../model";
import type { TimelineEntry } from "../timeline-types";
import type { Vocabulary } from "../vocabulary";
import type { Roster } from "./rosters";

/** How slashed dates are read: `13/11` day first (DMY) or `11/13` month first (MDY). */
export type DateOrder = "DMY" | "MDY";

/** What reading a date needs. */
export interface DateContext {
	/**
	 * The day entries are read against (today, in the rules): an unchecked task after it
	 * is a plan, and a date without a year is placed in the ten months up to it or the two
	 * months after it.
	 */
	reference: Day;
	/** How slashed dates are read. */
	dateOrder: DateOrder;
	/** Month and weekday names, entry and direction words. */
	vocabulary: Vocabulary;
	/** The day of the note's own interview, which dates a thank-you ticked with no day of its own (listEntries). */
	noteDay?: Day | null;
}

/** What reading a body needs. */
export interface BodyContext extends DateContext {
	/** The 1-based line of the note's file on which the text given to the reader starts. */
	firstLine: number;
}

/** Something a reader could not read as the user surely meant, on a 1-based line of the file. */
export interface BodyWarning {
	/** The line of the file. */
	line: number;
	/** What happened, in plain words. */
	message: string;
}

/** Entries read from a body, with what could not be read. */
export interface BodyEntries {
	/** The entries, in the order they are written. */
	entries: TimelineEntry[];
	/** Rows or items skipped or read another way, with why. */
	warnings: BodyWarning[];
	/** The people that rows of interviews name in a cell of names alone. */
	rosters: Roster[];
}
