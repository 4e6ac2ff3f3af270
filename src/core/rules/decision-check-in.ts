/** decision-check-in: they named a decision date; check in the business day after it. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day } from "./context";
import { firstStepProposal } from "./chain";
import { statedIn } from "./stated";

/** What `decision-check-in` does, in a sentence for docs/rules.md (examples.ts). */
export const decisionCheckInSummary =
	"When they said when they would decide (decision_date), check in the business day after that date; on time for one more business day.";

/** Check in the day after the stated decision date (seeds 002, 001, 004). */
export const decisionCheckIn: Rule = {
	statuses: ACTIVE_ONLY,
	propose(context) {
		const { decisionDate: decision, decisionOrigin } = context.facts.note;
		return firstStepProposal(context, "decision-check-in", (step) =>
			decision === null
				? null
				: `${statedIn(decisionOrigin)}They said they would decide by ${day(decision)}: if you have not heard by then, check in the next business day, ${day(step.due)} (on time until ${day(step.windowEnd)}). Waiting much longer looks like lost interest.`,
		);
	},
};

/** Worked examples of `decision-check-in`: each runs as a test and is listed in docs/rules.md. */
export const decisionCheckInExamples: readonly RuleExample[] = [
	{
		title: "they will decide by Monday 16 November: check in Tuesday",
		today: "2026-11-17",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-10", decision_date: "2026-11-16", people: ["Jane Doe"] },
		expected: [{ kind: "decision-check-in", to: "Jane Doe", due: "2026-11-17", windowEnd: "2026-11-18" }],
	},
	{
		title: "told 'in one week' after a Tuesday interview: check in on day eight",
		today: "2026-11-17",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-10", decision_date: "in one week", people: ["Jane Doe"] },
		expected: [{ kind: "decision-check-in", to: "Jane Doe", due: "2026-11-18", windowEnd: "2026-11-19" }],
	},
	{
		title: "a decision date on a Friday: the check-in is on Monday",
		today: "2026-11-17",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-16", decision_date: "Friday", people: ["Jane Doe"] },
		expected: [{ kind: "decision-check-in", to: "Jane Doe", due: "2026-11-23", windowEnd: "2026-11-24" }],
	},
	{
		title: "a holiday after the decision date moves the check-in on",
		today: "2026-11-20",
		settings: { holidays: ["2026-11-26"] },
		frontmatter: { tags: ["interview"], interview_date: "2026-11-18", decision_date: "2026-11-25", people: ["Jane Doe"] },
		expected: [{ kind: "decision-check-in", to: "Jane Doe", due: "2026-11-27", windowEnd: "2026-11-30" }],
	},
];
