/**
 * Words for follow-ups, for people reading them: the terminal table, the markdown
 * dashboard, the calendar file, the panel and the drafts say the same thing the same way.
 */
import { daysBetween, shortDay } from "./dates";
import type { Channel, Day, FollowUp, FollowUpKind, FollowUpStatus } from "./model";

/** The words for one follow-up kind, one for each place it is shown. */
export interface KindWords {
	/** A label in a list of follow-ups (terminal table, dashboard, calendar, panel table): "Thank-you note". */
	label: string;
	/** A short name (the panel's kind filter, its notices, the timeline): "Thank-you". */
	name: string;
	/** The title of a draft block inserted into a note: "Thank-you". */
	title: string;
	/** What to do, as an instruction naming the person when there is one (the panel's rows). */
	action: (to: string | null) => string;
}

/** The words of a kind whose label, name and title are the same words. */
function sameWords(words: string, action: KindWords["action"]): KindWords {
	return { label: words, name: words, title: words, action };
}

/** Every follow-up kind's words. */
export const KIND_WORDS: Readonly<Record<FollowUpKind, KindWords>> = {
	"thank-you": {
		label: "Thank-you note",
		name: "Thank-you",
		title: "Thank-you",
		action: (to) => (to ? `Send a thank-you note to ${to}` : "Send a thank-you note"),
	},
	"want-the-job": {
		label: "Say you want the job",
		name: "Want the job",
		title: "I want the job",
		action: (to) => (to ? `Tell ${to} you want to join the team` : "Say you want to join the team"),
	},
	"thank-staff": {
		label: "Thank-you to staff",
		name: "Thank staff",
		title: "Thanks to the staff",
		action: (to) => (to ? `Thank ${to}` : "Thank the staff"),
	},
	"update-referrer": {
		label: "Update your referrer",
		name: "Referrer update",
		title: "Update for the referrer",
		action: (to) => (to ? `Tell ${to} how it went` : "Tell your referrer how it went"),
	},
	"get-contact-info": {
		label: "Get contact details",
		name: "Contact details",
		title: "Get contact details",
		action: (to) => (to ? `Get contact details for ${to}` : "Get contact details"),
	},
	"value-add": {
		label: "Value-add note",
		name: "Value-add",
		title: "Something useful",
		action: (to) => (to ? `Send ${to} something useful` : "Send something useful"),
	},
	"ask-next-steps": {
		label: "Ask about next steps",
		name: "Next steps",
		title: "Before the interview ends",
		action: () => "Ask about next steps before you leave",
	},
	reminder: {
		label: "Your planned follow-up",
		name: "Your reminder",
		title: "Follow-up you planned",
		action: (to) => (to ? `Follow up with ${to}, as you planned` : "Follow up, as you planned"),
	},
	callback: {
		label: "Call back",
		name: "Call back",
		title: "Phone call",
		action: (to) => (to ? `Call ${to} back` : "Call back"),
	},
	"decision-check-in": sameWords("Decision check-in", (to) => (to ? `Ask ${to} about the decision` : "Ask about the decision")),
	"check-in": sameWords("Check-in", (to) => (to ? `Check in with ${to}` : "Check in")),
	"second-check-in": sameWords("Second check-in", (to) => (to ? `Check in with ${to} once more` : "Check in once more")),
	"closing-note": sameWords("Closing note", (to) => (to ? `Send ${to} a closing note` : "Send a closing note")),
	"rejection-reply": {
		label: "Reply to the rejection",
		name: "Rejection reply",
		title: "Reply to the rejection",
		action: (to) => (to ? `Thank ${to} and stay gracious` : "Reply to the rejection"),
	},
	"stay-in-touch": sameWords("Stay in touch", (to) => (to ? `Stay in touch with ${to}` : "Stay in touch")),
};

/** How a channel reads after a name: "Jane Doe by email". */
export const CHANNEL_PHRASES: Readonly<Record<Channel, string>> = {
	email: "by email",
	phone: "by phone",
	linkedin: "on LinkedIn",
	note: "by handwritten note",
};

/** A channel on its own, for a column: "Email", "LinkedIn". */
export const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
	email: "Email",
	phone: "Phone",
	linkedin: "LinkedIn",
	note: "Handwritten note",
};

/** "1 note", "3 notes": a count and a word that takes an -s. */
export function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "1 day overdue", "3 days overdue": how long ago a follow-up's window closed. */
export function overdueText(windowEnd: Day, today: Day): string {
	return `${plural(daysBetween(windowEnd, today), "day")} overdue`;
}

/** "3 days overdue", "today", "until Wed 25 Nov", "Mon 30 Nov" ("Sun 19 Nov 9026" when far off). */
export function whenText(followUp: FollowUp, today: Day): string {
	if (followUp.status === "overdue") return overdueText(followUp.windowEnd, today);
	if (followUp.status === "due") return followUp.windowEnd === today ? "today" : `until ${dayFrom(followUp.windowEnd, today)}`;
	return dayFrom(followUp.due, today);
}

/** "Mon 30 Nov" for a day within half a year of today; with its year ("Sun 19 Nov 9026") further off. */
export function dayFrom(day: Day, today: Day): string {
	return Math.abs(daysBetween(today, day)) > 183 ? headerDay(day) : shortDay(day);
}

/** "Acme — Product Manager", whichever of the two is known, or "(no company)". */
export function interviewText(followUp: Pick<FollowUp, "company" | "role">): string {
	if (followUp.company !== null && followUp.role !== null) return `${followUp.company} — ${followUp.role}`;
	return followUp.company ?? followUp.role ?? "(no company)";
}

/** A day with its year, for headers: "Mon 23 Nov 2026". */
export function headerDay(day: Day): string {
	return `${shortDay(day)} ${day.slice(0, 4)}`;
}

/** "1 more follow-up is", "3 more follow-ups are": the start of a line about those further ahead. */
export function moreFollowUpsPhrase(count: number): string {
	return count === 1 ? "1 more follow-up is" : `${count} more follow-ups are`;
}

/** "next day" or "next 14 days". */
export function nextDaysPhrase(days: number): string {
	return days === 1 ? "next day" : `next ${days} days`;
}

/** The statuses asked for, as words: "overdue, due now or coming up in the next 14 days". */
export function statusesPhrase(statuses: readonly FollowUpStatus[], horizonDays: number): string {
	const phrases = statuses.map((status) =>
		status === "overdue" ? "overdue" : status === "due" ? "due now" : `coming up in the ${nextDaysPhrase(horizonDays)}`,
	);
	return joinList(phrases, "or");
}

/** "a", "a and b", "a, b and c" (or `last` before the last item: "a, b or c"). */
export function joinList(items: readonly string[], last = "and"): string {
	if (items.length <= 1) return items[0] ?? "";
	return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}
