/**
 * Dataview inline fields (existing-vaults.md §4), read by the rules Dataview itself
 * follows:
 *
 * - on a line of its own, `Key:: value`: the key is everything before the first `::`
 *   (letters of any script, digits, spaces, `_`, `/`, `-`, emoji), once the markup and
 *   punctuation that open the line (`**`, `- `, `> `, `# `) and the markup that closes
 *   the key (`**`, `_`, `~~`, a backtick) are set aside; the value runs to the end of the
 *   line. A key with any other character (`see: x::`, `https://a::b`) makes no field;
 * - inside a line, `[key:: value]` and `(key:: value)`: the key has no bracket in it; the
 *   value runs to the bracket that closes the opening one, brackets of the same kind
 *   nesting inside it and `\` escaping one. A line with such a field has no full-line field;
 * - a task item's fields belong to the task, not to the note, and a task never has a
 *   full-line field;
 * - nothing counts inside fenced code, a code span, an HTML comment or a `%% %%` comment.
 *
 * With `labels`, a bold label filling a line as a full-line field would (`**Fecha:**
 * 2026-11-20`, `**Status**: Rejected`) is read too, marked as a label: many templates
 * write their fields so. Its key must start with a letter (`**2026-11-20**: offer` is a
 * dated entry, not a field).
 *
 * Lines are read one at a time. The scan is linear in the length of the text: brackets
 * are paired in one pass per line, and a comment's or a code span's end is looked for
 * once.
 */

/** One inline field as written. */
export interface InlineField {
	/** The key as written, without its markup (`**Applied**::` → `Applied`). */
	key: string;
	/** The value as written, trimmed; "" when empty. */
	value: string;
	/** The 1-based line of the file. */
	line: number;
	/** Written as a bold label (`**Key:** value`), not as a Dataview field. */
	label?: true;
}

/** A list item's marker and task box at the start of a line (after any `>` quote marks). */
const LIST_ITEM = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(\[.\](?:[ \t]|$))?/;
/** A code fence: three or more backticks or tildes, after indentation and quote marks. */
const FENCE = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})/;

/** Where a multi-line construct left off at the end of the previous line. */
type Open = { in: "text" } | { in: "fence"; mark: string } | { in: "html" } | { in: "percent" };

/**
 * The inline fields of a note's body, in order. `firstLine` is the 1-based line of the
 * file on which the body starts.
 */
export function inlineFields(markdown: string, firstLine: number, labels = false): InlineField[] {
	const fields: InlineField[] = [];
	if (!markdown.includes("::") && !(labels && (markdown.includes("**") || markdown.includes("__")))) return fields;
	let open: Open = { in: "text" };
	let lineNumber = firstLine;
	let start = 0;
	while (start <= markdown.length) {
		let end = markdown.indexOf("\n", start);
		if (end < 0) end = markdown.length;
		const raw = markdown.slice(start, end > start && markdown[end - 1] === "\r" ? end - 1 : end);
		open = readLine(raw, lineNumber, open, fields, labels);
		lineNumber++;
		start = end + 1;
	}
	return fields;
}

/** Reads one line's fields, given what was open at its start; returns what is open at its end. */
function readLine(raw: string, lineNumber: number, open: Open, fields: InlineField[], labels: boolean): Open {
	const fence = open.in === "text" || open.in === "fence" ? FENCE.exec(raw) : null;
	const mark = fence?.[1];
	const rest = fence === null ? "" : raw.slice(fence[0].length);
	if (open.in === "fence") {
		const closes = mark !== undefined && mark[0] === open.mark[0] && mark.length >= open.mark.length && rest.trim() === "";
		return closes ? { in: "text" } : open;
	}
	// A backtick fence's info string has no backtick (CommonMark); such a line is text.
	if (mark !== undefined && !(mark[0] === "`" && rest.includes("`"))) return { in: "fence", mark };
	const visible = blankHidden(raw, open);
	const row = labels ? BOLD_ROW.exec(visible.text) : null;
	if (row !== null && KEY.test(row[2] as string))
		fields.push({ key: row[2] as string, value: (row[3] as string).trim(), line: lineNumber, label: true });
	else if (visible.text.includes("::") || (labels && /[:：]/.test(visible.text)))
		fieldsOfLine(visible.text, visible.shown, lineNumber, fields, labels);
	return visible.open;
}

/**
 * The line with comments and code spans turned into spaces (`text`, where fields are
 * looked for), the line with only its comments turned into spaces (`shown`, where keys and
 * values are taken from: `Total:: \`= this.a + this.b\`` keeps its value), lengths kept;
 * and whether a comment is still open at its end.
 */
function blankHidden(line: string, open: Open): { text: string; shown: string; open: Open } {
	if (open.in === "text" && !line.includes("`") && !line.includes("%%") && !line.includes("<!--"))
		return { text: line, shown: line, open };
	const closers = backtickClosers(line);
	const parts: string[] = [];
	const shown: string[] = [];
	let copied = 0;
	const blank = (from: number, to: number, code = false): void => {
		parts.push(line.slice(copied, from), " ".repeat(to - from));
		shown.push(line.slice(copied, from), code ? line.slice(from, to) : " ".repeat(to - from));
		copied = to;
	};
	let state = open;
	let i = 0;
	while (i < line.length) {
		if (state.in === "html" || state.in === "percent") {
			const token = state.in === "html" ? "-->" : "%%";
			const close = line.indexOf(token, i);
			const to = close < 0 ? line.length : close + token.length;
			blank(i, to);
			i = to;
			if (close >= 0) state = { in: "text" };
			continue;
		}
		const c = line[i];
		if (c === "`") {
			let run = i;
			while (line[run] === "`") run++;
			const close = closers.get(i);
			if (close !== undefined) blank(i, close, true);
			i = close ?? run;
		} else if (c === "%" && line[i + 1] === "%") {
			state = { in: "percent" };
			blank(i, i + 2);
			i += 2;
		} else if (c === "<" && line.startsWith("<!--", i)) {
			state = { in: "html" };
			blank(i, i + 4);
			i += 4;
		} else i++;
	}
	parts.push(line.slice(copied));
	shown.push(line.slice(copied));
	return { text: parts.join(""), shown: shown.join(""), open: state };
}

/**
 * For each backtick run that opens a code span, the offset just after the run that closes
 * it (the next run of the same length). Runs are paired in order, so one pass suffices.
 */
function backtickClosers(line: string): Map<number, number> {
	const closers = new Map<number, number>();
	if (!line.includes("`")) return closers;
	const runs: [number, number][] = [];
	for (let i = 0; i < line.length;) {
		if (line[i] !== "`") {
			i++;
			continue;
		}
		let end = i;
		while (line[end] === "`") end++;
		runs.push([i, end]);
		i = end;
	}
	// next[k]: the index of the next run with the same length as run k.
	const next = new Array<number>(runs.length).fill(-1);
	const lastByLength = new Map<number, number>();
	for (let k = runs.length - 1; k >= 0; k--) {
		const [from, to] = runs[k] as [number, number];
		next[k] = lastByLength.get(to - from) ?? -1;
		lastByLength.set(to - from, k);
	}
	for (let k = 0; k < runs.length;) {
		const match = next[k] as number;
		if (match < 0) {
			k++;
			continue;
		}
		closers.set((runs[k] as [number, number])[0], (runs[match] as [number, number])[1]);
		k = match + 1;
	}
	return closers;
}

/** Adds the fields of one visible line. */
function fieldsOfLine(line: string, shown: string, lineNumber: number, fields: InlineField[], labels: boolean): void {
	const item = LIST_ITEM.exec(line);
	// A task's fields are the task's own (Dataview reads them as the task's, not the page's).
	if (item?.[1] !== undefined) return;
	const before = fields.length;
	bracketedFields(line, shown, lineNumber, fields);
	if (fields.length > before) return;
	const from = item === null ? 0 : item[0].length;
	const field =
		fullLineField(line.slice(from), shown.slice(from), lineNumber) ??
		(labels ? labelField(line.slice(from), shown.slice(from), lineNumber) : null);
	if (field !== null) fields.push(field);
}

/**
 * For each `[` and `(`, the offset of the bracket that closes it, or -1. Each kind is
 * paired on its own, a backslash escaping the character after it, as Dataview does.
 */
function closingBrackets(line: string): Int32Array {
	const closing = new Int32Array(line.length).fill(-1);
	const squares: number[] = [];
	const rounds: number[] = [];
	let escaped = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === "\\") {
			escaped = !escaped;
			continue;
		}
		if (escaped) {
			escaped = false;
			continue;
		}
		if (c === "[") squares.push(i);
		else if (c === "(") rounds.push(i);
		else if (c === "]") {
			const at = squares.pop();
			if (at !== undefined) closing[at] = i;
		} else if (c === ")") {
			const at = rounds.pop();
			if (at !== undefined) closing[at] = i;
		}
	}
	return closing;
}

/** `[key:: value]` and `(key:: value)` inside a line, left to right, never overlapping. */
function bracketedFields(line: string, shown: string, lineNumber: number, fields: InlineField[]): void {
	if (!line.includes("[") && !line.includes("(")) return;
	const closing = closingBrackets(line);
	let lastBracket = -1;
	let from = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === "[" || c === "(" || c === "]" || c === ")") {
			lastBracket = i;
			continue;
		}
		if (c !== ":" || line[i + 1] !== ":") continue;
		const opener = lastBracket;
		const open = line[opener];
		const close = opener >= from && (open === "[" || open === "(") ? (closing[opener] ?? -1) : -1;
		if (close > i) {
			const key = line.slice(opener + 1, i).trim();
			if (key !== "") fields.push({ key, value: shown.slice(i + 2, close).trim(), line: lineNumber });
			from = close + 1;
			i = close;
			lastBracket = close;
		} else {
			i++; // `:::` holds one separator, not two
		}
	}
}

/** What a full-line key may hold: letters, digits, spaces, `_`, `/`, `-`, emoji (with their joiners). */
const KEY = /^(?:[\p{L}\p{N}\p{M}\p{Extended_Pictographic} _/-]|\u200d|\ufe0f)+$/u;

/** Markup around a key: `**Key**`, `_Key_`, `~~Key~~`, `` `Key` ``, `==Key==`. */
const KEY_MARKUP = "*_~`=";

/** `Key:: value` filling a line, or null. */
function fullLineField(line: string, shown: string, lineNumber: number): InlineField | null {
	const separator = line.indexOf("::");
	if (separator < 0) return null;
	let key = line.slice(0, separator).trim();
	// Whatever opens the line before the key's first letter or digit: `# `, `> `, `**`.
	// Not a bracket: `[key:: value` with no closing bracket is no field (Dataview reads one).
	let from = 0;
	while (from < key.length && /[\p{P}\p{S}\s]/u.test(key[from] as string) && !"[(\\".includes(key[from] as string)) from++;
	let to = key.length;
	while (to > from && KEY_MARKUP.includes(key[to - 1] as string)) to--;
	key = key.slice(from, to).trim();
	if (key === "" || !KEY.test(key)) return null;
	return { key, value: shown.slice(separator + 2).trim(), line: lineNumber };
}

/** A bold label filling a line: `**Key:** value` or `**Key**: value` (after `>` quote marks). */
const BOLD_LABEL = /^[ \t>]*(\*\*|__)(\p{L}[^*_:：]*?)(?:[:：]\1|\1[ \t]*[:：])[ \t]+\S/u;

/** A two-column table row with a bold label: `| **Date** | 2026-11-18 |` (a `Field | Value` table). */
const BOLD_ROW = /^[ \t]*\|[ \t]*(\*\*|__)(\p{L}[^*_:：|]*?)[:：]?\1[:：]?[ \t]*\|([^|]*)\|?[ \t]*$/u;

/** `**Key:** value` filling a line, or null (a key as a full-line field's, starting with a letter). */
function labelField(line: string, shown: string, lineNumber: number): InlineField | null {
	const match = BOLD_LABEL.exec(line);
	const key = match?.[2]?.trim() ?? "";
	if (match === null || !KEY.test(key)) return null;
	return { key, value: shown.slice(match[0].length - 1).trim(), line: lineNumber, label: true };
}
