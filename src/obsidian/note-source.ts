/**
 * How the plugin hands a vault file to the core: frontmatter from Obsidian's metadata
 * cache (never re-parsed), inline tags from the cache, links resolved by Obsidian. What
 * a file needs (nothing, its cache, or its text) is decided from the cache alone, in
 * `readPlan`: a vault of 10,000 notes has a few hundred interview notes, and the text of
 * the others is never read.
 */
import type { App, CachedMetadata, TFile } from "obsidian";
import { type ClassifySettings, inInterviewFolder, isInterviewNoteWithoutBody, tagMatches } from "../core/classify";
import { type LogSettings, logNotesWanted } from "../core/log-notes";
import { findFrontmatter, lineAt } from "../core/markdown/frontmatter-span";
import type { LinkResolver, SourceNote } from "../core/source";
import { isRecord } from "../core/values";

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

/** What indexing a file takes, decided from its metadata cache alone. */
export type ReadPlan =
	/** No cache yet (Obsidian is still indexing): leave the index as it is and wait for the cache. */
	| "wait"
	/** Nothing the cache shows can make the file an interview note or a log note: it is not kept, and not read. */
	| "skip"
	/** An interview or log note whose cache holds all that is read (frontmatter, inline tags): its body holds no text. */
	| "cache"
	/** An interview or log note with text in its body: the cache's frontmatter and tags, and the body read for its logs and links. */
	| "body"
	/** The text must be read: a frontmatter block that did not parse (reported when the note is plausibly an interview note). */
	| "text";

/**
 * The one place that decides what a file needs, and so when a note's text is read.
 * By the cache: tags (frontmatter and inline), `type`, the folder, and whether the note
 * opens with a frontmatter block (`frontmatterPosition`, a `yaml` section) that gave no
 * frontmatter. A note without a cache is never guessed at.
 */
export function readPlan(path: string, cache: CachedMetadata | null, settings: ClassifySettings & LogSettings): ReadPlan {
	if (cache === null) return "wait";
	const frontmatter: unknown = cache.frontmatter;
	if (isRecord(frontmatter)) {
		return isInterviewNoteWithoutBody(path, frontmatter, settings) ||
			hasInterviewTag(cache, settings) ||
			isLogNoteByCache(path, frontmatter, cache, settings)
			? interviewPlan(cache)
			: "skip";
	}
	if (hasUnparsedBlock(cache)) return "text";
	return inInterviewFolder(path, settings.interviewFolders) ||
		hasInterviewTag(cache, settings) ||
		isLogNoteByCache(path, null, cache, settings)
		? interviewPlan(cache)
		: "skip";
}

/**
 * A log note (existing-vaults.md §3) by its cache: under a log folder, or with the log tag
 * (frontmatter or inline), as the core's isLogNote decides from the note itself.
 */
function isLogNoteByCache(
	path: string,
	frontmatter: Record<string, unknown> | null,
	cache: CachedMetadata,
	settings: LogSettings,
): boolean {
	if (!logNotesWanted(settings)) return false;
	const asInterview = { interviewTag: settings.logTag.trim(), interviewFolders: settings.logFolders };
	if (inInterviewFolder(path, settings.logFolders)) return true;
	if (asInterview.interviewTag === "") return false;
	return (frontmatter !== null && isInterviewNoteWithoutBody(path, frontmatter, asInterview)) || hasInterviewTag(cache, asInterview);
}

/**
 * Sections of the body that hold words the core may read: a table or a list (logs), a
 * paragraph, callout or quote (inline fields, sentences). Headings, code, rules and
 * HTML alone hold nothing it reads.
 */
const TEXT_SECTIONS = new Set(["paragraph", "list", "table", "callout", "blockquote"]);

/**
 * An interview (or log) note's plan: its text is read when the cache shows a body section with
 * words (see TEXT_SECTIONS) or list items; a note that is frontmatter and headings only
 * is read from the cache alone. Only interview notes get here, so the text of the rest
 * of the vault is still never read.
 */
function interviewPlan(cache: CachedMetadata): "cache" | "body" {
	if ((cache.listItems?.length ?? 0) > 0) return "body";
	return (cache.sections ?? []).some((section) => TEXT_SECTIONS.has(section.type)) ? "body" : "cache";
}

/** An inline tag (outside code and comments, as the cache lists them) names the interview tag. */
function hasInterviewTag(cache: CachedMetadata, settings: ClassifySettings): boolean {
	return (cache.tags ?? []).some((t) => tagMatches(t.tag, settings.interviewTag));
}

/**
 * The note opens with a frontmatter block that gave no frontmatter: YAML that did not
 * parse, or a block marked with a language (`---js`), which Markdown reads as a heading
 * whose text starts with the fence when nothing inside it is blank.
 */
function hasUnparsedBlock(cache: CachedMetadata): boolean {
	if (cache.frontmatterPosition !== undefined || cache.sections?.[0]?.type === "yaml") return true;
	const first = cache.headings?.[0];
	return first !== undefined && first.position.start.line === 0 && first.heading.startsWith("---");
}

/** The core's view of an interview note from its cache alone (plan "cache"). */
export function sourceFromCache(file: TFile, cache: CachedMetadata): SourceNote {
	const inlineTags = (cache.tags ?? []).map((t) => t.tag);
	const frontmatter: unknown = cache.frontmatter;
	return { path: file.path, frontmatter: isRecord(frontmatter) ? { ...frontmatter } : null, frontmatterError: null, inlineTags };
}

/**
 * The core's view of an interview note whose body holds text (plan "body"): frontmatter
 * and tags from the cache, as sourceFromCache gives them, and the text after the
 * frontmatter block, read through the vault's cache of file contents.
 */
export async function sourceWithBody(app: App, file: TFile, cache: CachedMetadata): Promise<SourceNote> {
	const text = await app.vault.cachedRead(file);
	const span = findFrontmatter(text);
	if (span === null) return { ...sourceFromCache(file, cache), body: text };
	return { ...sourceFromCache(file, cache), body: text.slice(span.bodyStart), bodyLine: lineAt(text, span.bodyStart) };
}

/** The core's view of a note whose text must be read (plan "text"): is its block broken, and does its text mention the tag? */
export async function sourceFromText(app: App, file: TFile, cache: CachedMetadata): Promise<SourceNote> {
	const source: SourceNote = {
		path: file.path,
		frontmatter: null,
		frontmatterError: null,
		inlineTags: (cache.tags ?? []).map((t) => t.tag),
	};
	if (file.stat.size > MAX_PROBE_BYTES) return source;
	const text = await app.vault.cachedRead(file);
	return { ...source, frontmatterError: brokenFrontmatterReason(text), body: text };
}

/** The core's view of a file by its read plan: the cache alone, the body too, or the whole text. */
export function sourceByPlan(
	app: App,
	file: TFile,
	cache: CachedMetadata,
	plan: "cache" | "body" | "text",
): SourceNote | Promise<SourceNote> {
	if (plan === "cache") return sourceFromCache(file, cache);
	return plan === "body" ? sourceWithBody(app, file, cache) : sourceFromText(app, file, cache);
}

/**
 * Resolves person links the way Obsidian does, and returns the person note's frontmatter:
 * the cache's own object, not a copy, so the core's per-frontmatter caches (people built
 * from a person note, field readers) hold until the note changes. The core never writes to it.
 */
export function linkResolver(app: App): LinkResolver {
	return (target, fromPath) => {
		const file = app.metadataCache.getFirstLinkpathDest(target, fromPath);
		if (!file) return null;
		const fm: unknown = app.metadataCache.getFileCache(file)?.frontmatter;
		return { path: file.path, frontmatter: fm && typeof fm === "object" ? (fm as Record<string, unknown>) : null };
	};
}
