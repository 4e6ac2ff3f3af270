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
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;

/**
 * Characters left to js-yaml: tabs, lone carriage returns, the byte-order mark, characters
 * YAML does not allow (js-yaml reports them), its other line breaks, and surrogates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LEFT_TO_JS_YAML = /[\x00-\x08\x0B-\x0C\x0E-\x1F\x7F-\x9F\t\uFEFF\uFFFE\uFFFF\u2028\u2029\uD800-\uDFFF]|\r(?!\n)/;

const NULLS = new Set(["null", "Null", "NULL", "~"]);
const BOOLEANS = new Map([
	["true", true],
	["True", true],
	["TRUE", true],
	["false", false],
	["False", false],
	["FALSE", false],
]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Longest key read here; YAML caps implicit keys at 1,024 characters. */
const MAX_KEY = 256;

/**
 * Reads a frontmatter block (the text between the fences) when it has the common shape:
 * the map it holds, `{}` for a block of only blank and comment lines; undefined when the
 * block has anything else, for js-yaml to read.
 */
export function readCommonYaml(block: string): Record<string, unknown> | undefined {
	if (LEFT_TO_JS_YAML.test(block)) return undefined;
	const text = block.includes("\r") ? block.replace(/\r\n/g, "\n") : block;
	const reader = new CommonYamlReader(text.split("\n"));
	try {
		const indent = reader.skip();
		if (indent === -1) return {};
		if (indent !== 0) return undefined;
		const map = reader.map(0, 0);
		return reader.skip() === -1 ? map : undefined;
	} catch (error) {
		if (error === BEYOND) return undefined;
		throw error;
	}
}

class CommonYamlReader {
	/** The line being read. */
	private line = 0;

	constructor(private readonly lines: string[]) {}

	/**
	 * Moves to the next line with content (not blank, not a comment) and returns its
	 * indent; -1 at the end of the block.
	 */
	skip(): number {
		const { lines } = this;
		while (this.line < lines.length) {
			const text = lines[this.line] as string;
			let at = 0;
			while (at < text.length && text.charCodeAt(at) === SPACE) at++;
			if (at < text.length && text.charCodeAt(at) !== HASH) return at;
			this.line++;
		}
		return -1;
	}

	/** A block map whose keys stand at `column`; the first key is on the current line at `column`. */
	map(column: number, at: number): Record<string, unknown> {
		const out: Record<string, unknown> = {};
		let text = this.lines[this.line] as string;
		for (;;) {
			const colon = keyEnd(text, at);
			if (colon === -1) throw BEYOND;
			const key = text.slice(at, colon);
			if (!usableKey(out, key)) throw BEYOND;
			this.line++;
			let value = colon + 1;
			while (value < text.length && text.charCodeAt(value) === SPACE) value++;
			out[key] = value === text.length ? this.blockValue(column) : inlineValue(text, value);
			const indent = this.skip();
			if (indent === -1 || indent < column) return out;
			if (indent > column) throw BEYOND;
			text = this.lines[this.line] as string;
			at = column;
		}
	}

	/** The value of a `key:` with nothing after it: a nested list or map, or null. */
	private blockValue(column: number): unknown {
		const indent = this.skip();
		if (indent === -1) return null;
		const text = this.lines[this.line] as string;
		const item = isItem(text, indent);
		if (indent > column) return item ? this.list(indent) : this.map(indent, indent);
		if (indent === column && item) return this.list(indent);
		return null;
	}

	/** A block list whose dashes stand at `column`, starting on the current line. */
	private list(column: number): unknown[] {
		const out: unknown[] = [];
		for (;;) {
			const text = this.lines[this.line] as string;
			let at = column + 1;
			while (at < text.length && text.charCodeAt(at) === SPACE) at++;
			if (at === text.length) throw BEYOND;
			if (keyEnd(text, at) !== -1) out.push(this.map(at, at));
			else {
				out.push(inlineValue(text, at));
				this.line++;
			}
			const indent = this.skip();
			if (indent === -1 || indent < column) return out;
			const next = this.lines[this.line] as string;
			if (indent === column) {
				if (isItem(next, indent)) continue;
				return out;
			}
			throw BEYOND;
		}
	}
}

/** Whether the line has a list item's dash at `indent`. */
function isItem(text: string, indent: number): boolean {
	return text.charCodeAt(indent) === DASH && (indent + 1 === text.length || text.charCodeAt(indent + 1) === SPACE);
}

/**
 * Where the key starting at `at` ends: the index of its colon, when the colon is followed
 * by a space or the end of the line; -1 when no such key starts there. A key is a letter
 * or `_`, then letters, digits, `_`, `-`, `.` and inner spaces.
 */
function keyEnd(text: string, at: number): number {
	if (!isKeyStart(text.charCodeAt(at))) return -1;
	const limit = Math.min(text.length, at + MAX_KEY);
	for (let index = at + 1; index < limit; index++) {
		const code = text.charCodeAt(index);
		if (code === COLON) {
			if (text.charCodeAt(index - 1) === SPACE) return -1;
			return index + 1 === text.length || text.charCodeAt(index + 1) === SPACE ? index : -1;
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
 * Whether a key can go into `out` as it is: not a word js-yaml reads as null or a boolean,
 * and not already there. `out[key] !== undefined` also turns away every name an object
 * inherits (`constructor`, `toString`, `__proto__`), which js-yaml stores specially or
 * which a duplicate check by `in` would get wrong; such rare keys are left to js-yaml.
 */
function usableKey(out: Record<string, unknown>, key: string): boolean {
	if ((key.length === 4 || key.length === 5) && (NULLS.has(key) || BOOLEANS.has(key))) return false;
	return out[key] === undefined;
}

/** A value that runs from `at` to the end of the line. */
function inlineValue(text: string, at: number): unknown {
	const code = text.charCodeAt(at);
	if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
		const end = quotedEnd(text, at);
		if (!onlySpaces(text, end + 1, text.length)) throw BEYOND;
		return text.slice(at + 1, end);
	}
	if (code === OPEN_BRACKET || code === OPEN_BRACE) {
		const flow = new FlowReader(text, at);
		const value = code === OPEN_BRACKET ? flow.list() : flow.map();
		if (!onlySpaces(text, flow.at, text.length)) throw BEYOND;
		return value;
	}
	let end = text.length;
	while (text.charCodeAt(end - 1) === SPACE) end--;
	const plain = text.slice(at, end);
	if (plain.includes(": ") || plain.includes(" #") || plain.charCodeAt(plain.length - 1) === COLON) throw BEYOND;
	return plainValue(plain);
}

/** The index of the closing quote of a one-line quoted text without escapes. */
function quotedEnd(text: string, at: number): number {
	const quote = text.charCodeAt(at);
	const end = text.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", at + 1);
	if (end === -1) throw BEYOND;
	if (quote === DOUBLE_QUOTE && text.lastIndexOf("\\", end) > at) throw BEYOND;
	if (quote === SINGLE_QUOTE && text.charCodeAt(end + 1) === SINGLE_QUOTE) throw BEYOND;
	return end;
}

function onlySpaces(text: string, from: number, to: number): boolean {
	for (let index = from; index < to; index++) if (text.charCodeAt(index) !== SPACE) return false;
	return true;
}

/**
 * A plain (unquoted) value as the CORE schema reads it, when it starts with a letter, `_`,
 * a character beyond ASCII, or is a date or `~`.
 */
function plainValue(plain: string): unknown {
	const first = plain.charCodeAt(0);
	if (isKeyStart(first) || first >= 0x80) {
		// The null and boolean words are four and five letters long.
		if (plain.length !== 4 && plain.length !== 5) return plain;
		if (NULLS.has(plain)) return null;
		const flag = BOOLEANS.get(plain);
		return flag === undefined ? plain : flag;
	}
	if (plain === "~") return null;
	if (first >= 0x30 && first <= 0x39 && DATE.test(plain)) return plain;
	throw BEYOND;
}

/** Reads a one-line `[a, b]` list or `{k: v}` map from `at`, its opening bracket. */
class FlowReader {
	constructor(
		private readonly text: string,
		public at: number,
	) {}

	list(): unknown[] {
		const out: unknown[] = [];
		this.at++;
		this.spaces();
		if (this.text.charCodeAt(this.at) === CLOSE_BRACKET) {
			this.at++;
			return out;
		}
		for (;;) {
			out.push(this.scalar());
			if (this.closes(CLOSE_BRACKET)) return out;
		}
	}

	map(): Record<string, unknown> {
		const out: Record<string, unknown> = {};
		this.at++;
		this.spaces();
		if (this.text.charCodeAt(this.at) === CLOSE_BRACE) {
			this.at++;
			return out;
		}
		for (;;) {
			const colon = keyEnd(this.text, this.at);
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

	/** After an item: true at the closing bracket, false after a comma with another item to come. */
	private closes(close: number): boolean {
		this.spaces();
		const code = this.text.charCodeAt(this.at);
		this.at++;
		if (code === close) return true;
		if (code !== COMMA) throw BEYOND;
		this.spaces();
		const next = this.text.charCodeAt(this.at);
		if (next === close || next === COMMA || Number.isNaN(next)) throw BEYOND;
		return false;
	}

	/** A quoted or plain value inside the brackets. */
	private scalar(): unknown {
		const { text } = this;
		const code = text.charCodeAt(this.at);
		if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
			const end = quotedEnd(text, this.at);
			const value = text.slice(this.at + 1, end);
			this.at = end + 1;
			return value;
		}
		const start = this.at;
		let end = start;
		for (; end < text.length; end++) {
			const part = text.charCodeAt(end);
			if (part === COMMA || part === CLOSE_BRACKET || part === CLOSE_BRACE) break;
			if (part === COLON || part === HASH || part === OPEN_BRACKET || part === OPEN_BRACE || part === DOUBLE_QUOTE) throw BEYOND;
		}
		this.at = end;
		while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
		if (end === start) throw BEYOND;
		return plainValue(text.slice(start, end));
	}

	private spaces(): void {
		while (this.text.charCodeAt(this.at) === SPACE) this.at++;
	}
}
