/**
 * The panel's words: what a follow-up asks the user to do, when, and how rows group.
 * Plain functions of data (no DOM, no obsidian), shared by the panel, the commands and
 * the status bar, and tested on their own.
 */
import { addDays, shortDay } from "../core/dates";
import type { Day, FollowUp } from "../core/model";
import { isTask } from "../core/model";
import { CHANNEL_PHRASES, KIND_WORDS, overdueText } from "../core/follow-up-text";
import { selectFollowUps } from "../core/select-follow-ups";
import { noteTitle } from "../core/export/links";

/** What the panel and the dashboards say until the first reading of the vault is done. */
export const READING_NOTES = "Reading your interview notes…";

/** "Send a thank-you note to Jane Doe by email"; tasks have no channel. */
export function describeFollowUp(f: FollowUp): string {
	const action = KIND_WORDS[f.kind].action(f.to);
	if (!f.channel || isTask(f.kind)) return action;
	return f.kind === "callback" ? `${action} (phone)` : `${action} ${CHANNEL_PHRASES[f.channel]}`;
}

/** "Acme · Product manager", or whichever of the two is known. */
export function opportunityTitle(company: string | null, role: string | null, path: string): string {
	const parts = [company, role].filter((p): p is string => p !== null && p !== "");
	if (parts.length > 0) return parts.join(" · ");
	return noteTitle(path);
}

/** "2 days overdue", "today", "tomorrow", "Mon 30 Nov": when, relative to today. */
export function whenPhrase(f: FollowUp, today: Day): string {
	if (f.status === "overdue") return overdueText(f.windowEnd, today);
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
	const { shown, later } = selectFollowUps(followUps, today, { horizonDays });
	for (const f of shown) groups[f.status].push(f);
	return { groups, beyondHorizon: later.length };
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
