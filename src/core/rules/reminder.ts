/**
 * reminder: a day the user chose to follow up (existing-vaults.md §5). Listed on that day,
 * to the primary contact or whoever handles the process; it also holds back the check-in
 * chain, which never comes due before it.
 */
import type { Day, InterviewNote, Person, StatusGroup } from "../model";
import type { BusinessCalendar } from "../dates";
import { addBusinessDays } from "../dates";
import type { NoteRule, Proposal, RuleExample } from "./context";
import { companyContact, day, isMessage, nameOrWho, orderedLog } from "./context";

/** The statuses a reminder is listed for: the user may set one before any interview. */
const REMINDER_STATUSES: readonly StatusGroup[] = ["active", "applying"];

/** What `reminder` does, in a sentence for docs/rules.md (examples.ts). */
export const reminderSummary =
	"A follow-up day you set yourself (`follow_up_on`, `followUpDate`, …) is listed on that day, to your main contact; the check-in chain waits for it. A message sent, or an interview held, on or after that day settles it.";

/** The follow-up day the user set (seed 002: follow up when you said you would, not before). */
export const reminder: NoteRule = {
	statuses: REMINDER_STATUSES,
	proposeForNote: reminderProposal,
};

/**
 * The reminder's proposal, or null when there is none, the status rules it out, or it is
 * done: a message sent, or an interview held, on or after its day.
 */
export function reminderProposal(note: InterviewNote, calendar: BusinessCalendar): Proposal | null {
	const reminder = note.reminder ?? null;
	if (reminder === null || !REMINDER_STATUSES.includes(note.status)) return null;
	const at = reminder.day;
	if (orderedLog(note.log).some((e) => isMessage(e) && e.date >= at)) return null;
	if ((note.rounds ?? []).some((r) => r.date >= at) || (note.interviewDate !== null && note.interviewDate >= at)) return null;
	const person: Person | null = companyContact(note.people);
	const windowEnd = addBusinessDays(at, 1, calendar);
	return {
		kind: "reminder",
		person,
		due: at,
		windowEnd,
		since: at,
		reason: `You set a reminder to follow up on ${day(at)}: write to ${nameOrWho(person)} then (on time until ${day(windowEnd)}).`,
	};
}

/** The chain step moved so that it is not due before the user's reminder day. */
export function heldBackByReminder(proposal: Proposal, reminder: Day, calendar: BusinessCalendar, length: number): Proposal {
	if (proposal.due >= reminder) return proposal;
	return {
		...proposal,
		due: reminder,
		windowEnd: addBusinessDays(reminder, length, calendar),
		reason: `${proposal.reason} You set a reminder for ${day(reminder)}, so it waits until then.`,
	};
}

/** Worked examples of `reminder`: each runs as a test and is listed in docs/rules.md. */
export const reminderExamples: readonly RuleExample[] = [
	{
		title: "a follow-up day set by hand on an application with no interview yet",
		today: "2026-11-23",
		frontmatter: { tags: ["interview"], company: "Acme", status: "applied", follow_up_on: "2026-11-24", people: ["Jane Doe"] },
		expected: [{ kind: "reminder", to: "Jane Doe", due: "2026-11-24", windowEnd: "2026-11-25" }],
	},
	{
		title: "nobody named: the reminder is still listed",
		today: "2026-11-23",
		frontmatter: { tags: ["interview"], company: "Acme", status: "applied", followUpDate: "2026-11-20" },
		expected: [{ kind: "reminder", to: null, due: "2026-11-20", windowEnd: "2026-11-23" }],
	},
	{
		title: "a message sent on or after the day marks it done",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			status: "applied",
			follow_up_on: "2026-11-18",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-11-18", kind: "follow-up", to: "Jane Doe" }],
		},
		expected: [],
	},
	{
		title: "an interview held after the reminder day makes it moot",
		today: "2026-11-23",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-19", follow_up_on: "2026-11-16", people: ["Jane Doe"] },
		expected: [],
	},
];
