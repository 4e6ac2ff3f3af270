/**
 * One markdown file on disk → a SourceNote, safely.
 *
 * gray-matter out of the box evaluates `---js` frontmatter, caches every result forever
 * when called without options, and treats a missing closing `---` as "the rest of the
 * file is frontmatter". Here the fences are found first (findFrontmatter, Obsidian's
 * way), only YAML is parsed, with the 1.2 core schema (dates and yes/no stay text), and anything else becomes a
 * `frontmatterError` for the core to report. gray-matter then cuts the block with
 * SAFE_MATTER_OPTIONS (every engine replaced, so nothing can run, and no global cache).
 */
import matter from "gray-matter";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { findFrontmatter, lineAt } from "../core/markdown/frontmatter-span";
import type { SourceNote } from "../core/source";
import { readCommonYaml } from "./common-yaml";
import { NOTE_LIMIT, readRegularFileSync, whyUnreadable } from "./read-file";

const LF = 0x0a;
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
	const span = findFrontmatter(content);
	if (span === null) {
		const unclosed = unclosedBlock(content);
		return unclosed === null ? { path, frontmatter: null, frontmatterError: null, body: content } : brokenNote(path, content, unclosed);
	}
	// A second byte-order mark is text: the note does not open with `---`.
	if (span.start !== 0) return { path, frontmatter: null, frontmatterError: null, body: content };
	const dots = endedByDots(content.slice(span.contentStart, span.contentEnd));
	if (dots !== null) return brokenNote(path, content, dots);

	const language = span.language.toLowerCase();
	if (!YAML_LANGUAGES.has(language)) return brokenNote(path, content, `frontmatter in ${language} is not read: only YAML is`);
	try {
		const file = matter(content.slice(0, span.contentEnd + 3), SAFE_MATTER_OPTIONS);
		// gray-matter closes the block at the first line that merely starts with `---`.
		if (content.indexOf("\n---", 3) !== span.contentEnd - 1)
			return brokenNote(path, content, "the frontmatter has a line starting with --- before its closing ---");
		const data: unknown = file.data;
		if (typeof data !== "object" || data === null || Array.isArray(data)) {
			return brokenNote(path, content, "the frontmatter is not a set of properties (key: value)");
		}
		return {
			path,
			frontmatter: data as Record<string, unknown>,
			frontmatterError: null,
			body: content.slice(span.bodyStart),
			bodyLine: lineAt(content, span.bodyStart),
		};
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
 * Blocking: reading a whole vault, the thread-pool round trips of an asynchronous read
 * (open, stat, read, close) cost several times the read of a note of a few kilobytes.
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
	/** The bytes after the frontmatter, not decoded yet; null when the note has its body. */
	bodyBytes: Uint8Array | null;
}

/** The text after a scanned note's frontmatter (the note's `body`), decoded if it was not. */
export function bodyOf(scanned: ScannedNote): string {
	return scanned.bodyBytes === null ? (scanned.note.body ?? "") : BODY_UTF8.decode(scanned.bodyBytes);
}

/**
 * readNoteFileSync for a scan of the whole vault. Only the frontmatter is decoded at
 * first, and the body when bodyOf asks for it: a scan needs the body of few notes, and
 * a value taken from a decoded text keeps that whole text in memory (V8 strings cut
 * from a longer one point into it), so decoding only the frontmatter keeps the vault's
 * bodies out of the heap while the rules run. Reads exactly as readNoteFileSync does.
 */
export function scanNoteFileSync(absolutePath: string, vaultPath: string): ScannedNote {
	let bytes: Uint8Array;
	try {
		bytes = readRegularFileSync(absolutePath, NOTE_LIMIT);
	} catch (error) {
		return { note: unreadable(vaultPath, error), bodyBytes: null };
	}
	return scanNoteFromBytes(vaultPath, bytes);
}

/** scanNoteFileSync without the file system: a note's bytes, read as sourceFromBytes reads them. */
export function scanNoteFromBytes(vaultPath: string, bytes: Uint8Array): ScannedNote {
	const cut = bytes.indexOf(0) === -1 ? headEnd(bytes) : -1;
	if (cut !== -1) {
		const head = sourceFromText(vaultPath, UTF8.decode(bytes.subarray(0, cut)));
		// The head's frontmatter is the whole text's when its block ends the head.
		if (head.frontmatter !== null && head.body === "") {
			const note = { path: vaultPath, frontmatter: head.frontmatter, frontmatterError: null, bodyLine: head.bodyLine };
			return { note, bodyBytes: bytes.subarray(cut) };
		}
	}
	return { note: sourceFromBytes(vaultPath, bytes), bodyBytes: null };
}

/**
 * Where to cut a note's bytes so that the frontmatter can be read without decoding the
 * rest: after the first line that starts with `---` past the first line; -1 when there
 * is none. gray-matter ends the block at that line, so a readable block can end nowhere
 * else; whether it does is for findFrontmatter to say, over the decoded head. The cut
 * falls just after a line feed (or at the end), which is safe for the decoder.
 */
function headEnd(bytes: Uint8Array): number {
	for (let feed = bytes.indexOf(LF); feed !== -1; feed = bytes.indexOf(LF, feed + 1)) {
		if (bytes[feed + 1] === DASH && bytes[feed + 2] === DASH && bytes[feed + 3] === DASH) {
			const end = bytes.indexOf(LF, feed + 4);
			return end === -1 ? bytes.length : end + 1;
		}
	}
	return -1;
}
