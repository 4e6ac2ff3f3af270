/** ask-next-steps: before (and on) the interview day, a checklist of what to ask. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day } from "./context";

/** What `ask-next-steps` does, in a sentence for docs/rules.md (examples.ts). */
export const askNextStepsSummary =
	"Until the interview day is over, a checklist: ask what happens next and when they will decide, collect cards, say you want the job.";

/** Ask about next steps and the timeline at the interview (seeds 001, 003, 004). */
export const askNextSteps: Rule = {
	statuses: ACTIVE_ONLY,
	propose({ facts, today }) {
		const I = facts.interview;
		if (I < today) return [];
		return [
			{
				kind: "ask-next-steps",
				person: null,
				due: I,
				windowEnd: I,
				since: null,
				reason: `Before you leave the interview on ${day(I)}, ask what the next step is and when they expect to decide, and get everyone's contact details: every follow-up date after that depends on the answers.`,
			},
		];
	},
};

/** Worked examples of `ask-next-steps`: each runs as a test and is listed in docs/rules.md. */
export const askNextStepsExamples: readonly RuleExample[] = [
	{
		title: "an interview next week: only the checklist is listed",
		today: "2026-11-23",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-30", people: ["Jane Doe"] },
		expected: [{ kind: "ask-next-steps", to: null, due: "2026-11-30", windowEnd: "2026-11-30" }],
	},
	{
		title: "on the interview day it is still listed, beside the thank-yous",
		today: "2026-11-23",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-23", people: ["Jane Doe"] },
		expected: [{ kind: "ask-next-steps", to: null, due: "2026-11-23", windowEnd: "2026-11-23" }],
	},
	{
		title: "the day after, it is gone",
		today: "2026-11-24",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-23", people: ["Jane Doe"] },
		expected: [],
	},
];
