/** check-in: no timeline was given; check in after four business days. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day, nameOrWho } from "./context";
import { describeStart, firstStepProposal } from "./chain";

/** What `check-in` does, in a sentence for docs/rules.md (examples.ts). */
export const checkInSummary =
	"With no timeline (or one already past), check in 4 business days after the interview or their last reply; on time until the 5th.";

/** Without a timeline, wait four to five business days, then check in (seed 002). */
export const checkIn: Rule = {
	statuses: ACTIVE_ONLY,
	propose(context) {
		return firstStepProposal(context, "check-in", (step) => {
			const { facts } = context;
			const decision = facts.note.decisionDate;
			const S = facts.chain.reply ? day(facts.chain.start) : `the interview (${day(facts.chain.start)})`;
			const passed = decision !== null && decision < facts.chain.start ? `, after the date they had given (${day(decision)})` : "";
			const from = facts.chain.reply
				? `Their last word was ${describeStart(facts, day)}${passed}`
				: decision !== null
					? `The date they gave (${day(decision)}) is before the interview`
					: `No decision date was given`;
			return `${from}: ${S} + 4 business days = ${day(step.due)}, so check in with ${nameOrWho(facts.contact)} then, restating your interest and what you bring (on time until ${day(step.windowEnd)}).`;
		});
	},
};

/** Worked examples of `check-in`: each runs as a test and is listed in docs/rules.md. */
export const checkInExamples: readonly RuleExample[] = [
	{
		title: "no timeline after a Thursday interview: check in the next Wednesday",
		today: "2026-11-23",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-19", people: ["Jane Doe"] },
		expected: [{ kind: "check-in", to: "Jane Doe", due: "2026-11-25", windowEnd: "2026-11-26" }],
	},
	{
		title: "a reply restarts the count from the reply",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-05",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-11-11", kind: "check-in", to: "Jane Doe" },
				{ date: "2026-11-17", from: "Jane Doe", kind: "reply", note: "still deciding" },
			],
		},
		expected: [{ kind: "check-in", to: "Jane Doe", due: "2026-11-23", windowEnd: "2026-11-24" }],
	},
	{
		title: "a decision date that passed before their reply no longer applies",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-05",
			decision_date: "2026-11-12",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-11-13", kind: "decision-check-in", to: "Jane Doe" },
				{ date: "2026-11-16", from: "Jane Doe", kind: "reply" },
			],
		},
		expected: [{ kind: "check-in", to: "Jane Doe", due: "2026-11-20", windowEnd: "2026-11-23" }],
	},
	{
		title: "a coffee chat has no check-in chain",
		today: "2026-11-30",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-19", format: "networking", people: ["Jane Doe"] },
		expected: [],
	},
	{
		title: "an invitation dated before the interview does not start the chain",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-11-05", from: "Jane Doe", kind: "invitation" }],
		},
		expected: [{ kind: "check-in", to: "Jane Doe", due: "2026-11-18", windowEnd: "2026-11-19" }],
	},
	{
		title: "a message of an unknown kind is no step of the chain, but the check-in waits after it",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-11-17", kind: "case-study", to: "Jane Doe" }],
		},
		expected: [{ kind: "check-in", to: "Jane Doe", due: "2026-11-19", windowEnd: "2026-11-20" }],
		diagnostics: ["unknown-kind"],
	},
	{
		title: "a check-in written before a reply of the same day does not count for the restarted chain",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-05",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-11-17", kind: "check-in", to: "Jane Doe" },
				{ date: "2026-11-17", from: "Jane Doe", kind: "reply" },
			],
		},
		expected: [{ kind: "check-in", to: "Jane Doe", due: "2026-11-23", windowEnd: "2026-11-24" }],
	},
];
