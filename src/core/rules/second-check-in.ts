/** second-check-in: the first check-in went unanswered; try once more after four business days. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day } from "./context";
import { laterStep } from "./chain";

/** What `second-check-in` does, in a sentence for docs/rules.md (examples.ts). */
export const secondCheckInSummary =
	"After one unanswered chain message, a short second check-in 4 business days after it; on time until the 5th.";

/** No answer: another four to five business days, then a short second check-in (seed 002). */
export const secondCheckIn: Rule = {
	statuses: ACTIVE_ONLY,
	propose(context) {
		return laterStep(
			context,
			1,
			"second-check-in",
			(person, L, due, windowEnd) =>
				`No answer since your follow-up on ${day(L)}: 4 business days later, ${day(due)}, send ${person} a short note asking for any update (on time until ${day(windowEnd)}).`,
		);
	},
};

/** Worked examples of `second-check-in`: each runs as a test and is listed in docs/rules.md. */
export const secondCheckInExamples: readonly RuleExample[] = [
	{
		title: "a check-in on Wednesday without answer: a second one the next Tuesday",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-11-18", kind: "check-in", to: "Jane Doe" }],
		},
		expected: [{ kind: "second-check-in", to: "Jane Doe", due: "2026-11-24", windowEnd: "2026-11-25" }],
	},
	{
		title: "a dismissed first check-in still moves the chain on",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-11-18", kind: "check-in", to: "Jane Doe", dismissed: true }],
		},
		expected: [{ kind: "second-check-in", to: "Jane Doe", due: "2026-11-24", windowEnd: "2026-11-25" }],
	},
	{
		title: "the step follows from the count of messages, not from the kind they were logged as",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-11-18", kind: "second-check-in", to: "Jane Doe" }],
		},
		expected: [{ kind: "second-check-in", to: "Jane Doe", due: "2026-11-24", windowEnd: "2026-11-25" }],
	},
];
