/**
 * Words for follow-ups, for people reading a list of them: the terminal table, the
 * markdown dashboard and the calendar file say the same thing the same way.
 * (The drafts have their own KIND_LABELS: titles for inserted blocks, not list labels.)
 */
import { daysBetween, shortDay } from "./dates";
import type { Channel, Day, FollowUp, FollowUpKind, FollowUpStatus } from "./model";

/** Each follow-up kind as a short label, sentence case. */
export const KIND_LABELS: Readonly<Record<FollowUpKind, string>> = {
	"thank-you": "Thank-you note",
	"want-the-job": "Say you want the job",
	"thank-staff": "Thank-you to staff",
	"update-referrer": "Update your referrer",
	"get-contact-info": "Get contact details",
	"value-add": "Value-add note",
	"ask-next-steps": "Ask about next steps",
	reminder: "Your planned follow-up",
	callback: "Call back",
	"decision-check-in": "Decision check-in",
	"check-in": "Check-in",
	"second-check-in": "Second check-in",
	"closing-note": "Closing note",
	"rejection-reply": "Reply to the rejection",
	"stay-in-touch": "Stay in touch",
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

/** "3 days overdue", "today", "until Wed 25 Nov", "Mon 30 Nov". */
export function whenText(followUp: FollowUp, today: Day): string {
	if (followUp.status === "overdue") {
		const late = daysBetween(followUp.windowEnd, today);
		return late === 1 ? "1 day overdue" : `${late} days overdue`;
	}
	if (followUp.status === "due") return followUp.windowEnd === today ? "today" : `until ${shortDay(followUp.windowEnd)}`;
	return shortDay(followUp.due);
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

/** "next day" or "next 14 days". */
export function nextDaysPhrase(days: number): string {
	return days === 1 ? "next day" : `next ${days} days`;
}

/** The statuses asked for, as words: "overdue, due now or coming up in the next 14 days". */
export function statusesPhrase(statuses: readonly FollowUpStatus[], horizonDays: number): string {
	const phrases = statuses.map((status) =>
		status === "overdue" ? "overdue" : status === "due" ? "due now" : `coming up in the ${nextDaysPhrase(horizonDays)}`,
	);
	if (phrases.length <= 1) return phrases.join("");
	return `${phrases.slice(0, -1).join(", ")} or ${phrases[phrases.length - 1]}`;
}
