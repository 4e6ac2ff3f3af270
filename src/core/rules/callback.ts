/** callback: the interviewer named a day to call them back; call exactly then. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day, nameOrWho } from "./context";
import { firstStepProposal } from "./chain";
import { statedIn } from "./stated";

/** What `callback` does, in a sentence for docs/rules.md (examples.ts). */
export const callbackSummary =
	"When the interviewer asked you to call back on a day (call_back), call on exactly that day: first step of the chain.";

/** Call back on exactly the day asked (seed 004). */
export const callback: Rule = {
	statuses: ACTIVE_ONLY,
	propose: (context) =>
		firstStepProposal(
			context,
			"callback",
			(step) =>
				`${statedIn(context.facts.note.callBackOrigin)}${nameOrWho(context.facts.contact)} asked you to call back on ${day(step.due)}. Call on exactly that day: earlier looks impatient, later looks uninterested.`,
		),
};

/** Worked examples of `callback`: each runs as a test and is listed in docs/rules.md. */
export const callbackExamples: readonly RuleExample[] = [
	{
		title: "asked to call back in three days: call on exactly that day",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			call_back: "in 3 days",
			people: [{ name: "Jane Doe", phone: "+1 555 0100" }],
		},
		expected: [{ kind: "callback", to: "Jane Doe", due: "2026-11-22", windowEnd: "2026-11-22" }],
	},
	{
		title: "a call-back date wins over a decision date",
		today: "2026-11-20",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			call_back: "2026-11-24",
			decision_date: "2026-11-30",
			people: ["Jane Doe"],
		},
		expected: [{ kind: "callback", to: "Jane Doe", due: "2026-11-24", windowEnd: "2026-11-24" }],
	},
];
