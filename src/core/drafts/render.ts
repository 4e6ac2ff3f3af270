/**
 * Logic-less rendering of `{{placeholder}}` templates.
 *
 * One pass, one rule: `{{name}}` becomes the value of `name`. There are no sections,
 * partials, helpers or expressions, so nothing in a template or in a note can run code,
 * and no HTML escaping is applied (drafts are plain text). Values are inserted as they
 * are and never scanned again, so a company called `{{role}}` stays literally that.
 * An unknown placeholder, or one whose value is empty for this note, stays in the text
 * as written (so the user sees the gap) and is reported.
 */
import { daysBetween, longDay } from "../dates";
import { joinList } from "../follow-up-text";
import type { Day, InterviewFormat, InterviewNote, Person } from "../model";
import { HONORIFIC } from "../people-text";
import { hasOwn } from "../values";

/** The placeholders every template may use, with what they stand for. */
export const PLACEHOLDERS = {
	company: "the company",
	role: "the role",
	person: "the person's full name",
	first_name: "the person's first name",
	title: "the person's job title",
	interview_date: 'the interview day, e.g. "Thursday, November 19"',
	decision_date: "the day they said they would decide",
	call_back: "the day they asked to be called back",
	topic: "the first topic discussed",
	topics: 'all topics discussed, e.g. "pricing, onboarding and the roadmap"',
	person_topic: "one topic per person: the topics taken in turn, so each person gets a different one",
	my_name: "your name (setting)",
	format: 'the interview format, e.g. "video" or "on-site"',
	days_since_interview: "whole days from the interview to today",
} as const;

/** A placeholder name. */
export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** Values by placeholder; null or "" means empty for this note. */
export type PlaceholderValues = Readonly<Record<PlaceholderName, string | null>>;

/** A placeholder the renderer left as written. */
export interface UnfilledPlaceholder {
	/** The name inside the braces, as written (trimmed). */
	name: string;
	/** `unknown`: not a placeholder; `empty`: known, but the note has no value for it. */
	reason: "unknown" | "empty";
}

/** The rendered text and what could not be filled. */
export interface Rendered {
	/** The text with every fillable placeholder replaced. */
	text: string;
	/** Each unfilled placeholder once, in order of first appearance. */
	unfilled: UnfilledPlaceholder[];
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** True for a name that is a known placeholder. */
export function isPlaceholderName(name: string): name is PlaceholderName {
	return hasOwn(PLACEHOLDERS, name);
}

/** Replaces `{{name}}` (spaces inside the braces allowed, names case-insensitive) in one pass. */
export function render(template: string, values: PlaceholderValues): Rendered {
	const unfilled: UnfilledPlaceholder[] = [];
	const note = (name: string, reason: UnfilledPlaceholder["reason"]): void => {
		if (!unfilled.some((u) => u.name === name)) unfilled.push({ name, reason });
	};
	const text = template.replace(PLACEHOLDER, (whole: string, raw: string) => {
		const name = raw.toLowerCase();
		if (!isPlaceholderName(name)) {
			note(raw, "unknown");
			return whole;
		}
		const value = values[name];
		if (value === null || value.trim() === "") {
			note(raw, "empty");
			return whole;
		}
		return value;
	});
	return { text, unfilled };
}

/** The placeholders a template uses, known or not, each once. */
export function placeholdersIn(template: string): string[] {
	const names: string[] = [];
	for (const m of template.matchAll(PLACEHOLDER)) {
		const name = (m[1] ?? "").toLowerCase();
		if (!names.includes(name)) names.push(name);
	}
	return names;
}

const FORMAT_WORDS: Readonly<Record<InterviewFormat, string>> = {
	onsite: "on-site",
	phone: "phone",
	video: "video",
	panel: "panel",
	informal: "informal",
};

/** The first name: the first word of the name that is not an honorific ("Dr. Jane Doe" → "Jane"). */
export function firstName(name: string): string {
	const words = name
		.trim()
		.split(/\s+/)
		.filter((w) => w !== "");
	return words.find((w) => !HONORIFIC.test(w)) ?? words[0] ?? "";
}

/** What the values are computed from besides the note and the person. */
export interface ValueContext {
	/** The day the draft is written for. */
	today: Day;
	/** The user's name (setting `myName`). */
	myName: string;
	/** The person's position among the people who get this kind (0-based); picks `person_topic`. */
	personIndex: number;
}

/** Every placeholder's value for a note, a person (or none) and a day. */
export function placeholderValues(note: InterviewNote, person: Person | null, context: ValueContext): PlaceholderValues {
	const topics = note.topics.map((t) => t.trim()).filter((t) => t !== "");
	const day = (d: Day | null): string | null => (d ? longDay(d) : null);
	const since = note.interviewDate ? daysBetween(note.interviewDate, context.today) : null;
	return {
		company: note.company,
		role: note.role,
		person: person?.name ?? null,
		first_name: person ? firstName(person.name) : null,
		title: person?.title ?? null,
		interview_date: day(note.interviewDate),
		decision_date: day(note.decisionDate),
		call_back: day(note.callBack),
		topic: topics[0] ?? null,
		topics: topics.length > 0 ? joinList(topics) : null,
		person_topic: topics.length > 0 ? (topics[Math.max(0, context.personIndex) % topics.length] ?? null) : null,
		my_name: context.myName.trim() === "" ? null : context.myName.trim(),
		format: note.format ? FORMAT_WORDS[note.format] : null,
		days_since_interview: since === null || since < 0 ? null : String(since),
	};
}
