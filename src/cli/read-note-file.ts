/**
 * One markdown file on disk → a SourceNote, safely.
 *
 * gray-matter out of the box evaluates `---js` frontmatter, caches every result forever
 * when called without options, and treats a missing closing `---` as "the rest of the
 * file is frontmatter". Here the fences are found first (Obsidian's way: the first line
 * is `---`, the block ends at the next line that is `---`, trailing spaces allowed), only YAML is parsed,
 * with the 1.2 core schema (dates and yes/no stay text), and anything else becomes a
 * `frontmatterError` for the core to report. gray-matter then cuts the block with
 * SAFE_MATTER_OPTIONS (every engine replaced, so nothing can run, and no global cache).
 */
import { closeSync, readSync } from "node:fs";
import matter from "gray-matter";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { mayStartTag } from "../core/classify";
import type { SourceNote } from "../core/source";
import { readCommonYaml } from "./common-yaml";
import { NOTE_LIMIT, openWithoutWaiting, readRegularFileSync, tooLarge, whyUnreadable } from "./read-file";

const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const SPACE = 0x20;
const DASH = 0x2d;

/** Raised inside the engines below; its message becomes the note's frontmatterError. */
class FrontmatterRefused extends Error {}

const YAML_LANGUAGES = new Set(["", "yaml", "yml"]);

function refuse(language: string): { parse: () => never; stringify: () => never } {
	const fail = (): never => {
		throw new FrontmatterRefused(`frontmatter in ${language} is not read: only YAML is`);
	};
	return { parse: fail, stringify: fail };
}

/**
 * Reads a YAML block with the core schema; the result must be a map (or empty). The common
 * shape of frontmatter is read by readCommonYaml, which gives the same result several
 * times faster; anything beyond it goes to js-yaml.
 */
function parseYamlMap(block: string): Record<string, unknown> {
	const common = readCommonYaml(block);
	if (common !== undefined) return common;
	let value: unknown;
	try {
		value = load(block, { schema: CORE_SCHEMA, json: false });
	} catch (error) {
		if (error instanceof YAMLException) {
			// The block starts with the rest of the opening `---` line, so the block's
			// 0-based line number is the file's 1-based one.
			const line = error.mark ? ` on line ${error.mark.line + 1}` : "";
			throw new FrontmatterRefused(`the YAML frontmatter${line} could not be read: ${error.reason}`);
		}
		throw error;
	}
	if (value === null || value === undefined) return {};
	if (Array.isArray(value)) throw new FrontmatterRefused("the frontmatter is a list, not a set of properties (key: value)");
	if (typeof value !== "object") throw new FrontmatterRefused("the frontmatter is a single value, not a set of properties (key: value)");
	return value as Record<string, unknown>;
}

/**
 * gray-matter options with every engine it knows by default replaced: `yaml` by ours,
 * `javascript` and `json` by engines that refuse. gray-matter finds `yml`, `js` and
 * other spellings of these under their names (`---JS` gets the javascript engine), and
 * throws for a language it has no engine for, so nothing but our YAML engine can read a
 * block. Fences other than YAML are refused before gray-matter is called; these
 * stand-ins are the second lock. Always passing options also keeps gray-matter from
 * caching results forever.
 *
 * gray-matter copies these options, engines included, four times for every note, so
 * they hold no more than that; the delimiters are given as the pair it would otherwise
 * build each time.
 */
export const SAFE_MATTER_OPTIONS = {
	language: "yaml",
	delimiters: Object.freeze(["---", "---"]) as [string, string], // frozen: gray-matter only reads it
	engines: {
		yaml: { parse: parseYamlMap, stringify: refuse("YAML").stringify },
		javascript: refuse("js"),
		json: refuse("json"),
	},
};

/** Where the frontmatter block lies in a text, when it has one. */
export interface Fences {
	/** The fence language as written after the opening `---`, trimmed (`""` for plain). */
	language: string;
	/** The text from the start through the closing `---` (without its line ending). */
	head: string;
	/** The block between the fences, as gray-matter cuts it (from the opening line's end). */
	block: string;
	/** The text after the closing fence line. */
	body: string;
}

/**
 * Finds the frontmatter fences; null when the text does not open with `---` or never
 * closes it. The first line is `---` (not `----`), maybe followed by a language, and
 * ends with `\n` or `\r\n`; the block closes at the first later line that is `---`
 * with nothing after it but spaces and tabs. Read character by character: a vault
 * scan finds the fences of every note.
 */
export function findFences(text: string): Fences | null {
	if (!text.startsWith("---") || text.charCodeAt(3) === DASH) return null;
	let lineEnd = 3; // the first `\r` or `\n`
	while (lineEnd < text.length && text.charCodeAt(lineEnd) !== LF && text.charCodeAt(lineEnd) !== CR) lineEnd++;
	const searchFrom = text.charCodeAt(lineEnd) === LF ? lineEnd : text.charCodeAt(lineEnd + 1) === LF ? lineEnd + 1 : -1; // the opening line's "\n"
	if (searchFrom === -1) return null;
	const rest = text.slice(3, lineEnd);
	const language = rest.trim();
	// gray-matter cuts the block after a language written there, but keeps blank space
	// after `---` (`---  `) as the block's first line.
	const openEnd = 3 + (language === "" ? 0 : rest.length);
	for (let close = text.indexOf("\n---", searchFrom); close !== -1; close = text.indexOf("\n---", close + 1)) {
		let end = close + 4;
		while (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === TAB) end++;
		const after =
			end === text.length
				? end
				: text.charCodeAt(end) === LF
					? end + 1
					: text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF
						? end + 2
						: -1;
		if (after !== -1) return { language, head: text.slice(0, close + 4), block: text.slice(openEnd, close), body: text.slice(after) };
	}
	return null;
}

/** The opening fence line: `---`, maybe a language, then the line's end. */
const OPENING_LINE = /^---(?!-)[^\r\n]*\r?\n/;
/** A line that is `...`, YAML's end of a document, which Obsidian does not take as the end of the block. */
const DOTS_LINE = /^\.\.\.[ \t]*\r?$/m;

/**
 * Why a text that opens a frontmatter block but never closes it is broken, or null when
 * it does not open one. Obsidian shows such a note without properties, which would hide
 * an interview without a word.
 */
function unclosedBlock(content: string): string | null {
	const open = OPENING_LINE.exec(content);
	if (open === null) return null;
	return DOTS_LINE.test(content.slice(open[0].length))
		? "the frontmatter block ends with `...`, which Obsidian does not take as its end: write `---` instead"
		: "the frontmatter block has no closing `---`";
}

/** The same reason when the block's `...` line comes before more text (a later `---` closed the block). */
function endedByDots(block: string): string | null {
	const dots = DOTS_LINE.exec(block);
	if (dots === null || block.slice(dots.index + dots[0].length).trim() === "") return null;
	return "the frontmatter block ends with `...`, which Obsidian does not take as its end: write `---` instead";
}

/** A note whose frontmatter could not be read: the reason, and the whole text as its body. */
function brokenNote(path: string, content: string, message: string): SourceNote {
	return { path, frontmatter: null, frontmatterError: message, body: content };
}

/**
 * Reads a note's text into a SourceNote. Pure: no file system. A leading BOM is
 * ignored; text with NUL bytes is binary junk (no frontmatter, empty body).
 */
export function sourceFromText(path: string, text: string): SourceNote {
	if (text.includes("\0")) return { path, frontmatter: null, frontmatterError: null, body: "" };
	const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const fences = findFences(content);
	if (!fences) {
		const unclosed = unclosedBlock(content);
		return unclosed === null ? { path, frontmatter: null, frontmatterError: null, body: content } : brokenNote(path, content, unclosed);
	}
	const dots = endedByDots(fences.block);
	if (dots !== null) return brokenNote(path, content, dots);

	if (!YAML_LANGUAGES.has(fences.language.toLowerCase())) {
		return brokenNote(path, content, `frontmatter in ${fences.language.toLowerCase()} is not read: only YAML is`);
	}
	try {
		const file = matter(fences.head, SAFE_MATTER_OPTIONS);
		// gray-matter closes the block at the first line that merely starts with `---`.
		if (file.matter !== fences.block)
			return brokenNote(path, content, "the frontmatter has a line starting with --- before its closing ---");
		const data: unknown = file.data;
		if (typeof data !== "object" || data === null || Array.isArray(data)) {
			return brokenNote(path, content, "the frontmatter is not a set of properties (key: value)");
		}
		return { path, frontmatter: data as Record<string, unknown>, frontmatterError: null, body: fences.body };
	} catch (error) {
		if (error instanceof FrontmatterRefused) return brokenNote(path, content, error.message);
		return brokenNote(path, content, `the frontmatter could not be read: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/**
 * Bytes that are not UTF-8 (a stray Latin-1 `é`, a truncated character) become U+FFFD,
 * as they do when Obsidian opens the file: the command line reads such a note the way the
 * plugin sees it, instead of losing it.
 */
const UTF8 = new TextDecoder("utf-8");

/** A note that could not be read at all: the core reports it, with the reason. */
function unreadable(vaultPath: string, error: unknown): SourceNote {
	return { path: vaultPath, frontmatter: null, frontmatterError: null, unreadable: whyUnreadable(error) };
}

/**
 * Reads one file into a SourceNote with the given vault-relative path. Bytes that are not
 * UTF-8 read as U+FFFD (see UTF8); a file with NUL bytes is binary, with no frontmatter and
 * an empty body; a file that cannot be read at all gets a frontmatterError saying why.
 */
export async function readNoteFile(absolutePath: string, vaultPath: string): Promise<SourceNote> {
	await Promise.resolve(); // kept asynchronous for its callers; the read itself cannot wait on a pipe
	return readNoteFileSync(absolutePath, vaultPath);
}

/**
 * readNoteFile, blocking. Reading a whole vault, this is the faster way: for a note of a
 * few kilobytes, the thread-pool round trips of an asynchronous read (open, stat, read,
 * close) cost several times the read itself (12,000 notes: about 110 ms against 630 ms).
 */
export function readNoteFileSync(absolutePath: string, vaultPath: string): SourceNote {
	let bytes: Uint8Array;
	try {
		bytes = readRegularFileSync(absolutePath, NOTE_LIMIT);
	} catch (error) {
		return unreadable(vaultPath, error);
	}
	return sourceFromBytes(vaultPath, bytes);
}

/** A note's bytes → a SourceNote: bytes that are not UTF-8 read as U+FFFD (see UTF8). */
export function sourceFromBytes(vaultPath: string, bytes: Uint8Array): SourceNote {
	// UTF-16 (as some Windows editors save) reads as binary: it may well be a note, so it is named.
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return {
			path: vaultPath,
			frontmatter: null,
			frontmatterError: null,
			unreadable: "it is saved as UTF-16 text, which Obsidian does not read; save it as UTF-8",
		};
	}
	return sourceFromText(vaultPath, UTF8.decode(bytes));
}

/** For the text after the frontmatter: a byte-order mark there is text, not a mark to drop. */
const BODY_UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** A note read for a vault scan, its body decoded only when asked for (bodyOf). */
export interface ScannedNote {
	/** The note; when its frontmatter was read, without `body`. */
	note: SourceNote;
	/**
	 * The bytes after the frontmatter, not decoded yet; null when the note has its body.
	 * From scanNoteFileSync, a view of its shared buffer: good until the next read.
	 */
	bodyBytes: Uint8Array | null;
}

/** The text after a scanned note's frontmatter (the note's `body`), decoded if it was not. */
export function bodyOf(scanned: ScannedNote): string {
	return scanned.bodyBytes === null ? (scanned.note.body ?? "") : BODY_UTF8.decode(scanned.bodyBytes);
}

/** The buffer scanNoteFileSync reads into, reused from file to file; see readIntoScanBuffer. */
let scanBuffer = Buffer.allocUnsafeSlow(64 * 1024);
/** A buffer grown past this for a large file is not kept for the next one. */
const SCAN_BUFFER_KEPT = 1024 * 1024;

/**
 * A whole file's bytes, read into scanBuffer: a view that the next call overwrites.
 * Reading a vault, this is what a note costs least: readFileSync would also ask the file's
 * size and allocate a buffer for every note (12,000 notes: about 59 ms against 67 ms).
 * Reads until the file reports its end, so a short read never cuts a note, but never more
 * than NOTE_LIMIT: a larger file is refused once one byte more has been read.
 */
function readIntoScanBuffer(absolutePath: string): Buffer {
	const fd = openWithoutWaiting(absolutePath);
	try {
		let buffer = scanBuffer;
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				if (length > NOTE_LIMIT) throw tooLarge(NOTE_LIMIT);
				const larger = Buffer.allocUnsafeSlow(Math.min(buffer.length * 2, NOTE_LIMIT + 1));
				buffer.copy(larger);
				buffer = larger;
			}
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
		}
		if (buffer.length <= SCAN_BUFFER_KEPT) scanBuffer = buffer;
		return buffer.subarray(0, length);
	} finally {
		closeSync(fd);
	}
}

/**
 * readNoteFileSync for a scan of the whole vault. Only the frontmatter is decoded at
 * first, and the body when bodyOf asks for it: a scan needs the body of few notes, and
 * a value taken from a decoded text keeps that whole text in memory (V8 strings cut
 * from a longer one point into it), so decoding only the frontmatter keeps the vault's
 * bodies out of the heap while the rules run. Reads exactly as readNoteFileSync does.
 *
 * The bytes are read into a buffer shared by every call: `bodyBytes` is good only until
 * the next call, so take the body (bodyOf, mayHoldInlineTag) before reading another note.
 */
export function scanNoteFileSync(absolutePath: string, vaultPath: string): ScannedNote {
	let bytes: Uint8Array;
	try {
		bytes = readIntoScanBuffer(absolutePath);
	} catch (error) {
		return { note: unreadable(vaultPath, error), bodyBytes: null };
	}
	return scanNoteFromBytes(vaultPath, bytes);
}

/** scanNoteFileSync without the file system: a note's bytes, read as sourceFromBytes reads them. */
export function scanNoteFromBytes(vaultPath: string, bytes: Uint8Array): ScannedNote {
	const cut = bytes.indexOf(0) === -1 ? afterClosingFence(bytes) : -1;
	if (cut !== -1) {
		const head = sourceFromText(vaultPath, UTF8.decode(bytes.subarray(0, cut)));
		// The fences cut from the head are those of the whole text when they end the head
		// (findFences takes the first closing line, and the head ends just after it).
		if (head.frontmatter !== null && head.body === "") {
			return { note: { path: vaultPath, frontmatter: head.frontmatter, frontmatterError: null }, bodyBytes: bytes.subarray(cut) };
		}
	}
	return { note: sourceFromBytes(vaultPath, bytes), bodyBytes: null };
}

/**
 * Where the text after the first closing fence line starts, in bytes, when the file opens
 * with `---`; -1 otherwise. Only a candidate: sourceFromText checks the fences. Splitting
 * there is safe for the decoder, since it falls just after a line feed.
 */
function afterClosingFence(bytes: Uint8Array): number {
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	if (bytes[start] !== DASH || bytes[start + 1] !== DASH || bytes[start + 2] !== DASH) return -1;
	let line = bytes.indexOf(LF, start + 3);
	while (line !== -1) {
		if (bytes[line + 1] === DASH && bytes[line + 2] === DASH && bytes[line + 3] === DASH) {
			let end = line + 4;
			while (bytes[end] === SPACE || bytes[end] === TAB) end++;
			if (end === bytes.length) return end;
			if (bytes[end] === LF) return end + 1;
			if (bytes[end] === CR && bytes[end + 1] === LF) return end + 2;
		}
		line = bytes.indexOf(LF, line + 1);
	}
	return -1;
}

const HASH = 0x23;

/** For each ASCII byte, 1 when an inline tag cannot start with it (whitespace, most punctuation). */
const NOT_TAG_START = new Uint8Array(128);
for (let code = 0; code < 128; code++) NOT_TAG_START[code] = mayStartTag(String.fromCharCode(code)) ? 0 : 1;

/**
 * False when the bytes of a body cannot hold an inline tag: no `#` is followed by a byte
 * a tag may start with. A byte of a character beyond ASCII always may, so only bodies
 * that certainly hold no tag are answered false, and their text need not be decoded.
 */
export function mayHoldInlineTag(bytes: Uint8Array): boolean {
	for (let at = bytes.indexOf(HASH); at !== -1; at = bytes.indexOf(HASH, at + 1)) {
		const next = bytes[at + 1];
		if (next !== undefined && (next >= 0x80 || NOT_TAG_START[next] === 0)) return true;
	}
	return false;
}
