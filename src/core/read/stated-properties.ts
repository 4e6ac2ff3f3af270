/**
 * Dates read from sentences as the properties that would state them: what the plugin's
 * "make this date a property" action writes. Kept apart from stated.ts, which holds the
 * sentence reader and its date parser (chrono-node), so that code which only asks what was
 * read does not carry the parser.
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

export type StatedKinds = "decision" | "call-back" | "both";

/**
 * The dates of a note read from sentences, as the properties that would state them
 * (`decision_date: 2026-11-27`, `call_back: …`), under the fields' own names as a new
 * follow-up log is. Empty when no date of those kinds came from a sentence.
 */
export function statedDateProperties(note: InterviewNote, kinds: StatedKinds = "both"): Record<string, string> {
	const properties: Record<string, string> = {};
	if (kinds !== "call-back" && note.decisionDate !== null && note.decisionOrigin?.from === "sentence") {
		properties.decision_date = note.decisionDate;
	}
	if (kinds !== "decision" && note.callBack !== null && note.callBackOrigin?.from === "sentence") {
		properties.call_back = note.callBack;
	}
	return properties;
}
