/**
 * Frontmatter in, InterviewNote out (note-format.md): the reader that puts the parts
 * together. Every field is read leniently: a value of the wrong type is skipped or
 * reported, never thrown, so one broken note never hides the others.
 *
 * The parts, one file each: field lookup (fields.ts), people (people.ts), the follow-up
 * log (log.ts), values described in messages (describe.ts).
 */
import { isInterviewNote, isPlausibleInterviewNote } from "../classify";
import { type BusinessCalendar, makeCalendar, readDay, readRelativeDay } from "../dates";
import { formatOf } from "../fields";
import type { Day, Diagnostic, InterviewFormat, InterviewNote, Round, StatusGroup } from "../model";
import { statusGroupOf } from "../status";
import type { Settings } from "../settings";
import type { LinkResolver, SourceNote } from "../source";
import { isFalseFlag, readList, readText } from "../values";
import type { ReadContext } from "./context";
import { describe } from "./describe";
import { type FieldLookups, fieldLookups } from "./fields";
import { readLog } from "./log";
import { LinkedPeople, readPeople } from "./people";

/** A note read from its source: the InterviewNote (null when it is not one) and what was wrong. */
export interface ReadResult {
	/** The interview note; null when the source is not an interview note or is unreadable. */
	note: InterviewNote | null;
	/** Problems found while reading, attributed to this note. */
	diagnostics: Diagnostic[];
}

/**
 * Reads the notes of one vault under one set of settings: the field lookups are worked
 * out once, and people built from a person note are shared by every note that links it
 * (nothing changes a person once read). Make one per evaluation, or per settings in use.
 */
export class NoteReading {
	private readonly lookups: FieldLookups;
	private readonly linkedPeople = new LinkedPeople();

	constructor(private readonly settings: Settings) {
		this.lookups = fieldLookups(settings);
	}

	/**
	 * Reads one source note. Returns `note: null` for notes that are not interview notes,
	 * and for interview notes whose frontmatter could not be parsed (with an
	 * `invalid-frontmatter` error when the note is plausibly an interview note).
	 */
	read(
		source: SourceNote,
		resolve: LinkResolver,
		calendar: BusinessCalendar = makeCalendar(this.settings.weekendDays, this.settings.holidays),
	): ReadResult {
		const { settings } = this;
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
		if (!isInterviewNote(source, settings)) return { note: null, diagnostics: [] };
		const diagnostics: Diagnostic[] = [];
		const context: ReadContext = {
			path: source.path,
			resolve,
			lookups: this.lookups,
			linkedPeople: this.linkedPeople,
			warn: (code, message) => diagnostics.push({ note: source.path, severity: "warning", code, message }),
		};
		const note = readNote(source.frontmatter ?? {}, context, settings, calendar);
		return { note, diagnostics };
	}
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
	context: ReadContext,
	settings: Settings,
	calendar: BusinessCalendar,
): InterviewNote {
	const f = context.lookups.note.transient(frontmatter);

	const interviewDate = readDayField(f.get("interview_date"), "interview date", context);
	const interview = interviewDate ?? null;
	const people = readPeople(f.get("people"), context);
	const statusText = readText(f.get("status"));
	let status = readStatus(statusText, settings.statusAliases, context);
	// An application whose status is still "applied" but that has an interview has moved on.
	if (status === "applying" && interview !== null) status = "active";
	// Only a note whose status says the process is under way needs an interview date: a
	// quiet application, a closed or rejected one, or an ended one does not (existing-vaults.md §1).
	if (interviewDate === undefined && status === "active") {
		context.warn(
			"missing-interview-date",
			"This interview note has no interview date, so no follow-ups can be worked out. Add `interview_date: YYYY-MM-DD`.",
		);
	}

	const format = readFormat(f.get("format"), context);
	const decisionDate = readDateOrPhrase(f.get("decision_date"), interview, "decision date", context, calendar) ?? null;
	const callBack = readDateOrPhrase(f.get("call_back"), interview, "call-back date", context, calendar) ?? null;
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
		path: context.path,
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
		statusDate: readDayField(f.get("status_date"), "status date", context) ?? null,
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

/** The follow-up day the user set, or null. */
function readReminder(value: unknown, context: ReadContext): InterviewNote["reminder"] {
	const at = readDayField(value, "follow-up date", context);
	return at ? { day: at, origin: null } : null;
}

/** A day, or undefined when absent; null (with `bad-date`) when present but unreadable. */
function readDayField(value: unknown, label: string, context: ReadContext): Day | null | undefined {
	if (value === undefined) return undefined;
	const day = readDay(value);
	if (day === null) context.warn("bad-date", `The ${label} "${describe(value)}" is not a date; write it as YYYY-MM-DD.`);
	return day;
}

function readDateOrPhrase(
	value: unknown,
	interview: Day | null,
	label: string,
	context: ReadContext,
	calendar: BusinessCalendar,
): Day | null | undefined {
	if (value === undefined) return undefined;
	const day = readDay(value);
	if (day !== null) return day;
	if (typeof value === "string" && !/^\d{4}-\d{1,2}-\d{1,2}/.test(value.trim())) {
		if (interview === null) return null;
		const relative = readRelativeDay(value, interview, calendar);
		if (relative !== null) return relative;
	}
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

function readStatus(text: string | null, statusAliases: Settings["statusAliases"], context: ReadContext): StatusGroup {
	if (text === null) return "active";
	const group = statusGroupOf(text, statusAliases);
	if (group !== null) return group;
	context.warn(
		"unknown-status",
		`The status "${text}" is not known, so the note is treated as active. Map it in the settings (status aliases) if it means something else.`,
	);
	return "active";
}
