/**
 * The check-in chain's shared logic: whether a note has a chain at all, and which
 * first step (p = 0) applies: a call-back the interviewer asked for, a check-in after
 * the decision date they gave, or a check-in after four business days.
 */
import type { Day, FollowUpKind } from "../model";
import type { BusinessCalendar } from "../dates";
import { addBusinessDays } from "../dates";
import type { NoteFacts, Proposal, RuleContext } from "./context";
import { nameOrWho } from "./context";
import { describeOrigin, readFrom } from "../origin-text";

/** The chain runs for active, formal, current rounds (to the chain's contact, or whoever handles it when nobody is named). */
export function hasChain({ facts }: RuleContext): boolean {
	return facts.note.status === "active" && facts.note.format !== "informal" && !facts.superseded;
}

/** The first step of the chain counted from S. */
export interface FirstStep {
	/** callback, decision-check-in or check-in. */
	kind: Extract<FollowUpKind, "callback" | "decision-check-in" | "check-in">;
	/** First day. */
	due: Day;
	/** Last day on time. */
	windowEnd: Day;
}

/** The p = 0 step for a chain starting on `start` (follow-up-rules.md, the chain table). */
export function firstStep(facts: NoteFacts, start: Day, calendar: BusinessCalendar): FirstStep {
	const { callBack, decisionDate } = facts.note;
	if (callBack !== null && callBack >= start) return { kind: "callback", due: callBack, windowEnd: callBack };
	if (decisionDate !== null && decisionDate >= start) {
		return {
			kind: "decision-check-in",
			due: addBusinessDays(decisionDate, 1, calendar),
			windowEnd: addBusinessDays(decisionDate, 2, calendar),
		};
	}
	return { kind: "check-in", due: addBusinessDays(start, 4, calendar), windowEnd: addBusinessDays(start, 5, calendar) };
}

/** The p = 0 step for this note's current chain, when its position is 0 and it has one. */
function currentFirstStep(context: RuleContext): FirstStep | null {
	if (!hasChain(context) || context.facts.chain.position !== 0) return null;
	return firstStep(context.facts, context.facts.chain.start, context.calendar);
}

/**
 * The proposal of a p = 0 step (callback, decision-check-in, check-in) when the current
 * chain is at one of that kind: to the chain's contact, counted from its start. `reason`
 * says why, or null when the rule proposes nothing after all.
 */
export function firstStepProposal(context: RuleContext, kind: FirstStep["kind"], reason: (step: FirstStep) => string | null): Proposal[] {
	const step = currentFirstStep(context);
	const why = step?.kind === kind ? reason(step) : null;
	if (step === null || why === null) return [];
	const { chain, contact } = context.facts;
	return [{ kind, person: contact, due: step.due, windowEnd: step.windowEnd, since: chain.start, after: chain.reply, reason: why }];
}

/** "the interview on Thu 19 Nov" or "Jane's reply on Mon 23 Nov": what S is. */
export function describeStart(facts: NoteFacts, show: (day: Day) => string): string {
	const reply = facts.chain.reply;
	if (reply) return `${reply.person ? `${reply.person}'s` : "their"} reply on ${show(facts.chain.start)}${readFrom(reply.origin)}`;
	return `the interview on ${show(facts.chain.start)}`;
}

/** " The message of <day> is in …" for a last chain message read from the note's text or another note. */
function lastFrom(entry: NoteFacts["chain"]["lastEntry"]): string {
	return entry?.origin ? ` That last message is ${describeOrigin(entry.origin)}.` : "";
}

/** The texts a later step (p ≥ 1) fills in: who, when L was, the due day and the window end. */
export type LaterStepReason = (person: string, last: Day, due: Day, windowEnd: Day) => string;

/**
 * The step for chain position p ≥ 1: due 4 business days after L, the last chain message,
 * on time until the 5th (follow-up-rules.md: second-check-in and closing-note). The step
 * follows from p alone, whatever kind the earlier messages were logged as; only an entry
 * written after the message that made L can mark it done.
 */
export function laterStep(
	context: RuleContext,
	position: number,
	kind: Extract<FollowUpKind, "second-check-in" | "closing-note">,
	reason: LaterStepReason,
): Proposal[] {
	const { facts, calendar } = context;
	const L = facts.chain.last;
	if (!hasChain(context) || facts.chain.position !== position || L === null) return [];
	// A closing note ends the chain, whichever step it was sent at.
	if (facts.chain.closingNote !== null) return [];
	const due = addBusinessDays(L, 4, calendar);
	const windowEnd = addBusinessDays(L, 5, calendar);
	return [
		{
			kind,
			person: facts.contact,
			due,
			windowEnd,
			since: L,
			after: facts.chain.lastEntry,
			reason: `${reason(nameOrWho(facts.contact), L, due, windowEnd)}${lastFrom(facts.chain.lastEntry)}`,
		},
	];
}
