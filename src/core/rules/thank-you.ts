/** thank-you: every person met (not staff, not referrers) is thanked on the day. */
import type { Person } from "../model";
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day, forEachPerson, nameOrWho } from "./context";

/** What `thank-you` does, in a sentence for docs/rules.md (examples.ts). */
export const thankYouSummary =
	"Thank each person you met, personally, on the day of the interview; the window closes one business day later.";

/** Thank each interviewer the day of the interview (seeds 001, 002, 003, 004). */
export const thankYou: Rule = {
	statuses: ACTIVE_ONLY,
	propose(context) {
		const { note, interview } = context.facts;
		if (note.format === "informal") return [];
		// Nobody named: one thank-you, to whoever interviewed you.
		const people: (Person | null)[] = note.people.length === 0 ? [null] : note.people;
		return forEachPerson(
			context,
			people,
			"thank-you",
			(p) => p === null || (p.relation !== "staff" && p.relation !== "referrer"),
			[0, 1],
			(person, due, windowEnd) =>
				`Everyone who interviewed you deserves their own short thank-you, sent the same day while the conversation is fresh: interview ${day(interview)}, so thank ${nameOrWho(person, "interviewers")} that day, ${day(due)}, or by the next business day, ${day(windowEnd)}.`,
		);
	},
};

/** Worked examples of `thank-you`: each runs as a test and is listed in docs/rules.md. */
export const thankYouExamples: readonly RuleExample[] = [
	{
		title: "each interviewer gets a thank-you due on the interview day",
		today: "2026-11-19",
		frontmatter: { tags: ["interview"], company: "Acme", interview_date: "2026-11-19", people: ["Jane Doe", "Raj Patel"] },
		expected: [
			{ kind: "thank-you", to: "Jane Doe", due: "2026-11-19", windowEnd: "2026-11-20" },
			{ kind: "thank-you", to: "Raj Patel", due: "2026-11-19", windowEnd: "2026-11-20" },
		],
	},
	{
		title: "a Friday interview's window runs to Monday",
		today: "2026-11-20",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-20", people: ["Jane Doe"] },
		expected: [{ kind: "thank-you", to: "Jane Doe", due: "2026-11-20", windowEnd: "2026-11-23" }],
	},
	{
		title: "staff and referrers are thanked by their own rules, not this one",
		today: "2026-11-19",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			people: ["Jane Doe", { name: "Sam Lee", relation: "receptionist" }, { name: "Ola Berg", relation: "referral" }],
		},
		expected: [{ kind: "thank-you", to: "Jane Doe", due: "2026-11-19", windowEnd: "2026-11-20" }],
	},
	{
		title: "a thank-you logged as sent is no longer listed",
		today: "2026-11-20",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			people: ["Jane Doe", "Raj Patel"],
			follow_ups: [{ date: "2026-11-19", kind: "thank-you", to: "jane doe" }],
		},
		expected: [{ kind: "thank-you", to: "Raj Patel", due: "2026-11-19", windowEnd: "2026-11-20" }],
	},
	{
		title: "a coffee chat gets a want-the-job note instead",
		today: "2026-11-19",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-19", format: "coffee chat", people: ["Jane Doe"] },
		expected: [],
	},
	{
		title: "an ended opportunity without an interview date: nothing, and no warning",
		today: "2026-11-23",
		frontmatter: { tags: ["interview"], status: "withdrawn", people: ["Jane Doe"] },
		expected: [],
		diagnostics: [],
	},
];
