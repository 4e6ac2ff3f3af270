/**
 * Timeline entries from the sentences of a body's paragraphs (existing-vaults.md §3, beyond
 * lists and tables): a sentence that writes out one day (`Phone interview on Friday 20 Nov
 * with Sunita Rao`, `Rejected by email on 2026-11-18.`) is an entry of that day when its
 * words place an event: an interview, a message, an answer, an application. Notes kept as
 * running text hold their timeline so.
 *
 * A line that is a label and a date (`**Follow-up date:** 2026-11-19`) holds a field, not
 * an entry; after a label with more text (`**Next steps:** Rejected by email on …`) the
 * text is read. A sentence with several days is the first day's entry: a later day in it
 * can only be the day of an interview it books. A list item whose day is inside its
 * sentence (`- HR call with Miriam Vogt on 2026-11-09.`) is read the same way; an item that
 * begins with a day is lists.ts's, with all nested under it, and a task item is a plan or
 * a tick, never a sentence of what happened.
 */
import type { Nodes, Root } from "mdast";
import { addDays } from "../dates";
import type { Day } from "../model";
import type { TimelineEntry } from "../timeline-types";
import type { BodyContext } from "./context";
import { datedEntries, wordsOnly } from "./dated-entry";
import { datesWithin, readEntryDate } from "./entry-date";
import { WORD_LABEL } from "./entry-words";
import { fileLine, plainText } from "./parse-body";
import { sentencesIn } from "./sentence-ends";

/** After a digit: the rest of an ISO day, or a day's ordinal and a month's name (`20 Nov`, `3rd of December`). */
const DAY_THEN_MONTH = /^\d(?:\d{3}-\d\d-\d\d|\d?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
/** Before a digit: a month's name (`Nov 20`, `December 3`). */
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/i;

/**
 * Whether a text writes out a day: ISO, or a day and a month's name either way round
 * (`20 Nov`, `Nov 20`, `Friday 20 November`). It looks only around digits, jumping from one
 * to the next: a test written month-first (without look-behind, which older iOS lacks)
 * tries every letter of the text and was five times slower over bodies without dates.
 */
export function writesDay(text: string): boolean {
	const digits = /\d/g;
	for (let found = digits.exec(text); found !== null; found = digits.exec(text)) {
		const at = found.index;
		if (DAY_THEN_MONTH.test(text.slice(at, at + 24)) || MONTH_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return true;
	}
	return false;
}

/** Words that date a sentence by the day written last before it: `the same day`, `that evening`, `the next day` (group 1). */
const THAT_DAY = /\b(?:(?:the )?(?:same day|(next (?:day|morning)|following day|day after))|that (?:day|evening|afternoon|night))\b/i;

/** The dated entries of the body's paragraphs, in order. */
export function proseEntries(tree: Root, ctx: BodyContext): TimelineEntry[] {
	const entries: TimelineEntry[] = [];
	// Under a heading that begins with a day, a list is that heading's entry (lists.ts).
	let datedSection = false;
	// The day written last in this section, for a sentence that says it happened `that same day`.
	let lastDay: Day | null = null;
	const dated = (node: Nodes): boolean => {
		const begins = readEntryDate(plainText(node), ctx);
		if (begins !== null) lastDay = begins.date;
		return begins !== null;
	};
	const visit = (node: Nodes, item = false): void => {
		if (node.type === "paragraph") {
			plainText(node)
				.split("\n")
				.forEach((line, index) => read(line, fileLine(node, ctx.firstLine) + index, item));
		} else if (node.type === "heading") {
			lastDay = null;
			datedSection = dated(node);
		}
		// A list item only when it is no task (`[ ] …`) and does not begin with a day.
		else if (
			node.type === "root" ||
			node.type === "blockquote" ||
			(node.type === "list" && !datedSection) ||
			(node.type === "listItem" && !/^\[.\]/.test(plainText(node)) && !dated(node))
		)
			for (const child of node.children) visit(child, item || node.type === "listItem");
	};
	const read = (line: string, at: number, item: boolean): void => {
		if (!writesDay(line) && (lastDay === null || !THAT_DAY.test(line))) return;
		// `Next steps: Rejected by email on …` (bold marks are gone from plain text).
		const label = WORD_LABEL.exec(line);
		const text = label === null ? line : line.slice(label[0].length);
		for (const sentence of sentencesIn(text)) {
			const [written, ...later] = datesWithin(sentence, ctx);
			// `Sent Sarah a thank-you the same day`: the day written last before it (the day after, for `the next day`).
			const that = written || lastDay === null ? null : THAT_DAY.exec(sentence);
			const day = that
				? {
						date: that[1] ? addDays(lastDay as Day, 1) : (lastDay as Day),
						start: that.index,
						rest: sentence.slice(that.index + that[0].length),
					}
				: written;
			if (day !== undefined) lastDay = day.date;
			// In a list item, only a day the sentence's words lead to (`… on 2026-11-17`), not one
			// set apart as a field (`**Panel** (Completed) - 2026-11-18 10:00`).
			if (day === undefined || (item && !/\p{L} $/u.test(sentence.slice(0, day.start)))) continue;
			// `Interviews will be held the week of 2026-11-30`: a week, not the day of anything.
			if (/\bweek (of|beginning|commencing) $/i.test(sentence.slice(0, day.start))) continue;
			// `On 19 Nov Dana emailed …`: the words without the day and the word that led to it.
			// `HR call scheduled for 18 Nov`: the day is the call's, whether or not it has come.
			const main =
				`${sentence.slice(0, day.start).replace(/\b(?:(?:scheduled|booked) for|on|at|for|by)\s*$/i, "")} ${day.rest}`.trim();
			// A sentence that is only a day is a label's value (`Date: 2026-11-12`), not an event.
			if (main === "") continue;
			// With a later day in it (`replied on 17 Nov and booked round two for 26 Nov`) the
			// entry is the first day's, its text the rest, where an invitation finds its day.
			const text = later.length === 0 ? sentence : main;
			for (const entry of datedEntries(wordsOnly(day.date, main, text, null, { from: "text", line: at }), ctx))
				if (entry.event !== "other") entries.push(entry);
		}
	};
	visit(tree);
	return entries;
}
