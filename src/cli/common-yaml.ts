/**
 * A fast reader for the YAML that frontmatter is nearly always made of, used by the CLI's
 * YAML engine before js-yaml.
 *
 * Most frontmatter is a map of `key: value` lines, block lists of values or of small maps,
 * and one-line `[a, b]` and `{k: v}` collections, all of plain or simply quoted text.
 * js-yaml reads that correctly but spends most of the time of a whole-vault scan doing it,
 * because it is built for every corner of YAML. readCommonYaml reads only that common
 * shape, in one pass over the lines, and gives up (returns undefined) on anything else:
 * anchors, tags, block scalars, escapes, multi-line values, comments after a value,
 * numbers, duplicate keys, tabs, and so on. The engine then loads the block with js-yaml,
 * so an unusual block costs a little more and is read exactly as before.
 *
 * What it accepts it reads as js-yaml does with the CORE schema: `null`, `~` and an empty
 * value are null, `true`/`false` (three spellings each) are booleans, everything else it
 * accepts is text. It takes no number: a value that starts with a digit is accepted only
 * when it is a `YYYY-MM-DD` date, which the CORE schema keeps as text. A property test
 * holds it to js-yaml over generated blocks, and another over every note of the example
 * vault and of the benchmark's vault.
 */

/** Thrown inside the reader when the block goes beyond the common shape. */
const BEYOND = new Error("beyond the common shape");

const SPACE = 0x20;
const DASH = 0x2d;
const COLON = 0x3a;
const HASH = 0x23;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;

const NULLS = new Set(["null", "Null", "NULL"]);
const BOOLEANS = new Map([
	["true", true],
	["True", true],
	["TRUE", true],
	["false", false],
	["False", false],
	["FALSE", false],
]);

/** Deepest nesting read here; deeper blocks (hostile ones) are left to js-yaml. */
const MAX_DEPTH = 32;

/** Longest key read here; YAML caps implicit keys at 1,024 characters. */
const MAX_KEY = 256;

/**
 * Reads a frontmatter block (the text between the fences) when it has the common shape:
 * the map it holds, `{}` for a block of only blank and comment lines; undefined when the
 * block has anything else, for js-yaml to read.
 */
export function readCommonYaml(block: string): Record<string, unknown> | undefined {
	const text = block.includes("\r") ? block.replace(/\r\n/g, "\n") : block;
	const reader = new CommonYamlReader(text);
	try {
		const indent = reader.skip();
		if (indent === -1) return {};
		if (indent !== 0) return undefined;
		const map = reader.map(0, reader.lineStart);
		return reader.skip() === -1 ? map : undefined;
	} catch (error) {
		if (error === BEYOND) return undefined;
		throw error;
	}
}

/**
 * Characters left to js-yaml wherever they stand: tabs, a carriage return not ending a
 * line, characters YAML does not allow (js-yaml reports them), its other line breaks, the
 * byte-order mark, and surrogates. Each loop of the reader checks the characters it
 * passes, so every character of the block is checked once.
 */
function leftToJsYaml(code: number): boolean {
	return (
		code < 0x20 ||
		(code >= 0x7f &&
			(code < 0xa0 || (code >= 0xd800 && code <= 0xdfff) || code === 0xfeff || code >= 0xfffe || code === 0x2028 || code === 0x2029))
	);
}

/** Throws BEYOND when a character from `from` to `to` is left to js-yaml. */
function checkCharacters(text: string, from: number, to: number): void {
	for (let index = from; index < to; index++) {
		const code = text.charCodeAt(index);
		if ((code < 0x20 || code >= 0x7f) && leftToJsYaml(code)) throw BEYOND;
	}
}

/** Reads a block line by line; positions are indexes into the whole text. */
class CommonYamlReader {
	/** Where the current line starts. */
	lineStart = 0;
	/** Where it ends: its line feed, or the end of the text. */
	private lineEnd = 0;
	/** How many block values deep the reader is. */
	private depth = 0;

	constructor(private readonly text: string) {}

	/**
	 * Moves to the next line with content (not blank, not a comment) and returns its
	 * indent; -1 at the end of the block.
	 */
	skip(): number {
		const { text } = this;
		while (this.lineStart < text.length) {
			let end = text.indexOf("\n", this.lineStart);
			if (end === -1) end = text.length;
			let at = this.lineStart;
			while (at < end && text.charCodeAt(at) === SPACE) at++;
			if (at < end && text.charCodeAt(at) !== HASH) {
				this.lineEnd = end;
				return at - this.lineStart;
			}
			checkCharacters(text, at, end); // a comment: js-yaml still refuses what YAML does not allow
			this.lineStart = end + 1;
		}
		return -1;
	}

	/** A block map whose keys stand at `column`; the first key is on the current line at `at`. */
	map(column: number, at: number): Record<string, unknown> {
		const { text } = this;
		const out: Record<string, unknown> = {};
		for (;;) {
			const end = this.lineEnd;
			const colon = keyEnd(text, at, end);
			if (colon === -1) throw BEYOND;
			const key = text.slice(at, colon);
			if (!usableKey(out, key)) throw BEYOND;
			let value = colon + 1;
			while (value < end && text.charCodeAt(value) === SPACE) value++;
			this.lineStart = end + 1;
			out[key] = value === end ? this.blockValue(column) : inlineValue(text, value, end);
			const indent = this.skip();
			if (indent === -1 || indent < column) return out;
			if (indent > column) throw BEYOND;
			at = this.lineStart + column;
		}
	}

	/** The value of a `key:` with nothing after it: a nested list or map, or null. */
	private blockValue(column: number): unknown {
		const indent = this.skip();
		if (indent === -1) return null;
		const at = this.lineStart + indent;
		const item = isItem(this.text, at, this.lineEnd);
		// Deeper lines hold the value; a list may also stand at the key's own indent.
		if (indent < column || (indent === column && !item)) return null;
		if (++this.depth > MAX_DEPTH) throw BEYOND;
		const value = item ? this.list(indent) : this.map(indent, at);
		this.depth--;
		return value;
	}

	/** A block list whose dashes stand at `column`, starting on the current line. */
	private list(column: number): unknown[] {
		const { text } = this;
		const items: unknown[] = [];
		for (;;) {
			const end = this.lineEnd;
			let at = this.lineStart + column + 1;
			while (at < end && text.charCodeAt(at) === SPACE) at++;
			if (at === end) throw BEYOND;
			if (keyEnd(text, at, end) !== -1) items.push(this.map(at - this.lineStart, at));
			else {
				items.push(inlineValue(text, at, end));
				this.lineStart = end + 1;
			}
			const indent = this.skip();
			if (indent === -1 || indent < column) return items;
			if (indent > column) throw BEYOND;
			if (!isItem(text, this.lineStart + indent, this.lineEnd)) return items;
		}
	}
}

/** Whether a list item's dash stands at `at`. */
function isItem(text: string, at: number, end: number): boolean {
	return text.charCodeAt(at) === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE);
}

/**
 * Where the key starting at `at` ends: the index of its colon, when the colon is followed
 * by a space or the end of the line; -1 when no such key starts there. A key is a letter
 * or `_`, then letters, digits, `_`, `-`, `.` and inner spaces.
 */
function keyEnd(text: string, at: number, end: number): number {
	if (!isKeyStart(text.charCodeAt(at))) return -1;
	const limit = Math.min(end, at + MAX_KEY);
	for (let index = at + 1; index < limit; index++) {
		const code = text.charCodeAt(index);
		if (code === COLON) {
			if (text.charCodeAt(index - 1) === SPACE) return -1;
			return index + 1 === end || text.charCodeAt(index + 1) === SPACE ? index : -1;
		}
		if (!isKeyPart(code)) return -1;
	}
	return -1;
}

function isKeyStart(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isKeyPart(code: number): boolean {
	return isKeyStart(code) || (code >= 0x30 && code <= 0x39) || code === DASH || code === 0x2e || code === SPACE;
}

/**
 * Whether a key can go into `out` as it is: not a word js-yaml reads as null or a
 * boolean; not `__proto__`, which stored would set the map's prototype instead of adding
 * a key (js-yaml keeps it as a key); and not there already (js-yaml reports a key written
 * twice). Other inherited names (`constructor`, `toString`) become keys of their own, as
 * in js-yaml.
 */
function usableKey(out: Record<string, unknown>, key: string): boolean {
	if (mayBeWord(key.charCodeAt(0), key.length) && (NULLS.has(key) || BOOLEANS.has(key))) return false;
	return key !== "__proto__" && !Object.hasOwn(out, key);
}

/** A value that runs from `at` to the end of the line. */
function inlineValue(text: string, at: number, end: number): unknown {
	const code = text.charCodeAt(at);
	if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
		const close = quotedEnd(text, at, end);
		if (!onlySpaces(text, close + 1, end)) throw BEYOND;
		return text.slice(at + 1, close);
	}
	if (code === OPEN_BRACKET || code === OPEN_BRACE) {
		const flow = new FlowReader(text, at, end);
		const value = code === OPEN_BRACKET ? flow.list() : flow.map();
		if (!onlySpaces(text, flow.at, end)) throw BEYOND;
		return value;
	}
	let stop = end;
	while (text.charCodeAt(stop - 1) === SPACE) stop--;
	// A colon before a space or the end would make a key; a space and `#`, a comment.
	for (let index = at + 1; index < stop; index++) {
		const part = text.charCodeAt(index);
		if (part === COLON && (index + 1 === stop || text.charCodeAt(index + 1) === SPACE)) throw BEYOND;
		if (part === HASH && text.charCodeAt(index - 1) === SPACE) throw BEYOND;
		if ((part < 0x20 || part >= 0x7f) && leftToJsYaml(part)) throw BEYOND;
	}
	return plainValue(text, at, stop);
}

/** The index of the closing quote of a one-line quoted text without escapes. */
function quotedEnd(text: string, at: number, end: number): number {
	const quote = text.charCodeAt(at);
	let close = at + 1;
	while (close < end) {
		const part = text.charCodeAt(close);
		if (part === quote) break;
		if ((part === BACKSLASH && quote === DOUBLE_QUOTE) || ((part < 0x20 || part >= 0x7f) && leftToJsYaml(part))) throw BEYOND;
		close++;
	}
	if (close === end) throw BEYOND;
	if (quote === SINGLE_QUOTE && text.charCodeAt(close + 1) === SINGLE_QUOTE) throw BEYOND;
	return close;
}

function onlySpaces(text: string, from: number, to: number): boolean {
	for (let index = from; index < to; index++) if (text.charCodeAt(index) !== SPACE) return false;
	return true;
}

/**
 * Whether text of this first character and length may be a null or boolean word: those
 * are four or five letters long and start with n, t or f in either case. Most keys and
 * values are turned away here, before they are looked up.
 */
function mayBeWord(first: number, length: number): boolean {
	if (length !== 4 && length !== 5) return false;
	const lower = first | 0x20;
	return lower === 0x6e || lower === 0x74 || lower === 0x66;
}

/**
 * A plain (unquoted) value, `text` from `at` to `stop`, as the CORE schema reads it, when
 * it starts with a letter, `_` or a character beyond ASCII, or is a date or `~`.
 */
function plainValue(text: string, at: number, stop: number): unknown {
	const first = text.charCodeAt(at);
	const length = stop - at;
	if (isKeyStart(first) || (first >= 0x80 && !leftToJsYaml(first))) {
		if (!mayBeWord(first, length)) return text.slice(at, stop);
		const word = text.slice(at, stop);
		if (NULLS.has(word)) return null;
		const flag = BOOLEANS.get(word);
		return flag === undefined ? word : flag;
	}
	if (first === 0x7e && length === 1) return null;
	if (length === 10 && isDate(text, at)) return text.slice(at, stop);
	throw BEYOND;
}

/** `YYYY-MM-DD` at `at`: the CORE schema has no dates, so it stays text. */
function isDate(text: string, at: number): boolean {
	for (let index = 0; index < 10; index++) {
		const code = text.charCodeAt(at + index);
		if (index === 4 || index === 7 ? code !== DASH : code < 0x30 || code > 0x39) return false;
	}
	return true;
}

/** Reads a one-line `[a, b]` list or `{k: v}` map from `at`, its opening bracket, up to `end`. */
class FlowReader {
	constructor(
		private readonly text: string,
		public at: number,
		private readonly end: number,
	) {}

	list(): unknown[] {
		const items: unknown[] = [];
		if (this.opensEmpty(CLOSE_BRACKET)) return items;
		for (;;) {
			items.push(this.scalar());
			if (this.closes(CLOSE_BRACKET)) return items;
		}
	}

	map(): Record<string, unknown> {
		const out: Record<string, unknown> = {};
		if (this.opensEmpty(CLOSE_BRACE)) return out;
		for (;;) {
			const colon = keyEnd(this.text, this.at, this.end);
			if (colon === -1) throw BEYOND;
			const key = this.text.slice(this.at, colon);
			if (!usableKey(out, key)) throw BEYOND;
			this.at = colon + 1;
			if (this.text.charCodeAt(this.at) !== SPACE) throw BEYOND;
			this.spaces();
			out[key] = this.scalar();
			if (this.closes(CLOSE_BRACE)) return out;
		}
	}

	/** Steps past the opening bracket; true (and past the closing one) when nothing is between them. */
	private opensEmpty(close: number): boolean {
		this.at++;
		this.spaces();
		if (this.text.charCodeAt(this.at) !== close) return false;
		this.at++;
		return true;
	}

	/** After an item: true at the closing bracket, false after a comma with another item to come. */
	private closes(close: number): boolean {
		this.spaces();
		if (this.at >= this.end) throw BEYOND;
		const code = this.text.charCodeAt(this.at);
		this.at++;
		if (code === close) return true;
		if (code !== COMMA) throw BEYOND;
		this.spaces();
		const next = this.text.charCodeAt(this.at);
		if (this.at >= this.end || next === close || next === COMMA) throw BEYOND;
		return false;
	}

	/** A quoted or plain value inside the brackets. */
	private scalar(): unknown {
		const { text } = this;
		const code = text.charCodeAt(this.at);
		if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
			const close = quotedEnd(text, this.at, this.end);
			const value = text.slice(this.at + 1, close);
			this.at = close + 1;
			return value;
		}
		const start = this.at;
		let stop = start;
		for (; stop < this.end; stop++) {
			const part = text.charCodeAt(stop);
			if (part === COMMA || part === CLOSE_BRACKET || part === CLOSE_BRACE) break;
			if (part === COLON || part === HASH || part === OPEN_BRACKET || part === OPEN_BRACE || part === DOUBLE_QUOTE) throw BEYOND;
			if ((part < 0x20 || part >= 0x7f) && leftToJsYaml(part)) throw BEYOND;
		}
		this.at = stop;
		while (stop > start && text.charCodeAt(stop - 1) === SPACE) stop--;
		if (stop === start) throw BEYOND;
		return plainValue(text, start, stop);
	}

	private spaces(): void {
		while (this.at < this.end && this.text.charCodeAt(this.at) === SPACE) this.at++;
	}
}
