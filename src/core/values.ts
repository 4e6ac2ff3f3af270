/**
 * Reading loosely typed frontmatter values: text, wikilinks, lists and flags, as
 * people write them by hand. Nothing here throws on a value of the wrong type.
 */

/** A wikilink's parts: `[[People/Lee Wong#Notes|Lee]]` → target `People/Lee Wong`, alias `Lee`. */
export interface Wikilink {
	/** The linked path or name, without heading, block or alias. */
	target: string;
	/** The display alias, or null. */
	alias: string | null;
}

const WIKILINK = /^\[\[([^[\]|]+?)(?:\|([^[\]]*))?\]\]$/;

/**
 * True when the object has this key of its own. `Object.hasOwn` says the same, but the
 * plugin's main.js must run on iOS before 15.4, which lacks it.
 */
export function hasOwn(object: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(object, key);
}

/** True for a plain object (a YAML map). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Reads a wikilink, quoted (`"[[Lee Wong]]"`) or as YAML reads an unquoted one
 * (`[[Lee Wong]]` becomes a list holding a list holding the name).
 */
export function readWikilink(value: unknown): Wikilink | null {
	if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
		const inner: unknown = value[0][0];
		if (typeof inner === "string") return readWikilink(`[[${inner}]]`);
		return null;
	}
	if (typeof value !== "string") return null;
	const trimmed = value.trim();
	if (!trimmed.startsWith("[[")) return null;
	const m = WIKILINK.exec(trimmed);
	if (!m || m[1] === undefined) return null;
	const target = m[1].replace(/[#^].*$/, "").trim();
	if (target === "") return null;
	const alias = m[2]?.trim() || null;
	return { target, alias };
}

/** The last path segment of a link target, without `.md`. */
export function linkBasename(target: string): string {
	const last = target.slice(target.lastIndexOf("/") + 1);
	return last.length >= 3 && last.slice(-3).toLowerCase() === ".md" ? last.slice(0, -3) : last;
}

/**
 * Reads a text value: a string (trimmed), a number or boolean as written, or a
 * wikilink as its display text (alias, else the target's basename). Empty → null.
 */
export function readText(value: unknown): string | null {
	if (typeof value === "string") {
		const trimmed = value.trim();
		if (trimmed === "") return null;
		if (!trimmed.startsWith("[[")) return trimmed;
	}
	const link = readWikilink(value);
	if (link) return link.alias ?? linkBasename(link.target);
	if (typeof value === "string") return value.trim();
	if (typeof value === "number" && Number.isFinite(value)) return String(value);
	if (typeof value === "boolean") return String(value);
	return null;
}

/** A text that can be an address: it has a letter or digit, and is no placeholder (`—`, `n/a`); else null. */
export function addressOf(text: string | null): string | null {
	return text !== null && /[\p{L}\d]/u.test(text) && !/^n\/?a$/i.test(text) ? text : null;
}

/** Reads a list: an array as is, a single value as a one-item list, nothing as []. */
export function readList(value: unknown): unknown[] {
	if (value === null || value === undefined) return [];
	if (readWikilink(value)) return [value];
	return Array.isArray(value) ? value : [value];
}

/** True for `true`, `"true"` and `"yes"`; false for anything else. */
export function readFlag(value: unknown): boolean {
	if (value === true) return true;
	return typeof value === "string" && ["true", "yes"].includes(value.trim().toLowerCase());
}

/** True for `false`, `"false"` and `"no"`. */
export function isFalseFlag(value: unknown): boolean {
	if (value === false) return true;
	return typeof value === "string" && ["false", "no"].includes(value.trim().toLowerCase());
}

/** True when a value counts as absent: null, undefined, blank text, an empty list or map. */
export function isEmptyValue(value: unknown): boolean {
	if (value === null || value === undefined) return true;
	if (typeof value === "string") {
		// Most values start with a printable character that is not a space: not blank.
		const first = value.charCodeAt(0);
		return !(first > 0x20 && first < 0x7f) && value.trim() === "";
	}
	if (Array.isArray(value)) return value.length === 0;
	if (isRecord(value)) return Object.keys(value).length === 0;
	return false;
}

/** Whitespace that nameKey must rewrite: a run of two or more, or any other than a plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** `Jane  Doe ` and `jane doe` are one name. */
export function nameKey(name: string): string {
	const trimmed = name.trim();
	return (UNEVEN_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed).toLowerCase();
}

/** What a caught value says: an Error's message, or anything else as text. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Text that a regular expression matches as written (`Dana (HR)` → `Dana \(HR\)`). */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A table of words by meaning (`{ recruiter: "recruiter, talent partner, sourcer" }`,
 * phrases separated by commas) as phrase → meaning, in the table's order.
 */
export function byMeaning<M extends string>(table: Readonly<Partial<Record<M, string>>>): Record<string, M> {
	const phrases: Record<string, M> = {};
	for (const [meaning, list] of Object.entries(table) as [M, string][]) for (const phrase of list.split(", ")) phrases[phrase] = meaning;
	return phrases;
}
