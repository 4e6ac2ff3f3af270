/** thank-staff: the receptionist, the coordinator and other helpful staff get a short thanks. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day, forEachPerson } from "./context";

/** What `thank-staff` does, in a sentence for docs/rules.md (examples.ts). */
export const thankStaffSummary =
	"Send a short thanks to each staff member who helped on the day (receptionist, coordinator, assistant), within two business days.";

/** Thank the staff who helped on the day (seed 003). */
export const thankStaff: Rule = {
	statuses: ACTIVE_ONLY,
	propose: (context) =>
		forEachPerson(
			context,
			context.facts.note.people,
			"thank-staff",
			(p) => p.relation === "staff",
			[0, 2],
			(person, due, windowEnd) =>
				`The people who organised your visit notice a thank-you, and interviewers often ask them how you came across: thank ${person.name} between ${day(due)} and ${day(windowEnd)} (2 business days after the interview).`,
		),
};

/** Worked examples of `thank-staff`: each runs as a test and is listed in docs/rules.md. */
export const thankStaffExamples: readonly RuleExample[] = [
	{
		title: "the coordinator is thanked within two business days",
		today: "2026-11-19",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			people: ["Jane Doe", { name: "Sam Lee", relation: "coordinator" }],
		},
		expected: [{ kind: "thank-staff", to: "Sam Lee", due: "2026-11-19", windowEnd: "2026-11-23" }],
	},
];
