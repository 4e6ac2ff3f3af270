/**
 * What the frontmatter edits share: the block's lines with their offsets, its top-level
 * keys as YAML reads them, scalars written so they read back as the same text, and the
 * check that an edit changed nothing but what it meant to. Nothing here re-serialises
 * YAML: js-yaml only reads the block, before and after an edit.
 */
import { CORE_SCHEMA, load } from "js-yaml";
import { findFrontmatter, type FrontmatterSpan } from "./frontmatter-span";
import { applySplices, type Splice } from "./splice";
import { hasOwn } from "../values";

/** A planned edit of a note's text, or why it was refused (then nothing should be written). */
export type TextEdit =
	| {
			/** The edit could be planned (it may change nothing: `splices` is then empty). */
			ok: true;
			/** The changes, in order, as splices of the original text; they never overlap. */
			splices: Splice[];
			/** The text with the changes applied. */
			text: string;
	  }
	| {
			/** The edit was refused. */
			ok: false;
			/** One line saying why, for the user. */
			message: string;
	  };

/** A refusal with its message. */
export const refuse = (message: string): TextEdit & { ok: false } => ({ ok: false, message });

/** A successful edit of `text` made of these splices. */
export function planned(text: string, splices: Splice[]): TextEdit & { ok: true } {
	const sorted = [...splices].sort((a, b) => a.from - b.from);
	return { ok: true, splices: sorted, text: applySplices(text, sorted) };
}

/** One line of the frontmatter with its offsets in the note. */
export interface Line {
	/** Offset of its first character. */
	start: number;
	/** Offset of its line ending (end of its content). */
	end: number;
	/** Offset after its line ending. */
	next: number;
	/** Its content, without the line ending. */
	text: string;
}

/** The lines of text[from, to), each with its offsets. */
export function linesOf(text: string, from: number, to: number): Line[] {
	const lines: Line[] = [];
	let start = from;
	while (start < to) {
		const nl = text.indexOf("\n", start);
		const next = nl < 0 || nl >= to ? to : nl + 1;
		const end = nl < 0 || nl >= to ? to : nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
		lines.push({ start, end, next, text: text.slice(start, end) });
		start = next;
	}
	return lines;
}

const TOP_KEY =
	/^(?!-[ \t]|-$|#|\.\.\.|---)(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|((?:[^\s:#?&*!|>'"%@`{[\]},-]|-[^\s:])(?:[^:]|:(?![ \t]|$))*?))[ \t]*:(?=[ \t]|$)/;

/** A top-level key line: the key as YAML reads it and where its value starts on the line. */
export interface KeyLine {
	/** The key, unquoted. */
	key: string;
	/** Offset within the line just after the colon. */
	colonEnd: number;
}

/** The key a top-level line starts, as YAML reads it, or null. */
export function topKey(line: string): KeyLine | null {
	const m = TOP_KEY.exec(line);
	if (!m) return null;
	let key: string;
	if (m[1] !== undefined) {
		try {
			key = JSON.parse(`"${m[1]}"`) as string;
		} catch {
			return null;
		}
	} else if (m[2] !== undefined) key = m[2].replace(/''/g, "'");
	else key = (m[3] ?? "").trimEnd();
	return { key, colonEnd: m[0].length };
}

/** A frontmatter block of `lines` for a note that has none: at its start, after a byte-order mark. */
export function newFrontmatter(text: string, lines: string, eol: string): Splice {
	const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	return { from: at, to: at, insert: `---${eol}${lines}---${eol}` };
}

/** The refusal of a key whose block keyBlocks could not find: it is written in a way this tool does not edit. */
export const uneditable = (key: string): TextEdit & { ok: false } =>
	refuse(`"${key}" is written in a way this tool cannot edit; nothing was changed`);

/** True for a line with nothing but blanks or a comment. */
export const isBlankOrComment = (line: string): boolean => /^\s*(#.*)?$/.test(line);

/** A top-level key with the lines that belong to it. */
export interface KeyBlock extends KeyLine {
	/** Index of the key's line in the frontmatter's lines. */
	index: number;
	/** The key's line. */
	line: Line;
	/** The lines after it, up to the next top-level key (comments and blanks included). */
	rest: Line[];
	/** Of `rest`, the lines with content (not blank, not a comment). */
	content: Line[];
}

/** Every top-level key of the frontmatter lines, in order. */
export function keyBlocks(lines: readonly Line[]): KeyBlock[] {
	const starts: { index: number; key: KeyLine }[] = [];
	lines.forEach((line, index) => {
		const key = topKey(line.text);
		if (key) starts.push({ index, key });
	});
	return starts.map(({ index, key }, i) => {
		const rest = lines.slice(index + 1, starts[i + 1]?.index ?? lines.length);
		return { ...key, index, line: lines[index] as Line, rest, content: rest.filter((l) => !isBlankOrComment(l.text)) };
	});
}

/** The value written on a key's line after the colon, with offsets relative to the line. */
export interface LineValue {
	/** `empty`: nothing, or only a comment; `scalar`: a value ending on this line; `open`: anything else. */
	shape: "empty" | "scalar" | "open";
	/** Start of the value (after the blanks following the colon). */
	start: number;
	/** End of the value (before blanks and a comment). */
	end: number;
}

/**
 * Reads what follows a key's colon: empty, a scalar that ends on the line (plain or
 * quoted), or something open (a flow collection, a block scalar, an anchor or tag, a
 * quote that does not close on the line).
 */
export function lineValue(line: string, colonEnd: number): LineValue {
	let start = colonEnd;
	while (line[start] === " " || line[start] === "\t") start++;
	const first = line[start];
	if (first === undefined || first === "#") return { shape: "empty", start, end: start };
	let end: number;
	if (first === '"' || first === "'") {
		end = start + 1;
		for (;;) {
			const c = line[end];
			if (c === undefined) return { shape: "open", start, end: line.length };
			if (first === '"' && c === "\\") end += 2;
			else if (c === first) {
				if (first === "'" && line[end + 1] === "'") end += 2;
				else {
					end++;
					break;
				}
			} else end++;
		}
		if (!/^(?:[ \t]+#.*|[ \t]*)$/.test(line.slice(end))) return { shape: "open", start, end: line.length };
		return { shape: "scalar", start, end };
	}
	if ("[{|>&*!%@`".includes(first) || (first === "-" && /^-(?:[ \t]|$)/.test(line.slice(start))) || first === "?") {
		return { shape: "open", start, end: line.length };
	}
	const comment = /[ \t]#/.exec(line.slice(start));
	end = comment ? start + comment.index : line.length;
	while (end > start && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
	return { shape: "scalar", start, end };
}

/** The frontmatter parsed as a map, or why it cannot be used. */
export function readYaml(block: string): { ok: true; value: Record<string, unknown> } | { ok: false } {
	try {
		const value: unknown = load(block, { schema: CORE_SCHEMA });
		if (value === null || value === undefined) return { ok: true, value: {} };
		if (typeof value !== "object" || Array.isArray(value)) return { ok: false };
		return { ok: true, value: value as Record<string, unknown> };
	} catch {
		return { ok: false };
	}
}

/** Two parsed values are the same data. */
export function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

const RESERVED_PLAIN = /^(?:true|false|null|yes|no|on|off|y|n|~|\.inf|\.nan|[-+]?\.inf)$/i;

/** A scalar as YAML: plain when that reads back as the same text, else double-quoted. */
export function yamlScalar(value: string): string {
	const plain =
		/^[\p{L}\p{N}][\p{L}\p{N} .'’\-()/&+]*$/u.test(value) &&
		!/\s$/.test(value) &&
		!RESERVED_PLAIN.test(value) &&
		!/^[-+]?[\d._]+(?:[eE][-+]?\d+)?$/.test(value) &&
		!/^0[xo]/i.test(value);
	return plain ? value : JSON.stringify(value);
}

/** A map key as YAML: plain when it is a simple word, else double-quoted. */
export function yamlKey(key: string): string {
	return /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(key) && !RESERVED_PLAIN.test(key) ? key : JSON.stringify(key);
}

/** The note's frontmatter, found and read, or why it cannot be edited. */
export type ReadFrontmatter =
	| {
			/** The block could be read. */
			ok: true;
			/** Where it is. */
			span: FrontmatterSpan;
			/** Its lines. */
			lines: Line[];
			/** Its values. */
			value: Record<string, unknown>;
	  }
	| (TextEdit & { ok: false });

/** Finds and reads a note's frontmatter for editing; null when the note has none. */
export function readFrontmatter(text: string): ReadFrontmatter | null {
	const span = findFrontmatter(text);
	if (!span) return null;
	if (!["", "yaml", "yml"].includes(span.language.toLowerCase())) {
		return refuse(`the frontmatter is written in ${span.language}, not YAML; nothing was changed`);
	}
	const parsed = readYaml(text.slice(span.contentStart, span.contentEnd));
	if (!parsed.ok) return refuse("the frontmatter is not readable YAML properties; fix it first, nothing was changed");
	return { ok: true, span, lines: linesOf(text, span.contentStart, span.contentEnd), value: parsed.value };
}

/** A note's text after its frontmatter (after the BOM when it has none). */
export function bodyOf(text: string): string {
	const span = findFrontmatter(text);
	if (span) return text.slice(span.bodyStart);
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The values of a note's frontmatter ({} when it has none), or null when it cannot be read. */
export function valuesOf(text: string): Record<string, unknown> | null {
	const span = findFrontmatter(text);
	if (!span) return {};
	const parsed = readYaml(text.slice(span.contentStart, span.contentEnd));
	return parsed.ok ? parsed.value : null;
}

/**
 * True when `edited` differs from `original` only where `changed` allows: the body is
 * the same, and every property not in `changed` has the same value (or is absent in
 * both). `changed` gets each touched key's values before and after (undefined: absent).
 */
export function onlyChanged(
	original: string,
	edited: string,
	changed: Readonly<Record<string, (before: unknown, after: unknown) => boolean>>,
): boolean {
	if (bodyOf(original) !== bodyOf(edited)) return false;
	if ((original.charCodeAt(0) === 0xfeff) !== (edited.charCodeAt(0) === 0xfeff)) return false;
	const before = valuesOf(original);
	const after = valuesOf(edited);
	if (!before || !after) return false;
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		const check = hasOwn(changed, key) ? changed[key] : undefined;
		const a = hasOwn(before, key) ? before[key] : undefined;
		const b = hasOwn(after, key) ? after[key] : undefined;
		if (check) {
			if (!check(a, b)) return false;
		} else if (hasOwn(before, key) !== hasOwn(after, key) || !sameValue(a, b)) return false;
	}
	for (const [key, check] of Object.entries(changed)) {
		if (!hasOwn(before, key) && !hasOwn(after, key) && !check(undefined, undefined)) return false;
	}
	return true;
}
