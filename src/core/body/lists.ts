/**
 * Timeline entries from list and task items that begin with a date (existing-vaults.md
 * §3): `- 2026-11-13 Thank-you email to Raj`, `* [x] 13 Nov: called Maya`,
 * `1. **2026-11-20** – offer from Claire`. Items nested under a dated item are part of
 * its text, except a nested item with its own date, which is an entry of its own. A
 * heading that begins with a date (`### 19/11/2026 - Email - Owen`) is read the same way,
 * what follows it up to the next heading being nested under it. A heading that ends with
 * one after a dash (`### interview-invited - 2026-11-17 09:10`, a status log's) is an
 * entry whose words are a status it moved the application to (an answer or an
 * application, never an interview: dated-entry.ts), told further by the paragraph under it.
 */
import type { Heading, List, ListItem, Nodes, Root } from "mdast";
import type { BodyContext, BodyEntries } from "./context";
import { datedEntries, wordsOnly, type DatedText, type TaskState } from "./dated-entry";
import { datesWithin, readEntryDate, type EntryDate } from "./entry-date";
import { fileLine, plainText } from "./parse-body";

/** A dated item being read: its own text and the text of what is nested under it. */
interface Pending {
	found: Omit<DatedText, "more" | "text">;
	nested: string[];
}

/** The task box at the start of an item's text: `[x] ` → done. */
const TASK_BOX = /^\[(.)\](?:[ \t]+|$)/;

function taskState(box: string | undefined): TaskState {
	if (box === undefined) return null;
	if (box === "x" || box === "X") return "done";
	if (box === "-") return "cancelled";
	return "open";
}

/** Where a done task says when it was done: `✅ 2026-11-20` (the Tasks plugin), `(sent 12 Nov)`. */
const DONE_ON = /✅\s*|\b(?:sent|done|completed)\s+(?:on\s+)?/iu;

/** Where an open task says when it is due: `📅 2026-11-25` (the Tasks plugin). */
const DUE_ON = /📅\s*/u;

/** A ticked item's label saying it was sent, and when: `Sent: 2026-11-19`, `Done on 19 Nov`. */
const SENT_ON = /^(?:sent|done|completed?|emailed)(?:\s+on)?\s*:?\s*/i;
/** A sibling item naming whom it went to: `[x] To: Hugo Castellane, Bea Castro`. */
const SENT_TO = /^(?:\[.\]\s*)?to\s*:\s*(.+)/i;

/** A list item's task state and its text after the task box: `[x] Sent it` → done, `Sent it`. */
export function itemText(own: string): [TaskState, string] {
	const box = TASK_BOX.exec(own);
	return [taskState(box?.[1]), box === null ? own : own.slice(box[0].length)];
}

/** Each line of a text trimmed, empty lines left out. */
export function tidy(text: string): string {
	return text
		.split("\n")
		.map((line) => line.trim())
		.filter((line) => line !== "")
		.join("\n");
}

/** The dated list and task items of a body, in the order they are written. */
export function listEntries(tree: Root, ctx: BodyContext): BodyEntries {
	const pending: Pending[] = [];
	const result: BodyEntries = { entries: [], warnings: [], rosters: [] };

	// The heading above the node being read (at the top level of the body).
	let heading: string | null = null;

	const visit = (node: Nodes, owner: Pending | null): void => {
		if (node.type === "list") {
			for (const child of node.children) item(child, owner, node);
			return;
		}
		if (owner !== null && (node.type === "paragraph" || node.type === "heading")) {
			const text = tidy(plainText(node));
			if (text !== "") owner.nested.push(text);
			return;
		}
		if ("children" in node) for (const child of node.children) visit(child, owner);
	};

	/** The entry of a list item or heading whose text begins with a date (`status`: the words of a heading that ended with it), or null. */
	const dated = (node: ListItem | Heading, written: string, task: TaskState, status?: string): Pending | null => {
		const date = readEntryDate(written, ctx);
		if (date === null) return null;
		const line = fileLine(node, ctx.firstLine);
		const heading = node.type === "heading";
		if (date.warning !== null)
			result.warnings.push({ line, message: `The ${heading ? "heading" : "list item"} on line ${line}: ${date.warning}` });
		const entry: Pending = {
			found: {
				date: date.date,
				main: date.rest,
				person: null,
				direction: null,
				heading: null,
				status,
				task,
				origin: heading ? { from: "text", line } : { from: "list", line },
			},
			nested: [],
		};
		pending.push(entry);
		return entry;
	};

	const item = (node: ListItem, owner: Pending | null, list: List): void => {
		const [first, ...others] = node.children;
		if (first?.type !== "paragraph") {
			for (const child of node.children) visit(child, owner);
			return;
		}
		const own = tidy(plainText(first));
		const [task, written] = itemText(own);
		const label = task === "done" && owner === null ? SENT_ON.exec(written) : null;
		const on = label && heading && readEntryDate(written.slice(label[0].length), ctx);
		if (on && thanked(node, written, list, on)) return;
		const done = task === "done" ? DONE_ON.exec(written) : task === "open" ? DUE_ON.exec(written) : null;
		// `[x] Thank-you to Raj ✅ 2026-11-20`: read as if it began with the day it was done;
		// `[ ] Panel with Mei 📅 2026-11-25`, an open task, as if it began with its due day.
		// `[x] Send thank you email (Daniel + Sam) 11/17`: a done task that ends with a day was done
		// that day (not one it was due `by`).
		const last = task === "done" && done === null ? [...datesWithin(written, ctx)].pop() : undefined;
		const entry =
			dated(node, written, task) ??
			(done &&
				dated(
					node,
					`${written.slice(done.index + done[0].length)} ${written.slice(0, done.index).replace(/[\s(]+$/, "")}`,
					task,
				)) ??
			(last && /^[\s.)]*$/.test(last.rest) && !/\b(?:by|before|until|due)\W*$/i.test(written.slice(0, last.start))
				? dated(node, `${written.slice(last.start)} ${written.slice(0, last.start)}`, task)
				: null);
		if (entry === null && owner !== null && own !== "") owner.nested.push(own);
		if (entry === null && owner === null && task === "done") thanked(node, written, list, null);
		for (const child of others) visit(child, entry ?? owner);
	};

	/**
	 * The messages a ticked item with no day at its start records, if any. With no label
	 * (`- [x] Send thank you email`), in a note with an interview day that has come: the
	 * thank-you went out for that interview. Only thank-yous: a ticked check-in or reply
	 * happened on some later day the item does not say. With a label that gives its day
	 * (`- [x] Sent: 2026-11-19` under `### Thank You Email`, `- [x] To: Hugo, Bea` beside it):
	 * a message of the kind the heading names, sent that day to the people a `To:` item of
	 * the same list names (else to the round's); under a heading that names no kind
	 * (`### Prep`), nothing. True when it found any.
	 */
	const thanked = (node: ListItem, written: string, list: List, on: EntryDate | null): boolean => {
		const day = on === null ? ctx.noteDay : on.date;
		if (!day || day > ctx.reference) return false;
		const to = on && list.children.map((sibling) => SENT_TO.exec(plainText(sibling))?.[1]).find(Boolean);
		const main = on === null ? written : `${heading} sent${to ? ` to ${to}` : ""}`;
		const origin = { from: "list" as const, line: fileLine(node, ctx.firstLine) };
		const sent = datedEntries(wordsOnly(day, main, main, "done", origin), ctx).filter(
			(entry) => entry.event === "sent" && (on === null ? entry.kind.startsWith("thank") : entry.kind !== "message"),
		);
		result.entries.push(...sent);
		return sent.length > 0;
	};

	// A heading that begins with a date is an entry too, holding what is under it up to the next heading.
	let section: Pending | null = null;
	for (const node of tree.children) {
		if (node.type === "heading") {
			heading = tidy(plainText(node));
			// Ending with its day: a status log's word (`### interview-invited - 2026-11-17`) is a status;
			// words (`### Technical interview - 2026-11-17`) say what happened, as before a day.
			const [, words = "", day = ""] = /^(.*) - (.+)$/.exec(heading) ?? [];
			section =
				dated(node, heading, null) ?? (words.includes(" ") ? dated(node, `${day} ${words}`, null) : dated(node, day, null, words));
		} else {
			visit(node, section);
			// Under a heading that ended with its day, the first paragraph is the entry.
			if (section?.found.status) section = null;
		}
	}
	for (const { found, nested } of pending) {
		const more = nested.join("\n");
		const text = [found.main, ...nested].filter((part) => part !== "").join("\n");
		result.entries.push(...datedEntries({ ...found, more, text }, ctx));
	}
	return result;
}
