/**
 * Finds and reads every markdown note of a vault folder on disk, the way Obsidian sees
 * the vault: dot-folders (`.obsidian`, `.git`, `.trash`, …) and `node_modules` are not
 * part of it; symlinked folders are followed once (a link back up the tree is skipped).
 * Like Obsidian, only `.md` (lower case) files are notes.
 */
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { inlineTagsOf } from "../core/classify";
import type { SourceNote } from "../core/source";
import { readNoteFileSync } from "./read-note-file";

/** Called as notes are read: `done` of `total` files so far. */
export type ScanProgress = (done: number, total: number) => void;

/** A markdown file found in the vault. */
export interface VaultFile {
	/** Vault-relative path, `/` separators, Unicode NFC (as links are typed). */
	path: string;
	/** Where it is on disk. */
	absolutePath: string;
}

const SKIPPED_FOLDERS = new Set(["node_modules"]);

/** Code-unit order: the same on every machine, whatever the locale. */
export function comparePaths(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Lists the vault's `.md` files, sorted by vault path. Throws when the vault folder cannot be read. */
export async function listMarkdownFiles(vaultRoot: string): Promise<VaultFile[]> {
	const found: VaultFile[] = [];
	const visited = new Set<string>([await realpath(vaultRoot)]);

	async function walk(folder: string, prefix: string): Promise<void> {
		let entries;
		try {
			entries = await readdir(folder, { withFileTypes: true });
		} catch (error) {
			if (prefix === "") throw error; // the vault itself must be readable
			return; // an unreadable subfolder is not part of the vault we can see
		}
		entries.sort((a, b) => comparePaths(a.name, b.name)); // which copy of a linked folder wins must not depend on the disk
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const absolutePath = join(folder, entry.name);
			const path = (prefix + entry.name).normalize("NFC");
			let isFolder = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				const target = await stat(absolutePath).catch(() => null);
				if (!target) continue; // a dangling link
				isFolder = target.isDirectory();
				isFile = target.isFile();
			}
			if (isFolder) {
				if (SKIPPED_FOLDERS.has(entry.name)) continue;
				const real = await realpath(absolutePath).catch(() => null);
				if (real === null || visited.has(real)) continue;
				visited.add(real);
				await walk(absolutePath, `${path}/`);
			} else if (isFile && entry.name.endsWith(".md")) {
				found.push({ path, absolutePath });
			}
		}
	}

	await walk(vaultRoot, "");
	return found.sort((a, b) => comparePaths(a.path, b.path));
}

/** How scanVault reads. */
export interface ScanOptions {
	/** Called as notes are read. */
	onProgress?: ScanProgress;
	/** The template folder (settings `templateFolder`): its notes keep their bodies, which are the templates. */
	templateFolder?: string;
}

/**
 * Reads every note of the vault into SourceNotes, sorted by path. The files are read one
 * after another, blocking (see readNoteFileSync: notes are small, and a blocking read of
 * one costs a fraction of the round trips of an asynchronous one).
 *
 * A note with frontmatter keeps its inline tags (outside code and comments) instead of
 * its body: that is all the core asks of the body of such a note, and holding every
 * body of a large vault until the rules have run costs memory and garbage-collection
 * time. Notes without readable frontmatter (classification looks at their text) and
 * notes in the template folder keep their bodies.
 */
export async function scanVault(vaultRoot: string, options: ScanOptions = {}): Promise<SourceNote[]> {
	const { onProgress } = options;
	const templates = templatePrefix(options.templateFolder);
	const files = await listMarkdownFiles(vaultRoot);
	const notes: SourceNote[] = new Array<SourceNote>(files.length);
	onProgress?.(0, files.length);
	files.forEach((file, index) => {
		const note = readNoteFileSync(file.absolutePath, file.path);
		const keepBody = note.frontmatter === null || (templates !== null && file.path.startsWith(templates));
		notes[index] = keepBody
			? note
			: { path: note.path, frontmatter: note.frontmatter, frontmatterError: note.frontmatterError, inlineTags: inlineTagsOf(note.body ?? "") };
		onProgress?.(index + 1, files.length);
	});
	return notes;
}

/** `Templates/` for `/Templates/`; null when there is no template folder. */
function templatePrefix(folder: string | undefined): string | null {
	const trimmed = (folder ?? "").trim().replace(/^\/+|\/+$/g, "");
	return trimmed === "" ? null : `${trimmed}/`;
}
