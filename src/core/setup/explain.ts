/**
 * What `explain` says about one note: which property filled each field, and why the
 * other properties were not read. The reading itself is src/core/read; this only
 * retraces the field lookup it uses (canonical name, the user's aliases, then the
 * built-in ones) over the note's frontmatter.
 */
import type { NoteField } from "../fields";
import type { Origin } from "../model";
import { fieldLookups } from "../read/fields";
import type { Settings } from "../settings";
import { isEmptyValue } from "../values";

/** A property of the note that filled no field, and why. */
export interface UnreadProperty {
	/** The property name as written. */
	key: string;
	/** Why it was not read, in words. */
	reason: string;
}

/** Which property filled which field, and the properties that filled none. */
export interface FieldSources {
	/** The property each field was read from, by field. */
	sources: Partial<Record<NoteField, string>>;
	/** The other properties, in written order. */
	unread: UnreadProperty[];
}

/** Properties the classification reads rather than a field (tags and type are fields too, but say nothing more). */
const CLASSIFYING = new Set<NoteField>(["tags", "type"]);

/** Retraces the field lookup over a note's frontmatter. */
export function fieldSources(frontmatter: Record<string, unknown> | null, settings: Pick<Settings, "fieldAliases">): FieldSources {
	const sources: Partial<Record<NoteField, string>> = {};
	const unread: UnreadProperty[] = [];
	if (frontmatter === null) return { sources, unread };
	const names = fieldLookups(settings).note;
	const best = new Map<number, { key: string; rank: number }>();
	for (const key of Object.keys(frontmatter)) {
		if (isEmptyValue(frontmatter[key])) continue;
		for (const [slot, rank] of names.placesOf(key) ?? []) {
			const known = best.get(slot);
			if (known === undefined || rank < known.rank) best.set(slot, { key, rank });
		}
	}
	for (const [slot, { key }] of best) sources[names.fields[slot] as NoteField] = key;
	const used = new Set(Object.values(sources));
	for (const key of Object.keys(frontmatter)) {
		if (used.has(key)) continue;
		const places = names.placesOf(key);
		if (isEmptyValue(frontmatter[key])) unread.push({ key, reason: "empty" });
		else if (places === null) unread.push({ key, reason: "no field is read from this name (a fieldAliases entry can add it)" });
		else {
			const fields = places.map(([slot]) => names.fields[slot] as NoteField).filter((field) => !CLASSIFYING.has(field));
			const winners = fields.map((field) => `\`${sources[field] ?? "?"}\` fills ${field} first`);
			unread.push({ key, reason: winners.length > 0 ? winners.join("; ") : "read only to classify the note" });
		}
	}
	return { sources, unread };
}

/** Where a value came from, in words; `property` names the frontmatter property when the origin is a plain one. */
export function originText(origin: Origin | null | undefined, property?: string): string {
	if (origin === null || origin === undefined) return property === undefined ? "frontmatter" : `property \`${property}\``;
	const of = "path" in origin && origin.path !== undefined ? ` of ${origin.path}` : "";
	switch (origin.from) {
		case "property":
			return `frontmatter \`${origin.path}\``;
		case "inline-field":
			return `${origin.label ? `bold label \`**${origin.key}**\`` : `inline field \`${origin.key}::\``}, line ${origin.line}`;
		case "table":
			return `table${origin.table === null ? "" : ` under "${origin.table}"`}, row ${origin.row}, line ${origin.line}${of}`;
		case "list":
			return `list item, line ${origin.line}${of}`;
		case "text":
			return `text, line ${origin.line}${of}`;
		case "sentence":
			return `sentence on line ${origin.line}${of}: "${origin.quote}"`;
		case "log-note":
			return `log note ${origin.path}`;
	}
}
