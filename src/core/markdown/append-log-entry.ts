/**
 * Appending one entry to a note's follow-up log, and taking it out again (the undo), as
 * pure text edits shared by the plugin and the command line.
 *
 * The frontmatter is never re-serialised: the entry is inserted as one new line (or a
 * few, for a list of block maps, or a few characters inside a `[…]` list) in the style
 * of the list already there, and every other byte stays as it was, comments, quoting and
 * line endings included. js-yaml reads the frontmatter before and after the edit to check
 * that exactly one entry was added and nothing else changed; when that check fails,
 * nothing is written.
 */
import { noteFieldNames, normalizeKey } from "../fields";
import type { Day } from "../model";
import { isEmptyValue } from "../values";
import { findFrontmatter, lineEndingOf } from "./frontmatter-span";
import {
	keyBlocks,
	lineValue,
	newFrontmatter,
	onlyChanged,
	planned,
	readFrontmatter,
	refuse,
	sameValue,
	uneditable,
	yamlScalar,
	type KeyBlock,
	type Line,
	type TextEdit,
} from "./frontmatter-text";
import type { Splice } from "./splice";

export { yamlScalar } from "./frontmatter-text";

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
	/** The `fieldAliases` setting: the user's extra names of the `follow_ups` field are among them. */
	fieldAliases?: Readonly<Record<string, readonly string[]>>;
}

/** What an append wrote, kept so that it can be taken out again (see removeAppendedLogEntry). */
export interface AppendedLogEntry {
	/** The frontmatter key the entry went under, as written. */
	key: string;
	/** The entry. */
	entry: LogEntryToAppend;
	/** The edit as planned: `insert` replaced text[from, to) of the note as it was then. */
	splice: Splice;
	/** What the edit replaced (empty for an insertion). */
	replaced: string;
}

/** The edit, or why the log could not be appended to safely (nothing should be written then). */
export type AppendLogResult =
	| (TextEdit & {
			ok: true;
			/** The edit as one splice of the original text. */
			splice: Splice;
			/** The frontmatter key the entry went under, as written. */
			key: string;
			/** What to hand to removeAppendedLogEntry to undo it. */
			appended: AppendedLogEntry;
	  })
	| (TextEdit & { ok: false });

/**
 * The key a log entry goes under: the key readers take the log from (the best-ranked name
 * with a non-empty value), else the best-ranked name present, else null (a new
 * `follow_ups`). `names` are normalised, best first (noteFieldNames). Of two keys with
 * the same name, the first written wins, as for readers.
 */
export function chooseLogKey(frontmatter: Readonly<Record<string, unknown>>, names: readonly string[]): string | null {
	let filled: { key: string; rank: number } | null = null;
	let present: { key: string; rank: number } | null = null;
	for (const key of Object.keys(frontmatter)) {
		const rank = names.indexOf(normalizeKey(key));
		if (rank < 0) continue;
		if (!isEmptyValue(frontmatter[key]) && (filled === null || rank < filled.rank)) filled = { key, rank };
		if (present === null || rank < present.rank) present = { key, rank };
	}
	return (filled ?? present)?.key ?? null;
}

/** The entry's optional fields in log order, each with the key it is written under. */
const OPTIONAL_FIELDS = [
	["to", "to"],
	["from", "from"],
	["channel", "channel"],
	["dismissed", "dismissed"],
	["snoozedUntil", "snoozed_until"],
	["note", "note"],
] as const;

/** The entry's fields in log order, as [key, value] pairs: date and kind, then the optional ones it has. */
function entryValues(entry: LogEntryToAppend): [string, string | true][] {
	const fields: [string, string | true][] = [
		["date", entry.date],
		["kind", entry.kind],
	];
	for (const [field, key] of OPTIONAL_FIELDS) {
		const value = entry[field];
		if (value) fields.push([key, value]);
	}
	return fields;
}

/** The entry's fields in log order, as [key, YAML text] pairs. */
function entryFields(entry: LogEntryToAppend): [string, string][] {
	return entryValues(entry).map(([key, value]) => [
		key,
		value === true ? "true" : key === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : yamlScalar(value),
	]);
}

/** What the entry reads back as with the core schema. */
function expectedValue(entry: LogEntryToAppend): Record<string, unknown> {
	return Object.fromEntries(entryValues(entry));
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

function renderFlowMap(entry: LogEntryToAppend, padding: string): string {
	return `{${padding}${entryFields(entry)
		.map(([k, v]) => `${k}: ${v}`)
		.join(", ")}${padding}}`;
}

function renderItem(entry: LogEntryToAppend, style: ItemStyle, eol: string): string {
	if (style.shape === "block") {
		return entryFields(entry)
			.map(([k, v], i) => (i === 0 ? `${style.indent}- ${k}: ${v}` : `${style.keyIndent}${k}: ${v}`))
			.join(eol);
	}
	return `${style.indent}- ${renderFlowMap(entry, style.padding)}`;
}

/** The indentation other block lists of the frontmatter use, `"  "` when there are none. */
function usualIndent(blocks: readonly KeyBlock[]): string {
	for (const block of blocks) {
		const first = block.content[0];
		if (lineValue(block.line.text, block.colonEnd).shape !== "empty" || !first) continue;
		const item = /^([ \t]*)-(?:[ \t]|$)/.exec(first.text);
		if (item) return item[1] ?? "";
	}
	return "  ";
}

/** A fresh list's style: flow maps, indented like the note's other lists. */
function freshStyle(blocks: readonly KeyBlock[]): ItemStyle {
	const indent = usualIndent(blocks);
	return { indent, shape: "flow", padding: "", keyIndent: `${indent}  ` };
}

/** The style of a block list from its first item (and the line after it). */
function blockListStyle(first: Line, second: Line | undefined): ItemStyle | null {
	const item = /^([ \t]*)-([ \t]+)(.*)$/.exec(first.text) ?? /^([ \t]*)-()()$/.exec(first.text);
	if (!item) return null;
	const indent = item[1] ?? "";
	const rest = item[3] ?? "";
	const style: ItemStyle = { indent, shape: "flow", padding: "", keyIndent: "" };
	if (rest.startsWith("{")) style.padding = /^\{[ \t]/.test(rest) ? " " : "";
	else if (/^[^\s{[#"'][^:]*:(?:[ \t]|$)/.test(rest) || /^"[^"]*":(?:[ \t]|$)/.test(rest)) {
		style.shape = "block";
		const keyCol =
			second && /^[ \t]*\S/.test(second.text) && !/^[ \t]*-/.test(second.text) ? (/^[ \t]*/.exec(second.text)?.[0] ?? "") : "";
		style.keyIndent = keyCol.length > indent.length ? keyCol : `${indent} ${item[2] ?? " "}`;
	}
	return style;
}

/** Where a flow list `[…]` starting at `open` closes, and what comes last before the `]`. */
interface FlowList {
	/** Offset of the closing `]`. */
	close: number;
	/** Offset just after the last character of the last item (or of the `[` when empty). */
	afterLast: number;
	/** The last thing before `]` is `[` (an empty list). */
	empty: boolean;
	/** The last thing before `]` is a `,` (a trailing comma). */
	trailingComma: boolean;
}

/**
 * Scans a flow list from its `[` to its `]`, minding quotes, nested brackets and
 * comments; null when it does not close before `to` or something follows it.
 */
function scanFlowList(text: string, open: number, to: number): FlowList | null {
	let depth = 0;
	let last = open;
	let lastChar = "[";
	for (let i = open; i < to; i++) {
		const c = text[i] as string;
		const before = i > open ? (text[i - 1] as string) : " ";
		if (c === "#" && /\s/.test(before)) {
			while (i < to && text[i] !== "\n") i++;
			continue;
		}
		if ((c === '"' || c === "'") && /[\s[{,:]/.test(before)) {
			let j = i + 1;
			for (; j < to; j++) {
				const q = text[j];
				if (c === '"' && q === "\\") j++;
				else if (q === c) {
					if (c === "'" && text[j + 1] === "'") j++;
					else break;
				}
			}
			if (j >= to) return null;
			i = j;
			last = j + 1;
			lastChar = c;
			continue;
		}
		if (/\s/.test(c)) continue;
		if (c === "[" || c === "{") depth++;
		else if (c === "]" || c === "}") {
			depth--;
			if (depth === 0) {
				if (c !== "]") return null;
				const after = text.slice(i + 1, to).replace(/(^|\s)#[^\n]*/g, "$1");
				if (after.trim() !== "") return null;
				return { close: i, afterLast: last, empty: lastChar === "[" && last === open + 1, trailingComma: lastChar === "," };
			}
		}
		last = i + 1;
		lastChar = c;
	}
	return null;
}

/**
 * Plans appending one entry to the note's log: under the key readers take the log from
 * (chooseLogKey), creating `follow_ups`, or the whole frontmatter block, when there is
 * none. Nothing but the new entry changes; when that cannot be checked, it refuses.
 */
export function appendLogEntry(text: string, entry: LogEntryToAppend, options: AppendLogOptions = {}): AppendLogResult {
	const eol = lineEndingOf(text);
	const expected = expectedValue(entry);
	const done = (key: string, candidates: Splice[]): AppendLogResult => {
		for (const splice of candidates) {
			const edit = planned(text, [splice]);
			const check = (before: unknown, after: unknown): boolean =>
				sameValue(after, [...(Array.isArray(before) ? (before as unknown[]) : []), expected]) &&
				(before === undefined || isEmptyValue(before) || Array.isArray(before));
			if (!onlyChanged(text, edit.text, { [key]: check })) continue;
			const appended = { key, entry: { ...entry }, splice, replaced: text.slice(splice.from, splice.to) };
			return { ...edit, splice, key, appended };
		}
		return refuse(`the entry could not be added to "${key}" without changing other values; nothing was changed`);
	};

	const frontmatter = readFrontmatter(text);
	if (frontmatter === null) {
		return done("follow_ups", [newFrontmatter(text, `follow_ups:${eol}${renderItem(entry, freshStyle([]), eol)}${eol}`, eol)]);
	}
	if (!frontmatter.ok) return frontmatter;
	const { span, value } = frontmatter;
	const blocks = keyBlocks(frontmatter.lines);
	const key = chooseLogKey(value, noteFieldNames("follow_ups", options.fieldAliases ?? {}));

	if (key === null) {
		const insert = `follow_ups:${eol}${renderItem(entry, freshStyle(blocks), eol)}${eol}`;
		return done("follow_ups", [{ from: span.contentEnd, to: span.contentEnd, insert }]);
	}
	const current = value[key];
	if (!isEmptyValue(current) && !Array.isArray(current)) {
		return refuse(`"${key}" in the frontmatter is not a list; nothing was changed`);
	}
	const block = blocks.find((b) => b.key === key);
	if (!block) return uneditable(key);
	const line = block.line;
	const onLine = lineValue(line.text, block.colonEnd);
	const token = line.text.slice(onLine.start, onLine.end);
	const cannot = refuse(`"${key}" in the frontmatter is not a list this tool can edit; nothing was changed`);

	if (onLine.shape === "empty") {
		if (block.content.length === 0) {
			return done(key, [{ from: line.end, to: line.end, insert: `${eol}${renderItem(entry, freshStyle(blocks), eol)}` }]);
		}
		const style = blockListStyle(block.content[0] as Line, block.content[1]);
		if (!style) return cannot;
		const item = renderItem(entry, style, eol);
		const last = block.content[block.content.length - 1] as Line;
		const end = block.rest[block.rest.length - 1] as Line;
		// After the last item; failing that (a kept block scalar ends in blank lines), after the whole block.
		return done(key, [
			{ from: last.next, to: last.next, insert: `${item}${eol}` },
			{ from: end.next, to: end.next, insert: `${item}${eol}` },
		]);
	}
	if (onLine.shape === "scalar" && block.content.length === 0 && /^(?:~|null)$/i.test(token)) {
		// Only the `~` (or `null`) goes, with the blank before it; a comment after it stays.
		const from = line.start + block.colonEnd;
		const tail = line.text.slice(onLine.end);
		const item = renderItem(entry, freshStyle(blocks), eol);
		return done(key, [{ from, to: line.end, insert: `${tail}${eol}${item}` }]);
	}
	if (token.startsWith("[")) {
		const open = line.start + onLine.start;
		const blockEnd = (block.rest[block.rest.length - 1] ?? line).end;
		const flow = scanFlowList(text, open, blockEnd);
		if (!flow) return cannot;
		const padding = /^\[[ \t]*\{[ \t]/.test(text.slice(open, flow.close)) ? " " : "";
		const map = renderFlowMap(entry, padding);
		const insert = flow.empty ? map : flow.trailingComma ? ` ${map}` : `, ${map}`;
		return done(key, [{ from: flow.afterLast, to: flow.afterLast, insert }]);
	}
	return cannot;
}

/**
 * Plans taking out an entry that appendLogEntry added, for an undo: the inserted text
 * is removed (and what it replaced put back) where it still stands as written. Refuses,
 * changing nothing, when the entry is no longer there as written or when taking it out
 * would change anything else.
 */
export function removeAppendedLogEntry(text: string, appended: AppendedLogEntry): TextEdit {
	const { insert } = appended.splice;
	const gone = refuse("the entry is no longer in the note as it was written; nothing was changed");
	if (insert === "") return gone;
	const places: number[] = [];
	if (text.startsWith(insert, appended.splice.from)) places.push(appended.splice.from);
	const span = findFrontmatter(text);
	const limit = span ? span.bodyStart : text.length;
	for (let at = text.lastIndexOf(insert, limit - insert.length); at >= 0; at = text.lastIndexOf(insert, at - 1)) {
		if (!places.includes(at)) places.push(at);
		if (at === 0) break;
	}
	const expected = expectedValue(appended.entry);
	const check = (old: unknown, after: unknown): boolean => {
		if (!Array.isArray(old)) return false;
		const before = old as unknown[];
		const rest = Array.isArray(after) ? (after as unknown[]) : after === undefined || isEmptyValue(after) ? [] : null;
		if (rest === null) return false;
		for (let i = before.length - 1; i >= 0; i--) {
			if (sameValue(before[i], expected) && sameValue([...before.slice(0, i), ...before.slice(i + 1)], rest)) return true;
		}
		return false;
	};
	for (const from of places) {
		const to = from + insert.length;
		// The first entry of a `[…]` list has had others appended after it: its comma goes too.
		const comma = /^[ \t]*,[ \t]*/.exec(text.slice(to))?.[0] ?? "";
		for (const end of comma === "" ? [to] : [to, to + comma.length]) {
			const edit = planned(text, [{ from, to: end, insert: appended.replaced }]);
			if (onlyChanged(text, edit.text, { [appended.key]: check })) return edit;
		}
	}
	return places.length === 0 ? gone : refuse("taking the entry out would change other values; nothing was changed");
}
