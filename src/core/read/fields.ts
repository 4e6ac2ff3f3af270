/**
 * Field lookup: which frontmatter key fills which field, canonical name first, then the
 * built-in aliases, then the user's (note-format.md). One FieldLookups per set of
 * settings, built by the caller and passed in: every note of a vault asks the same
 * questions of it.
 */
import { NOTE_FIELDS, type NoteField, PERSON_FIELDS, type PersonField, namesInPrecedence, normalizeKey } from "../fields";
import type { Settings } from "../settings";
import { hasOwn, isEmptyValue } from "../values";

/**
 * Where to look for each field: the normalised names, canonical first, then the built-in
 * aliases, then the user's. Worked out once per table and set of aliases (every note of
 * a vault asks the same questions), not once per lookup: each normalised key knows the
 * fields it may fill and how highly it ranks for each.
 */
export class FieldNames<F extends string = string> {
	/** The fields, in table order; a field's index is its slot in a FieldReader. */
	readonly fields: readonly F[];
	/** Each field's slot. An object, not a Map: a read with a constant field name is quicker. */
	readonly slots: Readonly<Record<F, number>>;
	/** For a normalised key: [slot, rank] pairs, rank 0 for the canonical name. */
	readonly #places = new Map<string, readonly (readonly [number, number])[]>();
	/** Readers of shared records (person notes, linked from note after note), made once each. */
	readonly #readers = new WeakMap<Record<string, unknown>, FieldReader<F>>();
	/** The reader transient hands out, refilled each time. */
	#scratch: FieldReader<F> | null = null;

	/** `ignored` holds normalised names that fill no field (the settings' ignoredFields). */
	constructor(
		table: Readonly<Record<F, readonly string[]>>,
		extraAliases: Readonly<Record<string, readonly string[]>>,
		ignored: ReadonlySet<string> = new Set(),
	) {
		this.fields = Object.keys(table) as F[];
		const slots = Object.create(null) as Record<F, number>;
		this.fields.forEach((field, slot) => {
			slots[field] = slot;
			const extra = hasOwn(extraAliases, field) ? extraAliases[field] : undefined;
			namesInPrecedence(table[field], extra ?? []).forEach((name, rank) => {
				if (ignored.has(name)) return;
				const known = this.#places.get(name) ?? [];
				if (!known.some(([s]) => s === slot)) this.#places.set(name, [...known, [slot, rank]]);
			});
		});
		this.slots = slots;
	}

	/** True when a record key is one of the field's names. */
	names(key: string, field: F): boolean {
		const slot = this.slots[field];
		return this.placesOf(key)?.some(([s]) => s === slot) ?? false;
	}

	/** Where a record key's value may go, or null when the key names no field. */
	placesOf(key: string): readonly (readonly [number, number])[] | null {
		return this.#places.get(normalizeKey(key)) ?? null;
	}

	/** The key of a record whose value fills a field, as a reader picks it (lowest rank, first written), or null. */
	keyFor(record: Record<string, unknown>, field: F): string | null {
		const slot = this.slots[field];
		let found: string | null = null;
		let best = Infinity;
		for (const key of Object.keys(record)) {
			const rank = this.placesOf(key)?.find(([s]) => s === slot)?.[1];
			if (rank !== undefined && rank < best && !isEmptyValue(record[key])) {
				found = key;
				best = rank;
			}
		}
		return found;
	}

	/** The reader of a record that many notes share, such as a person note's frontmatter. */
	sharedReader(record: Record<string, unknown>): FieldReader<F> {
		let reader = this.#readers.get(record);
		if (reader === undefined) {
			reader = new FieldReader(this);
			reader.fill(record);
			this.#readers.set(record, reader);
		}
		return reader;
	}

	/**
	 * A reader for a record that is read once, right away (a note's frontmatter, a log
	 * entry): one reader, refilled by each call, so it must be done with before the next
	 * call for this table. A vault has tens of thousands of such records, and a reader
	 * of their own for each would be garbage the moment it has been read.
	 */
	transient(record: Record<string, unknown>): FieldReader<F> {
		const reader = (this.#scratch ??= new FieldReader(this));
		reader.fill(record);
		return reader;
	}
}

/** Looks up fields (of type F) by canonical name through the built-in and the user's aliases. */
export class FieldReader<F extends string = string> {
	/** Per slot: the best-ranked non-empty value, and its rank (no entry: no value). */
	readonly #values: unknown[];
	readonly #ranks: (number | undefined)[];

	readonly #names: FieldNames<F>;

	constructor(names: FieldNames<F>) {
		this.#names = names;
		// Sized once: a list filled at scattered slots grows, and is copied, again and again.
		this.#values = new Array<unknown>(names.fields.length);
		this.#ranks = new Array<number | undefined>(names.fields.length);
	}

	/** Reads a record's fields, forgetting those of the record read before. */
	fill(record: Record<string, unknown>): void {
		const values = this.#values;
		const ranks = this.#ranks;
		const names = this.#names;
		for (let slot = 0; slot < values.length; slot++) {
			values[slot] = undefined;
			ranks[slot] = undefined;
		}
		for (const key of Object.keys(record)) {
			const places = names.placesOf(key);
			if (places === null) continue;
			const value = record[key];
			if (isEmptyValue(value)) continue; // absent counts as empty
			for (const [slot, rank] of places) {
				// A lower rank wins; of two keys with one name, the first written.
				const best = ranks[slot];
				if (best === undefined || rank < best) {
					ranks[slot] = rank;
					values[slot] = value;
				}
			}
		}
	}

	/** The first non-empty value among the field's names: canonical, built-in aliases, user aliases. */
	get(field: F): unknown {
		return this.#values[this.#names.slots[field]];
	}
}

/** The keys a follow-up log entry is read from (no aliases). */
const LOG_FIELDS = {
	date: ["date"],
	to: ["to"],
	from: ["from"],
	kind: ["kind"],
	snoozed_until: ["snoozed_until"],
	dismissed: ["dismissed"],
	skipped: ["skipped"],
} as const;

export type LogField = keyof typeof LOG_FIELDS;

/** The user's field aliases under the canonical field names, so `Interview-Date` names `interview_date`. */
function normalizedAliases(settings: Pick<Settings, "fieldAliases">): Record<string, string[]> {
	const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
	const canonical = new Map([...Object.keys(NOTE_FIELDS), ...Object.keys(PERSON_FIELDS)].map((field) => [normalizeKey(field), field]));
	for (const [field, names] of Object.entries(settings.fieldAliases)) {
		const key = canonical.get(normalizeKey(field)) ?? normalizeKey(field);
		out[key] = [...(out[key] ?? []), ...names];
	}
	return out;
}

/** The lookups for note fields, person fields and log entries under one set of user aliases. */
export interface FieldLookups {
	note: FieldNames<NoteField>;
	person: FieldNames<PersonField>;
	log: FieldNames<LogField>;
}

/**
 * The lookups for the settings' field aliases. Person fields leave out the names
 * `ignoredFields` holds, as the note's own properties do (NoteReading drops those from the
 * note before reading it): a person note's `Relationship: 2-Cold` is no relation.
 */
export function fieldLookups(settings: Pick<Settings, "fieldAliases"> & Partial<Pick<Settings, "ignoredFields">>): FieldLookups {
	const aliases = normalizedAliases(settings);
	return {
		note: new FieldNames(NOTE_FIELDS, aliases),
		person: new FieldNames(PERSON_FIELDS, aliases, new Set((settings.ignoredFields ?? []).map(normalizeKey))),
		log: new FieldNames(LOG_FIELDS, {}),
	};
}
