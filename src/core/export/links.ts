/**
 * Links to notes from exported text: wikilinks for markdown that lives in the vault,
 * `obsidian://open` addresses for everything outside it (calendar apps, browsers).
 */
import { safeLine } from "../safe-text";
import { linkBasename } from "../values";

/** Characters a wikilink target cannot hold: they end it, alias it or point into it; and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const NOT_IN_WIKILINKS = /[[\]|#^\\\u0000-\u001F\u007F-\u009F]/;

/** The markdown characters that could start formatting, a tag, math, HTML or a comment. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#$~^|%&]|==/g;

/** The note's path without the `.md` extension, as links write it. */
export function linkTarget(path: string): string {
	return path.replace(/\.md$/i, "");
}

/** The note's name as Obsidian shows it: the file name without folder or `.md`. */
export function noteTitle(path: string): string {
	return linkBasename(path);
}

/**
 * Text that reads as itself in markdown, also inside a table cell: formatting
 * characters are backslash-escaped (so `|` cannot end the cell), line breaks become
 * `<br>`. Single `=` stays readable; only `==` (a highlight) is escaped. Control codes are
 * shown as escapes (safeLine): the note may be printed to a terminal.
 */
export function escapeMarkdown(text: string): string {
	return safeLine(text.replace(MARKDOWN_SPECIAL, (match) => (match === "==" ? "\\=\\=" : `\\${match}`)).replace(/\r\n|\r|\n/g, "<br>"));
}

/**
 * A link to a note: `[[Interviews/Acme onsite|Acme onsite]]`, with the alias pipe written
 * `\|` inside a table. A path a wikilink cannot hold (`#`, `|`, `[`…) becomes a markdown
 * link with the path percent-encoded, which Obsidian also opens.
 */
export function noteLink(path: string, options: { inTable: boolean }): string {
	const title = noteTitle(path);
	if (NOT_IN_WIKILINKS.test(path)) {
		const encoded = path.split("/").map(encodeSegment).join("/");
		return `[${escapeMarkdown(title)}](${encoded})`;
	}
	return `[[${linkTarget(path)}${options.inTable ? "\\|" : "|"}${title}]]`;
}

/** `obsidian://open?vault=…&file=…`, both URL-encoded, the file without `.md` (as Obsidian writes it). */
export function obsidianOpenUrl(vaultName: string, path: string): string {
	return `obsidian://open?vault=${encodeSegment(vaultName)}&file=${encodeSegment(linkTarget(path))}`;
}

/** encodeURIComponent that cannot throw: a lone surrogate is sent as U+FFFD. */
function encodeSegment(text: string): string {
	let wellFormed = text;
	if (/[\uD800-\uDFFF]/.test(text)) {
		wellFormed = "";
		for (const char of text) wellFormed += char.length === 1 && char >= "\uD800" && char <= "\uDFFF" ? "\uFFFD" : char;
	}
	return encodeURIComponent(wellFormed).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
