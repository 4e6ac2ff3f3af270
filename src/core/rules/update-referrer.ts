/** update-referrer: tell the person who referred you how it went. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day, forEachPerson } from "./context";

/** What `update-referrer` does, in a sentence for docs/rules.md (examples.ts). */
export const updateReferrerSummary =
	"Tell whoever referred you how the interview went, from the next business day to three business days after; once a later round of the note has been held, only that round's update is listed.";

/** Keep the person who opened the door informed (seed 001). */
export const updateReferrer: Rule = {
	statuses: ACTIVE_ONLY,
	propose: (context) =>
		forEachPerson(
			context,
			context.facts.note.people,
			"update-referrer",
			(p) => p.relation === "referrer",
			[1, 3],
			(person, due, windowEnd) =>
				`${person.name} helped you get this interview; a quick update and a thank-you keeps that connection warm. Interview ${day(context.facts.interview)}: from the next business day, ${day(due)}, until ${day(windowEnd)} (3 business days).`,
		),
};

/** Worked examples of `update-referrer`: each runs as a test and is listed in docs/rules.md. */
export const updateReferrerExamples: readonly RuleExample[] = [
	{
		title: "the referrer hears how it went from the next business day",
		today: "2026-11-20",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			people: ["Jane Doe", { name: "Ola Berg", relation: "referrer", email: "ola@example.com" }],
		},
		expected: [{ kind: "update-referrer", to: "Ola Berg", due: "2026-11-20", windowEnd: "2026-11-24" }],
	},
];
