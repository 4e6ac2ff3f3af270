/**
 * A follow-up query's result as tables, one per group: the `interview-followups` code
 * block and the Bases view both draw through here. Obsidian's DOM helpers only
 * (createEl, setText), never innerHTML: a company named `<img onerror=…>` stays text.
 */
import { setIcon, setTooltip } from "obsidian";
import { shortDay } from "../core/dates";
import { noteTitle } from "../core/export/links";
import { CHANNEL_NAMES, KIND_WORDS, moreFollowUpsPhrase, statusesPhrase } from "../core/follow-up-text";
import type { Column, FollowUpQuery, QueryResult } from "../core/follow-up-query";
import { isTask, type Day, type FollowUp } from "../core/model";
import { describeFollowUp, whenPhrase, windowPhrase } from "./ui-text";

/** What the table's links and buttons do. */
export interface TableHandlers {
	/** Open the note (a modifier click may open it in a new tab). */
	open(path: string, evt: MouseEvent): void;
	/** Insert the draft (or a task's checklist) into the note. */
	insert(f: FollowUp): void;
	/** Log the follow-up as sent (a task as done). */
	markSent(f: FollowUp): void;
}

const HEADERS: Readonly<Record<Column, string>> = {
	when: "When",
	what: "Follow-up",
	to: "To",
	channel: "Channel",
	company: "Company",
	role: "Role",
	note: "Note",
	why: "Why",
	actions: "",
};

/** Replaces `root`'s content with the result as one table (a heading row per group), or a sentence saying there is nothing. */
export function renderFollowUpTable(
	root: HTMLElement,
	result: QueryResult,
	query: Pick<FollowUpQuery, "columns" | "statuses">,
	today: Day,
	handlers: TableHandlers,
): void {
	root.empty();
	if (result.shown.length === 0) {
		root.createDiv({
			cls: "ifu-dash-empty",
			text: `Nothing to do: no follow-ups are ${statusesPhrase(query.statuses, result.horizonDays)}.`,
		});
	}
	if (result.groups.length > 0) {
		// One table, so the columns line up across groups; each group is a tbody with a heading row.
		const table = root.createEl("table", { cls: "ifu-dash-table" });
		const head = table.createEl("thead").createEl("tr");
		for (const column of query.columns) {
			const th = head.createEl("th", { cls: `ifu-col-${column}`, text: HEADERS[column] });
			if (column === "actions") th.setAttr("aria-label", "Actions");
		}
		for (const group of result.groups) {
			const body = table.createEl("tbody", {
				cls: ["ifu-dash-group", `ifu-dash-group-${group.id === "" ? "none" : group.id.replace(/[^a-z0-9-]/gi, "-")}`],
			});
			if (group.title !== "") {
				const cell = body
					.createEl("tr", { cls: "ifu-dash-group-heading" })
					.createEl("th", { attr: { colspan: query.columns.length, scope: "rowgroup" } });
				cell.createSpan({ cls: "ifu-dash-group-title", text: group.title });
				cell.createSpan({ cls: "ifu-count", text: String(group.followUps.length) });
			}
			for (const f of group.followUps)
				renderRow(body.createEl("tr", { cls: ["ifu-dash-row", `is-${f.status}`] }), f, query.columns, today, handlers);
		}
	}
	const notes: string[] = [];
	if (result.overLimit > 0) notes.push(`${result.overLimit} more not shown (limit).`);
	const next = result.later[0];
	if (next) {
		notes.push(
			`${moreFollowUpsPhrase(result.later.length)} due after the next ${result.horizonDays} days, the first on ${shortDay(next.due)}.`,
		);
	}
	if (notes.length > 0) root.createDiv({ cls: "ifu-dash-footer", text: notes.join(" ") });
}

function renderRow(row: HTMLElement, f: FollowUp, columns: readonly Column[], today: Day, handlers: TableHandlers): void {
	row.setAttr("title", f.reason);
	for (const column of columns) {
		const cell = row.createEl("td", { cls: `ifu-col-${column}` });
		switch (column) {
			case "when":
				cell.createSpan({ cls: ["ifu-dash-when", `is-${f.status}`], text: whenPhrase(f, today), attr: { title: windowPhrase(f) } });
				break;
			case "what":
				// Without a To column, say who in the same cell.
				cell.setText(columns.includes("to") ? KIND_WORDS[f.kind].label : describeFollowUp(f));
				break;
			case "to":
				cell.setText(f.to ?? "—");
				break;
			case "channel":
				cell.setText(f.channel === null ? "—" : CHANNEL_NAMES[f.channel]);
				break;
			case "company":
				cell.setText(f.company ?? "—");
				break;
			case "role":
				cell.setText(f.role ?? "—");
				break;
			case "note": {
				const link = cell.createEl("a", {
					cls: "internal-link",
					text: noteTitle(f.note),
					attr: { href: f.note, "data-href": f.note },
				});
				link.addEventListener("click", (evt) => {
					evt.preventDefault();
					handlers.open(f.note, evt);
				});
				break;
			}
			case "why":
				cell.createSpan({ cls: "ifu-dash-why", text: f.reason });
				break;
			case "actions": {
				const task = isTask(f.kind);
				button(cell, "file-input", task ? "Insert checklist into the note" : "Insert draft into the note", () =>
					handlers.insert(f),
				);
				button(cell, "check", task ? "Mark done" : "Mark sent", () => handlers.markSent(f));
				break;
			}
		}
	}
}

function button(parent: HTMLElement, icon: string, label: string, run: () => void): void {
	const el = parent.createEl("button", { cls: "clickable-icon ifu-dash-action", attr: { "aria-label": label, "data-action": icon } });
	setIcon(el, icon);
	setTooltip(el, label);
	el.addEventListener("click", (evt) => {
		evt.preventDefault();
		evt.stopPropagation();
		run();
	});
}
