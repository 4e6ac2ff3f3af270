/**
 * The panel's words: what a follow-up asks the user to do, when, and how rows group.
 * Plain functions of data (no DOM, no obsidian), shared by the panel, the commands and
 * the status bar, and tested on their own.
 */
import { addDays, daysBetween, shortDay } from "../core/dates";
import type { Channel, Day, FollowUp, FollowUpKind } from "../core/model";
import { TASK_KINDS } from "../core/model";

/**
 * What to do, as an instruction naming the person. The drafts' KIND_LABELS are titles
 * for inserted blocks; a to-do list reads better as instructions.
 */
export const KIND_ACTIONS: Readonly<Record<FollowUpKind, (to: string | null) => string>> = {
	"thank-you": (to) => (to ? `Send a thank-you note to ${to}` : "Send a thank-you note"),
	"want-the-job": (to) => (to ? `Tell ${to} you want to join the team` : "Say you want to join the team"),
	"thank-staff": (to) => (to ? `Thank ${to}` : "Thank the staff"),
	"update-referrer": (to) => (to ? `Tell ${to} how it went` : "Tell your referrer how it went"),
	"get-contact-info": (to) => (to ? `Get contact details for ${to}` : "Get contact details"),
	"value-add": (to) => (to ? `Send ${to} something useful` : "Send something useful"),
	"ask-next-steps": () => "Ask about next steps before you leave",
	reminder: (to) => (to ? `Follow up with ${to}, as you planned` : "Follow up, as you planned"),
	callback: (to) => (to ? `Call ${to} back` : "Call back"),
	"decision-check-in": (to) => (to ? `Ask ${to} about the decision` : "Ask about the decision"),
	"check-in": (to) => (to ? `Check in with ${to}` : "Check in"),
	"second-check-in": (to) => (to ? `Check in with ${to} once more` : "Check in once more"),
	"closing-note": (to) => (to ? `Send ${to} a closing note` : "Send a closing note"),
	"rejection-reply": (to) => (to ? `Thank ${to} and stay gracious` : "Reply to the rejection"),
	"stay-in-touch": (to) => (to ? `Stay in touch with ${to}` : "Stay in touch"),
};

/** A kind's short name for the kind filter. */
export const KIND_NAMES: Readonly<Record<FollowUpKind, string>> = {
	"thank-you": "Thank-you",
	"want-the-job": "Want the job",
	"thank-staff": "Thank staff",
	"update-referrer": "Referrer update",
	"get-contact-info": "Contact details",
	"value-add": "Value-add",
	"ask-next-steps": "Next steps",
	reminder: "Your reminder",
	callback: "Call back",
	"decision-check-in": "Decision check-in",
	"check-in": "Check-in",
	"second-check-in": "Second check-in",
	"closing-note": "Closing note",
	"rejection-reply": "Rejection reply",
	"stay-in-touch": "Stay in touch",
};

const CHANNEL_WORDS: Readonly<Record<Channel, string>> = {
	email: "by email",
	phone: "by phone",
	linkedin: "on LinkedIn",
	note: "by handwritten note",
};

/** True for kinds that are tasks for the user (nothing is sent to anyone). */
export function isTask(kind: FollowUpKind): boolean {
	return TASK_KINDS.includes(kind);
}

/** "Send a thank-you note to Jane Doe by email"; tasks have no channel. */
export function describeFollowUp(f: FollowUp): string {
	const action = KIND_ACTIONS[f.kind](f.to);
	if (!f.channel || isTask(f.kind)) return action;
	return f.kind === "callback" ? `${action} (phone)` : `${action} ${CHANNEL_WORDS[f.channel]}`;
}

/** "Acme · Product manager", or whichever of the two is known. */
export function opportunityTitle(company: string | null, role: string | null, path: string): string {
	const parts = [company, role].filter((p): p is string => p !== null && p !== "");
	if (parts.length > 0) return parts.join(" · ");
	return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

/** "2 days overdue", "today", "tomorrow", "Mon 30 Nov": when, relative to today. */
export function whenPhrase(f: FollowUp, today: Day): string {
	if (f.status === "overdue") {
		const late = daysBetween(f.windowEnd, today);
		return late === 1 ? "1 day overdue" : `${late} days overdue`;
	}
	if (f.status === "due") return "today";
	if (f.due === addDays(today, 1)) return "tomorrow";
	return shortDay(f.due);
}

/** The whole window, for a tooltip: "Fri 20 Nov to Tue 24 Nov", or the one day. */
export function windowPhrase(f: FollowUp): string {
	return f.due === f.windowEnd ? `On ${shortDay(f.due)}` : `From ${shortDay(f.due)} to ${shortDay(f.windowEnd)}`;
}

/** The three groups of the panel, in display order. */
export type GroupId = "overdue" | "due" | "upcoming";

/** A group's heading. */
export const GROUP_TITLES: Readonly<Record<GroupId, string>> = {
	overdue: "Overdue",
	due: "Due today",
	upcoming: "Upcoming",
};

/**
 * Splits follow-ups into Overdue / Due today / Upcoming. Upcoming stops at the horizon
 * (days after today); the rest are counted so the panel can say how many wait beyond it.
 */
export function groupFollowUps(
	followUps: readonly FollowUp[],
	today: Day,
	horizonDays: number,
): { groups: Record<GroupId, FollowUp[]>; beyondHorizon: number } {
	const groups: Record<GroupId, FollowUp[]> = { overdue: [], due: [], upcoming: [] };
	let beyondHorizon = 0;
	const last = addDays(today, horizonDays);
	for (const f of followUps) {
		if (f.status === "upcoming") {
			if (f.due > last) beyondHorizon += 1;
			else groups.upcoming.push(f);
		} else groups[f.status === "overdue" ? "overdue" : "due"].push(f);
	}
	return { groups, beyondHorizon };
}

/** How many follow-ups need doing now (overdue or due). */
export function countActionable(followUps: readonly FollowUp[]): { overdue: number; due: number } {
	let overdue = 0;
	let due = 0;
	for (const f of followUps) {
		if (f.status === "overdue") overdue += 1;
		else if (f.status === "due") due += 1;
	}
	return { overdue, due };
}

/** "2 overdue, 1 due today", or null when nothing needs doing. */
export function summaryPhrase(followUps: readonly FollowUp[]): string | null {
	const { overdue, due } = countActionable(followUps);
	const parts: string[] = [];
	if (overdue > 0) parts.push(`${overdue} overdue`);
	if (due > 0) parts.push(`${due} due today`);
	return parts.length > 0 ? parts.join(", ") : null;
}

/** A stable key per follow-up, to keep a row expanded across re-renders. */
export function followUpKey(f: FollowUp): string {
	return `${f.note}\u0000${f.kind}\u0000${f.to ?? ""}`;
}

/** "1 note needs attention", "3 notes need attention". */
export function attentionPhrase(count: number): string {
	return count === 1 ? "1 note needs attention" : `${count} notes need attention`;
}
