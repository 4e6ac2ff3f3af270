/** get-contact-info: a task to collect the details of anyone the note has no way to reach. */
import type { Rule, RuleExample } from "./context";
import { day, forEachPerson, isAbout } from "./context";

/** What `get-contact-info` does, in a sentence for docs/rules.md (examples.ts). */
export const getContactInfoSummary =
	"For each person (staff aside) with no email, phone or LinkedIn in the note and nothing sent to them yet, a task to find their details, by the next business day.";

/** Collect cards and contact details of everyone you met (seeds 003, 004). */
export const getContactInfo: Rule = {
	statuses: ["active"],
	propose: (context) =>
		forEachPerson(
			context,
			context.facts.note.people,
			"get-contact-info",
			// Someone already written to can be reached: the note just does not say how.
			(p) =>
				p.relation !== "staff" &&
				p.email === null &&
				p.phone === null &&
				p.linkedin === null &&
				!context.facts.entries.some((e) => e.direction === "sent" && !e.dismissed && isAbout(e, p)),
			[0, 1],
			(person, _due, windowEnd) =>
				`The note has no email, phone or LinkedIn for ${person.name}, and every follow-up needs one: ask the recruiter or check their card and profile by ${day(windowEnd)}, the business day after the interview (${day(context.facts.interview)}).`,
		),
};

/** Worked examples of `get-contact-info`: each runs as a test and is listed in docs/rules.md. */
export const getContactInfoExamples: readonly RuleExample[] = [
	{
		title: "someone with no address gets a task; someone with an email does not",
		today: "2026-11-19",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			people: ["Raj Patel", { name: "Jane Doe", email: "jane@acme.example" }, { name: "Sam Lee", relation: "staff" }],
		},
		expected: [{ kind: "get-contact-info", to: "Raj Patel", due: "2026-11-19", windowEnd: "2026-11-20" }],
	},
	{
		title: "someone already written to can be reached: no task for them",
		today: "2026-11-20",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			people: ["Raj Patel", "Jane Doe"],
			follow_ups: [
				{ date: "2026-11-19", kind: "thank-you", to: "Raj Patel" },
				{ date: "2026-11-19", kind: "thank-you", to: "Jane Doe" },
			],
		},
		expected: [],
	},
];
