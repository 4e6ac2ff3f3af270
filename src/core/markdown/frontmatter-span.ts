/**
 * Where a note's frontmatter lies in its text, found the way Obsidian finds it: the
 * first line is `---` (optionally followed by a fence language, which is then refused
 * by readers), and the block ends at the next line that is exactly `---` (trailing
 * blanks allowed). A leading BOM is skipped. No closing line means no frontmatter.
 * Only offsets are computed: nothing is parsed or re-serialised here.
 */

/** Offsets of a frontmatter block within a note's text. */
export interface FrontmatterSpan {
	/** Offset of the opening `---` (1 when the text starts with a BOM, else 0). */
	start: number;
	/** The language written after the opening `---`, trimmed (`""` for plain YAML). */
	language: string;
	/** Offset of the first line between the fences. */
	contentStart: number;
	/** Offset of the closing `---` line; the YAML lines are [contentStart, contentEnd). */
	contentEnd: number;
	/** Offset just after the closing `---` line's line ending (where the body starts). */
	bodyStart: number;
}

/** Finds the frontmatter block, or null when the note has none. */
export function findFrontmatter(text: string): FrontmatterSpan | null {
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const open = /^---(?!-)([^\r\n]*)\r?\n/.exec(text.slice(start));
	if (!open) return null;
	const contentStart = start + open[0].length;
	// Search from the opening line's "\n" so an empty block (`---\n---`) is found.
	const searchFrom = contentStart - 1;
	const close = /\n---[ \t]*(\r?\n|$)/.exec(text.slice(searchFrom));
	if (!close) return null;
	const contentEnd = searchFrom + close.index + 1;
	return {
		start,
		language: (open[1] ?? "").trim(),
		contentStart,
		contentEnd,
		bodyStart: searchFrom + close.index + close[0].length,
	};
}

/** The line ending a note uses: that of its first line break, `\n` when it has none. */
export function lineEndingOf(text: string): "\n" | "\r\n" {
	const at = text.indexOf("\n");
	return at > 0 && text[at - 1] === "\r" ? "\r\n" : "\n";
}

/** Rewrites `\n` line breaks (and stray `\r\n`) in generated text to the note's ending. */
export function withLineEnding(generated: string, eol: "\n" | "\r\n"): string {
	const unix = generated.replace(/\r\n?/g, "\n");
	return eol === "\n" ? unix : unix.replace(/\n/g, "\r\n");
}

/** The 1-based line of a text on which an offset falls (the body's first line: `lineAt(text, span.bodyStart)`). */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
	return line;
}
