/**
 * One interview as a picture: a vertical rail with the interview, every logged message
 * and reply, the dates the interviewer named, today, and the next steps with their
 * dates. Drawn with elements and CSS classes (themed in styles/timeline.css through
 * Obsidian's variables), so it follows the user's theme and reads on a phone.
 */
import { daysBetween, shortDay } from "../core/dates";
import { isFollowUpKind, type Day, type FollowUp, type InterviewNote, type LogEntry } from "../core/model";
import { KIND_WORDS } from "../core/follow-up-text";
import { describeFollowUp, whenPhrase } from "./ui-text";

/** One mark on the rail. */
export interface TimelineItem {
	/** Its day. */
	date: Day;
	/** What happened or will happen. */
	label: string;
	/** A second line (a reason, a channel); may be empty. */
	detail: string;
	/** Decides the dot's look. */
	type: "interview" | "sent" | "received" | "dismissed" | "snoozed" | "milestone" | "today" | "next";
	/** For `next` items: the follow-up's status. */
	status?: FollowUp["status"];
}

function logLabel(entry: LogEntry): { label: string; type: TimelineItem["type"] } {
	const kind = isFollowUpKind(entry.kind) ? KIND_WORDS[entry.kind].name : capitalise(entry.kind.replace(/-/g, " "));
	const who = entry.person ?? "someone";
	if (entry.snoozedUntil) return { label: `${kind} snoozed until ${shortDay(entry.snoozedUntil)}`, type: "snoozed" };
	if (entry.dismissed) return { label: `${kind} dismissed`, type: "dismissed" };
	if (entry.direction === "received") return { label: `${kind} from ${who}`, type: "received" };
	return { label: `${kind} to ${who}`, type: "sent" };
}

/** A mark on the rail, its second line empty unless given. */
function mark(date: Day, label: string, type: TimelineItem["type"], detail = ""): TimelineItem {
	return { date, label, detail, type };
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The items of a note's timeline, in date order (same-day log entries in written order). */
export function timelineItems(note: InterviewNote, followUps: readonly FollowUp[], today: Day): TimelineItem[] {
	const past: TimelineItem[] = [];
	if (note.interviewDate) {
		const who = note.people.map((p) => p.name).join(", ");
		past.push(
			mark(note.interviewDate, note.format ? `Interview (${note.format})` : "Interview", "interview", who ? `with ${who}` : ""),
		);
	}
	for (const entry of note.log) {
		const { label, type } = logLabel(entry);
		past.push(mark(entry.date, label, type));
	}
	if (note.decisionDate) past.push(mark(note.decisionDate, "Decision expected", "milestone"));
	if (note.callBack) past.push(mark(note.callBack, "Asked to call back", "milestone"));
	if (note.statusDate && note.statusText) past.push(mark(note.statusDate, `Status: ${note.statusText}`, "milestone"));
	// A stable sort keeps the log's written order within a day.
	const items = past
		.map((item, i) => ({ item, i }))
		.sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.i - b.i))
		.map((x) => x.item);

	const withToday: TimelineItem[] = [];
	let placed = false;
	for (const item of items) {
		if (!placed && item.date > today) {
			withToday.push(mark(today, "Today", "today"));
			placed = true;
		}
		withToday.push(item);
	}
	if (!placed) withToday.push(mark(today, "Today", "today"));
	for (const f of followUps) {
		// A step that is due now is drawn at today; an overdue one at the last day it was on time.
		const date = f.status === "due" ? today : f.status === "overdue" ? f.windowEnd : f.due;
		withToday.push({ ...mark(date, describeFollowUp(f), "next", whenPhrase(f, today)), status: f.status });
	}
	return withToday;
}

/** Draws the timeline into `parent`. */
export function renderTimeline(parent: HTMLElement, note: InterviewNote, followUps: readonly FollowUp[], today: Day): HTMLElement {
	const list = parent.createEl("ol", { cls: "ifu-timeline", attr: { "aria-label": "Timeline of this interview" } });
	const items = timelineItems(note, followUps, today);
	let nextHeadingDone = false;
	for (const item of items) {
		if (item.type === "next" && !nextHeadingDone) {
			list.createEl("li", { cls: "ifu-tl-divider", text: "Next steps" });
			nextHeadingDone = true;
		}
		const li = list.createEl("li", { cls: ["ifu-tl-item", `is-${item.type}`] });
		if (item.status) li.addClass(`is-${item.status}`);
		li.createSpan({ cls: "ifu-tl-dot", attr: { "aria-hidden": "true" } });
		const date = li.createSpan({ cls: "ifu-tl-date", text: shortDay(item.date) });
		const ago = daysBetween(today, item.date);
		date.setAttr("title", ago === 0 ? "today" : ago < 0 ? `${-ago} days ago` : `in ${ago} days`);
		const body = li.createDiv({ cls: "ifu-tl-body" });
		body.createDiv({ cls: "ifu-tl-label", text: item.label });
		if (item.detail) body.createDiv({ cls: "ifu-tl-detail", text: item.detail });
	}
	if (note.interviewDate === null && note.log.length === 0 && followUps.length === 0) {
		list.createEl("li", { cls: "ifu-tl-item ifu-muted", text: "Add an interview date to see this interview's timeline." });
	}
	return list;
}
