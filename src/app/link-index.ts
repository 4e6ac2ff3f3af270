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

/** The key a note is found by: its path without `.md`, folded. */
function keyOf(path: string): string {
	return fold(withoutMd(path));
}

/**
 * Shortest path first, then alphabetical (case-insensitive, then exact). Only notes
 * that share a basename or a folded path are ever compared, so paths are folded here.
 */
function preferred(pa: string, pb: string): number {
	if (pa.length !== pb.length) return pa.length - pb.length;
	const fa = fold(pa);
	const fb = fold(pb);
	if (fa !== fb) return fa < fb ? -1 : 1;
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
	return createPathLinkResolver(
		notes.map((note) => note.path),
		(index) => notes[index]?.frontmatter ?? null,
	);
}

/**
 * Builds a LinkResolver over the vault's paths, asking `frontmatterAt` for a note's
 * frontmatter (by its index in `paths`) only when a link resolves to it. A host that
 * reads notes one at a time can then read the few that are linked when they are first
 * named, and need not hold the rest.
 *
 * Nothing is sorted up front: a vault links a few of its notes, by name, many times. The
 * notes sharing a basename are put in order of preference when that name is first
 * looked up, and the index by whole path is built when a link with a `/` first needs it.
 */
export function createPathLinkResolver(
	paths: readonly string[],
	frontmatterAt: (index: number) => Record<string, unknown> | null,
): LinkResolver {
	const keys = paths.map(keyOf);
	const byBasename = new Map<string, number[]>();
	keys.forEach((key, index) => {
		const base = key.slice(key.lastIndexOf("/") + 1);
		const list = byBasename.get(base);
		if (list) list.push(index);
		else byBasename.set(base, [index]);
	});
	const byPreference = (a: number, b: number): number => preferred(paths[a] as string, paths[b] as string);
	const ordered = new Set<number[]>();
	/** The notes with this folded basename, preferred first. */
	const withBasename = (base: string): number[] | undefined => {
		const list = byBasename.get(base);
		if (list !== undefined && list.length > 1 && !ordered.has(list)) {
			list.sort(byPreference);
			ordered.add(list);
		}
		return list;
	};
	let byPath: Map<string, number> | null = null;
	/** The preferred note for each folded path (two notes may differ only in case). */
	const withPath = (key: string): number | undefined => {
		if (byPath === null) {
			byPath = new Map<string, number>();
			keys.forEach((noteKey, index) => {
				const known = byPath?.get(noteKey);
				if (known === undefined || byPreference(index, known) < 0) byPath?.set(noteKey, index);
			});
		}
		return byPath.get(key);
	};
	const found = (index: number | undefined): LinkedNote | null =>
		index === undefined ? null : { path: paths[index] as string, frontmatter: frontmatterAt(index) };
	// A link by name alone (the usual `[[Lee Wong]]`) means the same note wherever it is
	// written, and a vault links the same people from note after note.
	const byName = new Map<string, LinkedNote | null>();

	return (target, fromPath) => {
		const known = byName.get(target);
		if (known !== undefined) return known;
		const written = fold(linkTargetPath(target));
		if (written === "") return null; // `[[#Heading]]` points into the linking note itself
		if (!written.includes("/")) {
			const note = found(withBasename(written)?.[0]);
			if (target.length <= 200) byName.set(target, note);
			return note;
		}

		const relative = written.startsWith("./") || written.startsWith("../");
		const fromFolder = fold(fromPath).split("/").slice(0, -1).join("/");
		const candidates = [relative ? null : normalizePath(written), normalizePath(`${fromFolder}/${written}`)];
		for (const candidate of candidates) {
			const index = candidate === null ? undefined : withPath(candidate);
			if (index !== undefined) return found(index);
		}
		if (relative) return null;
		// A partial path matches the end of a longer one: `Lee/Wong` finds `People/Lee/Wong.md`.
		const tail = normalizePath(written);
		if (tail === null || tail === "") return null;
		const base = tail.slice(tail.lastIndexOf("/") + 1);
		return found(withBasename(base)?.find((index) => (keys[index] as string).endsWith(`/${tail}`)));
	};
}
