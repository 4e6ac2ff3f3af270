/**
 * What happens to a proposal after a rule makes it: done or dismissed entries hide it,
 * a snooze moves it, and spacing keeps it from landing too soon after the last message
 * to the same person. Windows keep their business-day length when they move.
 */
import type { Day, FollowUpKind, LogEntry } from "../model";
import { TASK_KINDS } from "../model";
import type { BusinessCalendar } from "../dates";
import { addBusinessDays, businessDaysBetween } from "../dates";
import type { Proposal } from "./context";
import { businessDays, day, isAbout } from "./context";

/** Kinds spacing never moves: first messages after a meeting, the call-back, and tasks. */
const SPACING_EXEMPT: readonly FollowUpKind[] = ["thank-you", "want-the-job", "thank-staff", "update-referrer", "callback", ...TASK_KINDS];

/**
 * True when the entry is a sent entry about this follow-up: its kind, its person. The reply
 * to a rejection is one message, whoever it went to (often the recruiter who gave the news).
 */
function names(entry: LogEntry, proposal: Proposal): boolean {
	return (
		entry.direction === "sent" &&
		entry.kind === proposal.kind &&
		(proposal.kind === "rejection-reply" || isAbout(entry, proposal.person))
	);
}

/** Where the entries that may concern a proposal start in the ordered log: after its `after` entry. */
function firstAfter(proposal: Proposal, entries: readonly LogEntry[]): number {
	return proposal.after ? entries.indexOf(proposal.after) + 1 : 0;
}

/** True when the log records this follow-up as sent or dismissed. */
export function isDone(proposal: Proposal, entries: readonly LogEntry[]): boolean {
	for (let i = firstAfter(proposal, entries); i < entries.length; i++) {
		const e = entries[i] as LogEntry;
		if (!names(e, proposal) || (proposal.since !== null && e.date < proposal.since)) continue;
		if (e.dismissed || e.snoozedUntil === null) return true;
	}
	return false;
}

/** Moves a window to start on `due`, keeping its business-day length. */
function moveWindow(proposal: Proposal, due: Day, calendar: BusinessCalendar): Proposal {
	const length = businessDaysBetween(proposal.due, proposal.windowEnd, calendar);
	return { ...proposal, due, windowEnd: addBusinessDays(due, length, calendar) };
}

/**
 * Applies the latest snooze recorded for this follow-up, if any. A snooze names its
 * follow-up by kind and person, whatever day it was logged on (the day the rule counts
 * from included); only when the follow-up was started by a log entry must the snooze
 * come after that entry, so a snooze of an earlier round of the chain is not carried over.
 */
export function applySnooze(proposal: Proposal, entries: readonly LogEntry[], calendar: BusinessCalendar): Proposal {
	let snooze: LogEntry | undefined; // the last snooze of this proposal
	for (let i = firstAfter(proposal, entries); i < entries.length; i++) {
		const e = entries[i] as LogEntry;
		if (names(e, proposal) && !e.dismissed && e.snoozedUntil !== null) snooze = e;
	}
	if (!snooze?.snoozedUntil) return proposal;
	const moved = moveWindow(proposal, snooze.snoozedUntil, calendar);
	return { ...moved, reason: `${proposal.reason} You snoozed it on ${day(snooze.date)} until ${day(moved.due)}.` };
}

/** True when spacing may move a follow-up of this kind. */
export function isSpaced(kind: FollowUpKind): boolean {
	return !SPACING_EXEMPT.includes(kind);
}

/**
 * Keeps a message at least `gap` business days after the last message sent to the
 * same person anywhere in the vault (`lastMessage`, by name).
 */
export function applySpacing(proposal: Proposal, lastMessage: Day | undefined, gap: number, calendar: BusinessCalendar): Proposal {
	if (proposal.person === null || lastMessage === undefined || !isSpaced(proposal.kind)) return proposal;
	const earliest = addBusinessDays(lastMessage, gap, calendar);
	if (proposal.due >= earliest) return proposal;
	const moved = moveWindow(proposal, earliest, calendar);
	return {
		...moved,
		reason: `${proposal.reason} Your last message to ${proposal.person.name} was on ${day(lastMessage)}, so it waits ${businessDays(gap)} after that: ${day(moved.due)} (on time until ${day(moved.windowEnd)}).`,
	};
}
