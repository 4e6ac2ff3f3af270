/**
 * How the plugin hands a vault file to the core: frontmatter from Obsidian's metadata
 * cache (never re-parsed), inline tags from the cache, links resolved by Obsidian.
 */
import type { App, TFile } from "obsidian";
import { findFrontmatter } from "../core/markdown/frontmatter-span";
import type { LinkResolver, SourceNote } from "../core/source";

/** Above this size a note without parsed frontmatter is not read to look for a broken block. */
const MAX_PROBE_BYTES = 256 * 1024;

/**
 * Why a note's frontmatter block could not be used, or null when the note has none.
 * Obsidian keeps no frontmatter for YAML it cannot parse, nor for `---js` blocks, so a
 * note that opens with a fence but came without frontmatter is broken.
 */
export function brokenFrontmatterReason(text: string): string | null {
	const span = findFrontmatter(text);
	if (span === null) return null;
	const language = span.language.toLowerCase();
	if (language !== "" && language !== "yaml" && language !== "yml") {
		return `the block is marked "${span.language}", which is never run; use plain YAML`;
	}
	return "not valid YAML: look for a missing colon, quote or indent";
}

/** Builds the core's view of a file from the metadata cache (reads the text only for a broken block). */
export async function readSource(app: App, file: TFile): Promise<SourceNote> {
	const cache = app.metadataCache.getFileCache(file);
	const inlineTags = (cache?.tags ?? []).map((t) => t.tag);
	const frontmatter: unknown = cache?.frontmatter;
	if (frontmatter && typeof frontmatter === "object" && !Array.isArray(frontmatter)) {
		return { path: file.path, frontmatter: { ...(frontmatter as Record<string, unknown>) }, frontmatterError: null, inlineTags };
	}
	// No parsed frontmatter: either none, or broken. Only the text can tell.
	if (file.stat.size > MAX_PROBE_BYTES) return { path: file.path, frontmatter: null, frontmatterError: null, inlineTags };
	const text = await app.vault.cachedRead(file);
	return { path: file.path, frontmatter: null, frontmatterError: brokenFrontmatterReason(text), body: text, inlineTags };
}

/** Resolves person links the way Obsidian does, and returns the person note's frontmatter. */
export function linkResolver(app: App): LinkResolver {
	return (target, fromPath) => {
		const file = app.metadataCache.getFirstLinkpathDest(target, fromPath);
		if (!file) return null;
		const fm: unknown = app.metadataCache.getFileCache(file)?.frontmatter;
		return { path: file.path, frontmatter: fm && typeof fm === "object" ? { ...(fm as Record<string, unknown>) } : null };
	};
}
