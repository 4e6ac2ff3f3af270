/**
 * Which notes are interview notes (note-format.md, "Which notes are interview notes"):
 * a frontmatter tag, an inline tag outside code and comments, `type: interview`, or a
 * note under an interview folder.
 */
import type { Settings } from "./settings";
import type { SourceNote } from "./source";
import { normalizeKey } from "./fields";
import { hasOwn, isRecord, readList } from "./values";

/** True when any `/`-separated segment of the tag equals the interview tag, any case. */
export function tagMatches(tag: string, interviewTag: string): boolean {
	return holdsTag(tag, wantedTag(interviewTag));
}

/** tagMatches with the interview tag as wantedTag gives it. */
function holdsTag(tag: string, wanted: string): boolean {
	if (tag === wanted) return true; // as nearly every note writes it
	const lower = (tag.startsWith("#") ? tag.slice(1) : tag).toLowerCase();
	if (lower === wanted) return true;
	return lower.includes("/") && lower.split("/").some((segment) => segment === wanted);
}

/**
 * The body with fenced code, inline code, `%% comments %%` and HTML comments blanked
 * out, so that a tag written inside them is not found. Lengths are kept.
 */
export function blankCodeAndComments(body: string): string {
	// Most bodies hold no code and no comment at all: nothing to blank.
	if (!body.includes("`") && !body.includes("~~~") && !body.includes("<!--") && !body.includes("%%")) return body;
	const blank = (s: string) => s.replace(/[^\n]/g, " ");
	let out = body.replace(/<!--[\s\S]*?(?:-->|$)/g, blank).replace(/%%[\s\S]*?(?:%%|$)/g, blank);
	// Fenced code: a line opening with ``` or ~~~ up to a closing fence of the same kind
	// at least as long (or the end of the note, as CommonMark does).
	const lines = out.split("\n");
	let fence: string | null = null;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
		if (fence === null) {
			if (m?.[1] !== undefined && !(m[1].startsWith("`") && line.slice(m[0].length).includes("`"))) {
				fence = m[1];
				lines[i] = blank(line);
			}
		} else {
			const closing =
				m?.[1] !== undefined && m[1][0] === fence[0] && m[1].length >= fence.length && line.slice(m[0].length).trim() === "";
			lines[i] = blank(line);
			if (closing) fence = null;
		}
	}
	out = lines.join("\n");
	return blankCodeSpans(out, blank);
}

/**
 * Inline code spans blanked out: what `text.replace(/(`+)[\s\S]*?\1/g, blank)` does (a run
 * of backticks up to the next run at least as long), found in time linear in the text.
 * The expression looks, for each opening run left unclosed, through the rest of the text
 * once per run length, so a note of backtick runs of growing lengths took seconds a
 * megabyte. Here the backtick runs are listed once, and each opening run finds its
 * closer by jumping from run to longer run.
 */
function blankCodeSpans(text: string, blank: (s: string) => string): string {
	if (!text.includes("`")) return text;
	const starts: number[] = [];
	const lengths: number[] = [];
	for (let at = text.indexOf("`"); at !== -1;) {
		let end = at + 1;
		while (text.charCodeAt(end) === 0x60) end++;
		starts.push(at);
		lengths.push(end - at);
		at = text.indexOf("`", end);
	}
	const runs = starts.length;
	// The longest run from each run on, and for each run the next one strictly longer.
	const longestFrom = new Array<number>(runs + 1).fill(0);
	for (let r = runs - 1; r >= 0; r--) longestFrom[r] = Math.max(lengths[r] as number, longestFrom[r + 1] as number);
	const nextLonger = new Array<number>(runs).fill(runs);
	const open: number[] = [];
	for (let r = 0; r < runs; r++) {
		while (open.length > 0 && (lengths[open[open.length - 1] as number] as number) < (lengths[r] as number))
			nextLonger[open.pop() as number] = r;
		open.push(r);
	}
	/** The first run from `from` on at least `length` long (one exists: longestFrom says so). */
	const firstAtLeast = (from: number, length: number): number => {
		let r = from;
		while ((lengths[r] as number) < length) r = nextLonger[r] as number;
		return r;
	};
	let out = "";
	let copied = 0;
	let r = 0;
	let used = 0; // backticks of run r already inside the span before
	while (r < runs) {
		const left = (lengths[r] as number) - used;
		if (left === 0) {
			r += 1;
			used = 0;
			continue;
		}
		const from = (starts[r] as number) + used;
		// The longest closing length tried first: a later run at least that long closes it;
		// failing that, the run closes on itself halfway, and a single backtick needs a later one.
		const length = Math.min(left, longestFrom[r + 1] as number);
		let to: number;
		if (2 * length > left) {
			const closer = firstAtLeast(r + 1, length);
			to = (starts[closer] as number) + length;
			r = closer;
			used = length;
		} else if (left >= 2) {
			const half = Math.floor(left / 2);
			to = from + 2 * half;
			used += 2 * half;
		} else break; // a last single backtick with nothing after it
		out += text.slice(copied, from) + blank(text.slice(from, to));
		copied = to;
	}
	return out + text.slice(copied);
}

const INLINE_TAG = /(^|[\s(,;])#([^\s#!"$%&'()*+,.:;<=>?@[\]^`{|}~\\]+)/g;

/**
 * A `#` followed by a character a tag may hold. Blanking code and comments only turns
 * characters into spaces, so a body without this has no inline tag and need not be blanked.
 */
const TAG_START = /#[^\s#!"$%&'()*+,.:;<=>?@[\]^`{|}~\\]/;

/** Inline tags in a body, outside code and comments, without the `#`. */
export function inlineTagsOf(body: string): string[] {
	const tags: string[] = [];
	if (!TAG_START.test(body)) return tags;
	for (const m of blankCodeAndComments(body).matchAll(INLINE_TAG)) {
		const tag = m[2];
		// A tag needs at least one non-digit character (Obsidian's rule).
		if (tag !== undefined && /[^\d/]/.test(tag)) tags.push(tag);
	}
	return tags;
}

/** The interview tag as compared: lower case, without `#`. */
function wantedTag(interviewTag: string): string {
	return interviewTag.replace(/^#/, "").toLowerCase();
}

/** A frontmatter tags value (a list, or a comma/space separated text) holds the tag. */
function tagsHold(value: unknown, wanted: string): boolean {
	for (const item of readList(value)) {
		if (typeof item !== "string" || item === "") continue;
		if (!/[,\s]/.test(item)) {
			if (holdsTag(item, wanted)) return true;
		} else if (item.split(/[,\s]+/).some((t) => t !== "" && holdsTag(t, wanted))) return true;
	}
	return false;
}

/** A `type` or `kind` value names the tag. */
function typeNames(value: unknown, wanted: string): boolean {
	return readList(value).some((v) => typeof v === "string" && v.trim().replace(/^#/, "").toLowerCase() === wanted);
}

/** Interview folders as compared: lower case, trimmed of slashes, with a final `/`; `/` (the vault's root) holds every note. */
function folderPrefixes(folders: readonly string[]): string[] {
	return folders
		.map((folder) => folder.trim())
		.filter((f) => f !== "")
		.map((f) => `${f.replace(/^\/+|\/+$/g, "").toLowerCase()}/`.replace(/^\/$/, ""));
}

/** True when the path lies under one of the interview folders. */
export function inInterviewFolder(path: string, folders: readonly string[]): boolean {
	if (folders.length === 0) return false;
	const prefixes = folderPrefixes(folders);
	const lower = path.toLowerCase();
	return prefixes.some((prefix) => lower.startsWith(prefix));
}

/** What classifying a note needs of the settings. */
export type ClassifySettings = Pick<Settings, "interviewTag" | "interviewFolders">;

/**
 * True when the note is an interview note by its path or frontmatter alone (folder,
 * frontmatter tag under `tags` or `tag`, `type` or `kind`): its body cannot change the answer.
 */
export function isInterviewNoteWithoutBody(path: string, frontmatter: Record<string, unknown> | null, settings: ClassifySettings): boolean {
	if (inInterviewFolder(path, settings.interviewFolders)) return true;
	if (!isRecord(frontmatter)) return false;
	const wanted = wantedTag(settings.interviewTag);
	// `tags` as written first: when it holds the tag, no other key can change the answer.
	if (hasOwn(frontmatter, "tags") && tagsHold(frontmatter.tags, wanted)) return true;
	for (const key of Object.keys(frontmatter)) {
		const k = normalizeKey(key);
		if ((k === "tags" || k === "tag") && tagsHold(frontmatter[key], wanted)) return true;
		if ((k === "type" || k === "kind") && typeNames(frontmatter[key], wanted)) return true;
	}
	return false;
}

/** True when the note is an interview note by any of the four tests. */
export function isInterviewNote(source: SourceNote, settings: ClassifySettings): boolean {
	if (isInterviewNoteWithoutBody(source.path, source.frontmatter, settings)) return true;
	const inline = source.inlineTags ?? (source.body !== undefined ? inlineTagsOf(source.body) : []);
	return inline.some((t) => tagMatches(t, settings.interviewTag));
}

/**
 * A note whose frontmatter could not be parsed is reported only when it is plausibly
 * an interview note: under an interview folder, or its text mentions the tag's word.
 */
export function isPlausibleInterviewNote(source: SourceNote, settings: Settings): boolean {
	if (inInterviewFolder(source.path, settings.interviewFolders)) return true;
	const word = settings.interviewTag.toLowerCase();
	if ((source.body ?? "").toLowerCase().includes(word)) return true;
	return (source.inlineTags ?? []).some((t) => tagMatches(t, settings.interviewTag));
}
