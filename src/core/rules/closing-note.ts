/** closing-note: two follow-ups went unanswered; close politely and leave the door open. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day } from "./context";
import { laterStep } from "./chain";

/** What `closing-note` does, in a sentence for docs/rules.md (examples.ts). */
export const closingNoteSummary =
	"After two unanswered chain messages, one last friendly note 4 business days after the second; then only stay-in-touch remains.";

/** After two unanswered follow-ups, a polite closing note (seed 002). */
export const closingNote: Rule = {
	statuses: ACTIVE_ONLY,
	propose(context) {
		return laterStep(
			context,
			2,
			"closing-note",
			(person, L, due, windowEnd) =>
				`Two follow-ups have gone unanswered (the last on ${day(L)}): 4 business days later, ${day(due)}, close politely, saying you still hope to work together and leaving the next move to them (on time until ${day(windowEnd)}).`,
		);
	},
};

/** Worked examples of `closing-note`: each runs as a test and is listed in docs/rules.md. */
export const closingNoteExamples: readonly RuleExample[] = [
	{
		title: "two unanswered follow-ups: a closing note 4 business days after the second",
		today: "2026-11-30",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-05",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-11-11", kind: "check-in", to: "Jane Doe" },
				{ date: "2026-11-17", kind: "second-check-in", to: "Jane Doe" },
			],
		},
		expected: [{ kind: "closing-note", to: "Jane Doe", due: "2026-11-23", windowEnd: "2026-11-24" }],
	},
	{
		title: "after the closing note the chain is complete",
		today: "2026-11-30",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-05",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-11-11", kind: "check-in", to: "Jane Doe" },
				{ date: "2026-11-17", kind: "second-check-in", to: "Jane Doe" },
				{ date: "2026-11-23", kind: "closing-note", to: "Jane Doe" },
			],
		},
		expected: [],
	},
	{
		title: "a closing note sent early ends the chain all the same",
		today: "2026-11-30",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-05",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-11-11", kind: "check-in", to: "Jane Doe" },
				{ date: "2026-11-17", kind: "closing-note", to: "Jane Doe" },
			],
		},
		expected: [],
	},
];
