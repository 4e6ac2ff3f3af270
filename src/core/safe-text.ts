/**
 * Text from notes (a company, a person's name, a file name) made safe to show to a
 * person: a terminal obeys control codes (ESC clears the screen or sets the window
 * title, BEL rings, CR rewrites the line) and bidi controls reorder what follows them, so
 * a note could otherwise rewrite what the reader sees. Control characters and bidi
 * controls (embeddings, overrides and isolates; the marks that right-to-left text needs
 * stay) are shown as escapes (`\x1b`, `\u202e`), which says that something odd is
 * there without acting on it. JSON output never goes through here: it stays exact.
 */

/**
 * What is shown as an escape, as the inside of a character class: control characters
 * (C0 but line feed and tab, DEL, C1) and bidi controls (embeddings, overrides, isolates).
 */
export const ESCAPED = String.raw`\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069`;
/** Line breaks of every kind, CRLF as one: a pattern's source. */
const BREAK = String.raw`\r\n|[\n\v\f\r\u0085\u2028\u2029]`;

/**
 * Anything safeLine changes: control characters (C0, DEL, C1), line and paragraph
 * separators and bidi controls. The settings refuse a value holding one of them, so a
 * setting stays one line of plain text.
 */
export const UNSAFE_IN_LINE = new RegExp(`[\t\n${ESCAPED}\u2028\u2029]`);
/** Anything safeText changes (line feeds and tabs are fine in text of several lines). */
const UNSAFE_IN_TEXT = new RegExp(`[${ESCAPED}\u2028\u2029]`);
const LINE_BREAK = new RegExp(BREAK, "g");
const TO_ESCAPE = new RegExp(`[${ESCAPED}]`, "g");

function escape(character: string): string {
	const code = character.charCodeAt(0);
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * One line of text for a terminal or a table cell: line breaks and tabs become spaces
 * (a value never splits a row), other control characters and bidi controls escapes.
 */
export function safeLine(text: string): string {
	if (!UNSAFE_IN_LINE.test(text)) return text;
	return text.replace(LINE_BREAK, " ").replace(/\t/g, " ").replace(TO_ESCAPE, escape);
}

/**
 * Text of several lines for a terminal (a draft): line breaks become `\n`, tabs stay,
 * other control characters and bidi controls become escapes.
 */
export function safeText(text: string): string {
	if (!UNSAFE_IN_TEXT.test(text)) return text;
	return text.replace(LINE_BREAK, "\n").replace(TO_ESCAPE, escape);
}

/** Line breaks of every kind, with the spaces around them. */
const BREAK_AND_SPACES = new RegExp(`[ \t]*(?:${BREAK})(?:[ \t]|${BREAK})*`, "g");

/**
 * The text on one line, every other character kept: each run of line breaks (with the
 * spaces around it) becomes one space. For what must be one line wherever it goes, such
 * as a draft's subject, which is an email header.
 */
export function withoutLineBreaks(text: string): string {
	return text.replace(BREAK_AND_SPACES, " ");
}
