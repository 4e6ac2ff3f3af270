/**
 * Frontmatter in, InterviewNote out (note-format.md): the reader that puts the parts
 * together. Every field is read leniently: a value of the wrong type is skipped or
 * reported, never thrown, so one broken note never hides the others.
 *
 * The parts, one file each: field lookup (fields.ts), people (people.ts), the follow-up
 * log (log.ts), values described in messages (describe.ts).
 */
import { readPropertyDay } from "../body";
import { inlineTagsOf, isInterviewNote, isPlausibleInterviewNote } from "../classify";
import { type BusinessCalendar, makeCalendar, readRelativeDay } from "../dates";
import { formatOf, namesLastContact, type NoteField } from "../fields";
import type { Day, Diagnostic, InterviewFormat, InterviewNote, Round, StatusGroup } from "../model";
import type { Settings } from "../settings";
import type { LinkResolver, SourceNote } from "../source";
import { addressOf, isFalseFlag, nameKey, readList, readText } from "../values";
import type { ReadContext } from "./context";
import { describe } from "./describe";
import { type FieldLookups, fieldLookups } from "./fields";
import { readLog } from "./log";
import { LinkedPeople, notedPerson, readPeople } from "./people";
import {
	applicationEntries,
	bodyTimeline,
	dateContext,
	fallbackReference,
	frontmatterTimeline,
	inlineOriginOf,
	inlineRecord,
	roundsFromList,
	type InlineRecord,
} from "./shapes";
import { FieldReader } from "./fields";
import { normalizeKey } from "../fields";
import { RELATION_FIELDS } from "../relations";
import { buildVocabulary, PRACTICE, type Vocabulary } from "../vocabulary";
import { type ResolvedStatus, resolveStatus, type StatusValue } from "../status";
import { CONTACT_NOTE, mergeRounds, referrerOf, withTimeline } from "../timeline";
import type { Origin, Person, Relation, TimelineEntry } from "../model";
import type { SentenceReader } from "./stated-properties";

/** A note read from its source: the InterviewNote (null when it is not one) and what was wrong. */
export interface ReadResult {
	/** The interview note; null when the source is not an interview note or is unreadable. */
	note: InterviewNote | null;
	/** Problems found while reading, attributed to this note. */
	diagnostics: Diagnostic[];
	/** Its timeline was read against the host's day (`ReadingOptions.day`): read it again when the day turns. */
	againstDay?: boolean;
}

/** How a host reads its notes besides the settings. */
export interface ReadingOptions {
	/** The day entries without a year, or planned, are read against (the host's today). */
	today?: Day;
	/**
	 * The host's today when it keeps what it read across days (the plugin's index), in
	 * place of `today`: timelines are read against it, as the command line reads them, and
	 * a note whose timeline was is marked `againstDay`, to be read again when the day turns.
	 */
	day?: () => Day;
	/** How slashed dates read when the settings leave it to the language (the host's locale). */
	dateOrder?: "DMY" | "MDY";
	/**
	 * Reads decision and call-back dates from the note's sentences (withStatedDates in
	 * stated.ts). Given by the command line; the plugin leaves it out, since its date parser
	 * would take main.js over its size budget (docs/decisions.md).
	 */
	sentences?: SentenceReader;
}

/**
 * Reads the notes of one vault under one set of settings: the field lookups are worked
 * out once, and people built from a person note are shared by every note that links it
 * (nothing changes a person once read). Make one per evaluation, or per settings in use.
 */
export class NoteReading {
	readonly #lookups: FieldLookups;
	readonly #linkedPeople = new LinkedPeople();

	readonly #ignored: ReadonlySet<string>;
	/** The words of timeline entries, the settings' eventWords included. */
	readonly #vocabulary: Vocabulary;

	readonly #settings: Settings;
	readonly #options: ReadingOptions;

	/**
	 * `options.today` is the day entries written without a year, or as plans, are read
	 * against (the host's today); `options.dateOrder` how slashed dates read when the
	 * settings leave it to the language (the host's locale).
	 */
	constructor(settings: Settings, options: ReadingOptions = {}) {
		this.#settings = settings;
		this.#options = options;
		this.#lookups = fieldLookups(settings);
		this.#ignored = new Set(settings.ignoredFields.map(normalizeKey));
		this.#vocabulary = buildVocabulary(settings.eventWords).vocabulary;
	}

	/**
	 * Reads one source note. Returns `note: null` for notes that are not interview notes,
	 * and for interview notes whose frontmatter could not be parsed (with an
	 * `invalid-frontmatter` error when the note is plausibly an interview note).
	 */
	read(
		source: SourceNote,
		resolve: LinkResolver,
		calendar: BusinessCalendar = makeCalendar(this.#settings.weekendDays, this.#settings.holidays),
	): ReadResult {
		const settings = this.#settings;
		if (source.unreadable !== undefined) {
			const message = `This file could not be read (${source.unreadable}), so if it is an interview note, its follow-ups are missing.`;
			return { note: null, diagnostics: [{ note: source.path, severity: "warning", code: "unreadable-note", message }] };
		}
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
		// A note about a mock interview (PRACTICE in its name) is practice, not an application.
		if (!isInterviewNote(source, settings) || PRACTICE.test(source.path)) return { note: null, diagnostics: [] };
		const diagnostics: Diagnostic[] = [];
		const context = this.#context(source.path, resolve, (code, message) =>
			diagnostics.push({ note: source.path, severity: "warning", code, message }),
		);
		const frontmatter = this.#withoutIgnored(source.frontmatter ?? {});
		const body = source.body ?? null;
		const firstLine = source.bodyLine ?? 1;
		const found = body === null ? null : inlineRecord(body, firstLine, source.path);
		const inline = found === null ? null : { ...found, record: this.#withoutIgnored(found.record) };
		const read = readNote(frontmatter, inline, source, context, settings, calendar);
		const hostDay = this.#options.today ?? this.#options.day?.();
		const reference = hostDay ?? fallbackReference([read.interviewDate, read.statusDate, ...read.log.map((e) => e.date)]);
		let againstDay = false;
		let note = read;
		if (reference !== null) {
			const ctx = dateContext(settings, this.#vocabulary, reference, this.#options.dateOrder ?? "MDY");
			const entries: TimelineEntry[] = [...frontmatterTimeline(frontmatter, settings, ctx)];
			const fromBody = body === null ? null : bodyTimeline(body, firstLine, { ...ctx, noteDay: read.interviewDate }, context);
			if (fromBody !== null) entries.push(...fromBody.entries);
			// An application day a property gives, unless the log already records it.
			for (const applied of applicationEntries(frontmatter, inline, ctx.dateOrder))
				if (!entries.some((e) => e.event === "applied" && e.date === applied.date)) entries.push(applied);
			const rosters = (fromBody?.rosters ?? []).map((roster) => ({
				date: roster.date,
				people: readPeople(roster.people, context).map((person) => ({ ...person, origin: roster.origin })),
			}));
			note = withTimeline(read, entries, rosters, notedIn(entries, context));
			againstDay = this.#options.today === undefined && hostDay !== undefined && (entries.length > 0 || rosters.length > 0);
		}
		// After the timeline, so the current round is the latest one from anywhere.
		if (body !== null && this.#options.sentences)
			note = this.#options.sentences(note, { text: body, firstLine }, calendar, slashedDateOrder(settings, this.#options.dateOrder));
		// Only a note whose status says the process is under way needs an interview (a round
		// from anywhere): a quiet application, a closed or rejected one, or an ended one does
		// not (existing-vaults.md §1); nor a note about a contact with no meeting yet. A date
		// written but unreadable has its bad-date already.
		const written = this.#lookups.note.transient(frontmatter).get("interview_date") !== undefined;
		if (note.interviewDate === null && note.status === "active" && !written && !CONTACT_NOTE.test(source.path)) {
			context.warn(
				"missing-interview-date",
				"This interview note has no interview date, so no follow-ups can be worked out. Add `interview_date: YYYY-MM-DD`.",
			);
		}
		return againstDay ? { note, diagnostics, againstDay } : { note, diagnostics };
	}

	/**
	 * Whom the entries name, from the person notes their links (or their names) resolve to
	 * from the note at `path`: for the entries log notes give an application.
	 */
	noted(entries: readonly TimelineEntry[], path: string, resolve: LinkResolver): Person[] {
		return notedIn(
			entries,
			this.#context(path, resolve, () => {}),
		);
	}

	#context(path: string, resolve: LinkResolver, warn: ReadContext["warn"]): ReadContext {
		const settings = this.#settings;
		const dateOrder = slashedDateOrder(settings, this.#options.dateOrder);
		return { path, resolve, lookups: this.#lookups, linkedPeople: this.#linkedPeople, settings, dateOrder, warn };
	}

	/** The record without the properties `ignoredFields` names. */
	#withoutIgnored(record: Record<string, unknown>): Record<string, unknown> {
		if (this.#ignored.size === 0) return record;
		const kept: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(record)) if (!this.#ignored.has(normalizeKey(key))) kept[key] = value;
		return kept;
	}
}

/** Whom entries name (and who referred you), each once, from the person note a link (or the name) resolves to. */
function notedIn(entries: readonly TimelineEntry[], context: ReadContext): Person[] {
	const noted: Person[] = [];
	for (const entry of entries) {
		if (entry.person === null) continue;
		// Each name once per entry: the referrer is most often the entry's own person.
		for (const name of new Set([entry.person, ...(entry.others ?? []), referrerOf(entry) ?? entry.person])) {
			const found = noted.some((p) => nameKey(p.name) === nameKey(name)) ? null : notedPerson(name, entry.text, context);
			if (found !== null) noted.push(found);
		}
	}
	return noted;
}

/** How slashed dates read: the settings' order, else the host's (its locale), else month first. */
export function slashedDateOrder(settings: Pick<Settings, "dateOrder">, hostOrder?: "DMY" | "MDY"): "DMY" | "MDY" {
	return settings.dateOrder === "" ? (hostOrder ?? "MDY") : settings.dateOrder;
}

/** Regions that write a slashed date month first: the United States, its territories, the Philippines. */
const MONTH_FIRST_REGIONS: ReadonlySet<string> = new Set(["us", "pr", "gu", "vi", "as", "mp", "um", "ph"]);
/** Languages that write the year, then the month, then the day: `11/13` is 13 November. */
const YEAR_FIRST_LANGUAGES: ReadonlySet<string> = new Set(["zh", "ja", "ko", "hu"]);

/**
 * How a locale (`en-US`, Obsidian's `en-gb`, a system's `de_DE.UTF-8`) writes slashed dates:
 * month first in the regions above, in the languages that write the year first, and for
 * English with no region (Obsidian's `en`) or the system's `C`; day first everywhere else.
 */
export function dateOrderOfLocale(locale: string): "DMY" | "MDY" {
	const [language = "", ...subtags] = (locale.split(/[.@]/)[0] ?? "").toLowerCase().split(/[-_]/);
	const region = subtags.find((tag) => /^[a-z]{2}$/.test(tag));
	if (YEAR_FIRST_LANGUAGES.has(language)) return "MDY";
	if (region !== undefined) return MONTH_FIRST_REGIONS.has(region) ? "MDY" : "DMY";
	return ["en", "c", "posix", ""].includes(language) ? "MDY" : "DMY";
}

/**
 * Reads one source note with a NoteReading of its own (see NoteReading.read). Reading
 * many notes, make one NoteReading and read them all with it.
 */
export function readInterviewNote(
	source: SourceNote,
	settings: Settings,
	resolve: LinkResolver,
	calendar: BusinessCalendar = makeCalendar(settings.weekendDays, settings.holidays),
): ReadResult {
	return new NoteReading(settings).read(source, resolve, calendar);
}

function readNote(
	frontmatter: Record<string, unknown>,
	inline: InlineRecord | null,
	source: SourceNote,
	context: ReadContext,
	settings: Settings,
	calendar: BusinessCalendar,
): InterviewNote {
	const own = context.lookups.note.transient(frontmatter);
	// Inline fields count where the frontmatter has no value for the same field (§4).
	const fromInline = inline === null || Object.keys(inline.record).length === 0 ? null : new FieldReader(context.lookups.note);
	fromInline?.fill(inline?.record ?? {});
	const f = {
		get: (field: NoteField): unknown => {
			const value = own.get(field);
			return value !== undefined || fromInline === null ? value : fromInline.get(field);
		},
	};
	/** Where an inline field gave a field's value, or null when the frontmatter did. */
	const inlineOrigin = (field: NoteField): Origin | null => {
		if (fromInline === null || inline === null || own.get(field) !== undefined || fromInline.get(field) === undefined) return null;
		for (const key of inline.lines.keys()) if (context.lookups.note.names(key, field)) return inlineOriginOf(inline, key);
		return null;
	};

	const interviewDate = readDayField(f.get("interview_date"), "interview date", context);
	const interview = interviewDate ?? null;
	// A field named for a relation (`Recruiter:: Dana Whitfield`) counts from the frontmatter or an inline field.
	const relationFields = inline === null ? frontmatter : { ...inline.record, ...frontmatter };
	// `source: Referral - Tom Reyes` (`referred by [[Tom]]`): where you came from names whoever referred you.
	const referrer = /^[Rr]eferr\w+\W+?(?:by |from )?([A-Z[][^)]*)/.exec(readText(f.get("source")) ?? "")?.[1];
	const people = [
		...readPeople(f.get("people"), context),
		...relationFieldPeople(relationFields, f.get("people"), context),
		...readPeople(referrer, context, "referrer"),
	];
	// A note about one person (`Interviewer: Hannah Cole`, and `LinkedIn: …` beside it) gives them
	// its addresses; a placeholder (`—`, `n/a`) is none. Whoever referred you is not at the company.
	const [only, ...others] = people.filter((p) => p.relation !== "referrer");
	if (only && others.length === 0 && only.email === null && only.phone === null && only.linkedin === null) {
		const own = new FieldReader(context.lookups.person);
		own.fill(relationFields);
		const address = (field: "email" | "phone" | "linkedin"): string | null => addressOf(readText(own.get(field)));
		people[people.indexOf(only)] = { ...only, email: address("email"), phone: address("phone"), linkedin: address("linkedin") };
	}
	const {
		status: readStatusGroup,
		statusText,
		statusOrigin,
	} = readStatuses(frontmatter, source, f.get("status"), inlineOrigin("status"), context);
	let status = readStatusGroup;

	// With none written, a note named for what it was (`2026-11-19 Coffee - Quarry Labs`) gives it.
	const format =
		readFormat(f.get("format"), context) ??
		formatOf(/(?:^|\/)(?:\d{4}-\d\d-\d\d )?([^/]+?) [-@] [^/]+\.md$/.exec(source.path)?.[1] ?? "");
	// A bold label's words that are no date (`**Decision:** go ahead with the panel`) are prose: no warning.
	const dateOrPhrase = (field: "decision_date" | "call_back", label: string): Day | null => {
		const origin = inlineOrigin(field);
		return readDateOrPhrase(f.get(field), interview, label, context, calendar, origin?.from === "inline-field" && origin.label) ?? null;
	};
	const decisionDate = dateOrPhrase("decision_date", "decision date");
	const callBack = dateOrPhrase("call_back", "call-back date");
	const decisionOrigin = decisionDate === null ? null : inlineOrigin("decision_date");
	const callBackOrigin = callBack === null ? null : inlineOrigin("call_back");
	// The note's own interview is its first round; its people are the application's.
	const ownRound: Round[] =
		interview === null
			? []
			: [
					{
						date: interview,
						name: null,
						format,
						people,
						decisionDate,
						decisionOrigin,
						callBack,
						callBackOrigin,
						origin: inlineOrigin("interview_date"),
						borrowedPeople: true,
					},
				];
	const listed = listedRounds(frontmatter, context);
	// A day of the last contact (`Date Last Interaction`) is a round until the timeline says otherwise.
	const interviewFrom = own.get("interview_date") !== undefined ? frontmatter : (inline?.record ?? {});
	const interviewKey = interview === null ? null : context.lookups.note.keyFor(interviewFrom, "interview_date");
	if (ownRound[0] !== undefined && interviewKey !== null && namesLastContact(interviewKey) && !listed.some((r) => r.date === interview))
		ownRound[0].lastContact = interviewKey;
	const rounds = listed.length === 0 ? ownRound : mergeRounds([...ownRound, ...listed]);
	const latest = rounds[rounds.length - 1] ?? null;
	// The latest round, when it is not the note's own interview: the note takes its format and dates.
	const later = latest === null || latest.date === interview ? null : latest;
	// An application whose status is still "applied" but that has an interview has moved on;
	// a last-contact day counts once the timeline has let it stand (withTimeline).
	if (status === "applying" && rounds.some((r) => r.lastContact === undefined)) status = "active";
	const company = readText(f.get("company"));
	const role = readText(f.get("role"));
	// `**Position:** Controls Engineer at Pallas Robotics`: a role that names its company, when no company is written.
	const at = company === null && role !== null ? /^(.+)\s(?:at|@)\s+(\p{Lu}.*)$/u.exec(role) : null;
	return {
		path: context.path,
		company: at?.[2] ?? company,
		role: at?.[1] ?? role,
		interviewDate: latest?.date ?? interview,
		format: later ? later.format : format,
		people,
		decisionDate: later ? later.decisionDate : decisionDate,
		decisionOrigin: later ? later.decisionOrigin : decisionOrigin,
		callBack: later ? later.callBack : callBack,
		rounds,
		status,
		statusOrigin,
		statusText,
		statusDate: readDayField(f.get("status_date"), "status date", context) ?? sectionDate(statusOrigin, inline, context),
		source: readText(f.get("source"))?.toLowerCase() ?? null,
		topics: readList(f.get("topics"))
			.map(readText)
			.filter((t): t is string => t !== null),
		jobUrl: readText(f.get("job_url")),
		log: readLog(f.get("follow_ups"), people, context),
		stayInTouch: !isFalseFlag(f.get("stay_in_touch")),
		reminder: readReminder(f.get("follow_up_on"), context),
	};
}

/**
 * The day of the section a status label is written in (`## Feedback Received`, its
 * `**Date:** 2026-11-02` and `**Outcome:** Rejected`), when that is not the note's first date.
 */
function sectionDate(origin: Origin | null, inline: InlineRecord | null, context: ReadContext): Day | null {
	const sections = inline?.sections;
	if (origin?.from !== "inline-field" || sections === undefined) return null;
	const sectionOf = (line: number): number => sections.headings.filter((heading) => heading <= line).pop() ?? 0;
	const date = sections.dates.find((field) => sectionOf(field.line) === sectionOf(origin.line));
	return date === undefined ? null : (readDayField(date.value, "status date", context) ?? null);
}

/** The follow-up day the user set, or null. */
function readReminder(value: unknown, context: ReadContext): InterviewNote["reminder"] {
	const at = readDayField(value, "follow-up date", context);
	return at ? { day: at, origin: null } : null;
}

/** A day, or undefined when absent; null (with `bad-date`) when present but unreadable. */
function readDayField(value: unknown, label: string, context: ReadContext): Day | null | undefined {
	if (value === undefined) return undefined;
	const day = readPropertyDay(value, context.dateOrder);
	if (day === null) context.warn("bad-date", `The ${label} "${describe(value)}" is not a date; write it as YYYY-MM-DD.`);
	return day;
}

function readDateOrPhrase(
	value: unknown,
	interview: Day | null,
	label: string,
	context: ReadContext,
	calendar: BusinessCalendar,
	quiet?: boolean,
): Day | null | undefined {
	if (value === undefined) return undefined;
	const day = readPropertyDay(value, context.dateOrder);
	if (day !== null) return day;
	if (typeof value === "string" && !/^\d{4}-\d{1,2}-\d{1,2}/.test(value.trim())) {
		if (interview === null) return null;
		const relative = readRelativeDay(value, interview, calendar);
		if (relative !== null) return relative;
	}
	if (!quiet)
		context.warn(
			"bad-date",
			`The ${label} "${describe(value)}" is neither a date nor a phrase such as "in one week" or "next Friday"; it is ignored.`,
		);
	return null;
}

function readFormat(value: unknown, context: ReadContext): InterviewFormat | null {
	const text = readText(value);
	if (text === null) return null;
	const format = formatOf(text);
	if (format === null) {
		context.warn("unknown-format", `The format "${text}" is not one of onsite, phone, video, panel or informal; it is ignored.`);
	}
	return format;
}

/** The rounds listed under `interviews` and its aliases. */
function listedRounds(frontmatter: Record<string, unknown>, context: ReadContext): Round[] {
	const rounds: Round[] = [];
	for (const [key, value] of Object.entries(frontmatter)) {
		if (Array.isArray(value) && context.lookups.note.names(key, "interviews")) rounds.push(...roundsFromList(value, key, context));
	}
	return rounds;
}

/** RELATION_FIELDS by key as normalizeKey writes it. */
const RELATION_FIELD_KEYS: ReadonlyMap<string, Relation> = new Map(
	Object.entries(RELATION_FIELDS).map(([field, relation]) => [normalizeKey(field), relation]),
);

/**
 * People under fields named after a relation (`recruiter: Jane Doe`), with that relation (§2),
 * but for the value already read as `people` (`taken`): a `Referral Source` that is one of
 * several names of `people` still gives its referrer when another name's value was read.
 */
function relationFieldPeople(frontmatter: Record<string, unknown>, taken: unknown, context: ReadContext): Person[] {
	const people: Person[] = [];
	for (const [key, value] of Object.entries(frontmatter)) {
		const relation = RELATION_FIELD_KEYS.get(normalizeKey(key));
		// A yes/no flag (`referral: true`, or `Referral: Yes` as Notion exports a checkbox) names nobody.
		if (
			relation !== undefined &&
			value !== taken &&
			typeof value !== "boolean" &&
			!(typeof value === "string" && /^(yes|no)$/i.test(value))
		)
			people.push(...readPeople(value, context, relation));
	}
	return people;
}

/**
 * The status from every status property (§4: an ended, rejected or closed value in any of
 * them wins), then the inline field, then a status tag.
 */
function readStatuses(
	frontmatter: Record<string, unknown>,
	source: SourceNote,
	best: unknown,
	inlineOrigin: Origin | null,
	context: ReadContext,
): { status: StatusGroup; statusText: string | null; statusOrigin: Origin | null } {
	const values: StatusValue<Origin | null>[] = [];
	const bestText = readText(best);
	if (bestText !== null) values.push({ text: bestText, origin: inlineOrigin });
	const selecting = normalizeKey(context.settings.interviewTag);
	const flags: StatusValue<Origin | null>[] = [];
	for (const [key, value] of Object.entries(frontmatter)) {
		const text = readText(value);
		if (text !== null && text !== bestText && context.lookups.note.names(key, "status")) values.push({ text, origin: null });
		// A true/false flag named for a status (`rejection: true`, `declined: true`) counts as a tag.
		if (value === true) flags.push({ text: key, origin: { from: "property", path: key } });
	}
	// Tags other than the one that selects interview notes, each with where it was written.
	const tagValues = (tags: readonly unknown[], origin: Origin | null): StatusValue<Origin | null>[] =>
		tags
			.map(readText)
			.filter((t): t is string => t !== null && normalizeKey(t.replace(/^#/, "")) !== selecting)
			.map((text) => ({ text, origin }));
	// The status from the properties, or else from the tags and flags (a final one first);
	// a tag in the text has no line to show, so its origin is the note's text.
	const resolve = (inline: readonly unknown[]): ResolvedStatus<Origin | null> =>
		resolveStatus(values, context.settings.statusAliases, [
			...tagValues(readList(frontmatter.tags), { from: "property", path: "tags" }),
			...tagValues(inline, null),
			...flags,
		]);
	let resolved = resolve(source.inlineTags ?? []);
	// A host that gave no inline tags (the command line) has them read from the body only
	// when the frontmatter settles nothing: they could not have counted otherwise.
	if (!resolved.decided && !source.inlineTags && source.body) resolved = resolve(inlineTagsOf(source.body));
	// An unknown value is worth a warning unless another property settled the status.
	const settledByProperty = resolved.decided !== null && values.includes(resolved.decided);
	for (const unknown of resolved.unknown) {
		if (settledByProperty) continue;
		context.warn(
			"unknown-status",
			`The status "${unknown.text}" is not known, so the note is treated as active. Map it in the settings (status aliases) if it means something else.`,
		);
	}
	return {
		status: resolved.group,
		statusText: resolved.decided?.text ?? bestText,
		statusOrigin: resolved.decided?.origin ?? null,
	};
}
