/** want-the-job: after an informal meeting, tell the manager plainly that you want to join. */
import type { Rule, RuleExample } from "./context";
import { ACTIVE_ONLY, day, forEachPerson, nameOrWho } from "./context";

/** What `want-the-job` does, in a sentence for docs/rules.md (examples.ts). */
export const wantTheJobSummary =
	"After an informal meeting, send the primary contact one clear note that you would like to join their team (no résumé attached), within two business days.";

/** After a coffee chat or networking meeting, say clearly you want to join (seed 000). */
export const wantTheJob: Rule = {
	statuses: ACTIVE_ONLY,
	propose(context) {
		const { facts } = context;
		if (facts.note.format !== "informal" || facts.superseded) return [];
		return forEachPerson(
			context,
			[facts.contact],
			"want-the-job",
			() => true,
			[0, 2],
			(person, _due, windowEnd) =>
				`An informal chat is not a formal interview, so nobody will assume you want the job until you say it: thank ${nameOrWho(person, "met")} and say plainly you would like to join their team, without attaching a résumé. Met ${day(facts.interview)}; send it by ${day(windowEnd)} (2 business days).`,
		);
	},
};

/** Worked examples of `want-the-job`: each runs as a test and is listed in docs/rules.md. */
export const wantTheJobExamples: readonly RuleExample[] = [
	{
		title: "a coffee chat on Thursday: one note to the primary contact by Monday",
		today: "2026-11-19",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-19",
			format: "coffee",
			people: ["Jane Doe", { name: "Marco Ruiz", relation: "hiring manager" }],
		},
		expected: [{ kind: "want-the-job", to: "Marco Ruiz", due: "2026-11-19", windowEnd: "2026-11-23" }],
	},
	{
		title: "a formal interview gets thank-yous instead",
		today: "2026-11-19",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-19", format: "onsite", people: ["Jane Doe"] },
		expected: [],
	},
	{
		title: "a later round with the same company makes it out of date",
		today: "2026-11-20",
		frontmatter: { tags: ["interview"], company: "Acme", interview_date: "2026-11-19", format: "coffee", people: ["Jane Doe"] },
		otherNotes: [{ tags: ["interview"], company: "Acme", interview_date: "2026-12-01", people: ["Raj Patel"] }],
		expected: [],
	},
];
