/**
 * The domain types shared by every layer. Pure data: no obsidian, DOM or Node.
 * A `Day` is a calendar day written `YYYY-MM-DD`; it never carries a time or a zone.
 */

/** A calendar day, `YYYY-MM-DD`, in the user's own time zone. */
export type Day = string;

/** Every follow-up the rules can produce, as stable kebab-case ids. */
export const FOLLOW_UP_KINDS = [
	"thank-you",
	"want-the-job",
	"thank-staff",
	"update-referrer",
	"get-contact-info",
	"value-add",
	"ask-next-steps",
	"reminder",
	"callback",
	"decision-check-in",
	"check-in",
	"second-check-in",
	"closing-note",
	"rejection-reply",
	"stay-in-touch",
] as const;

/** One kind of follow-up the rules produce. */
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** A kind a sent log entry may carry: every follow-up kind, plus the generic `follow-up`. */
export type SentKind = FollowUpKind | "follow-up";

/** Kinds that move the check-in chain forward when sent (or dismissed). */
export const CHAIN_KINDS: readonly SentKind[] = [
	"callback",
	"decision-check-in",
	"check-in",
	"second-check-in",
	"closing-note",
	"follow-up",
];

/** Kinds that are tasks for the user, not messages to someone. */
export const TASK_KINDS: readonly FollowUpKind[] = ["get-contact-info", "ask-next-steps"];

/** True for kinds that are tasks for the user (nothing is sent to anyone). */
export function isTask(kind: string): boolean {
	return (TASK_KINDS as readonly string[]).includes(kind);
}

/** Who a person is to the user, in the note's own terms. */
export type Relation = "hiring-manager" | "interviewer" | "recruiter" | "hr" | "staff" | "referrer";

/** How a message reaches someone. */
export type Channel = "email" | "phone" | "linkedin" | "note";

/** The interview's format; coffee chats and networking meetings are `informal`. */
export type InterviewFormat = "onsite" | "phone" | "video" | "panel" | "informal";

/** The status groups of note-format.md; they decide which rules apply. */
export type StatusGroup = "active" | "applying" | "ended" | "rejected" | "closed";

/** Where a follow-up stands on the day it is evaluated. */
export type FollowUpStatus = "upcoming" | "due" | "overdue";

/** Someone the user met, from the note or from the person note it links to. */
export interface Person {
	/** Display name: the link alias, the person note's basename, or the written name. */
	name: string;
	/** Relation to the user; `interviewer` when missing or unknown. */
	relation: Relation;
	/** Job title, free text (shown in drafts). */
	title: string | null;
	/** Email address, if known. */
	email: string | null;
	/** Phone number, if known. */
	phone: string | null;
	/** LinkedIn address, if known. */
	linkedin: string | null;
	/** Preferred channel, if the note says. */
	channel: Channel | null;
	/** `primary: true` in the note: the main contact for check-ins. */
	primary: boolean;
	/** Vault path of the person note this person was resolved to, if any. */
	notePath: string | null;
	/** Where the person was read, when only a line of the body names them (not a property or a person note). */
	origin?: Origin | null;
}

/** One entry of a note's `follow_ups` log, normalised. */
export interface LogEntry {
	/** The day of the message, reply, dismissal or snooze. */
	date: Day;
	/** `sent` for entries with `to`, `received` for entries with `from`. */
	direction: "sent" | "received";
	/** Kind as written, lower-cased (`reply`, `rejection`, `check-in`, …). */
	kind: string;
	/** The counterpart's name as written (wikilink brackets removed), or null. */
	person: string | null;
	/** The entry dismisses (or skips) a follow-up instead of recording a message. */
	dismissed: boolean;
	/** The entry snoozes a follow-up to this day. */
	snoozedUntil: Day | null;
	/** Position in the log: entries of one day are taken in this order. */
	index: number;
	/** Where the entry was read, when not from the note's own `follow_ups` list. */
	origin?: Origin | null;
}

/**
 * Where a value was read from, when it is not a property of the note's own frontmatter
 * (existing-vaults.md: "Say where each fact came from"). Lines are 1-based lines of the
 * note's file.
 */
export type Origin =
	/** A frontmatter path other than a plain property: `interviews[2]`, `history[0]`. */
	| { from: "property"; path: string }
	/** A Dataview inline field, `Key:: value`; with `label`, a bold label, `**Key:** value`. */
	| { from: "inline-field"; key: string; line: number; label?: true }
	/**
	 * A row of a table in the body; `table` is the heading above it, `row` counts data rows
	 * from 1. With `path`, of the person note at that path (the same for list and text).
	 */
	| { from: "table"; table: string | null; row: number; line: number; path?: string }
	/** A dated list or task item in the body. */
	| { from: "list"; line: number; path?: string }
	/** A line of the body's text outside a list (`Panel: Daniel Park, Ruth Adeyemi`). */
	| { from: "text"; line: number; path?: string }
	/** A sentence of the note's text, or (with `path`) of a log note joined to it. */
	| { from: "sentence"; line: number; quote: string; path?: string }
	/** A separate log note joined to this one. */
	| { from: "log-note"; path: string };

/** What a dated entry of a note's timeline records. */
export type TimelineEvent = "sent" | "received" | "interview" | "applied" | "other";

/**
 * One dated entry of a note's timeline (existing-vaults.md §3), wherever it was written:
 * a row of a table, a dated list item, an entry of a frontmatter list, a log note.
 */
export interface TimelineEntry {
	/** The day. */
	date: Day;
	/** What happened. */
	event: TimelineEvent;
	/**
	 * sent: a follow-up kind (`thank-you`, `check-in`, …) or `message`; received: `reply`,
	 * `rejection`, `offer`, `invite`; interview, applied and other: "".
	 */
	kind: string;
	/** An interview entry's format, when its words name one. */
	format: InterviewFormat | null;
	/** The counterpart as written (a name, or a wikilink), or null. */
	person: string | null;
	/** Further people the words join to it (`with [[A]] and [[B]]`), as written; absent when none. */
	others?: string[];
	/** The entry's text as written, trimmed. */
	text: string;
	/** Where it was read. */
	origin: Origin;
	/** For an invitation, the later day its text names for the interview (`booked … on 2026-11-24`). */
	interviewOn?: Day;
	/** For an interview in a log note, the people its words place there with their titles (`to Wen Li (VP Data)`). */
	met?: Person[];
}

/** One round of an application: an interview, with what was said at it. */
export interface Round {
	/** The interview day. */
	date: Day;
	/** The round's name as written (`Technical`, `Final round`), or null. */
	name: string | null;
	/** Its format, or null when unknown. */
	format: InterviewFormat | null;
	/** The people met at this round; empty when it names nobody (the application's people then apply). */
	people: Person[];
	/** The decision day stated at this round, or null. */
	decisionDate: Day | null;
	/** Where the decision day was read, when not from a property. */
	decisionOrigin: Origin | null;
	/** The day asked to be called back, or null. */
	callBack: Day | null;
	/** Where the call-back day was read, when not from a property. */
	callBackOrigin: Origin | null;
	/** Where the round was read; null for the note's own interview date. */
	origin: Origin | null;
	/**
	 * The property that gave the day, when its name says it is the day of the last contact
	 * (`Date Last Interaction`): the round stands only while no timeline entry of that day
	 * says the contact was something else (withTimeline).
	 */
	lastContact?: string;
	/** Its people are the application's, given because none were named for it: a same-day round naming others replaces them (mergeRounds). */
	borrowedPeople?: true;
}

/** A day a last-contact property gave as the interview date, which a timeline entry of that day shows was no interview. */
export interface NotARound {
	/** The day. */
	date: Day;
	/** The property that gave it. */
	property: string;
	/** The entry of that day that says what the contact was. */
	entry: TimelineEntry;
}

/** A day the user chose to follow up (existing-vaults.md §5). */
export interface Reminder {
	/** The day. */
	day: Day;
	/** Where it was read, when not from a property. */
	origin: Origin | null;
}

/** An interview note, read and normalised. Everything the rules need, nothing else. */
export interface InterviewNote {
	/** Vault-relative path with `/` separators. */
	path: string;
	/** Company display name, or null. */
	company: string | null;
	/** Role display name, or null. */
	role: string | null;
	/**
	 * The interview day of the latest round, or null when the note has none. With several
	 * rounds, `format`, `decisionDate` and `callBack` are the latest round's too; the rules
	 * look at each round in `rounds`.
	 */
	interviewDate: Day | null;
	/** Format, or null when missing (unknown values warn and are treated as missing). */
	format: InterviewFormat | null;
	/** The application's people, in the order written: they belong to every round that names nobody. */
	people: Person[];
	/** The decision day the interviewer stated, or null. */
	decisionDate: Day | null;
	/** Where the decision day was read, when not from a property. */
	decisionOrigin?: Origin | null;
	/** The day the interviewer asked to be called back, or null. */
	callBack: Day | null;
	/** Where the call-back day was read, when not from a property. */
	callBackOrigin?: Origin | null;
	/** The status group. */
	status: StatusGroup;
	/** The status as written, or null. */
	statusText: string | null;
	/** The day the status last changed, or null. */
	statusDate: Day | null;
	/** Where the contact started (`linkedin`, `referral`, …), lower-cased, or null. */
	source: string | null;
	/** Topics discussed. */
	topics: string[];
	/** Link to the posting, or null. */
	jobUrl: string | null;
	/** The follow-up log, in written order. */
	log: LogEntry[];
	/** False when the note says `stay_in_touch: false`. */
	stayInTouch: boolean;
	/** The rounds, by date (cancelled rounds left out); absent or one round for a plain interview note. */
	rounds?: Round[];
	/** The follow-up day the user set, or null. */
	reminder?: Reminder | null;
	/** Dated entries read from elsewhere than `follow_ups` (tables, lists, other lists, log notes), in the order read. */
	timeline?: TimelineEntry[];
	/** Where the status was read, when not from a status property (an outcome in the timeline, a status tag). */
	statusOrigin?: Origin | null;
	/** Where the status date was read, when an outcome in the timeline gave it. */
	statusDateOrigin?: Origin | null;
	/** Days a last-contact property gave that the timeline shows were no interview. */
	notRounds?: NotARound[];
}

/** One thing the user should do, with the dates it is on time for and the reason. */
export interface FollowUp {
	/** Vault-relative path of the interview note. */
	note: string;
	/** Company, or null. */
	company: string | null;
	/** Role, or null. */
	role: string | null;
	/** What to do. */
	kind: FollowUpKind;
	/** To whom; null for tasks without a person. */
	to: string | null;
	/** How; null for tasks. */
	channel: Channel | null;
	/** The first day it should be done. */
	due: Day;
	/** The last day it is still on time. */
	windowEnd: Day;
	/** Upcoming, due or overdue on the evaluated day. */
	status: FollowUpStatus;
	/** Why it is due, naming the advice and showing the date arithmetic. */
	reason: string;
	/** The interview day of the round it belongs to, when the note has several rounds; else null. */
	round?: Day | null;
}

/** How serious a diagnostic is. */
export type Severity = "error" | "warning" | "info";

/** A problem in a note, or a vault-wide insight (`note` null). */
export interface Diagnostic {
	/** Vault-relative path, or null for vault-wide insights. */
	note: string | null;
	/** error, warning or info. */
	severity: Severity;
	/** Stable kebab-case code, listed in follow-up-rules.md. */
	code: string;
	/** What is wrong and what to do about it, in plain words. */
	message: string;
}

/** The result of evaluating a vault (or a part of one) on a day. */
export interface Evaluation {
	/** The day the rules were evaluated for. */
	today: Day;
	/** Pending follow-ups, sorted by due, note, kind, to. */
	followUps: FollowUp[];
	/** Diagnostics, sorted by note (null last), severity, code. */
	diagnostics: Diagnostic[];
}

/** True for a string that names a follow-up kind. */
export function isFollowUpKind(value: string): value is FollowUpKind {
	return (FOLLOW_UP_KINDS as readonly string[]).includes(value);
}

/** True for a kind the user can record as sent (follow-up kinds and generic `follow-up`). */
export function isSentKind(value: string): value is SentKind {
	return value === "follow-up" || isFollowUpKind(value);
}
