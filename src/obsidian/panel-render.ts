/**
 * Draws the side panel from data: the active note's timeline, the due list in three
 * groups, filters, the notes that need attention, the keep-looking insight, and the
 * empty states. Only Obsidian's DOM helpers (createEl, createDiv, setText) are used,
 * so a company named `<img onerror=…>` is text, never markup. Drawing is separate from
 * the view so tests and the e2e page can draw any model without a workspace.
 *
 * A vault with a thousand due follow-ups must still draw in a frame or two, so each
 * group shows its first rows and a "Show more" button (the counts stay whole); a row's
 * icons and action buttons are cloned from one drawing of each, with one click handler
 * per row; and the notes that need attention are listed only once that list is opened.
 */
import { setIcon, setTooltip } from "obsidian";
import { isTask, type Day, type Diagnostic, type Evaluation, type FollowUp, type FollowUpKind, type InterviewNote } from "../core/model";
import { noteTitle } from "../core/export/links";
import { KIND_WORDS, moreFollowUpsPhrase } from "../core/follow-up-text";
import { renderTimeline } from "./timeline-render";
import {
	GROUP_TITLES,
	READING_NOTES,
	attentionPhrase,
	describeFollowUp,
	followUpKey,
	groupFollowUps,
	opportunityTitle,
	whenPhrase,
	windowPhrase,
	type GroupId,
} from "./ui-text";

/** Everything the panel shows. */
export interface PanelModel {
	/** The day follow-ups are evaluated for. */
	today: Day;
	/** The due list and diagnostics. */
	evaluation: Evaluation;
	/** Upcoming follow-ups further ahead than this many days are left out. */
	horizonDays: number;
	/** How many interview notes the vault has (0 shows the getting-started state). */
	interviewCount: number;
	/** False until the first scan of the vault finished. */
	ready: boolean;
	/** While not ready: how far the first reading of the vault has got. */
	progress?: { done: number; total: number; waiting: number };
	/** The interview note in the active editor, with its follow-ups, or null. */
	active: { note: InterviewNote; followUps: FollowUp[] } | null;
}

/** What the user chose in the panel; kept by the view across re-renders. */
export interface PanelState {
	/** Company filter (lower-cased), or "" for all. */
	company: string;
	/** Kind filter, or "" for all. */
	kind: FollowUpKind | "";
	/** Keys of rows whose reason is shown. */
	expanded: Set<string>;
	/** Whether the diagnostics list is open. */
	attentionOpen: boolean;
	/** Rows drawn per group, when the user asked for more than the first page. */
	shownRows: Partial<Record<GroupId, number>>;
}

/** Rows a group draws at first, and how many more each "Show more" adds. */
export const ROWS_PER_PAGE = 50;

/** A fresh state: no filter, nothing expanded. */
export function initialPanelState(): PanelState {
	return { company: "", kind: "", expanded: new Set(), attentionOpen: false, shownRows: {} };
}

/** What the panel's controls do. */
export interface PanelHandlers {
	insert(f: FollowUp): void;
	copy(f: FollowUp): void;
	markSent(f: FollowUp): void;
	logReply(notePath: string): void;
	snooze(f: FollowUp, evt: MouseEvent): void;
	dismiss(f: FollowUp): void;
	open(notePath: string): void;
	newNote(): void;
	/** The state changed (a filter, an expanded row): draw again. */
	redraw(): void;
}

/** Replaces the content of `root` with the panel. */
export function renderPanel(root: HTMLElement, model: PanelModel, state: PanelState, handlers: PanelHandlers): void {
	root.empty();
	root.addClass("ifu-panel");
	if (!model.ready) {
		renderLoading(root, model.progress);
		return;
	}
	if (model.active) renderActiveNote(root, model, handlers);

	const noteDiagnostics = model.evaluation.diagnostics.filter((d) => d.note !== null && d.severity !== "info");
	if (model.interviewCount === 0 && noteDiagnostics.length === 0) {
		renderGettingStarted(root, handlers);
		return;
	}

	const followUps = model.evaluation.followUps;
	const { groups, beyondHorizon } = groupFollowUps(followUps, model.today, model.horizonDays);
	const listed = [...groups.overdue, ...groups.due, ...groups.upcoming];
	renderFilters(root, listed, state, handlers);
	const shown = listed.filter((f) => matchesFilter(f, state));

	const list = root.createDiv({ cls: "ifu-groups" });
	const parts = rowParts();
	for (const id of ["overdue", "due", "upcoming"] as GroupId[]) {
		const rows = groups[id].filter((f) => matchesFilter(f, state));
		if (rows.length === 0) continue;
		const section = list.createDiv({ cls: ["ifu-group", `ifu-group-${id}`] });
		const heading = section.createDiv({ cls: "ifu-group-heading" });
		heading.createSpan({ cls: "ifu-group-title", text: GROUP_TITLES[id] });
		heading.createSpan({ cls: "ifu-count", text: String(rows.length) });
		const body = section.createDiv({ cls: "ifu-rows" });
		const limit = Math.max(ROWS_PER_PAGE, state.shownRows[id] ?? 0);
		for (const f of rows.slice(0, limit)) renderRow(body, f, model.today, state, handlers, parts);
		if (rows.length > limit) renderShowMore(section, id, rows.length - limit, limit, state, handlers);
	}
	if (shown.length === 0) {
		const empty = list.createDiv({ cls: "ifu-nothing" });
		empty.createDiv({
			cls: "ifu-nothing-title",
			text: listed.length > 0 ? "No follow-ups match the filter." : `Nothing due in the next ${model.horizonDays} days.`,
		});
		if (listed.length === 0)
			empty.createDiv({ cls: "ifu-muted", text: "Well done. Log replies as they come in, and new follow-ups will appear here." });
	}
	if (beyondHorizon > 0) {
		list.createDiv({
			cls: "ifu-muted ifu-beyond",
			text: `${moreFollowUpsPhrase(beyondHorizon)} due after the next ${model.horizonDays} days.`,
		});
	}

	renderInsights(
		root,
		model.evaluation.diagnostics.filter((d) => d.note === null),
	);
	renderAttention(root, noteDiagnostics, state, handlers);
}

/** Numbers as the panel writes them: 10,000. */
const count = (n: number): string => n.toLocaleString("en-US");

/** The first reading of the vault: what it has got to, so a large vault does not look stuck. */
function renderLoading(root: HTMLElement, progress: PanelModel["progress"]): void {
	const box = root.createDiv({ cls: "ifu-loading", attr: { role: "status" } });
	box.createDiv({ cls: "ifu-loading-title", text: READING_NOTES });
	if (!progress) return;
	if (progress.total > 0) {
		box.createEl("progress", { cls: "ifu-progress", attr: { max: progress.total, value: progress.done } });
		box.createDiv({ cls: "ifu-muted ifu-progress-text", text: `${count(progress.done)} of ${count(progress.total)} notes looked at` });
	} else if (progress.waiting > 0) {
		box.createDiv({
			cls: "ifu-muted ifu-progress-text",
			text: `Waiting for Obsidian to finish indexing ${count(progress.waiting)} ${progress.waiting === 1 ? "note" : "notes"}.`,
		});
	}
}

/**
 * Where the keyboard focus is in the panel, said so that it survives a redraw: the row
 * (by its follow-up) and the part of it (the row itself or one of its buttons), or a
 * control's own `data-focus` name. `row` is the row's position, for when it has gone.
 */
export interface PanelFocus {
	key: string;
	part: string;
	row: number;
}

/** The focus inside `root`, or null when it is elsewhere. */
export function panelFocus(root: HTMLElement): PanelFocus | null {
	const active = root.ownerDocument.activeElement;
	if (!(active instanceof HTMLElement) || !root.contains(active)) return null;
	const row = active.closest<HTMLElement>(".ifu-row");
	if (row) {
		const rows = [...root.querySelectorAll(".ifu-row")];
		return { key: row.getAttribute("data-key") ?? "", part: active.getAttribute("data-action") ?? "main", row: rows.indexOf(row) };
	}
	const named = active.closest<HTMLElement>("[data-focus]");
	return named ? { key: named.getAttribute("data-focus") ?? "", part: "", row: -1 } : null;
}

/**
 * Puts the focus back after a redraw: on the same row and part; when the row has gone
 * (sent, dismissed, filtered out), on the row now in its place, or the one before it.
 */
export function restorePanelFocus(root: HTMLElement, focus: PanelFocus | null): void {
	if (!focus) return;
	const target = focus.row < 0 ? namedControl(root, focus.key) : rowPart(root, focus);
	target?.focus({ preventScroll: true });
}

function namedControl(root: HTMLElement, key: string): HTMLElement | null {
	for (const el of root.querySelectorAll<HTMLElement>("[data-focus]")) if (el.getAttribute("data-focus") === key) return el;
	// "Show more" showed the last rows and went: the last row of its group takes the focus.
	const group = /^more-(\w+)$/.exec(key)?.[1];
	const rows = group ? root.querySelectorAll<HTMLElement>(`.ifu-group-${group} .ifu-row-main`) : null;
	return rows?.[rows.length - 1] ?? null;
}

function rowPart(root: HTMLElement, focus: PanelFocus): HTMLElement | null {
	const rows = [...root.querySelectorAll<HTMLElement>(".ifu-row")];
	const same = rows.find((r) => r.getAttribute("data-key") === focus.key);
	if (same) {
		const part =
			focus.part === "main"
				? same.querySelector<HTMLElement>(".ifu-row-main")
				: [...same.querySelectorAll<HTMLElement>("[data-action]")].find((b) => b.getAttribute("data-action") === focus.part);
		if (part) return part;
	}
	const near = rows[Math.min(focus.row, rows.length - 1)];
	return near?.querySelector<HTMLElement>(".ifu-row-main") ?? null;
}

function matchesFilter(f: FollowUp, state: PanelState): boolean {
	if (state.kind !== "" && f.kind !== state.kind) return false;
	if (state.company !== "" && (f.company ?? "").toLowerCase() !== state.company) return false;
	return true;
}

function renderFilters(root: HTMLElement, listed: FollowUp[], state: PanelState, handlers: PanelHandlers): void {
	if (listed.length === 0) return;
	const bar = root.createDiv({ cls: "ifu-filters" });
	const companies = new Map<string, string>();
	for (const f of listed) if (f.company) companies.set(f.company.toLowerCase(), f.company);
	filterSelect(bar, "company", "All companies", [...companies], companies.has(state.company) ? state.company : "", (value) => {
		state.company = value;
		handlers.redraw();
	});
	const kinds = [...new Set(listed.map((f) => f.kind))];
	const kindOptions = kinds.map((k): [string, string] => [k, KIND_WORDS[k].name]);
	filterSelect(bar, "kind", "All kinds", kindOptions, state.kind !== "" && kinds.includes(state.kind) ? state.kind : "", (value) => {
		state.kind = value as FollowUpKind | "";
		handlers.redraw();
	});
}

/**
 * One filter of the bar (`by` is company or kind): "All …" first, then the options
 * ([value, text]) by their text; `current` selected, `pick` told of each change.
 */
function filterSelect(
	bar: HTMLElement,
	by: string,
	all: string,
	options: [string, string][],
	current: string,
	pick: (value: string) => void,
): void {
	const select = bar.createEl("select", {
		cls: `dropdown ifu-filter-${by}`,
		attr: { "aria-label": `Filter by ${by}`, "data-focus": `filter-${by}` },
	});
	for (const [value, text] of [["", all] as [string, string], ...options.sort((a, b) => a[1].localeCompare(b[1]))])
		select.createEl("option", { text, attr: { value } });
	select.value = current;
	select.addEventListener("change", () => pick(select.value));
}

/** "Show 50 more (820 not shown)": the next page of a long group. */
function renderShowMore(
	section: HTMLElement,
	id: GroupId,
	hidden: number,
	limit: number,
	state: PanelState,
	handlers: PanelHandlers,
): void {
	const more = Math.min(ROWS_PER_PAGE, hidden);
	const button = section.createEl("button", {
		cls: "ifu-show-more",
		text: hidden > more ? `Show ${more} more (${hidden} not shown)` : `Show ${hidden} more`,
		attr: { "data-focus": `more-${id}` },
	});
	button.addEventListener("click", () => {
		state.shownRows[id] = limit + more;
		handlers.redraw();
	});
}

/** The buttons under a row: icon (also its data-action), label, and what it does. */
interface RowAction {
	icon: string;
	label: string;
	run: (f: FollowUp, handlers: PanelHandlers, evt: MouseEvent) => void;
}

const MESSAGE_ACTIONS: readonly RowAction[] = [
	{ icon: "file-input", label: "Insert draft into the note", run: (f, h) => h.insert(f) },
	{ icon: "copy", label: "Copy draft", run: (f, h) => h.copy(f) },
	{ icon: "check", label: "Mark sent", run: (f, h) => h.markSent(f) },
	{ icon: "message-square-reply", label: "Log a reply", run: (f, h) => h.logReply(f.note) },
	{ icon: "alarm-clock", label: "Snooze", run: (f, h, evt) => h.snooze(f, evt) },
	{ icon: "x", label: "Dismiss", run: (f, h) => h.dismiss(f) },
	{ icon: "file-text", label: "Open note", run: (f, h) => h.open(f.note) },
];

/** Tasks (get contact details, …) have nothing to copy, and are done rather than sent. */
const TASK_ACTIONS: readonly RowAction[] = MESSAGE_ACTIONS.filter((a) => a.icon !== "copy").map((a) =>
	a.icon === "file-input" ? { ...a, label: "Insert checklist into the note" } : a.icon === "check" ? { ...a, label: "Mark done" } : a,
);

/**
 * What every row repeats, drawn once per panel and cloned per row: the two chevrons and
 * the two action bars (a deep clone is far cheaper than building each icon again).
 */
interface RowParts {
	chevron: Record<"chevron-down" | "chevron-right", HTMLElement>;
	actions: { message: HTMLElement; task: HTMLElement };
}

function rowParts(): RowParts {
	const chevron = (icon: string): HTMLElement => {
		const el = createSpan({ cls: "ifu-chevron" });
		setIcon(el, icon);
		return el;
	};
	const bar = (actions: readonly RowAction[]): HTMLElement => {
		const el = createDiv({ cls: "ifu-row-actions" });
		for (const a of actions) {
			const button = el.createEl("button", {
				cls: "clickable-icon ifu-action",
				attr: { "aria-label": a.label, "data-action": a.icon },
			});
			setIcon(button, a.icon);
			setTooltip(button, a.label);
		}
		return el;
	};
	return {
		chevron: { "chevron-down": chevron("chevron-down"), "chevron-right": chevron("chevron-right") },
		actions: { message: bar(MESSAGE_ACTIONS), task: bar(TASK_ACTIONS) },
	};
}

function renderRow(parent: HTMLElement, f: FollowUp, today: Day, state: PanelState, handlers: PanelHandlers, parts: RowParts): void {
	const key = followUpKey(f);
	const expanded = state.expanded.has(key);
	const row = parent.createDiv({ cls: ["ifu-row", `is-${f.status}`], attr: { "data-key": key } });
	row.toggleClass("is-expanded", expanded);

	const main = row.createDiv({
		cls: "ifu-row-main",
		attr: { role: "button", tabindex: 0, "aria-expanded": expanded ? "true" : "false" },
	});
	const top = main.createDiv({ cls: "ifu-row-top" });
	top.appendChild(parts.chevron[expanded ? "chevron-down" : "chevron-right"].cloneNode(true));
	// Company first and whole; the role gives way when the line is short.
	const title = top.createSpan({ cls: "ifu-row-title", attr: { title: opportunityTitle(f.company, f.role, f.note) } });
	title.createSpan({ cls: "ifu-company", text: f.company ?? opportunityTitle(null, f.role, f.note) });
	if (f.company && f.role) title.createSpan({ cls: "ifu-role", text: `· ${f.role}` });
	top.createSpan({ cls: "ifu-when", text: whenPhrase(f, today), attr: { title: windowPhrase(f) } });
	main.createDiv({ cls: "ifu-row-what", text: describeFollowUp(f) });
	if (expanded) main.createDiv({ cls: "ifu-row-reason", text: f.reason });
	const toggle = (): void => {
		if (state.expanded.has(key)) state.expanded.delete(key);
		else state.expanded.add(key);
		handlers.redraw();
	};
	main.addEventListener("click", toggle);
	main.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter" || evt.key === " ") {
			evt.preventDefault();
			toggle();
		}
	});

	const task = isTask(f.kind);
	const actions = row.appendChild(parts.actions[task ? "task" : "message"].cloneNode(true) as HTMLElement);
	const byIcon = task ? TASK_ACTIONS : MESSAGE_ACTIONS;
	actions.addEventListener("click", (evt) => {
		const button = evt.target instanceof Element ? evt.target.closest("button[data-action]") : null;
		const action = byIcon.find((a) => a.icon === button?.getAttribute("data-action"));
		if (!action) return;
		evt.stopPropagation();
		action.run(f, handlers, evt);
	});
}

function renderActiveNote(root: HTMLElement, model: PanelModel, handlers: PanelHandlers): void {
	const active = model.active;
	if (!active) return;
	const section = root.createDiv({ cls: "ifu-active" });
	const heading = section.createDiv({ cls: "ifu-section-heading" });
	const names = heading.createDiv({ cls: "ifu-active-title" });
	names.createDiv({ cls: "ifu-company", text: active.note.company ?? opportunityTitle(null, active.note.role, active.note.path) });
	if (active.note.company && active.note.role) names.createDiv({ cls: "ifu-role", text: active.note.role });
	const log = heading.createEl("button", { cls: "ifu-link-button", text: "Log a reply", attr: { "data-focus": "active-log-reply" } });
	log.addEventListener("click", () => handlers.logReply(active.note.path));
	renderTimeline(section, active.note, active.followUps, model.today);
}

function renderGettingStarted(root: HTMLElement, handlers: PanelHandlers): void {
	const box = root.createDiv({ cls: "ifu-empty" });
	box.createDiv({ cls: "ifu-empty-title", text: "No interview notes yet" });
	box.createEl("p", {
		text: "After each interview, write a note with the company, the date and the people you met. This panel then shows which thank-you notes and check-ins are due, and why.",
	});
	box.createEl("p", {
		text: "A note counts when it has the interview tag, a type of interview, or sits in an interview folder (see the plugin's settings).",
	});
	const button = box.createEl("button", { cls: "mod-cta", text: "New interview note" });
	button.addEventListener("click", () => handlers.newNote());
}

function renderInsights(root: HTMLElement, insights: Diagnostic[]): void {
	for (const d of insights) {
		const box = root.createDiv({ cls: ["ifu-insight", `is-${d.code}`] });
		const icon = box.createSpan({ cls: "ifu-insight-icon" });
		setIcon(icon, "lightbulb");
		box.createSpan({ cls: "ifu-insight-text", text: d.message });
	}
}

function renderAttention(root: HTMLElement, diagnostics: Diagnostic[], state: PanelState, handlers: PanelHandlers): void {
	if (diagnostics.length === 0) return;
	const byNote = new Map<string, Diagnostic[]>();
	for (const d of diagnostics) if (d.note !== null) byNote.set(d.note, [...(byNote.get(d.note) ?? []), d]);
	const details = root.createEl("details", { cls: "ifu-attention" });
	details.open = state.attentionOpen;
	details.addEventListener("toggle", () => {
		state.attentionOpen = details.open;
	});
	const summary = details.createEl("summary", { cls: "ifu-attention-summary" });
	const icon = summary.createSpan({ cls: "ifu-attention-icon" });
	setIcon(icon, "alert-triangle");
	summary.createSpan({ text: attentionPhrase(byNote.size) });
	// A large vault can have thousands of these: list them when the user opens the list.
	if (details.open) renderAttentionList(details, byNote, handlers);
	else {
		details.addEventListener("toggle", () => {
			if (details.open && !details.querySelector(".ifu-attention-list")) renderAttentionList(details, byNote, handlers);
		});
	}
}

function renderAttentionList(details: HTMLElement, byNote: ReadonlyMap<string, Diagnostic[]>, handlers: PanelHandlers): void {
	const list = details.createEl("ul", { cls: "ifu-attention-list" });
	for (const [path, problems] of byNote) {
		const item = list.createEl("li");
		const link = item.createEl("a", {
			cls: "internal-link",
			text: noteTitle(path),
			attr: { href: "#", "data-path": path },
		});
		link.addEventListener("click", (evt) => {
			evt.preventDefault();
			handlers.open(path);
		});
		const messages = item.createEl("ul");
		for (const p of problems) messages.createEl("li", { cls: `is-${p.severity}`, text: p.message });
	}
}
