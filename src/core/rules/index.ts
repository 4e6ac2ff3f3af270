/**
 * All the rules, and evaluating a set of interview notes on a day: per-note proposals,
 * then done, snooze, spacing, channel and status; vault-wide superseded rounds and the
 * keep-looking insight; the documented order.
 */
import type { Day, Diagnostic, Evaluation, FollowUp, FollowUpKind, FollowUpStatus, InterviewNote, LogEntry, Severity } from "../model";
import { CHAIN_KINDS } from "../model";
import type { Settings } from "../settings";
import type { BusinessCalendar } from "../dates";
import { businessDaysBetween } from "../dates";
import { errorMessage, nameKey } from "../values";
import { describeOrigin } from "../origin-text";
import type { Proposal, Rule, RuleContext } from "./context";
import { isMessage, noteFacts, orderedLog } from "./context";
import { heldBackByReminder, reminderProposal } from "./reminder";
import { roundViews } from "./rounds";
import { applySnooze, applySpacing, isDone, isSpaced } from "./adjust";
import { channelFor } from "./channel";
import { keepLooking } from "./keep-looking";
import { noteDiagnostics } from "./note-diagnostics";
import { supersededPaths } from "./superseded";
import { HeldRounds } from "./held-rounds";
import { askNextSteps } from "./ask-next-steps";
import { callback } from "./callback";
import { checkIn } from "./check-in";
import { closingNote } from "./closing-note";
import { decisionCheckIn } from "./decision-check-in";
import { getContactInfo } from "./get-contact-info";
import { rejectionReply } from "./rejection-reply";
import { secondCheckIn } from "./second-check-in";
import { stayInTouch } from "./stay-in-touch";
import { thankStaff } from "./thank-staff";
import { thankYou } from "./thank-you";
import { updateReferrer } from "./update-referrer";
import { valueAdd } from "./value-add";
import { wantTheJob } from "./want-the-job";

/** Every rule, in the order follow-up-rules.md lists them. */
export const RULES: readonly Rule[] = [
	thankYou,
	wantTheJob,
	thankStaff,
	updateReferrer,
	getContactInfo,
	valueAdd,
	askNextSteps,
	callback,
	decisionCheckIn,
	checkIn,
	secondCheckIn,
	closingNote,
	rejectionReply,
	stayInTouch,
];

/** What evaluation needs besides the notes. */
export interface EvaluationContext {
	/** The user's settings. */
	settings: Settings;
	/** Weekends and holidays. */
	calendar: BusinessCalendar;
	/** The day to evaluate for. */
	today: Day;
}

/** Status of a window on a day. */
export function statusOn(today: Day, due: Day, windowEnd: Day): FollowUpStatus {
	if (today < due) return "upcoming";
	return today <= windowEnd ? "due" : "overdue";
}

/** The latest day a message was sent to each person (by name key), across these notes. */
export function lastMessages(notes: readonly InterviewNote[]): Map<string, Day> {
	const last = new Map<string, Day>();
	for (const note of notes) {
		for (const entry of note.log) {
			if (!isMessage(entry) || entry.person === null) continue;
			const key = nameKey(entry.person);
			const seen = last.get(key);
			if (seen === undefined || entry.date > seen) last.set(key, entry.date);
		}
	}
	return last;
}

/** The proposals of one note's applicable rules, before adjustments. */
function propose(context: RuleContext): Proposal[] {
	const { note } = context.facts;
	const upcomingInterview = context.facts.interview > context.today;
	const proposals: Proposal[] = [];
	for (const rule of RULES) {
		if (!rule.statuses.includes(note.status) || (upcomingInterview && rule !== askNextSteps)) continue;
		for (const proposal of rule.propose(context)) proposals.push(proposal);
	}
	return proposals;
}

/** One proposal, fully adjusted: done proposals are dropped (null); snooze, spacing and channel applied. */
function adjusted(
	proposal: Proposal,
	note: InterviewNote,
	entries: readonly LogEntry[],
	context: EvaluationContext,
	sent: ReadonlyMap<string, Day>,
	round: Day | null,
): FollowUp | null {
	if (isDone(proposal, entries)) return null;
	const snoozed = applySnooze(proposal, entries, context.calendar);
	const last = proposal.person && isSpaced(proposal.kind) ? sent.get(nameKey(proposal.person.name)) : undefined;
	const spaced = applySpacing(snoozed, last, context.settings.minGapBusinessDays, context.calendar);
	const channel = channelFor(spaced.kind, spaced.person, note);
	const followUp: FollowUp = {
		note: note.path,
		company: note.company,
		role: note.role,
		kind: spaced.kind,
		to: spaced.person?.name ?? null,
		channel,
		due: spaced.due,
		windowEnd: spaced.windowEnd,
		status: statusOn(context.today, spaced.due, spaced.windowEnd),
		reason: [
			spaced.reason,
			channel === "phone" ? "Calls get through best early or late in the working day." : null,
			spaced.person?.origin ? `${spaced.person.name} is named in ${describeOrigin(spaced.person.origin)}.` : null,
		]
			.filter((part) => part !== null)
			.join(" "),
	};
	if (round !== null) followUp.round = round;
	return followUp;
}

/**
 * Follow-ups of one note, fully adjusted: each round's (an earlier round of the same note
 * is superseded by the latest), and the reminder the user set. `superseded` (a later
 * round in another note) and `sent` come from the whole vault.
 */
export function followUpsForNote(
	note: InterviewNote,
	context: EvaluationContext,
	superseded: boolean,
	sent: ReadonlyMap<string, Day>,
): FollowUp[] {
	if (note.status === "ended") return [];
	const out: FollowUp[] = [];
	const reminder = reminderProposal(note, context.calendar);
	// Each round of a note under way has follow-ups of its own; a rejected or closed
	// application has one answer to give, after its latest round.
	const views = note.status === "active" ? roundViews(note) : roundViews(note).slice(-1);
	for (const view of views) {
		if (view.note.interviewDate === null) continue;
		const facts = noteFacts(view.note, view.note.interviewDate, superseded || view.supersededInNote, view.contacts);
		const ruleContext: RuleContext = { facts, today: context.today, settings: context.settings, calendar: context.calendar };
		for (let proposal of propose(ruleContext)) {
			// The user's own follow-up day holds the chain back (existing-vaults.md §5).
			if (reminder !== null && isChainKind(proposal.kind)) {
				proposal = heldBackByReminder(
					proposal,
					reminder.due,
					context.calendar,
					businessDaysBetween(proposal.due, proposal.windowEnd, context.calendar),
				);
			}
			const followUp = adjusted(proposal, view.note, facts.entries, context, sent, view.round);
			if (followUp !== null) out.push(followUp);
		}
	}
	if (reminder !== null) {
		const followUp = adjusted(reminder, note, orderedLog(note.log), context, sent, null);
		if (followUp !== null) out.push(followUp);
	}
	return onceEachPerson(out);
}

/** Kinds a person needs once per note, however many of its rounds they were at (onceEachPerson). */
const ONCE_EACH: readonly FollowUpKind[] = ["get-contact-info", "update-referrer"];

/**
 * Getting someone's contact details is one task however many rounds they were at, and a
 * referrer wants one update with the latest news, not one per round gone by: of a
 * person's tasks and updates of those kinds in one note, only the latest round's is kept.
 */
function onceEachPerson(followUps: FollowUp[]): FollowUp[] {
	const last = new Map<string, FollowUp>();
	for (const followUp of followUps)
		if (ONCE_EACH.includes(followUp.kind) && followUp.to !== null) last.set(`${followUp.kind} ${followUp.to}`, followUp);
	if (last.size === 0) return followUps;
	return followUps.filter((f) => !ONCE_EACH.includes(f.kind) || f.to === null || last.get(`${f.kind} ${f.to}`) === f);
}

/** True for the kinds of the check-in chain. */
function isChainKind(kind: FollowUpKind): boolean {
	return (CHAIN_KINDS as readonly string[]).includes(kind);
}

/**
 * followUpsForNote, guarded: a note that makes a rule fail (a bug of ours, met by some
 * value we did not foresee) gets no follow-ups and an error saying so, and every other
 * note is evaluated as usual.
 */
export function followUpsOrFailure(
	note: InterviewNote,
	context: EvaluationContext,
	superseded: boolean,
	sent: ReadonlyMap<string, Day>,
): { followUps: FollowUp[]; failure: Diagnostic | null } {
	try {
		return { followUps: followUpsForNote(note, context, superseded, sent), failure: null };
	} catch (error) {
		return {
			followUps: [],
			failure: {
				note: note.path,
				severity: "error",
				code: "invalid-frontmatter",
				message: `The follow-ups of this note could not be worked out (${errorMessage(error)}); the other notes are not affected. Please report this with the note's frontmatter.`,
			},
		};
	}
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The documented order: due, note, kind, then `to` (null first). */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
	return (
		compareText(a.due, b.due) ||
		compareText(a.note, b.note) ||
		compareText(a.kind, b.kind) ||
		(a.to === b.to ? 0 : a.to === null ? -1 : b.to === null ? 1 : compareText(a.to, b.to))
	);
}

/** The documented order: note (null last), severity (error, warning, info), code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
	if (a.note !== b.note) {
		if (a.note === null) return 1;
		if (b.note === null) return -1;
		return compareText(a.note, b.note);
	}
	return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.code, b.code);
}

/**
 * Evaluates interview notes on a day: the pending follow-ups and the rule-level
 * diagnostics (no-people, hr-only, missing-status-date, keep-looking), both sorted.
 */
export function evaluateNotes(notes: readonly InterviewNote[], context: EvaluationContext): Omit<Evaluation, "today"> {
	const superseded = supersededPaths(notes);
	const held = new HeldRounds(notes);
	const sent = lastMessages(notes);
	const followUps: FollowUp[] = [];
	const diagnostics: Diagnostic[] = [];
	const views: InterviewNote[] = [];
	for (const note of notes) {
		for (const d of noteDiagnostics(note, context.today)) diagnostics.push(d);
		const view = held.viewOf(note, context.today);
		if (view.superseded) superseded.add(note.path);
		if (view.note === null) continue;
		views.push(view.note);
		const result = followUpsOrFailure(view.note, context, superseded.has(note.path), sent);
		for (const f of result.followUps) followUps.push(f);
		if (result.failure) diagnostics.push(result.failure);
	}
	diagnostics.push(...keepLooking(views, superseded, context.today));
	return { followUps: followUps.sort(compareFollowUps), diagnostics: diagnostics.sort(compareDiagnostics) };
}
