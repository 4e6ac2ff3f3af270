/**
 * The types a host needs to hand the sentence reader a note's body. Kept apart from
 * stated.ts, which holds the sentence reader and its date parser (chrono-node), so that
 * code which only names the reader does not carry the parser.
 */
import type { BusinessCalendar } from "../dates";
import type { InterviewNote } from "../model";

/** The text of a note after its frontmatter, and the 1-based line of the file it starts on. */
export interface NoteBodyText {
	text: string;
	firstLine: number;
}

/** Fills a note's decision and call-back dates from its sentences, where no property gives them (stated.ts). */
export type SentenceReader = (
	note: InterviewNote,
	body: NoteBodyText,
	calendar: BusinessCalendar,
	dateOrder: "DMY" | "MDY",
) => InterviewNote;
