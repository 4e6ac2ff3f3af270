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

function relevant(entry: LogEntry, proposal: Proposal): boolean {
	return (
		entry.direction === "sent" &&
		entry.kind === proposal.kind &&
		(proposal.since === null || entry.date >= proposal.since) &&
		isAbout(entry, proposal.person)
	);
}

/** True when the log records this follow-up as sent or dismissed. */
export function isDone(proposal: Proposal, entries: readonly LogEntry[]): boolean {
	return entries.some((e) => relevant(e, proposal) && (e.dismissed || e.snoozedUntil === null));
}

/** Moves a window to start on `due`, keeping its business-day length. */
function moveWindow(proposal: Proposal, due: Day, calendar: BusinessCalendar): Proposal {
	const length = businessDaysBetween(proposal.due, proposal.windowEnd, calendar);
	return { ...proposal, due, windowEnd: addBusinessDays(due, length, calendar) };
}

/** Applies the latest snooze recorded for this follow-up, if any. */
export function applySnooze(proposal: Proposal, entries: readonly LogEntry[], calendar: BusinessCalendar): Proposal {
	let snooze: LogEntry | undefined; // the last snooze of this proposal
	for (const e of entries) if (relevant(e, proposal) && !e.dismissed && e.snoozedUntil !== null) snooze = e;
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
