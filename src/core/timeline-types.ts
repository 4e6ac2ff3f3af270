/**
 * Where a fact came from, and the dated entries of a note's timeline
 * (existing-vaults.md §3). Kept apart from model.ts for now; they belong there.
 */
import type { Day, InterviewFormat } from "./model";

/**
 * Where a value was read from, when it is not a property of the note's own frontmatter.
 * Lines are 1-based lines of the note's file.
 */
export type Origin =
	/** A frontmatter path other than a plain property: `interviews[2]`, `history[0]`. */
	| { from: "property"; path: string }
	/** A Dataview inline field, `Key:: value`. */
	| { from: "inline-field"; key: string; line: number }
	/** A row of a table in the body; `table` is the heading above it, `row` counts data rows from 1. */
	| { from: "table"; table: string | null; row: number; line: number }
	/** A dated list or task item in the body. */
	| { from: "list"; line: number }
	/** A sentence of the note's text. */
	| { from: "sentence"; line: number; quote: string }
	/** A separate log note joined to this one. */
	| { from: "log-note"; path: string };

/** What a dated entry records; `other` is shown in the timeline and changes nothing. */
export type TimelineEvent = "sent" | "received" | "interview" | "applied" | "other";

/** One dated entry of a note's timeline, read from somewhere other than `follow_ups`. */
export interface TimelineEntry {
	/** The day of the entry. */
	date: Day;
	/** What it records. */
	event: TimelineEvent;
	/**
	 * sent: a follow-up kind (`thank-you`, `check-in`, …) or `message`; received: `reply`,
	 * `rejection`, `offer` or `invite`; interview: its format or ""; applied and other: "".
	 */
	kind: string;
	/** Interview entries: the format when the words name one, else null. */
	format: InterviewFormat | null;
	/** The counterpart as written (a name, or a wikilink's target), or null. */
	person: string | null;
	/** The entry's own text without its date, trimmed; nested lines joined with line breaks. */
	text: string;
	/** Where it was read. */
	origin: Origin;
}
