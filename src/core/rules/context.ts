/**
 * What every rule sees: one interview note with the facts derived from it once (the
 * primary contact, the log in order, the chain position), the day, the settings and
 * the calendar. Rules return proposals; index.ts applies done, snooze, spacing,
 * channel and status to them.
 */
import type { Day, FollowUpKind, InterviewNote, LogEntry, Person, StatusGroup } from "../model";
import { CHAIN_KINDS, isTask } from "../model";
import type { Settings } from "../settings";
import type { BusinessCalendar } from "../dates";
import { addBusinessDays, shortDay } from "../dates";
import { plural } from "../follow-up-text";
import { isInOrder } from "../order";
import { nameKey } from "../values";

/** Where the check-in chain stands (follow-up-rules.md, "The check-in chain"). */
export interface ChainState {
	/** p: chain messages sent (or dismissed) since the last reply, or since I. */
	position: number;
	/** S: the day of the last reply, or I. */
	start: Day;
	/** The reply that set S, or null when S is the interview day. */
	reply: LogEntry | null;
	/** L: the day of the last chain message counted in p, or null when p = 0. */
	last: Day | null;
	/** The entry that made L, or null when p = 0: a step is done only by an entry after it. */
	lastEntry: LogEntry | null;
	/** The last closing-note sent since S, or null: it completes the chain whatever p is. */
	closingNote: LogEntry | null;
}

/** Facts about a note that several rules need, derived once. */
export interface NoteFacts {
	/** The note. */
	note: InterviewNote;
	/** I, the interview day (rules only run on notes that have one). */
	interview: Day;
	/** Whom messages to the company go to (companyContact): the chain, value-add, want-the-job, the rejection reply, stay-in-touch. */
	contact: Person | null;
	/** A later round of the same company and role exists. */
	superseded: boolean;
	/** The log ordered by day, then by written position. */
	entries: readonly LogEntry[];
	/** The last received entry, or null. */
	lastReply: LogEntry | null;
	/** The chain's position. */
	chain: ChainState;
}

/** Everything a rule may look at. */
export interface RuleContext {
	/** The note and its derived facts. */
	facts: NoteFacts;
	/** The day the rules are evaluated for. */
	today: Day;
	/** The user's settings. */
	settings: Settings;
	/** Weekends and holidays. */
	calendar: BusinessCalendar;
}

/** A follow-up a rule wants listed, before done, snooze, spacing and channel are applied. */
export interface Proposal {
	/** What to do. */
	kind: FollowUpKind;
	/** To whom, or null for tasks without a person. */
	person: Person | null;
	/** First day it should be done. */
	due: Day;
	/** Last day it is on time. */
	windowEnd: Day;
	/**
	 * The day the rule started counting from: a log entry of this kind (and person)
	 * dated on or after it marks the proposal done. Null: any entry does.
	 */
	since: Day | null;
	/**
	 * The log entry that started this follow-up (the reply that restarted the chain, the
	 * message that made L, the note that started the stay-in-touch clock), or null. Only
	 * entries after it in the ordered log mark the proposal done or snooze it, so an entry
	 * written before a same-day reply never counts for the restarted chain.
	 */
	after?: LogEntry | null;
	/** Why, in our words, with the date arithmetic. */
	reason: string;
}

/** One worked example of a rule: a note's frontmatter, a day, and what must be listed. */
export interface RuleExample {
	/** What the example shows, as a test name. */
	title: string;
	/** The evaluation day. */
	today: Day;
	/** The interview note's frontmatter. */
	frontmatter: Record<string, unknown>;
	/** Settings that differ from the defaults. */
	settings?: Partial<Settings>;
	/** Frontmatter of other interview notes in the same vault, when the example needs them. */
	otherNotes?: Record<string, unknown>[];
	/** The follow-ups of the rule's kinds that must be listed, in order; [] for none. */
	expected: { kind: FollowUpKind; to: string | null; due: Day; windowEnd: Day }[];
	/** When given, the codes of every diagnostic the note must raise, sorted; [] for none. */
	diagnostics?: string[];
}

/**
 * A rule of follow-up-rules.md: for which statuses it runs, and how. Its name and the kind
 * it makes are in examples.ts, with the docs, so that the plugin bundle leaves them out.
 */
export interface RuleInfo {
	/** Status groups it runs for. */
	statuses: readonly StatusGroup[];
}

/** The statuses of most rules: applications still in progress. */
export const ACTIVE_ONLY: readonly StatusGroup[] = ["active"];

/** A rule that looks at one round of a note (an interview) at a time. */
export interface Rule extends RuleInfo {
	/** The proposals for one round (the caller has already checked status). */
	propose(context: RuleContext): Proposal[];
}

/** A rule that looks at a whole note once, whatever its rounds (the user's reminder). */
export interface NoteRule extends RuleInfo {
	/** The proposal for the note, or null. The rule checks the status itself. */
	proposeForNote(note: InterviewNote, calendar: BusinessCalendar): Proposal | null;
}

const FIRST_CONTACT_ORDER = ["hiring-manager", "interviewer", "recruiter", "hr"] as const;

/** The primary contact: `primary: true`, else by relation order, else the first listed. */
export function primaryContact(people: readonly Person[]): Person | null {
	let best: Person | null = null;
	let bestRank: number = FIRST_CONTACT_ORDER.length; // people of other relations rank below these
	for (const person of people) {
		if (person.primary) return person;
		const rank = (FIRST_CONTACT_ORDER as readonly string[]).indexOf(person.relation);
		if (rank !== -1 && rank < bestRank) {
			best = person;
			bestRank = rank;
		}
	}
	return best ?? people[0] ?? null;
}

/**
 * Whom messages to the company go to: the primary contact, unless that is a referrer or
 * staff only because nobody else is listed (then nobody, worded for who is meant: they
 * do not decide, and each has a message of their own).
 */
export function companyContact(people: readonly Person[]): Person | null {
	const primary = primaryContact(people);
	return primary !== null && !primary.primary && (primary.relation === "referrer" || primary.relation === "staff") ? null : primary;
}

function compareEntries(a: LogEntry, b: LogEntry): number {
	return a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index;
}

/** The log in order: by day, then by position in the list (the log itself when it is written in that order, as it nearly always is). */
export function orderedLog(log: readonly LogEntry[]): readonly LogEntry[] {
	return isInOrder(log, compareEntries) ? log : [...log].sort(compareEntries);
}

/** True for an entry that records a message the user sent (not a dismissal, a snooze or a done task). */
export function isMessage(entry: LogEntry): boolean {
	return entry.direction === "sent" && !entry.dismissed && entry.snoozedUntil === null && !isTask(entry.kind);
}

/** True for an entry that takes a chain step: a chain message sent, or a chain step dismissed. */
function isChainStep(entry: LogEntry): boolean {
	return (
		entry.direction === "sent" &&
		(CHAIN_KINDS as readonly string[]).includes(entry.kind) &&
		(entry.dismissed || entry.snoozedUntil === null)
	);
}

/**
 * p, S and L from the ordered log. A reply dated before the interview (an invitation,
 * say) belongs to the run-up, not to the chain: S is never earlier than I. Entries of the
 * reply's day written before it belong to the chain the reply ended.
 */
export function chainState(entries: readonly LogEntry[], interview: Day): ChainState {
	let replyAt = -1;
	entries.forEach((e, i) => {
		if (e.direction === "received" && e.date >= interview) replyAt = i;
	});
	const reply = replyAt >= 0 ? entries[replyAt] : undefined;
	const start = reply ? reply.date : interview;
	let position = 0;
	let lastEntry: LogEntry | null = null;
	let closingNote: LogEntry | null = null;
	entries.forEach((e, i) => {
		if (i <= replyAt || e.date < start || !isChainStep(e)) return;
		position += 1;
		lastEntry = e;
		if (e.kind === "closing-note" && !e.dismissed) closingNote = e;
	});
	const last = (lastEntry as LogEntry | null)?.date ?? null;
	return { position, start, reply: reply ?? null, last, lastEntry, closingNote };
}

/**
 * The log as the rules read it: a thank-you sent to someone after their rejection is the
 * reply to that rejection (a `rejection-reply`), so it is done and stay-in-touch follows.
 * A rejected note's status date is a rejection from nobody in particular, when the log
 * records none.
 */
function withRejectionReplies(entries: readonly LogEntry[], rejectedOn: Day | null): readonly LogEntry[] {
	// Who sent the last rejection so far: undefined before any, null when it names nobody.
	let from: string | null | undefined;
	return entries.map((e) => {
		if (e.direction === "received" && e.kind === "rejection") from = e.person;
		else if (from === undefined && rejectedOn !== null && e.date >= rejectedOn) from = null;
		return from !== undefined &&
			e.direction === "sent" &&
			e.kind === "thank-you" &&
			(from === null || e.person === null || nameKey(from) === nameKey(e.person))
			? { ...e, kind: "rejection-reply" }
			: e;
	});
}

/**
 * Derives the facts of a note whose interview day is known. The contact is chosen
 * among `contacts`: a round's people, then the application's (rounds.ts).
 */
export function noteFacts(note: InterviewNote, interview: Day, superseded: boolean, contacts: readonly Person[] = note.people): NoteFacts {
	const entries = withRejectionReplies(orderedLog(note.log), note.status === "rejected" ? note.statusDate : null);
	const replies = entries.filter((e) => e.direction === "received");
	return {
		note,
		interview,
		contact: companyContact(contacts),
		superseded,
		entries,
		lastReply: replies[replies.length - 1] ?? null,
		chain: chainState(entries, interview),
	};
}

/** True when the log entry is about this person (by display name). */
export function isAbout(entry: LogEntry, person: Person | null): boolean {
	if (person === null) return true;
	// An entry read from a table or a dated list that names nobody ("sent the thank-you
	// emails") is about everyone; an entry of the note's own log names whom it is about.
	if (entry.person === null) return entry.origin !== undefined && entry.origin !== null;
	// The reader gives a matched entry the person's own name, so the same text is the usual case.
	return entry.person !== null && (entry.person === person.name || nameKey(entry.person) === nameKey(person.name));
}

/** A proposal with the window from `due` to addBD(due, days). */
export function windowOf(due: Day, businessDays: number, calendar: BusinessCalendar): { due: Day; windowEnd: Day } {
	return { due, windowEnd: addBusinessDays(due, businessDays, calendar) };
}

/**
 * One proposal of a kind for each person `picks` among `people` (the note's), from `from`
 * to `to` business days after the interview (0: the interview day itself): the rules of
 * one message or task per person (thank-you, thank-staff, update-referrer, get-contact-info).
 */
export function forEachPerson<P extends Person | null>(
	{ facts, calendar }: RuleContext,
	people: readonly P[],
	kind: FollowUpKind,
	picks: (person: P) => boolean,
	[from, to]: [number, number],
	reason: (person: P, due: Day, windowEnd: Day) => string,
): Proposal[] {
	const I = facts.interview;
	const due = from === 0 ? I : addBusinessDays(I, from, calendar);
	const windowEnd = addBusinessDays(I, to, calendar);
	return people.filter(picks).map((person) => ({ kind, person, due, windowEnd, since: I, reason: reason(person, due, windowEnd) }));
}

/** Who is meant when nobody is named: everyone met, or the person who handles the process. */
export type Unnamed = "interviewers" | "met" | "contact";

/**
 * Who a follow-up goes to, in words: the person's name, or, when the note names nobody,
 * who is meant (existing-vaults.md §2, "Nobody named").
 */
export function nameOrWho(person: Person | null, unnamed: Unnamed = "contact"): string {
	if (person !== null) return person.name;
	if (unnamed === "interviewers") return "your interviewers";
	return unnamed === "met" ? "the people you met" : "the recruiter or hiring manager";
}

/** "Thu 19 Nov", for reasons. */
export const day = shortDay;

/** "1 business day" / "4 business days". */
export function businessDays(n: number): string {
	return plural(n, "business day");
}
