/** value-add: a couple of days after, send something useful tied to what was discussed. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day, forEachPerson, nameOrWho } from "./context";
import { firstStep } from "./chain";

/** What `value-add` does, in a sentence for docs/rules.md (examples.ts). */
export const valueAddSummary =
	"When the note lists topics discussed, offer something useful on one of them 2 business days after the interview; it lapses once the first check-in is due, or when a later round exists.";

/** Add value on a topic you discussed (seeds 003, 000, 004). */
export const valueAdd: Rule = {
	statuses: ACTIVE_ONLY,
	propose(context) {
		const { facts, calendar, today } = context;
		if (facts.note.topics.length === 0 || facts.note.format === "informal" || facts.superseded) return [];
		const I = facts.interview;
		const expiry = firstStep(facts, I, calendar).due;
		if (today >= expiry) return [];
		const topic = facts.note.topics[0] ?? "";
		return forEachPerson(
			context,
			[facts.contact],
			"value-add",
			() => true,
			[2, 3],
			(person, due, windowEnd) =>
				`You discussed ${topic}: a couple of business days after the interview (${day(I)} + 2 = ${day(due)}, until ${day(windowEnd)}), send ${nameOrWho(person)} something useful on it, such as an article, a sample or a sharp question. It is no longer worth sending once the first check-in is due (${day(expiry)}).`,
		);
	},
};

/** Worked examples of `value-add`: each runs as a test and is listed in docs/rules.md. */
export const valueAddExamples: readonly RuleExample[] = [
	{
		title: "topics discussed: something useful two business days later",
		today: "2026-11-20",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			topics: ["onboarding churn"],
			people: [{ name: "Jane Doe", email: "jane@acme.example" }],
		},
		expected: [{ kind: "value-add", to: "Jane Doe", due: "2026-11-23", windowEnd: "2026-11-24" }],
	},
	{
		title: "a later round of the same job makes it moot",
		today: "2026-11-20",
		frontmatter: {
			tags: ["interview"],
			company: "Acme",
			interview_date: "2026-11-19",
			topics: ["onboarding churn"],
			people: [{ name: "Jane Doe", email: "jane@acme.example" }],
		},
		otherNotes: [{ tags: ["interview"], company: "Acme", interview_date: "2026-12-01", people: ["Raj Patel"] }],
		expected: [],
	},
	{
		title: "it lapses on the day the first check-in is due",
		today: "2026-11-25",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			topics: ["onboarding churn"],
			people: [{ name: "Jane Doe", email: "jane@acme.example" }],
		},
		expected: [],
	},
];
