/**
 * Wikilink resolution over a list of notes, by Obsidian's rules as note-format.md states
 * them. Pure: the CLI, the bench and tests build it from the notes they read.
 */
import type { LinkedNote, LinkResolver } from "../core/source";

/** What the index needs of a note: its vault path and its frontmatter. */
export interface LinkableNote {
	/** Vault-relative path with `/` separators, ending in `.md`. */
	path: string;
	/** The note's frontmatter, or null. */
	frontmatter: Record<string, unknown> | null;
}

/** Lower case and NFC, so `Lee Wong`, `lee wong` and a decomposed `é` all compare equal. */
function fold(text: string): string {
	return text.normalize("NFC").toLowerCase();
}

function withoutMd(path: string): string {
	return path.replace(/\.md$/i, "");
}

/** A note with its path folded once, for sorting, and its index key. */
interface FoldedNote {
	note: LinkableNote;
	/** fold(path), `.md` included: what the sort compares. */
	folded: string;
	/** fold(path without `.md`): what links are looked up by (not the same as folded minus `.md` for a final Greek sigma). */
	key: string;
}

/** Shortest path first, then alphabetical (case-insensitive, then exact). */
function preferred(a: FoldedNote, b: FoldedNote): number {
	const [pa, pb] = [a.note.path, b.note.path];
	if (pa.length !== pb.length) return pa.length - pb.length;
	if (a.folded !== b.folded) return a.folded < b.folded ? -1 : 1;
	return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/**
 * `People/../Lee` → `Lee`; `./Lee` → `Lee`. Null when `..` climbs above the vault root.
 */
function normalizePath(path: string): string | null {
	const parts: string[] = [];
	for (const part of path.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(part);
	}
	return parts.join("/");
}

/**
 * The link target without alias, heading or block reference, `.md` suffix, or surrounding
 * space: `People/Lee Wong.md#Contact|Lee` → `People/Lee Wong`. Obsidian does not allow
 * `#`, `^` or `|` in note names, so they always start such a part.
 */
export function linkTargetPath(target: string): string {
	const cut = target.search(/[|#^]/);
	return withoutMd((cut === -1 ? target : target.slice(0, cut)).trim()).trim();
}

/** Builds a LinkResolver over the given notes (a snapshot: later changes are not seen). */
export function createLinkResolver(notes: readonly LinkableNote[]): LinkResolver {
	const byPath = new Map<string, LinkableNote>();
	const byBasename = new Map<string, LinkableNote[]>();
	const folded = notes.map((note): FoldedNote => ({ note, folded: fold(note.path), key: fold(withoutMd(note.path)) }));
	for (const { note, key } of folded.sort(preferred)) {
		if (!byPath.has(key)) byPath.set(key, note);
		const base = key.slice(key.lastIndexOf("/") + 1);
		const list = byBasename.get(base);
		if (list) list.push(note);
		else byBasename.set(base, [note]);
	}
	const found = (note: LinkableNote | undefined): LinkedNote | null =>
		note ? { path: note.path, frontmatter: note.frontmatter } : null;
	// A link by name alone (the usual `[[Lee Wong]]`) means the same note wherever it is
	// written, and a vault links the same people from note after note.
	const byName = new Map<string, LinkedNote | null>();

	return (target, fromPath) => {
		const known = byName.get(target);
		if (known !== undefined) return known;
		const written = fold(linkTargetPath(target));
		if (written === "") return null; // `[[#Heading]]` points into the linking note itself
		if (!written.includes("/")) {
			const note = found(byBasename.get(written)?.[0]);
			if (target.length <= 200) byName.set(target, note);
			return note;
		}

		const relative = written.startsWith("./") || written.startsWith("../");
		const fromFolder = fold(fromPath).split("/").slice(0, -1).join("/");
		const candidates = [
			relative ? null : normalizePath(written),
			normalizePath(`${fromFolder}/${written}`),
		];
		for (const candidate of candidates) {
			const note = candidate === null ? undefined : byPath.get(candidate);
			if (note) return found(note);
		}
		if (relative) return null;
		// A partial path matches the end of a longer one: `Lee/Wong` finds `People/Lee/Wong.md`.
		const tail = normalizePath(written);
		if (tail === null || tail === "") return null;
		const base = tail.slice(tail.lastIndexOf("/") + 1);
		return found(byBasename.get(base)?.find((note) => fold(withoutMd(note.path)).endsWith(`/${tail}`)));
	};
}
