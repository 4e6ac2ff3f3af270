/**
 * Which status group a note is in (note-format.md "Status", existing-vaults.md §1 and §4):
 * the value of one or more status properties, a vault's own words through
 * `statusAliases` (patterns with `*` allowed), the leading words of a longer value
 * ("Rejected (after stage 2)"), and status tags (`#status/rejected`).
 */
import { normalizeWord } from "./fields";
import type { StatusGroup } from "./model";
import { byMeaning, escapeRegExp, hasOwn } from "./values";

/** Every status group, in the order settings and docs list them. */
export const STATUS_GROUPS: readonly StatusGroup[] = ["active", "applying", "ended", "rejected", "closed"];

/** Lower case, `-`, `_` and runs of spaces as one space, without leading emoji or marks: `✅ Under_Review` → `under review`. */
export function statusWord(value: string): string {
	return normalizeWord(value.replace(/^[^\p{L}\p{N}]+/u, ""));
}

/** The built-in values of each group, as statusWord writes them, by group. */
const STATUS_WORDS: Readonly<Record<string, StatusGroup>> = byMeaning<StatusGroup>({
	active: "interviewing, interviewed, interview, interviews, waiting, active, in progress, under review, in review, screening, screen, phone screen, shortlisted, final round",
	applying: "applied, wishlist, saved, bookmarked, to apply, researching, preparing, sourced",
	ended: "offer, offered, accepted, hired, declined, withdrawn, no go, not interested, negotiating, negotiation, cancelled, canceled",
	rejected: "rejected, rejection, declined by them, not selected, unsuccessful, not moving forward",
	closed: "closed, ghosted, no response, no answer, archived",
});

/** A statusAliases key with `*` as a pattern over statusWord text; null when it has none. */
function patternOf(key: string): RegExp | null {
	if (!key.includes("*")) return null;
	const parts = key
		.trim()
		.toLowerCase()
		.split("*")
		.map((p) => escapeRegExp(p.replace(/[-_\s]+/g, " ")));
	return new RegExp(`^${parts.join(".*")}$`, "u");
}

/** The group of one exact word: the user's aliases (plain keys, then patterns), then the built-ins. */
function groupOfWord(word: string, aliases: Readonly<Record<string, string>>): StatusGroup | null {
	const entries = Object.entries(aliases);
	for (const [key, group] of entries) if (!key.includes("*") && statusWord(key) === word) return group as StatusGroup;
	for (const [key, group] of entries) if (patternOf(key)?.test(word)) return group as StatusGroup;
	return hasOwn(STATUS_WORDS, word) ? (STATUS_WORDS[word] as StatusGroup) : null;
}

/** The group a status tag's last segment (`#status/rejected`) or a true/false flag's name (`declined`) gives, or null. */
export function tagGroup(tag: string, aliases: Readonly<Record<string, string>>): StatusGroup | null {
	return groupOfWord(statusWord(tag.replace(/^#/, "").split("/").pop() ?? ""), aliases);
}

/**
 * The group of a status value, or null when unknown. An unknown value is tried again on
 * its leading words before any bracket or punctuation, longest first: `Rejected (after
 * stage 2)` is rejected, `Offer accepted!` ended.
 */
export function statusGroupOf(value: string, aliases: Readonly<Record<string, string>>): StatusGroup | null {
	const word = statusWord(value);
	if (word === "") return null;
	const exact = groupOfWord(word, aliases);
	if (exact !== null) return exact;
	const lead = statusWord(word.split(/[()[\]{}.,;:!?/|–—]/u)[0] ?? "");
	const words = lead.split(" ").filter((w) => w !== "");
	for (let n = words.length; n >= 1; n--) {
		const group = groupOfWord(words.slice(0, n).join(" "), aliases);
		if (group !== null) return group;
	}
	return null;
}

/** How final a group is: an ended, rejected or closed value beats an active or applying one. */
function isFinal(group: StatusGroup): boolean {
	return group === "ended" || group === "rejected" || group === "closed";
}

/** One status value as found, in precedence order, with where it was read. */
export interface StatusValue<O> {
	/** The text as written. */
	text: string;
	/** Where it came from. */
	origin: O;
}

/** The status of a note, from its values. */
export interface ResolvedStatus<O> {
	/** The group; `active` when nothing says otherwise. */
	group: StatusGroup;
	/** The value that decided it, or null when none did. */
	decided: StatusValue<O> | null;
	/** Values no group is known for (each deserves an `unknown-status` warning). */
	unknown: StatusValue<O>[];
}

/**
 * The status from every status property of a note, in precedence order (existing-vaults.md
 * §4, "Several status properties"): the first value in the ended, rejected or closed group
 * wins; otherwise the first known value; otherwise active. `tags` (a status tag such as
 * `#status/rejected`, or a flag such as `rejection: true`) count only when no property gives
 * a known status, read the same way.
 */
export function resolveStatus<O>(
	values: readonly StatusValue<O>[],
	aliases: Readonly<Record<string, string>>,
	tags: readonly StatusValue<O>[] = [],
): ResolvedStatus<O> {
	const unknown: StatusValue<O>[] = [];
	let first: { value: StatusValue<O>; group: StatusGroup } | null = null;
	for (const value of values) {
		const group = statusGroupOf(value.text, aliases);
		if (group === null) {
			unknown.push(value);
			continue;
		}
		if (isFinal(group)) return { group, decided: value, unknown };
		first ??= { value, group };
	}
	if (first !== null) return { group: first.group, decided: first.value, unknown };
	// Among tags (and true/false flags), an ended, rejected or closed one wins too; else an active one.
	for (const tag of tags) {
		const group = tagGroup(tag.text, aliases);
		if (group === null) continue;
		if (isFinal(group)) return { group, decided: tag, unknown };
		// A later stage beats an earlier one (`applied: true` with `interview: true` is interviewing).
		if (first === null || (first.group === "applying" && group === "active")) first = { value: tag, group };
	}
	return first === null ? { group: "active", decided: null, unknown } : { group: first.group, decided: first.value, unknown };
}
