/**
 * What the dashboards (the code block, the Bases view, the export commands) share: the
 * plugin's long-lived parts, and opening a note from a link as Obsidian does.
 */
import { Keymap, type App } from "obsidian";
import type { FollowUpActions } from "./actions";
import type { NoteWriter } from "./note-writer";
import type { SettingsStore } from "./settings-store";
import type { TableHandlers } from "./follow-up-table";
import type { VaultIndexer } from "./vault-indexer";
import { READING_NOTES } from "./ui-text";

/** The parts every dashboard reads or acts through. */
export interface DashboardDeps {
	/** The app. */
	app: App;
	/** The settings (the horizon, the tag and folders for the base file). */
	store: SettingsStore;
	/** The index and its change events. */
	indexer: VaultIndexer;
	/** Insert draft, mark sent: the same actions as the panel. */
	actions: FollowUpActions;
	/** Writes notes (the property write-back goes through it). */
	writer: NoteWriter;
}

/** Table handlers: links open the note (a modifier click in a new tab), buttons run the shared actions. */
export function tableHandlers(deps: DashboardDeps, sourcePath: string): TableHandlers {
	return {
		open: (path, evt) => void deps.app.workspace.openLinkText(path, sourcePath, Keymap.isModEvent(evt)),
		insert: (f) => void deps.actions.insertDraft(f),
		markSent: (f) => void deps.actions.markSent(f),
	};
}

/** The block or view until the first reading of the vault is done. */
export function renderReading(root: HTMLElement): void {
	root.empty();
	root.createDiv({ cls: "ifu-dash-loading", text: READING_NOTES });
}

/** The block or view's "this has a problem" message: what is wrong, and what would be right. */
export function renderProblems(root: HTMLElement, title: string, problems: readonly string[], hint: string): void {
	root.empty();
	const box = root.createDiv({ cls: "ifu-dash-problems", attr: { role: "alert" } });
	box.createDiv({ cls: "ifu-dash-problems-title", text: title });
	const list = box.createEl("ul");
	for (const problem of problems) list.createEl("li", { text: problem });
	box.createDiv({ cls: "ifu-dash-hint", text: hint });
}
