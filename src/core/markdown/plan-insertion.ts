/**
 * Where a draft goes in a note, as a pure text edit.
 *
 * The note is parsed with remark's parser (mdast-util-from-markdown, what remark-parse runs
 * inside unified; called directly to keep the mobile bundle small) only to learn where its top-level headings and blocks
 * lie (their offsets); the note is never re-serialised, so every byte outside the one
 * inserted run stays as it was. The draft lands at the end of the section under the
 * follow-up heading (a heading inside a code block, a quote or a list does not count),
 * and the section is created at the end of the note when it is missing. Each block
 * carries an HTML-comment marker, so the same draft is never inserted twice, even after
 * the user rewrote its text or moved it elsewhere in the note.
 */
import type { Heading, PhrasingContent, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { KIND_WORDS } from "../follow-up-text";
import type { Day, FollowUpKind } from "../model";
import { withoutLineBreaks } from "../safe-text";
import { escapeRegExp } from "../values";
import { findFrontmatter, lineEndingOf, withLineEnding } from "./frontmatter-span";
import type { Splice } from "./splice";

export { applySplice, type Splice } from "./splice";

/** What of a draft the inserted block shows. */
export interface DraftToInsert {
	/** The follow-up kind. */
	kind: FollowUpKind;
	/** Who it is for; null for tasks without a person. */
	to: string | null;
	/** Subject line. */
	subject: string;
	/** The message (or checklist) text, with `\n` line breaks. */
	text: string;
}

/** Where and how to insert. */
export interface InsertionOptions {
	/** The section heading as written in the settings, e.g. `## Follow-ups`. */
	heading: string;
	/** The follow-up's due day, named in the block and in its marker; null when unknown. */
	due?: Day | null;
	/** The marker id; defaults to `draftMarkerId(kind, to, due)`. */
	markerId?: string;
}

/** The prefix of every marker the plugin writes. */
export const MARKER_PREFIX = "interview-followups";

/** Lower-case ASCII-ish slug of a name: `José Núñez` → `jose-nunez`. */
export function slug(name: string): string {
	return name
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}

/** The marker id of a draft: `interview-followups:check-in:jane-doe:2026-11-24`. */
export function draftMarkerId(kind: FollowUpKind, to: string | null, due: Day | null | undefined): string {
	const parts = [MARKER_PREFIX, kind];
	if (to !== null && slug(to) !== "") parts.push(slug(to));
	if (due) parts.push(due);
	return parts.join(":");
}

/** True when the note already holds the marker with this id (anywhere, however edited around it). */
export function hasMarker(text: string, markerId: string): boolean {
	return new RegExp(`<!--\\s*${escapeRegExp(markerId)}\\s*-->`).test(text);
}

/** A heading setting such as `## Follow-ups`, split into depth and normalised text. */
interface HeadingSpec {
	depth: number;
	title: string;
	written: string;
}

function readHeadingSetting(heading: string): HeadingSpec {
	const m = /^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(heading);
	if (!m) return { depth: 2, title: normalise(heading.replace(/^#+/, "")), written: `## ${heading.trim()}` };
	return { depth: (m[1] ?? "##").length, title: normalise(m[2] ?? ""), written: `${m[1]} ${(m[2] ?? "").trim()}` };
}

function normalise(title: string): string {
	return title.trim().replace(/\s+/g, " ").toLowerCase();
}

function plainText(nodes: readonly PhrasingContent[]): string {
	let out = "";
	for (const node of nodes) {
		if (node.type === "text" || node.type === "inlineCode") out += node.value;
		else if ("children" in node) out += plainText(node.children);
	}
	return out;
}

function startOf(node: RootContent, base: number): number {
	return (node.position?.start.offset ?? 0) + base;
}

function endOf(node: RootContent, base: number): number {
	return (node.position?.end.offset ?? 0) + base;
}

/**
 * The line that closes a construct still open at the end of the note (a fenced code
 * block or an HTML block of kinds 1–5 that never ends), or "" when nothing is open.
 * Without it, a section appended after such a block would land inside it.
 */
function closerFor(node: RootContent, raw: string): string {
	if (node.type === "code") {
		const open = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(raw);
		if (!open) return "";
		const fence = open[1] ?? "```";
		const lines = raw.split(/\r?\n/);
		const last = lines[lines.length - 1] ?? "";
		const closing = new RegExp(`^[ \\t]{0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`);
		return lines.length > 1 && closing.test(last) ? "" : fence;
	}
	if (node.type === "html") {
		const tag = /^[ \t]{0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i.exec(raw);
		if (tag) {
			const end = `</${(tag[1] ?? "").toLowerCase()}>`;
			return raw.toLowerCase().includes(end) ? "" : end;
		}
		const kinds: [RegExp, string][] = [
			[/^[ \t]{0,3}<!--/, "-->"],
			[/^[ \t]{0,3}<\?/, "?>"],
			[/^[ \t]{0,3}<!\[CDATA\[/, "]]>"],
			[/^[ \t]{0,3}<![A-Za-z]/, ">"],
		];
		for (const [start, end] of kinds) {
			const m = start.exec(raw);
			if (m) return raw.slice(m[0].length).includes(end) ? "" : end;
		}
	}
	return "";
}

/**
 * An Obsidian `%% … %%` comment or `$$ … $$` math block: hidden from the note's structure
 * in Obsidian (a comment is not shown, math swallows everything up to its closing `$$`),
 * so a heading inside one does not count, and a draft must never land inside one.
 */
interface HiddenSpan {
	start: number;
	end: number;
	closed: boolean;
	/** `%%` or `$$`: what opens and closes it. */
	delimiter: string;
}

/** Where code lies (fenced blocks and inline code spans), as [start, end) offsets in the note. */
function codeRanges(nodes: readonly RootContent[], base: number): (readonly [number, number])[] {
	const ranges: (readonly [number, number])[] = [];
	const visit = (node: RootContent | PhrasingContent): void => {
		if (node.type === "code" || node.type === "inlineCode") {
			ranges.push([(node.position?.start.offset ?? 0) + base, (node.position?.end.offset ?? 0) + base]);
			return;
		}
		if ("children" in node) for (const child of node.children as (RootContent | PhrasingContent)[]) visit(child);
	};
	for (const node of nodes) visit(node);
	return ranges;
}

/**
 * The `%%` comments and `$$` math blocks of the body (offsets in the note) outside code;
 * one left open runs to the end. Inside a comment `$$` is text, and inside math `%%` is.
 */
function hiddenSpans(text: string, base: number, nodes: readonly RootContent[]): HiddenSpan[] {
	const code = codeRanges(nodes, base); // in document order, none inside another
	const spans: HiddenSpan[] = [];
	let open: { start: number; delimiter: string } | null = null;
	const delimiters = /%%|\$\$/g;
	delimiters.lastIndex = base;
	let next = 0; // the first code range that does not end before the delimiter being looked at
	for (let m = delimiters.exec(text); m !== null; m = delimiters.exec(text)) {
		const i = m.index;
		while (next < code.length && (code[next] as readonly [number, number])[1] <= i) next++;
		const range = code[next];
		if (range !== undefined && i >= range[0]) continue;
		if (open === null) open = { start: i, delimiter: m[0] };
		else if (m[0] === open.delimiter) {
			spans.push({ start: open.start, end: i + 2, closed: true, delimiter: open.delimiter });
			open = null;
		}
	}
	// A `$$` never closed opens a math block only at the start of a line; `costs $$` is text.
	if (
		open !== null &&
		(open.delimiter === "%%" || /^[ \t]*$/.test(text.slice(Math.max(base, text.lastIndexOf("\n", open.start) + 1), open.start)))
	) {
		spans.push({ start: open.start, end: text.length, closed: false, delimiter: open.delimiter });
	}
	return spans;
}

function escapeInline(text: string): string {
	return text.replace(/([\\`*_[\]#<>|])/g, "\\$1");
}

/**
 * The block for a draft, with `\n` line breaks: a title naming kind, person and due
 * day (a sub-heading of the section, or a bold line under a level-6 section), the
 * marker, then the subject and the text as a quote, which keeps any markdown in a
 * draft (a `#` line, an open code fence) from leaking into the note's structure.
 */
export function draftBlock(draft: DraftToInsert, sectionDepth: number, due: Day | null, markerId: string): string {
	// The title and the subject each stay on their line, whatever a name holds.
	const title =
		[KIND_WORDS[draft.kind].title, draft.to === null ? null : escapeInline(withoutLineBreaks(draft.to))]
			.filter((x) => x !== null)
			.join(" — ") + (due ? ` · due ${due}` : "");
	const titleLine = sectionDepth < 6 ? `${"#".repeat(sectionDepth + 1)} ${title}` : `**${title}**`;
	const quoted = [
		`**Subject:** ${withoutLineBreaks(draft.subject).trim()}`,
		"",
		...draft.text.replace(/\r\n?/g, "\n").replace(/\s+$/, "").split("\n"),
	].map((line) => (line.trim() === "" ? ">" : `> ${line}`));
	return [titleLine, `<!-- ${markerId} -->`, ...quoted].join("\n");
}

/**
 * Plans the insertion of a draft into a note: a splice that adds one run of text and
 * changes nothing else, or null when the draft's marker is already in the note.
 */
export function planDraftInsertion(text: string, draft: DraftToInsert, options: InsertionOptions): Splice | null {
	const due = options.due ?? null;
	const markerId = options.markerId ?? draftMarkerId(draft.kind, draft.to, due);
	if (hasMarker(text, markerId)) return null;

	const eol = lineEndingOf(text);
	const spec = readHeadingSetting(options.heading);
	const frontmatter = findFrontmatter(text);
	const base = frontmatter ? frontmatter.bodyStart : text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const tree: Root = fromMarkdown(text.slice(base));
	const nodes = tree.children;
	const block = withLineEnding(draftBlock(draft, spec.depth, due, markerId), eol);

	const comments = hiddenSpans(text, base, nodes);
	const hidden = (n: RootContent): boolean => comments.some((c) => startOf(n, base) > c.start && startOf(n, base) < c.end);
	const at = nodes.findIndex(
		(n) => n.type === "heading" && n.depth === spec.depth && !hidden(n) && normalise(plainText(n.children)) === spec.title,
	);
	const lastNode = nodes[nodes.length - 1];
	const openComment = comments.find((c) => !c.closed);

	if (at >= 0) {
		const heading = nodes[at] as Heading;
		let next = nodes.length;
		for (let i = at + 1; i < nodes.length; i++) {
			const n = nodes[i];
			if (n && n.type === "heading" && n.depth <= heading.depth && !hidden(n)) {
				next = i;
				break;
			}
		}
		const last = nodes[next - 1] as RootContent;
		let from = endOf(last, base);
		// Never inside a `%%` comment or `$$` math: after it when it closes, else it gets closed.
		const inComment = comments.find((c) => from > c.start && (from < c.end || !c.closed));
		if (inComment?.closed) {
			// To the end of the line the comment closes on.
			const lineEnd = text.indexOf("\n", inComment.end);
			from = lineEnd < 0 ? text.length : text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
		}
		// Past trailing blanks on the same line, so the run starts at the line's end.
		while (text[from] === " " || text[from] === "\t") from++;
		const closer = [
			next === nodes.length && last === lastNode ? closerFor(last, text.slice(startOf(last, base), endOf(last, base))) : "",
			inComment && !inComment.closed ? inComment.delimiter : "",
		]
			.filter((c) => c !== "")
			.map((c) => eol + c)
			.join("");
		const after = text.slice(from);
		// A blank line must separate the block from what follows (a paragraph could turn
		// the block's last line into a setext heading); the note's own one is reused.
		const blankFollows = /^\s*$/.test(after) || /^[ \t]*\r?\n[ \t]*\r?\n/.test(after);
		const insert = closer + eol + eol + block + (blankFollows ? "" : eol);
		return { from, to: from, insert };
	}

	const closers = [
		lastNode ? closerFor(lastNode, text.slice(startOf(lastNode, base), endOf(lastNode, base))) : "",
		openComment ? openComment.delimiter : "",
	].filter((c) => c !== "");
	const endsWithNewline = /\n$/.test(text);
	let prefix: string;
	if (closers.length > 0) prefix = (endsWithNewline ? "" : eol) + closers.join(eol) + eol + eol;
	else if (text.length === base && !frontmatter) prefix = "";
	else if (/\r?\n[ \t]*\r?\n$/.test(text)) prefix = "";
	else if (endsWithNewline) prefix = eol;
	else prefix = eol + eol;
	// A note without a final newline keeps having none.
	const suffix = endsWithNewline || (text.length === base && !frontmatter) ? eol : "";
	return { from: text.length, to: text.length, insert: prefix + spec.written + eol + eol + block + suffix };
}
