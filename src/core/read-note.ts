/**
 * Frontmatter in, InterviewNote out (note-format.md). Every field is read leniently:
 * a value of the wrong type is skipped or reported, never thrown, so one broken note
 * never hides the others.
 */
import type { Channel, Day, Diagnostic, InterviewNote, LogEntry, Person, Relation, Round, StatusGroup } from "./model";
import { isSentKind } from "./model";
import type { Settings } from "./settings";
import type { LinkResolver, SourceNote } from "./source";
import { type BusinessCalendar, makeCalendar, readDay, readRelativeDay } from "./dates";
import { isInterviewNote, isPlausibleInterviewNote } from "./classify";
import { statusGroupOf } from "./status";
import {
	NOTE_FIELDS,
	type NoteField,
	PERSON_FIELDS,
	type PersonField,
	channelOf,
	formatOf,
	normalizeKey,
	normalizeWord,
	relationOf,
} from "./fields";
import { isEmptyValue, isFalseFlag, isRecord, linkBasename, nameKey, readFlag, readList, readText, readWikilink } from "./values";

/** A note read from its source: the InterviewNote (null when it is not one) and what was wrong. */
export interface ReadResult {
	/** The interview note; null when the source is not an interview note or is unreadable. */
	note: InterviewNote | null;
	/** Problems found while reading, attributed to this note. */
	diagnostics: Diagnostic[];
}

/**
 * Where to look for each field: the normalised names, canonical first, then the built-in
 * aliases, then the user's. Worked out once per table and set of aliases (every note of
 * a vault asks the same questions), not once per lookup: each normalised key knows the
 * fields it may fill and how highly it ranks for each.
 */
class FieldNames<F extends string = string> {
	/** The fields, in table order; a field's index is its slot in a FieldReader. */
	readonly fields: readonly F[];
	/** Each field's slot. An object, not a Map: a read with a constant field name is quicker. */
	readonly slots: Readonly<Record<F, number>>;
	/** For a normalised key: [slot, rank] pairs, rank 0 for the canonical name. */
	private readonly places = new Map<string, readonly (readonly [number, number])[]>();
	/** placesOf by the key as written. */
	private readonly placesByKey = new Map<string, readonly (readonly [number, number])[] | null>();
	/** Readers of shared records (person notes, linked from note after note), made once each. */
	private readonly readers = new WeakMap<Record<string, unknown>, FieldReader<F>>();
	/** The reader transient hands out, refilled each time. */
	private scratch: FieldReader<F> | null = null;

	constructor(table: Readonly<Record<F, readonly string[]>>, extraAliases: Readonly<Record<string, readonly string[]>>) {
		this.fields = Object.keys(table) as F[];
		const slots = Object.create(null) as Record<F, number>;
		this.fields.forEach((field, slot) => {
			slots[field] = slot;
			const extra = Object.hasOwn(extraAliases, field) ? extraAliases[field] : undefined;
			[...table[field], ...(extra ?? [])].map(normalizeKey).forEach((name, rank) => {
				const known = this.places.get(name) ?? [];
				if (!known.some(([s]) => s === slot)) this.places.set(name, [...known, [slot, rank]]);
			});
		});
		this.slots = slots;
	}

	/** Where a record key's value may go, or null when the key names no field. */
	placesOf(key: string): readonly (readonly [number, number])[] | null {
		if (key.length > 64) return this.places.get(normalizeKey(key)) ?? null; // never kept
		let found = this.placesByKey.get(key);
		if (found === undefined) {
			found = this.places.get(normalizeKey(key)) ?? null;
			if (this.placesByKey.size >= 1000) this.placesByKey.clear(); // a vault repeats a few dozen keys
			this.placesByKey.set(key, found);
		}
		return found;
	}

	/** The reader of a record that many notes share, such as a person note's frontmatter. */
	sharedReader(record: Record<string, unknown>): FieldReader<F> {
		let reader = this.readers.get(record);
		if (reader === undefined) {
			reader = new FieldReader(this);
			reader.fill(record);
			this.readers.set(record, reader);
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
		const reader = (this.scratch ??= new FieldReader(this));
		reader.fill(record);
		return reader;
	}
}

/** Looks up fields (of type F) by canonical name through the built-in and the user's aliases. */
class FieldReader<F extends string = string> {
	/** Per slot: the best-ranked non-empty value, and its rank (no entry: no value). */
	private readonly values: unknown[];
	private readonly ranks: (number | undefined)[];

	constructor(private readonly names: FieldNames<F>) {
		// Sized once: a list filled at scattered slots grows, and is copied, again and again.
		this.values = new Array<unknown>(names.fields.length);
		this.ranks = new Array<number | undefined>(names.fields.length);
	}

	/** Reads a record's fields, forgetting those of the record read before. */
	fill(record: Record<string, unknown>): void {
		const { values, ranks, names } = this;
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
		return this.values[this.names.slots[field]];
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

type LogField = keyof typeof LOG_FIELDS;

/** The user's field aliases with their keys normalised, so `Interview-Date` names `interview_date`. */
function normalizedAliases(settings: Settings): Record<string, string[]> {
	const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
	const canonical = new Map(Object.keys(NOTE_FIELDS).map((field) => [normalizeKey(field), field]));
	for (const [field, names] of Object.entries(settings.fieldAliases)) {
		const key = canonical.get(normalizeKey(field)) ?? normalizeKey(field);
		out[key] = [...(out[key] ?? []), ...names];
	}
	return out;
}

/** A person as built from its sources, with the warnings it raised (given again to each note that reads it). */
interface BuiltPerson {
	person: Person;
	warnings: readonly (readonly [string, string])[];
}

/** A person built from a person note alone, with the path and name it was built for. */
interface LinkedPerson {
	path: string;
	name: string;
	built: BuiltPerson;
}

/**
 * People built from a person note alone, by the note's frontmatter, then its path and
 * the name they are shown under. A person note is nearly always linked under one name
 * from one path, so each frontmatter keeps a short list, searched from the start.
 */
class LinkedPeople {
	private readonly byNote = new WeakMap<Record<string, unknown>, LinkedPerson[]>();

	get(frontmatter: Record<string, unknown>, path: string, name: string, build: () => BuiltPerson): BuiltPerson {
		const known = this.byNote.get(frontmatter);
		if (known !== undefined) for (const entry of known) if (entry.path === path && entry.name === name) return entry.built;
		const built = build();
		if (known === undefined) this.byNote.set(frontmatter, [{ path, name, built }]);
		else if (known.length < 8) known.push({ path, name, built }); // past a few names (a hostile vault may use thousands), build anew
		return built;
	}
}

/** The lookups for note fields, person fields and log entries under one set of user aliases. */
interface Lookups {
	note: FieldNames<NoteField>;
	person: FieldNames<PersonField>;
	log: FieldNames<LogField>;
	/** People from person notes, built once (they depend on the person aliases too). */
	linkedPeople: LinkedPeople;
}

/** Lookups by the user's aliases as JSON: settings may be copied or rebuilt, the aliases rarely change. */
const LOOKUPS = new Map<string, Lookups>();

/** The same settings object asks again for every note: answered without the JSON. */
const LOOKUPS_BY_ALIASES = new WeakMap<object, Lookups>();

function lookupsFor(settings: Settings): Lookups {
	const known = LOOKUPS_BY_ALIASES.get(settings.fieldAliases);
	if (known !== undefined) return known;
	const key = JSON.stringify(settings.fieldAliases);
	let lookups = LOOKUPS.get(key);
	if (lookups === undefined) {
		const aliases = normalizedAliases(settings);
		lookups = {
			note: new FieldNames(NOTE_FIELDS, aliases),
			person: new FieldNames(PERSON_FIELDS, aliases),
			log: new FieldNames(LOG_FIELDS, {}),
			linkedPeople: new LinkedPeople(),
		};
		if (LOOKUPS.size >= 16) LOOKUPS.clear();
		LOOKUPS.set(key, lookups);
	}
	LOOKUPS_BY_ALIASES.set(settings.fieldAliases, lookups);
	return lookups;
}

class NoteReader {
	readonly diagnostics: Diagnostic[] = [];
	private readonly lookups: Lookups;

	constructor(
		private readonly path: string,
		private readonly settings: Settings,
		private readonly resolve: LinkResolver,
		private readonly calendar: BusinessCalendar,
	) {
		this.lookups = lookupsFor(settings);
	}

	warn(code: string, message: string): void {
		this.diagnostics.push({ note: this.path, severity: "warning", code, message });
	}

	read(frontmatter: Record<string, unknown>): InterviewNote {
		const f = this.lookups.note.transient(frontmatter);

		const interviewDate = this.readDayField(f.get("interview_date"), "interview date");
		const interview = interviewDate ?? null;
		const people = this.readPeople(f.get("people"));
		const statusText = readText(f.get("status"));
		let status = this.readStatus(statusText);
		// An application whose status is still "applied" but that has an interview has moved on.
		if (status === "applying" && interview !== null) status = "active";
		// Only a note whose status says the process is under way needs an interview date:
		// a quiet application, a closed or rejected one, or an ended one does not (existing-vaults.md §1).
		if (interviewDate === undefined && status === "active") {
			this.warn(
				"missing-interview-date",
				"This interview note has no interview date, so no follow-ups can be worked out. Add `interview_date: YYYY-MM-DD`.",
			);
		}

		const format = this.readFormat(f.get("format"));
		const decisionDate = this.readDateOrPhrase(f.get("decision_date"), interview, "decision date") ?? null;
		const callBack = this.readDateOrPhrase(f.get("call_back"), interview, "call-back date") ?? null;
		// The note's own interview is its first round; its people are the application's.
		const rounds: Round[] =
			interview === null
				? []
				: [
						{
							date: interview,
							name: null,
							format,
							people,
							decisionDate,
							decisionOrigin: null,
							callBack,
							callBackOrigin: null,
							origin: null,
						},
					];
		return {
			path: this.path,
			company: readText(f.get("company")),
			role: readText(f.get("role")),
			interviewDate: interview,
			format,
			people,
			decisionDate,
			callBack,
			rounds,
			status,
			statusText,
			statusDate: this.readDayField(f.get("status_date"), "status date") ?? null,
			source: readText(f.get("source"))?.toLowerCase() ?? null,
			topics: readList(f.get("topics"))
				.map(readText)
				.filter((t): t is string => t !== null),
			jobUrl: readText(f.get("job_url")),
			log: this.readLog(f.get("follow_ups"), people),
			stayInTouch: !isFalseFlag(f.get("stay_in_touch")),
			reminder: this.readReminder(f.get("follow_up_on")),
		};
	}

	/** The follow-up day the user set, or null. */
	private readReminder(value: unknown): InterviewNote["reminder"] {
		const at = this.readDayField(value, "follow-up date");
		return at ? { day: at, origin: null } : null;
	}

	/** A day, or undefined when absent; null (with `bad-date`) when present but unreadable. */
	private readDayField(value: unknown, label: string): Day | null | undefined {
		if (value === undefined) return undefined;
		const day = readDay(value);
		if (day === null) this.warn("bad-date", `The ${label} "${describe(value)}" is not a date; write it as YYYY-MM-DD.`);
		return day;
	}

	private readDateOrPhrase(value: unknown, interview: Day | null, label: string): Day | null | undefined {
		if (value === undefined) return undefined;
		const day = readDay(value);
		if (day !== null) return day;
		if (typeof value === "string" && !/^\d{4}-\d{1,2}-\d{1,2}/.test(value.trim())) {
			if (interview === null) return null;
			const relative = readRelativeDay(value, interview, this.calendar);
			if (relative !== null) return relative;
		}
		this.warn(
			"bad-date",
			`The ${label} "${describe(value)}" is neither a date nor a phrase such as "in one week" or "next Friday"; it is ignored.`,
		);
		return null;
	}

	private readFormat(value: unknown) {
		const text = readText(value);
		if (text === null) return null;
		const format = formatOf(text);
		if (format === null) {
			this.warn("unknown-format", `The format "${text}" is not one of onsite, phone, video, panel or informal; it is ignored.`);
		}
		return format;
	}

	private readStatus(text: string | null): StatusGroup {
		if (text === null) return "active";
		const group = statusGroupOf(text, this.settings.statusAliases);
		if (group !== null) return group;
		this.warn(
			"unknown-status",
			`The status "${text}" is not known, so the note is treated as active. Map it in the settings (status aliases) if it means something else.`,
		);
		return "active";
	}

	private readPeople(value: unknown): Person[] {
		return withoutNulls(readList(value).map((item) => this.readPerson(item)));
	}

	private readPerson(item: unknown): Person | null {
		const built = this.builtPerson(item);
		return built === null ? null : this.give(built);
	}

	/** A person and the warnings the note is given for it. */
	private give({ person, warnings }: BuiltPerson): Person {
		for (const [code, message] of warnings) this.warn(code, message);
		return person;
	}

	/** readPerson, with the warnings returned instead of given; null for an item that names nobody. */
	private builtPerson(item: unknown): BuiltPerson | null {
		const link = readWikilink(item);
		if (link) return this.personFromLink(link.target, link.alias, null);
		if (isRecord(item)) {
			const fields = this.lookups.person.transient(item);
			const nameValue = fields.get("name");
			const nameLink = readWikilink(nameValue);
			if (nameLink) return this.personFromLink(nameLink.target, nameLink.alias, fields);
			const name = readText(nameValue);
			if (name === null) return null;
			return this.built(name, null, [fields]);
		}
		const name = readText(item);
		return name === null ? null : this.built(name, null, []);
	}

	private personFromLink(target: string, alias: string | null, inline: FieldReader<PersonField> | null): BuiltPerson {
		const linked = this.resolve(target, this.path);
		const sources = inline ? [inline] : [];
		if (linked === null) {
			const { person, warnings } = this.built(alias ?? linkBasename(target), null, sources);
			const unresolved: [string, string] = [
				"unresolved-person",
				`The link [[${target}]] points at no note; ${alias ?? linkBasename(target)} is kept as a person without contact details.`,
			];
			return { person, warnings: [unresolved, ...warnings] };
		}
		const name = alias ?? linkBasename(linked.path);
		if (!isRecord(linked.frontmatter)) return this.built(name, linked.path, sources);
		if (inline === null) {
			// The person note alone: the same person, under this name, for every note linking it.
			return this.lookups.linkedPeople.get(linked.frontmatter, linked.path, name, () =>
				this.built(name, linked.path, [this.lookups.person.sharedReader(linked.frontmatter as Record<string, unknown>)]),
			);
		}
		sources.push(this.lookups.person.sharedReader(linked.frontmatter));
		return this.built(name, linked.path, sources);
	}

	/** A person from field sources in priority order (inline map first, then the person note), with the warnings it raises. */
	private built(name: string, notePath: string | null, sources: readonly FieldReader<PersonField>[]): BuiltPerson {
		const warnings: [string, string][] = [];
		let relation: Relation = "interviewer";
		let title = readText(firstValue(sources, "title"));
		let relationText: string | null = null;
		for (const source of sources) {
			relationText = readText(source.get("relation"));
			const role = readText(source.get("role"));
			if (relationText === null && role !== null && relationOf(role) !== null) relationText = role;
			else if (role !== null && title === null && relationOf(role) === null) title = role;
			if (relationText !== null) break;
		}
		if (relationText !== null) {
			const known = relationOf(relationText);
			if (known) relation = known;
			else {
				warnings.push([
					"unknown-relation",
					`${name}'s relation "${relationText}" is not one of hiring-manager, interviewer, recruiter, hr, staff or referrer; treated as interviewer.`,
				]);
			}
		}
		const channelText = readText(firstValue(sources, "channel"));
		const channel: Channel | null = channelText === null ? null : channelOf(channelText);
		const person: Person = {
			name,
			relation,
			title,
			email: readText(firstValue(sources, "email")),
			phone: readText(firstValue(sources, "phone")),
			linkedin: readText(firstValue(sources, "linkedin")),
			channel,
			primary: readFlag(firstValue(sources, "primary")),
			notePath,
		};
		return { person, warnings };
	}

	private readLog(value: unknown, people: readonly Person[]): LogEntry[] {
		let keys: PersonKeys[] | undefined; // worked out for the first entry that needs them
		const keysOf = (): PersonKeys[] => (keys ??= personKeysOf(people));
		const entries = readList(value).map((raw, index): LogEntry | null => {
			if (!isRecord(raw)) return null;
			const f = this.lookups.log.transient(raw);
			const dateValue = f.get("date");
			const date = readDay(dateValue);
			if (date === null) {
				this.warn(
					"bad-date",
					dateValue === undefined
						? `Entry ${index + 1} of the follow-up log has no date; it is ignored.`
						: `Entry ${index + 1} of the follow-up log has the date "${describe(dateValue)}", which is not a date; it is ignored.`,
				);
				return null;
			}
			const to = f.get("to");
			const from = f.get("from");
			const direction = to === undefined && from !== undefined ? "received" : "sent";
			const kindText = readText(f.get("kind"));
			const kind = kindText === null ? (direction === "sent" ? "message" : "reply") : kindOf(kindText);
			if (direction === "sent" && kindText !== null && !isSentKind(kind)) {
				this.warn(
					"unknown-kind",
					`The follow-up log has a message of kind "${kindText}", which is not a follow-up kind; it counts as a message, not as a step.`,
				);
			}
			const snoozeValue = f.get("snoozed_until");
			const snoozedUntil = snoozeValue === undefined ? null : readDay(snoozeValue);
			if (snoozeValue !== undefined && snoozedUntil === null) {
				this.warn(
					"bad-date",
					`A snooze in the follow-up log runs until "${describe(snoozeValue)}", which is not a date; it is ignored.`,
				);
			}
			return {
				date,
				direction,
				kind,
				person: this.matchPerson(direction === "sent" ? to : from, people, keysOf),
				dismissed: readFlag(f.get("dismissed")) || readFlag(f.get("skipped")),
				snoozedUntil,
				index,
			};
		});
		return withoutNulls(entries);
	}

	/** The display name of the person a log name refers to, or the name as written. */
	private matchPerson(value: unknown, people: readonly Person[], keysOf: () => readonly PersonKeys[]): string | null {
		const link = readWikilink(value);
		if (link) {
			const linked = this.resolve(link.target, this.path);
			const byPath = linked ? people.find((p) => p.notePath === linked.path) : undefined;
			if (byPath) return byPath.name;
		}
		const written = readText(value);
		if (written === null) return null;
		// The first person, written just so: no earlier person can match first.
		if (people[0]?.name === written) return written;
		const key = nameKey(written);
		const match = keysOf().find((k) => k.name === key || k.note === key);
		return match ? match.person.name : written;
	}
}

/**
 * The list without its nulls. Lists made by `map` and `filter` are exactly as long as
 * they need to be, where one grown by `push` keeps room for sixteen or more items, and
 * every note's people and log stay in memory until the rules have run.
 */
function withoutNulls<T>(list: readonly (T | null)[]): T[] {
	return list.includes(null) ? list.filter((item): item is T => item !== null) : (list as T[]);
}

/** A log entry's kind as written → as compared: `Check in` → `check-in`. */
function kindOf(text: string): string {
	const word = normalizeWord(text);
	return word.includes(" ") ? word.replace(/ /g, "-") : word;
}

/** A person of the note with the keys a log name is matched by: the name, and the person note's name. */
interface PersonKeys {
	person: Person;
	name: string;
	note: string | null;
}

function personKeysOf(people: readonly Person[]): PersonKeys[] {
	return people.map((p) => ({ person: p, name: nameKey(p.name), note: p.notePath === null ? null : nameKey(linkBasename(p.notePath)) }));
}

/** A person field's value from the first source that has it (inline map first, then the person note). */
function firstValue(sources: readonly FieldReader<PersonField>[], field: PersonField): unknown {
	for (const source of sources) {
		const value = source.get(field);
		if (value !== undefined) return value;
	}
	return undefined;
}

/**
 * JSON text of a value, cut once it passes `limit` characters. Unlike JSON.stringify it
 * stops early, so a YAML alias bomb (a small file that expands to billions of values)
 * costs no more than a short value.
 */
function jsonPrefix(value: unknown, limit: number): string {
	let out = "";
	const leaf = (v: unknown): string => {
		try {
			return JSON.stringify(v) ?? String(v);
		} catch {
			return String(v); // a BigInt
		}
	};
	const visit = (v: unknown, inList: boolean): void => {
		if (out.length > limit) return;
		if (Array.isArray(v)) {
			out += "[";
			for (let i = 0; i < v.length && out.length <= limit; i++) {
				if (i > 0) out += ",";
				visit(v[i], true);
			}
			out += "]";
		} else if (isRecord(v)) {
			out += "{";
			let first = true;
			for (const key of Object.keys(v)) {
				if (out.length > limit) break;
				const item = v[key];
				if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
				out += `${first ? "" : ","}${JSON.stringify(key)}:`;
				first = false;
				visit(item, false);
			}
			out += "}";
		} else if (inList && (v === undefined || typeof v === "function" || typeof v === "symbol")) {
			out += "null";
		} else out += leaf(v);
	};
	visit(value, false);
	return out;
}

/** A short, safe rendering of a value for a message. */
function describe(value: unknown): string {
	const text = typeof value === "string" ? value : jsonPrefix(value, 60);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Reads one source note. Returns `note: null` for notes that are not interview notes,
 * and for interview notes whose frontmatter could not be parsed (with an
 * `invalid-frontmatter` error when the note is plausibly an interview note).
 */
export function readInterviewNote(
	source: SourceNote,
	settings: Settings,
	resolve: LinkResolver,
	calendar: BusinessCalendar = makeCalendar(settings.weekendDays, settings.holidays),
): ReadResult {
	if (source.frontmatterError !== null) {
		if (!isPlausibleInterviewNote(source, settings)) return { note: null, diagnostics: [] };
		return {
			note: null,
			diagnostics: [
				{
					note: source.path,
					severity: "error",
					code: "invalid-frontmatter",
					message: `The frontmatter could not be read (${source.frontmatterError}). Fix it so this interview is tracked again.`,
				},
			],
		};
	}
	if (!isInterviewNote(source, settings)) return { note: null, diagnostics: [] };
	const reader = new NoteReader(source.path, settings, resolve, calendar);
	const note = reader.read(source.frontmatter ?? {});
	return { note, diagnostics: reader.diagnostics };
}
