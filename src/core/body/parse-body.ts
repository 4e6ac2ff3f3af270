/**
 * A note's body as a markdown tree, with GFM tables: remark's parser
 * (mdast-util-from-markdown) and its GFM table extension, called directly to keep the
 * mobile bundle small (no unified, no remark-gfm). Only notes already selected as
 * application notes are parsed, and each once.
 */
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";

/** Parses a body (the note after its frontmatter) into a tree whose nodes carry line numbers and offsets. */
export function parseBody(markdown: string): Root {
	return fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}

/**
 * The text a node shows, without markup: emphasis, links and code give their text, HTML
 * (comments included) gives nothing but a space for `<br>`, a hard break a line break,
 * and `%% comments %%` are dropped. Wikilinks stay as written (`[[Maya Chen]]`): they are
 * plain text to this parser.
 */
export function plainText(node: Nodes): string {
	return dropPercentComments(collect(node, []).join("")).replace(/\r\n?/g, "\n");
}

function collect(node: Nodes, out: string[]): string[] {
	switch (node.type) {
		case "text":
		case "inlineCode":
			out.push(node.value);
			break;
		case "html":
			if (/^<br\s*\/?>$/i.test(node.value.trim())) out.push(" ");
			break;
		case "break":
			out.push("\n");
			break;
		case "image":
		case "imageReference":
			out.push(node.alt ?? "");
			break;
		default:
			if ("children" in node) for (const child of node.children) collect(child, out);
	}
	return out;
}

/** The text without `%% … %%` runs (an unclosed `%%` hides the rest, as in Obsidian). */
function dropPercentComments(text: string): string {
	let at = text.indexOf("%%");
	if (at < 0) return text;
	const kept: string[] = [];
	let from = 0;
	while (at >= 0) {
		kept.push(text.slice(from, at));
		const close = text.indexOf("%%", at + 2);
		if (close < 0) return kept.join("");
		from = close + 2;
		at = text.indexOf("%%", from);
	}
	kept.push(text.slice(from));
	return kept.join("");
}

/** The 1-based line of the file on which a node starts, given the line the body starts on. */
export function fileLine(node: Nodes, firstLine: number): number {
	return (node.position?.start.line ?? 1) + firstLine - 1;
}
