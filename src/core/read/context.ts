/** What the parts of one note's reading share. */
import type { Settings } from "../settings";
import type { LinkResolver } from "../source";
import type { FieldLookups } from "./fields";
import type { LinkedPeople } from "./people";

/** One note being read: where it is, how its links resolve, its lookups, and where its warnings go. */
export interface ReadContext {
	/** The note's vault path (links resolve from it; warnings name it). */
	path: string;
	/** Resolves a link from this note to a note and its frontmatter. */
	resolve: LinkResolver;
	/** Field lookups for the settings in use. */
	lookups: FieldLookups;
	/** People built from person notes, shared by the notes read with the same lookups. */
	linkedPeople: LinkedPeople;
	/** The settings the note is read with. */
	settings: Settings;
	/** How slashed dates in properties read (slashedDateOrder). */
	dateOrder: "DMY" | "MDY";
	/** Gives the note a warning. */
	warn(code: string, message: string): void;
}

/**
 * The list without its nulls. Lists made by `map` and `filter` are exactly as long as
 * they need to be, where one grown by `push` keeps room for sixteen or more items, and
 * every note's people and log stay in memory until the rules have run.
 */
export function withoutNulls<T>(list: readonly (T | null)[]): T[] {
	return list.includes(null) ? list.filter((item): item is T => item !== null) : (list as T[]);
}
