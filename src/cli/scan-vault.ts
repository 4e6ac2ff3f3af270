/**
 * Finds and reads every markdown note of a vault folder on disk, the way Obsidian sees
 * the vault: dot-folders (`.obsidian`, `.git`, `.trash`, …) and `node_modules` are not
 * part of it; symlinked folders are followed once (a link back up the tree is skipped).
 * Like Obsidian, only `.md` (lower case) files are notes.
 */
import { type Dirent, lstatSync, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { join, sep } from "node:path";
import { type ClassifySettings, inlineTagsOf, isInterviewNote, isInterviewNoteWithoutBody } from "../core/classify";
import { isLogNote, type LogSettings } from "../core/log-notes";
import { isInOrder } from "../core/order";
import type { Settings } from "../core/settings";
import type { SourceNote } from "../core/source";
import { mayHoldPersonText, type PersonNoteText } from "../core/person-notes";
import { findFrontmatter, lineAt } from "../core/markdown/frontmatter-span";
import { NOTE_LIMIT, readRegularFileSync, whyUnreadable } from "./read-file";
import { bodyOf, scanNoteFileSync } from "./read-note-file";

const UTF8 = new TextDecoder("utf-8");

/** Called as notes are read: `done` of `total` files so far. */
export type ScanProgress = (done: number, total: number) => void;

/** A markdown file found in the vault. */
export interface VaultFile {
	/** Vault-relative path, `/` separators, Unicode NFC (as links are typed). */
	path: string;
	/** Where it is on disk. */
	absolutePath: string;
	/** Why it cannot be read, when the listing already shows it (a name that is not UTF-8, a pipe, a broken link). */
	problem?: string;
}

const SKIPPED_FOLDERS = new Set(["node_modules"]);

/** Code-unit order: the same on every machine, whatever the locale. */
export function comparePaths(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** What a link points at, or null when it points at nothing readable (dangling, a loop). */
function statOf(path: string): Stats | null {
	try {
		return statSync(path);
	} catch {
		return null;
	}
}

/** A folder of the vault that could not be listed: the notes in it are missing. */
export interface FolderProblem {
	/** Vault-relative path of the folder, `/` separators. */
	path: string;
	/** Why, in words. */
	reason: string;
}

/** Why an entry whose name holds U+FFFD cannot be reached: its name on disk is not UTF-8 (null when it is reachable). */
function nameProblem(name: string, absolutePath: string): string | null {
	if (!name.includes("\uFFFD")) return null;
	try {
		lstatSync(absolutePath);
		return null; // a real U+FFFD in a UTF-8 name
	} catch {
		return "its name is not UTF-8 text, so it cannot be opened by that name; rename it";
	}
}

/**
 * Lists the vault's `.md` files, sorted by vault path. Throws when the vault folder cannot
 * be read. Blocking inside (like the reads that follow it): one folder listing is quick,
 * and a vault has hundreds of folders, whose asynchronous round trips would cost more.
 */
export function listMarkdownFiles(vaultRoot: string, problems: FolderProblem[] = []): VaultFile[] {
	const found: VaultFile[] = [];
	const visited = new Set<string>([realpathSync.native(vaultRoot)]);

	function walk(folder: string, prefix: string): void {
		let entries: Dirent[];
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch (error) {
			if (prefix === "") throw error; // the vault itself must be readable
			// The notes in it are missing: say so, and why.
			problems.push({ path: prefix.slice(0, -1), reason: whyUnreadable(error) });
			return;
		}
		entries.sort((a, b) => comparePaths(a.name, b.name)); // which copy of a linked folder wins must not depend on the disk
		// `folder` is normalised and an entry's name holds no separator, so no join is needed.
		const inFolder = folder.endsWith(sep) ? folder : folder + sep;
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const absolutePath = inFolder + entry.name;
			const path = (prefix + entry.name).normalize("NFC");
			const isNote = entry.name.endsWith(".md");
			const badName = nameProblem(entry.name, absolutePath);
			if (badName !== null) {
				if (entry.isDirectory()) problems.push({ path, reason: badName });
				else if (isNote) found.push({ path, absolutePath, problem: badName });
				continue;
			}
			let isFolder = entry.isDirectory();
			let isFile = entry.isFile();
			let special = !isFolder && !isFile && !entry.isSymbolicLink();
			if (entry.isSymbolicLink()) {
				const target = statOf(absolutePath);
				if (!target) {
					if (isNote) found.push({ path, absolutePath, problem: "it is a link to a file that does not exist" });
					continue;
				}
				isFolder = target.isDirectory();
				isFile = target.isFile();
				special = !isFolder && !isFile;
			}
			if (isFolder) {
				if (SKIPPED_FOLDERS.has(entry.name)) continue;
				let real: string;
				try {
					real = realpathSync.native(absolutePath);
				} catch (error) {
					problems.push({ path, reason: whyUnreadable(error) }); // a path too long, a folder gone
					continue;
				}
				if (visited.has(real)) continue;
				visited.add(real);
				walk(absolutePath, `${path}/`);
			} else if (isNote && (isFile || special)) {
				// A named pipe or a device called `.md` is no note, and reading it could wait forever.
				found.push(
					isFile
						? { path, absolutePath }
						: { path, absolutePath, problem: "it is not a file (a named pipe, a socket or a device)" },
				);
			}
		}
	}

	walk(join(vaultRoot, "."), "");
	// Walking folders in name order nearly always lists paths in order already; not when a
	// name sorts between a folder and its files (`a-b.md` comes after folder `a`, before `a/x.md`).
	const byPath = (a: VaultFile, b: VaultFile): number => comparePaths(a.path, b.path);
	return isInOrder(found, byPath) ? found : found.sort(byPath);
}

/** How scanVault reads. */
export interface ScanOptions {
	/** Called as notes are read. */
	onProgress?: ScanProgress;
	/** The settings the notes will be read with: which notes are interview notes, and the template folder. */
	settings?: ScanSettings;
	/** Every note keeps its body, not only interview and log notes (setup looks at all of them). */
	allBodies?: boolean;
}

/** What scanning needs of the settings: which notes are interview notes and log notes, and the template folder. */
export type ScanSettings = ClassifySettings & Pick<Settings, "templateFolder"> & Partial<LogSettings>;

/**
 * Every note of the vault as SourceNotes, sorted by path: a VaultPass collected, for the
 * commands that need the whole vault at once (`draft` and `log` replace one note with
 * the text being edited). Blocking, like the pass. Throws when the vault folder cannot
 * be read.
 *
 * The core reads the body of interview notes (their tables, dated lists, inline fields
 * and sentences) and of log notes (their links); of any other note with frontmatter it
 * asks only its inline tags, and only when the path and frontmatter do not already make
 * it an interview note. So an interview or log note keeps its body, and any other note
 * keeps its inline tags instead: holding every body of a large vault until the rules
 * have run costs memory and garbage-collection time. A body is not even decoded unless
 * it is needed (scanNoteFileSync, bodyOf). Notes without readable frontmatter
 * (classification looks at their text) and notes in the template folder keep their
 * bodies too.
 */
export function scanVault(vaultRoot: string, options: ScanOptions = {}): SourceNote[] {
	const pass = new VaultPass(vaultRoot, options);
	const total = pass.files.length;
	const notes: SourceNote[] = [];
	options.onProgress?.(0, total);
	for (const note of pass.notes()) {
		notes.push(note);
		options.onProgress?.(notes.length, total);
	}
	return notes;
}

/** A file read into a SourceNote (see scanVault), and whether it is an interview note by its path and frontmatter alone. */
function sourceOfFile(
	file: VaultFile,
	templates: string | null,
	settings: ScanSettings | undefined,
	allBodies = false,
): { source: SourceNote; interview: boolean; personText?: boolean } {
	if (file.problem !== undefined)
		return { source: { path: file.path, frontmatter: null, frontmatterError: null, unreadable: file.problem }, interview: false };
	const scanned = scanNoteFileSync(file.absolutePath, file.path);
	const { note } = scanned;
	// Inline tags, as Obsidian lists them, for a status tag (`#status/rejected`) in the text.
	if (note.frontmatter === null)
		return { source: withTags(note, inlineTagsOf(note.body ?? "")), interview: false, personText: mayHoldPersonText(note.body ?? "") };
	if (templates !== null && file.path.startsWith(templates)) return { source: { ...note, body: bodyOf(scanned) }, interview: false };
	const { path, frontmatter, frontmatterError, bodyLine } = note;
	if (settings && isInterviewNoteWithoutBody(path, frontmatter, settings))
		return { source: { path, frontmatter, frontmatterError, body: bodyOf(scanned), bodyLine }, interview: true };
	// Its inline tags may make it an interview note (then it keeps its body) or a log
	// note (whose links the join reads); any other note keeps only its tags.
	const body = bodyOf(scanned);
	const inlineTags = inlineTagsOf(body);
	const source: SourceNote = { path, frontmatter, frontmatterError, inlineTags };
	if (settings === undefined) return { source, interview: false };
	if (isInterviewNote(source, settings)) return { source: { ...source, body, bodyLine }, interview: true };
	if (isLogNote(source, logSettings(settings)) || allBodies) return { source: { ...source, body, bodyLine }, interview: false };
	return { source, interview: false, personText: mayHoldPersonText(body) };
}

/** The note with its inline tags, when it has any. */
function withTags(note: SourceNote, inlineTags: string[]): SourceNote {
	return inlineTags.length === 0 ? note : { ...note, inlineTags };
}

/** The log-note settings of scan settings that may lack them. */
function logSettings(settings: ScanSettings): LogSettings {
	return { logTag: settings.logTag ?? "", logFolders: settings.logFolders ?? [] };
}

/**
 * A vault read one note at a time, in path order, for one pass over its notes (`due`):
 * each note can be read into an interview note and let go before the next is read, so
 * the frontmatter of thousands of interviews is never held at once.
 *
 * Links still need other notes' frontmatter (a person note's role, email, relation).
 * `frontmatterAt` gives it, for createPathLinkResolver: a note not read yet is read
 * ahead, once, and handed to the pass when it gets there; the frontmatter of notes that
 * are not interview notes by their path and frontmatter (people, companies, anything
 * else) is kept as the pass goes by; an interview note that a link names after the pass
 * let it go is read again. Notes in the template folder are kept whole, in `templates`.
 */
export class VaultPass {
	/** The vault's markdown files, in path order (listMarkdownFiles). */
	readonly files: readonly VaultFile[];
	/** Notes in the template folder, with their bodies, as the pass met them. */
	readonly templates: SourceNote[] = [];
	/** Paths of the notes met that are neither interview nor log notes and whose text may give a person's address or log (mayHoldPersonText). */
	readonly personTexts = new Set<string>();
	/** Folders that could not be listed. */
	readonly folderProblems: FolderProblem[] = [];
	private readonly templateFolder: string | null;
	private readonly settings: ScanSettings | undefined;
	private readonly allBodies: boolean;
	/** Frontmatter by file index: undefined when not known (not read yet, or let go). */
	private readonly kept: (Record<string, unknown> | null | undefined)[];
	/** Notes read ahead for a link, by file index, until the pass reaches them. */
	private readonly ahead = new Map<number, SourceNote>();
	/** The note the pass is at (null before and after), and the index of the one after it. */
	private current: SourceNote | null = null;
	private next = 0;

	/** Lists the vault's files; throws when the vault folder cannot be read. */
	constructor(vaultRoot: string, options: Pick<ScanOptions, "settings" | "allBodies"> = {}) {
		this.settings = options.settings;
		this.allBodies = options.allBodies === true;
		this.templateFolder = templatePrefix(options.settings?.templateFolder);
		this.files = listMarkdownFiles(vaultRoot, this.folderProblems);
		this.kept = new Array<Record<string, unknown> | null | undefined>(this.files.length);
	}

	/** The files' vault paths, in the order of `files`. */
	paths(): string[] {
		return this.files.map((file) => file.path);
	}

	/** Every note, once, in path order. Only one pass may run. */
	*notes(): Generator<SourceNote, void, undefined> {
		for (let index = 0; index < this.files.length; index++) {
			let source = this.ahead.get(index);
			if (source !== undefined) this.ahead.delete(index);
			else source = this.read(index).source;
			this.current = source;
			this.next = index + 1;
			yield source;
		}
		this.current = null;
	}

	/** The frontmatter of the note at a file index, reading it when the pass has not kept it. */
	frontmatterAt(index: number): Record<string, unknown> | null {
		if (this.current !== null && index === this.next - 1) return this.current.frontmatter;
		const known = this.kept[index];
		if (known !== undefined) return known;
		const { source } = this.read(index);
		if (index >= this.next) this.ahead.set(index, source); // once the pass is over, nothing is ahead
		this.kept[index] = source.frontmatter;
		return source.frontmatter;
	}

	/** Reads one file, and keeps what later links and templates need of it. */
	private read(index: number): { source: SourceNote; interview: boolean } {
		const file = this.files[index] as VaultFile;
		const read = sourceOfFile(file, this.templateFolder, this.settings, this.allBodies);
		if (!read.interview) this.kept[index] = read.source.frontmatter;
		if (read.personText) this.personTexts.add(file.path);
		if (this.templateFolder !== null && file.path.startsWith(this.templateFolder)) this.templates.push(read.source);
		return read;
	}
}

/** `Templates/` for `/Templates/`; null when there is no template folder. */
function templatePrefix(folder: string | undefined): string | null {
	const trimmed = (folder ?? "").trim().replace(/^\/+|\/+$/g, "");
	return trimmed === "" ? null : `${trimmed}/`;
}

/**
 * Reads the text of a person note of the vault at `vaultRoot` by its vault path, as the join
 * of person notes asks for it (evaluateNotesAsRead's `personText`); null when it cannot be read.
 * Only the text after the frontmatter is wanted: the block's end is found, its YAML not read
 * (the scan read it already). With `only`, a path not in it is not read (a pass's
 * personTexts: the notes whose text may give anything).
 */
export function personNoteText(vaultRoot: string, only?: ReadonlySet<string>): (path: string) => PersonNoteText | null {
	return (path) => {
		if (only !== undefined && !only.has(path)) return null;
		let text: string;
		try {
			text = UTF8.decode(readRegularFileSync(join(vaultRoot, path), NOTE_LIMIT));
		} catch {
			return null;
		}
		const span = findFrontmatter(text);
		return span === null ? { body: text, bodyLine: 1 } : { body: text.slice(span.bodyStart), bodyLine: lineAt(text, span.bodyStart) };
	};
}
