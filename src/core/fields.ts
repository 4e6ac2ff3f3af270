/**
 * Field names and value vocabularies of note-format.md: which frontmatter keys mean
 * which field, and which words mean which relation, format, channel or status.
 */
import type { Channel, InterviewFormat } from "./model";
import { byMeaning, hasOwn } from "./values";

/** Interview-note fields, canonical name first, then the built-in aliases in priority order. */
export const NOTE_FIELDS = {
	company: ["company", "employer", "organization", "org"],
	role: ["role", "position", "title", "job_title"],
	interview_date: ["interview_date", "interviewed", "interview", "date", "met"],
	format: ["format", "interview_type", "medium"],
	people: ["people", "interviewers", "contacts", "met_with", "contact_person"],
	decision_date: ["decision_date", "decision", "decision_by", "hear_back_by", "expected_decision"],
	call_back: ["call_back", "callback", "call_back_on"],
	status: ["status", "stage", "app_stage"],
	status_date: ["status_date", "rejected_on", "closed_on", "outcome_date"],
	source: ["source", "channel", "via"],
	topics: ["topics", "discussed"],
	job_url: ["job_url", "posting", "url"],
	follow_ups: ["follow_ups", "touches", "log"],
	interviews: ["interviews", "rounds", "stages", "interview_rounds"],
	follow_up_on: [
		"follow_up_on",
		"follow_up_date",
		"followup_date",
		"follow_up_reminder_date",
		"reminder",
		"remind_on",
		"next_action_date",
		"next_step_date",
	],
	stay_in_touch: ["stay_in_touch"],
	tags: ["tags", "tag"],
	type: ["type", "kind"],
} as const;

/** A canonical interview-note field. */
export type NoteField = keyof typeof NOTE_FIELDS;

/** Person fields (inline maps and person notes), canonical name first. */
export const PERSON_FIELDS = {
	name: ["name", "full_name", "fullname", "contact_name", "recruiter_name"],
	relation: ["relation", "relationship"],
	role: ["role"],
	title: ["title", "contact_title"],
	email: ["email", "contact_email"],
	phone: ["phone", "contact_phone"],
	linkedin: ["linkedin", "contact_linkedin"],
	channel: ["channel"],
	primary: ["primary"],
} as const;

/** A canonical person field. */
export type PersonField = keyof typeof PERSON_FIELDS;

/** A key as nearly every note writes it (`interview_date`), and a word already in normal form. */
const SNAKE_KEY = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
const NORMAL_WORD = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * `Interview-Date`, `interview_date`, `interview date` and `interviewDate` are one key:
 * `interviewdate`. Separators are dropped rather than unified, so the camelCase names many
 * vaults use (`followUpDate`, `dateApplied`) match the spec's snake_case ones.
 */
export function normalizeKey(key: string): string {
	if (SNAKE_KEY.test(key)) return key.includes("_") ? key.replace(/_/g, "") : key; // the usual case, without trim and case
	return key
		.trim()
		.toLowerCase()
		.replace(/[-_\s]+/g, "");
}

/** `followUpDate`, `Date-Last_Interaction` → `follow up date`, `date last interaction`. */
export function keyWords(key: string): string {
	return key
		.replace(/([\p{Ll}\d])(\p{Lu})/gu, "$1 $2")
		.toLowerCase()
		.replace(/[-_\s]+/g, " ")
		.trim();
}

/**
 * True when a property's name says it holds the day of the last contact or change
 * (`Date Last Interaction`, `lastUpdated`, `last_contact`), not of an interview (`Last
 * Interview`, `Latest Round`): read as the interview date, that day may have been a reply
 * or a message instead. Setup and the note reader share this one definition.
 */
export function namesLastContact(key: string): boolean {
	const words = keyWords(key);
	return /\b(last|latest|updated|changed)\b/.test(words) && !/\b(interviews?|rounds?)\b/.test(words);
}

/**
 * A field's names, normalised, in the order readers prefer them when a note has several:
 * the canonical name, then the user's aliases in their order, then the built-in aliases
 * (existing-vaults.md §4: a vault's own meaning of a word beats ours). Readers and writers
 * both rank names here, so a change of precedence is made in this one place.
 */
export function namesInPrecedence(builtIn: readonly string[], userAliases: readonly string[]): string[] {
	return [...builtIn.slice(0, 1), ...userAliases, ...builtIn.slice(1)].map(normalizeKey);
}

/** The user's aliases of one field; the setting's keys match as field names do (`Follow-Ups`). */
export function userAliasesOf(field: string, fieldAliases: Readonly<Record<string, readonly string[]>>): string[] {
	const wanted = normalizeKey(field);
	return Object.entries(fieldAliases).flatMap(([key, names]) => (normalizeKey(key) === wanted ? names : []));
}

/** A note field's names, normalised, in the order readers prefer them (see namesInPrecedence). */
export function noteFieldNames(field: NoteField, fieldAliases: Readonly<Record<string, readonly string[]>>): string[] {
	return namesInPrecedence(NOTE_FIELDS[field], userAliasesOf(field, fieldAliases));
}

/** `Coffee-Chat`, `coffee_chat` and `coffee chat` are one value: `coffee chat`. */
export function normalizeWord(value: string): string {
	if (NORMAL_WORD.test(value)) return value;
	return value
		.trim()
		.toLowerCase()
		.replace(/[-_\s]+/g, " ");
}

/** A word's entry in a vocabulary; own keys only, so `constructor` or `toString` name nothing. */
function lookup<T>(table: Readonly<Record<string, T>>, word: string): T | null {
	return hasOwn(table, word) ? (table[word] as T) : null;
}

const FORMATS = byMeaning<InterviewFormat>({
	onsite: "onsite, on site, in person",
	phone: "phone, phone screen, call",
	video: "video, video call",
	panel: "panel",
	informal: "informal, coffee, coffee chat, lunch, informal chat, networking, informational",
});

/**
 * The format a word names, or null. A value of several parts (`Video (Teams)`, `Teams (video)`,
 * `Phone / Zoom`) names the format of its first part that is one.
 */
export function formatOf(value: string): InterviewFormat | null {
	for (const part of value.split(/[()（）,/]/)) {
		const format = lookup(FORMATS, normalizeWord(part));
		if (format !== null) return format;
	}
	return null;
}

const CHANNELS = byMeaning<Channel>({
	email: "email, e mail, mail",
	phone: "phone, call, telephone",
	linkedin: "linkedin, linked in",
	note: "note, letter, handwritten note, card",
});

/** The channel a word names, or null. */
export function channelOf(value: string): Channel | null {
	return lookup(CHANNELS, normalizeWord(value));
}
