/** get-contact-info: a task to collect the details of anyone the note has no way to reach. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day, forEachPerson, isAbout } from "./context";

/** What `get-contact-info` does, in a sentence for docs/rules.md (examples.ts). */
export const getContactInfoSummary =
	"For each person (staff and referrers aside) with no email, phone or LinkedIn in the note (at an earlier round, nobody already written to), a task to find their details, by the next business day.";

/** Collect cards and contact details of everyone you met (seeds 003, 004). */
export const getContactInfo: Rule = {
	statuses: ACTIVE_ONLY,
	propose: (context) =>
		forEachPerson(
			context,
			context.facts.note.people,
			"get-contact-info",
			// At an earlier round, someone already written to was reached: their details are no
			// task any more. A message that names nobody ("sent the thank-yous") counts from the round on.
			// Staff are thanked through others, and whoever referred you is someone you already reach.
			(p) =>
				p.relation !== "staff" &&
				p.relation !== "referrer" &&
				p.email === null &&
				p.phone === null &&
				p.linkedin === null &&
				!(
					context.facts.superseded &&
					context.facts.entries.some(
						(e) =>
							e.direction === "sent" &&
							!e.dismissed &&
							isAbout(e, p) &&
							(e.person !== null || e.date >= context.facts.interview),
					)
				),
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
		title: "no task for whoever referred you: you already know how to reach them",
		today: "2026-11-19",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			people: [
				{ name: "Jane Doe", email: "jane@acme.example" },
				{ name: "Ola Berg", relation: "referrer" },
			],
		},
		expected: [],
	},
	{
		title: "an earlier round: no task for the details of someone already thanked",
		today: "2026-11-20",
		frontmatter: {
			tags: ["interview"],
			interviews: [
				{ date: "2026-11-10", people: ["Raj Patel", "Jane Doe"] },
				{ date: "2026-11-19", people: [{ name: "Ola Berg", email: "ola@acme.example" }] },
			],
			follow_ups: [
				{ date: "2026-11-10", kind: "thank-you", to: "Raj Patel" },
				{ date: "2026-11-19", kind: "thank-you", to: "Ola Berg" },
			],
		},
		expected: [{ kind: "get-contact-info", to: "Jane Doe", due: "2026-11-10", windowEnd: "2026-11-11" }],
	},
];
