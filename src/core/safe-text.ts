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
 * Anything safeLine changes: control characters (C0, DEL, C1), line and paragraph
 * separators and bidi controls. The settings refuse a value holding one of them, so a
 * setting stays one line of plain text.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
export const UNSAFE_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
/** Anything safeText changes (line feeds and tabs are fine in text of several lines). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
/** Line breaks of every kind, CRLF as one. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;
/** What is shown as an escape once line breaks are dealt with. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const TO_ESCAPE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

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
const BREAK_AND_SPACES = /[ \t]*(?:\r\n|[\n\v\f\r\u0085\u2028\u2029])(?:[ \t]|\r\n|[\n\v\f\r\u0085\u2028\u2029])*/g;

/**
 * The text on one line, every other character kept: each run of line breaks (with the
 * spaces around it) becomes one space. For what must be one line wherever it goes, such
 * as a draft's subject, which is an email header.
 */
export function withoutLineBreaks(text: string): string {
	return text.replace(BREAK_AND_SPACES, " ");
}
