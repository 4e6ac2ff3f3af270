/**
 * Appending one entry to a note's follow-up log as a pure text edit.
 *
 * The frontmatter is never re-serialised: the entry is written as one new line (or a few,
 * for a list of block maps) in the style of the list already there, and every other
 * byte stays as it was, comments and line endings included. js-yaml is used only to
 * read the frontmatter before and after the edit and to check that exactly one entry
 * was added and nothing else changed; when that check fails, nothing is written.
 */
import { CORE_SCHEMA, load } from "js-yaml";
import type { Day } from "../model";
import { findFrontmatter, lineEndingOf } from "./frontmatter-span";
import { applySplice, type Splice } from "./splice";

/** One entry to append: a message sent (`to`), one received (`from`), a dismissal or a snooze. */
export interface LogEntryToAppend {
	/** The day of the entry. */
	date: Day;
	/** Follow-up kind of a sent entry (`check-in`), free for a received one (`reply`). */
	kind: string;
	/** The person the message went to. */
	to?: string | null;
	/** The person a reply came from. */
	from?: string | null;
	/** How it was sent (`email`, `phone`, …). */
	channel?: string | null;
	/** The entry dismisses the follow-up instead of recording a message. */
	dismissed?: boolean;
	/** The entry snoozes the follow-up to this day. */
	snoozedUntil?: Day | null;
	/** A free note, e.g. what a reply said. */
	note?: string | null;
}

/** Options for finding the log. */
export interface AppendLogOptions {
	/** Extra names of the `follow_ups` field (the `fieldAliases` setting's entry for it). */
	aliases?: readonly string[];
}

/** The edit, or why the log could not be appended to safely (nothing should be written then). */
export type AppendLogResult =
	| {
			/** The edit could be planned. */
			ok: true;
			/** The edit as a splice of the original text. */
			splice: Splice;
			/** The text with the edit applied. */
			text: string;
			/** The frontmatter key the entry went under, as written. */
			key: string;
	  }
	| {
			/** The edit could not be planned. */
			ok: false;
			/** One line saying why, for the user. */
			message: string;
	  };

/** The canonical log field and its built-in aliases, in the order readers prefer them. */
export const LOG_FIELD_NAMES: readonly string[] = ["follow_ups", "touches", "log"];

const fieldKey = (name: string): string =>
	name
		.trim()
		.toLowerCase()
		.replace(/[-_\s]+/g, "_");

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

/** The entry's fields in log order, as [key, YAML text] pairs. */
function entryFields(entry: LogEntryToAppend): [string, string][] {
	const fields: [string, string][] = [["date", /^\d{4}-\d{2}-\d{2}$/.test(entry.date) ? entry.date : yamlScalar(entry.date)]];
	fields.push(["kind", yamlScalar(entry.kind)]);
	if (entry.to) fields.push(["to", yamlScalar(entry.to)]);
	if (entry.from) fields.push(["from", yamlScalar(entry.from)]);
	if (entry.channel) fields.push(["channel", yamlScalar(entry.channel)]);
	if (entry.dismissed) fields.push(["dismissed", "true"]);
	if (entry.snoozedUntil) fields.push(["snoozed_until", entry.snoozedUntil]);
	if (entry.note) fields.push(["note", yamlScalar(entry.note)]);
	return fields;
}

/** What the entry reads back as with the core schema. */
function expectedValue(entry: LogEntryToAppend): Record<string, unknown> {
	const out: Record<string, unknown> = { date: entry.date, kind: entry.kind };
	if (entry.to) out.to = entry.to;
	if (entry.from) out.from = entry.from;
	if (entry.channel) out.channel = entry.channel;
	if (entry.dismissed) out.dismissed = true;
	if (entry.snoozedUntil) out.snoozed_until = entry.snoozedUntil;
	if (entry.note) out.note = entry.note;
	return out;
}

/** How the list's existing items are written, so the new one matches. */
interface ItemStyle {
	/** Indentation before `-`. */
	indent: string;
	/** `block` for `- date: …` items on several lines, else `flow` for `- {date: …}`. */
	shape: "flow" | "block";
	/** Spaces inside the braces of a flow map (`{ a: 1 }` → " "). */
	padding: string;
	/** Column of the keys after the first one, for block maps. */
	keyIndent: string;
}

function renderItem(entry: LogEntryToAppend, style: ItemStyle, eol: string): string {
	const fields = entryFields(entry);
	if (style.shape === "block") {
		return fields.map(([k, v], i) => (i === 0 ? `${style.indent}- ${k}: ${v}` : `${style.keyIndent}${k}: ${v}`)).join(eol);
	}
	return `${style.indent}- {${style.padding}${fields.map(([k, v]) => `${k}: ${v}`).join(", ")}${style.padding}}`;
}

function renderFlowMap(entry: LogEntryToAppend, padding: string): string {
	return `{${padding}${entryFields(entry)
		.map(([k, v]) => `${k}: ${v}`)
		.join(", ")}${padding}}`;
}

/** One line of the frontmatter with its offsets in the note. */
interface Line {
	/** Offset of its first character. */
	start: number;
	/** Offset of its line ending (end of its content). */
	end: number;
	/** Offset after its line ending. */
	next: number;
	/** Its content, without the line ending. */
	text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
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

const TOP_KEY = /^(?!-[ \t]|-$|#)(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s:][^:]*?))[ \t]*:(?=[ \t]|$)/;

/** The key a top-level line starts, as YAML reads it, or null. */
function topKey(line: string): { key: string; colonEnd: number } | null {
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
	else key = m[3] ?? "";
	return { key, colonEnd: m[0].length };
}

const isBlankOrComment = (line: string): boolean => /^\s*(#.*)?$/.test(line);

/** Splits `value  # comment` (after the colon) into the value and the rest. */
function splitComment(rest: string): { value: string; tail: string } {
	const m = /^([ \t]*)(.*?)([ \t]+#.*|[ \t]*)$/.exec(rest);
	return { value: m?.[2] ?? rest.trim(), tail: m?.[3] ?? "" };
}

function isEmptyLog(value: unknown): boolean {
	return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

function readYaml(block: string): { ok: true; value: Record<string, unknown> } | { ok: false } {
	try {
		const value: unknown = load(block, { schema: CORE_SCHEMA });
		if (value === null || value === undefined) return { ok: true, value: {} };
		if (typeof value !== "object" || Array.isArray(value)) return { ok: false };
		return { ok: true, value: value as Record<string, unknown> };
	} catch {
		return { ok: false };
	}
}

function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** The indentation other block lists of the frontmatter use, `"  "` when there are none. */
function usualIndent(lines: Line[]): string {
	for (let i = 0; i + 1 < lines.length; i++) {
		const line = lines[i] as Line;
		const key = topKey(line.text);
		if (!key || line.text.slice(key.colonEnd).trim() !== "") continue;
		const item = /^([ \t]*)-(?:[ \t]|$)/.exec((lines[i + 1] as Line).text);
		if (item) return item[1] ?? "";
	}
	return "  ";
}

/**
 * Plans appending one entry to the note's `follow_ups` list (or `touches`/`log`, or a
 * user alias, whichever the note's readers use), creating the key, or the whole
 * frontmatter block, when missing. Nothing but the new entry changes.
 */
export function appendLogEntry(text: string, entry: LogEntryToAppend, options: AppendLogOptions = {}): AppendLogResult {
	const eol = lineEndingOf(text);
	const frontmatter = findFrontmatter(text);
	const fresh: ItemStyle = { indent: "  ", shape: "flow", padding: "", keyIndent: "    " };

	if (!frontmatter) {
		const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
		const insert = `---${eol}follow_ups:${eol}${renderItem(entry, fresh, eol)}${eol}---${eol}`;
		const splice = { from: at, to: at, insert };
		return { ok: true, splice, text: applySplice(text, splice), key: "follow_ups" };
	}
	if (!["", "yaml", "yml"].includes(frontmatter.language.toLowerCase())) {
		return { ok: false, message: `the frontmatter is written in ${frontmatter.language}, not YAML; nothing was changed` };
	}
	const before = readYaml(text.slice(frontmatter.contentStart, frontmatter.contentEnd));
	if (!before.ok) return { ok: false, message: "the frontmatter is not readable YAML properties; fix it first, nothing was changed" };

	const names = [...LOG_FIELD_NAMES, ...(options.aliases ?? [])].map(fieldKey);
	const lines = linesOf(text, frontmatter.contentStart, frontmatter.contentEnd);
	const keyLines: { index: number; key: string; colonEnd: number }[] = [];
	lines.forEach((line, index) => {
		const key = topKey(line.text);
		if (key) keyLines.push({ index, ...key });
	});

	// Readers take the first name (in priority order) with a non-empty value; write there,
	// else under the first name present, else under a new `follow_ups`.
	const present = keyLines.filter((k) => names.includes(fieldKey(k.key)) && Object.prototype.hasOwnProperty.call(before.value, k.key));
	const rank = (k: { key: string }): number => names.indexOf(fieldKey(k.key));
	present.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
	const chosen = present.find((k) => !isEmptyLog(before.value[k.key])) ?? present[0];

	let splice: Splice;
	let key: string;
	if (!chosen) {
		key = "follow_ups";
		const style = { ...fresh, indent: usualIndent(lines) };
		style.keyIndent = `${style.indent}  `;
		const insert = `follow_ups:${eol}${renderItem(entry, style, eol)}${eol}`;
		splice = { from: frontmatter.contentEnd, to: frontmatter.contentEnd, insert };
	} else {
		key = chosen.key;
		const current = before.value[key];
		if (!isEmptyLog(current) && !Array.isArray(current)) {
			return { ok: false, message: `"${key}" in the frontmatter is not a list; nothing was changed` };
		}
		const keyLine = lines[chosen.index] as Line;
		const nextKey = keyLines.find((k) => k.index > chosen.index);
		const blockLines = lines.slice(chosen.index + 1, nextKey ? nextKey.index : lines.length);
		const content = blockLines.filter((l) => !isBlankOrComment(l.text));
		const { value, tail } = splitComment(keyLine.text.slice(chosen.colonEnd));

		if (value === "" && content.length > 0) {
			const first = content[0] as Line;
			const item = /^([ \t]*)-([ \t]+)(.*)$/.exec(first.text) ?? /^([ \t]*)-()()$/.exec(first.text);
			if (!item) return { ok: false, message: `"${key}" in the frontmatter is not a list this tool can edit; nothing was changed` };
			const indent = item[1] ?? "";
			const rest = item[3] ?? "";
			const style: ItemStyle = { indent, shape: "flow", padding: "", keyIndent: "" };
			if (rest.startsWith("{")) style.padding = /^\{[ \t]/.test(rest) ? " " : "";
			else if (/^[^\s{[#"'][^:]*:(?:[ \t]|$)/.test(rest) || /^"[^"]*":(?:[ \t]|$)/.test(rest)) {
				style.shape = "block";
				const second = content[1];
				const keyCol =
					second && /^[ \t]*\S/.test(second.text) && !/^[ \t]*-/.test(second.text)
						? (/^[ \t]*/.exec(second.text)?.[0] ?? "")
						: "";
				style.keyIndent = keyCol.length > indent.length ? keyCol : `${indent} ${item[2] ?? " "}`;
			}
			const last = content[content.length - 1] as Line;
			const insert = `${renderItem(entry, style, eol)}${eol}`;
			splice =
				last.next === last.end
					? { from: last.end, to: last.end, insert: eol + renderItem(entry, style, eol) }
					: { from: last.next, to: last.next, insert };
		} else if (value === "" || value === "[]" || value === "~" || /^null$/i.test(value)) {
			const style = { ...fresh, indent: usualIndent(lines) };
			style.keyIndent = `${style.indent}  `;
			splice =
				value === ""
					? { from: keyLine.end, to: keyLine.end, insert: `${eol}${renderItem(entry, style, eol)}` }
					: // `[]`, `~` or `null`: only that line is rewritten, its comment kept.
						{ from: keyLine.start + chosen.colonEnd, to: keyLine.end, insert: `${tail}${eol}${renderItem(entry, style, eol)}` };
		} else if (value.startsWith("[") && value.endsWith("]")) {
			const valueStart = keyLine.start + chosen.colonEnd + keyLine.text.slice(chosen.colonEnd).indexOf("[");
			const close = valueStart + value.length - 1;
			let at = close;
			while (at > valueStart && /[ \t]/.test(text[at - 1] ?? "")) at--;
			const padding = /^\[[ \t]*\{[ \t]/.test(value) ? " " : "";
			splice = { from: at, to: at, insert: `, ${renderFlowMap(entry, padding)}` };
		} else {
			return { ok: false, message: `"${key}" in the frontmatter is not a list this tool can edit; nothing was changed` };
		}
	}

	const result = applySplice(text, splice);
	if (!verify(text, result, key, before.value, expectedValue(entry))) {
		return { ok: false, message: `the entry could not be added to "${key}" without changing other values; nothing was changed` };
	}
	return { ok: true, splice, text: result, key };
}

/** True when the edited note's frontmatter is the old one plus the entry, and nothing else. */
function verify(original: string, edited: string, key: string, before: Record<string, unknown>, entry: Record<string, unknown>): boolean {
	const span = findFrontmatter(edited);
	const oldSpan = findFrontmatter(original);
	if (!span || !oldSpan) return false;
	if (edited.slice(span.bodyStart) !== original.slice(oldSpan.bodyStart)) return false;
	const after = readYaml(edited.slice(span.contentStart, span.contentEnd));
	if (!after.ok) return false;
	const keys = new Set([...Object.keys(before), ...Object.keys(after.value)]);
	for (const k of keys) {
		if (k === key) continue;
		if (!sameValue(before[k], after.value[k])) return false;
	}
	const old = Array.isArray(before[key]) ? (before[key] as unknown[]) : [];
	return sameValue(after.value[key], [...old, entry]);
}
