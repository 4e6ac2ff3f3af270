/**
 * Whether a body is worth parsing for timeline entries: a quick look, line by line, for
 * a table's delimiter row or a list item or heading that starts with a date. Parsing a note costs
 * far more than this look, and most notes of a vault have neither.
 */
import type { DateContext } from "./context";
import { readEntryDate } from "./entry-date";
import { writesDay } from "./prose";

/** A list item's marker and task box, or a heading's marks, at the start of a line, after any quote marks. */
const LIST_MARKER = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t]+(?:\[.\][ \t]+)?/;

/** True for a line made only of pipes, dashes, colons and blanks, with a pipe and a dash: `|---|:-:|`. */
function isDelimiterRow(line: string): boolean {
	let pipe = false;
	let dash = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === "|") pipe = true;
		else if (c === "-") dash = true;
		else if (c !== ":" && c !== " " && c !== "\t" && c !== ">" && c !== "\r") return false;
	}
	return pipe && dash;
}

/**
 * False when the body surely has no table, no list item that begins with a date and, in a
 * note with an interview day, no ticked task, so tableEntries and listEntries would find
 * nothing; true otherwise (then parse it).
 */
export function mayHaveEntries(markdown: string, ctx: DateContext): boolean {
	// A day written out anywhere may date a sentence (prose.ts).
	if (writesDay(markdown)) return true;
	let start = 0;
	while (start < markdown.length) {
		let end = markdown.indexOf("\n", start);
		if (end < 0) end = markdown.length;
		const line = markdown.slice(start, end);
		if (isDelimiterRow(line)) return true;
		const marker = LIST_MARKER.exec(line);
		if (marker !== null && readEntryDate(line.slice(marker[0].length), ctx) !== null) return true;
		// A ticked task may be a thank-you of the note's interview day (listEntries).
		if (marker !== null && ctx.noteDay && /\[[xX]\]/.test(marker[0])) return true;
		start = end + 1;
	}
	return false;
}
