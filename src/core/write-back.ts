/**
 * The property write-back, planned: which `next_follow_up` properties a note should
 * carry, and the smallest edit that gets its frontmatter there (none when it already
 * does, so a note is written only when a value really changes). Pure: the plugin
 * compares with the metadata cache, then writes the values with setProperties (a text
 * edit of the frontmatter, in src/core/markdown).
 */
import type { FollowUp } from "./model";
import { hasOwn } from "./values";

/** The property names the write-back keeps in each interview note. */
export const WRITE_BACK_PROPERTIES = {
	/** The next follow-up's first day, `YYYY-MM-DD`. */
	date: "next_follow_up",
	/** Its kind, such as `check-in`. */
	kind: "next_follow_up_kind",
	/** The person it is for; absent for tasks. */
	to: "next_follow_up_to",
} as const;

/** One of the written property names. */
export type WriteBackProperty = (typeof WRITE_BACK_PROPERTIES)[keyof typeof WRITE_BACK_PROPERTIES];

/** Each property's wanted value; null means the property should not be there. */
export type WantedProperties = Record<WriteBackProperty, string | null>;

/** Properties to set (text) or remove (null); only the ones that differ. */
export type PropertyPatch = Partial<WantedProperties>;

/**
 * A note's next follow-up: the first overdue or due one, else the earliest upcoming.
 * `followUps` are one note's, in the rules' order (earliest first).
 */
export function nextFollowUp(followUps: readonly FollowUp[]): FollowUp | null {
	return followUps.find((f) => f.status !== "upcoming") ?? followUps[0] ?? null;
}

/** What the properties should say for a note's next follow-up (all null when nothing is pending). */
export function wantedProperties(next: FollowUp | null): WantedProperties {
	const { date, kind, to } = WRITE_BACK_PROPERTIES;
	return { [date]: next?.due ?? null, [kind]: next?.kind ?? null, [to]: next?.to ?? null };
}

/** A frontmatter value as comparable text; null when absent or empty. */
function present(value: unknown): string | null {
	if (value === undefined || value === null) return null;
	if (typeof value === "object") return Array.isArray(value) && value.length === 0 ? null : JSON.stringify(value);
	const text = (typeof value === "string" ? value : JSON.stringify(value)).trim();
	return text === "" ? null : text;
}

/** The edit that makes `frontmatter` carry `wanted`, or null when it already does. */
export function propertyPatch(
	frontmatter: Readonly<Record<string, unknown>> | null | undefined,
	wanted: WantedProperties,
): PropertyPatch | null {
	const patch: PropertyPatch = {};
	let changed = false;
	for (const key of Object.keys(wanted) as WriteBackProperty[]) {
		const want = wanted[key];
		const has = frontmatter && hasOwn(frontmatter, key);
		// An empty property is removed too, so "nothing pending" leaves no trace.
		if (want === null ? !has : present(frontmatter?.[key]) === want) continue;
		patch[key] = want;
		changed = true;
	}
	return changed ? patch : null;
}
