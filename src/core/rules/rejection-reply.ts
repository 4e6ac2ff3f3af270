/** rejection-reply: after a rejection, thank them and ask to stay in touch. */
import type { Rule, RuleExample } from "./context";
import { readFrom } from "../origin-text";
import { day, nameOrWho } from "./context";
import { addBusinessDays } from "../dates";

/** What `rejection-reply` does, in a sentence for docs/rules.md (examples.ts). */
export const rejectionReplySummary =
	"When the status says rejected, reply graciously the business day after the news (status_date, else their last reply); on time for one more business day.";

/** Stay gracious after a no; runners-up get called back (seed 001). */
export const rejectionReply: Rule = {
	statuses: ["rejected"],
	propose({ facts, calendar, today }) {
		const person = facts.contact;
		const known = facts.note.statusDate ?? facts.lastReply?.date ?? null;
		const R = known ?? today;
		const due = addBusinessDays(R, 1, calendar);
		const windowEnd = addBusinessDays(R, 2, calendar);
		const source =
			facts.note.statusDate !== null
				? `the news came${readFrom(facts.note.statusDateOrigin ?? facts.note.statusOrigin)}`
				: known !== null
					? "their last message came"
					: "no date is recorded, so today counts";
		return [
			{
				kind: "rejection-reply",
				person,
				due,
				windowEnd,
				since: known ?? facts.interview,
				reason: `A no is not the end: thank ${nameOrWho(person)} for considering you and ask to stay in touch, since companies often come back to a strong runner-up. ${day(R)} (${source}) + 1 business day = ${day(due)}, on time until ${day(windowEnd)}.`,
			},
		];
	},
};

/** Worked examples of `rejection-reply`: each runs as a test and is listed in docs/rules.md. */
export const rejectionReplyExamples: readonly RuleExample[] = [
	{
		title: "rejected on Friday: reply on Monday",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			status: "rejected",
			status_date: "2026-11-20",
			people: ["Jane Doe"],
		},
		expected: [{ kind: "rejection-reply", to: "Jane Doe", due: "2026-11-23", windowEnd: "2026-11-24" }],
	},
	{
		title: "without a status date, the rejection email's date counts",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			status: "not selected",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-11-18", from: "Jane Doe", kind: "rejection" }],
		},
		expected: [{ kind: "rejection-reply", to: "Jane Doe", due: "2026-11-19", windowEnd: "2026-11-20" }],
	},
	{
		title: "only staff named: the reply goes to nobody, worded for the recruiter or hiring manager",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			status: "rejected",
			status_date: "2026-11-20",
			people: [{ name: "Ola Berg", relation: "receptionist" }],
		},
		expected: [{ kind: "rejection-reply", to: null, due: "2026-11-23", windowEnd: "2026-11-24" }],
	},
	{
		title: "a thank-you sent to the person after their rejection is the reply",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			status: "rejected",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-11-18", from: "Jane Doe", kind: "rejection" },
				{ date: "2026-11-19", to: "Jane Doe", kind: "thank-you" },
			],
		},
		expected: [],
	},
	{
		title: "a thank-you sent on or after the status date of a rejection is the reply",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			status: "rejected",
			status_date: "2026-11-18",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-11-12", to: "Jane Doe", kind: "thank-you" },
				{ date: "2026-11-18", to: "Jane Doe", kind: "thank-you" },
			],
		},
		expected: [],
	},
	{
		title: "the reply went to the recruiter who gave the news: nothing more to the interviewer",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-10",
			status: "rejected",
			people: ["Lucia Romero"],
			follow_ups: [
				{ date: "2026-11-13", from: "Tom Fairley", kind: "rejection" },
				{ date: "2026-11-16", to: "Tom Fairley", kind: "rejection-reply" },
			],
		},
		expected: [],
	},
	{
		title: "with neither a status date nor a reply, a reply logged since the interview counts as sent",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-12",
			status: "rejected",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-11-16", kind: "rejection-reply", to: "Jane Doe" }],
		},
		expected: [],
		diagnostics: ["missing-status-date"],
	},
];
