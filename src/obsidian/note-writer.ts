/**
 * The only code that writes notes. Every write is a text edit planned by the core (the
 * same functions the command line uses) on the note's text as it is at that moment,
 * then applied in one of two ways:
 *  - the note is open in an editor: the plan is made on the editor's text (unsaved
 *    typing included) and applied as one transaction, so one undo takes it back and
 *    the cursor keeps its place; the view is then saved so the file and the metadata
 *    cache catch up at once;
 *  - otherwise `vault.process`, which reads, plans and writes in one step that Obsidian
 *    serialises with its own writes to the file.
 * A plan that refuses leaves the text as it was and says why. Neither `vault.modify`
 * nor `fileManager.processFrontMatter` (which rewrites the whole YAML block, dropping
 * comments and changing list styles) is ever used.
 */
import { MarkdownView, type App, type Editor, type TFile } from "obsidian";
import { appendLogEntry, removeAppendedLogEntry, type AppendedLogEntry, type LogEntryToAppend } from "../core/markdown/append-log-entry";
import type { TextEdit } from "../core/markdown/frontmatter-text";
import { setProperties, type PropertyValues } from "../core/markdown/set-properties";
import { applySplices, type Splice } from "../core/markdown/splice";
import type { Settings } from "../core/settings";
import { errorMessage } from "../core/values";

/** Where an edit went: an open editor, the file, or nowhere (nothing to change). */
export type EditRoute = "editor" | "file" | "unchanged";

/** How a write ended: applied (or nothing to do), or refused with a reason for the user. */
export type WriteResult = { ok: true; route: EditRoute } | { ok: false; message: string };

/** A log entry that was written, with what is needed to take it out again. */
export type LogWriteResult = { ok: true; appended: AppendedLogEntry } | { ok: false; message: string };

/** Which way an edit may go. */
export interface EditOptions {
	/**
	 * `editor-if-open` (the default, for what the user asked for: one undo step in the
	 * open note), or `file` (background writes, which must not land in the user's undo
	 * history; Obsidian brings an open editor up to date with the file).
	 */
	via?: "editor-if-open" | "file";
	/**
	 * The editor a command ran in (a canvas card, a hover editor), used instead of looking
	 * for a tab that shows the file. Ignored with `via: "file"`.
	 */
	editor?: Editor;
}

/** Thrown inside `vault.process` to leave the file unwritten; never escapes NoteWriter. */
class LeaveUnwritten extends Error {}

/** Writes interview notes for the plugin. */
export class NoteWriter {
	readonly #app: App;
	readonly #settings: () => Settings;

	/** `settings` is read at each write, so alias changes apply at once. */
	constructor(app: App, settings: () => Settings) {
		this.#app = app;
		this.#settings = settings;
	}

	/** The Markdown view showing this file, if any. */
	viewFor(file: TFile): MarkdownView | null {
		for (const leaf of this.#app.workspace.getLeavesOfType("markdown")) {
			const view = leaf.view;
			if (view instanceof MarkdownView && view.file?.path === file.path) return view;
		}
		return null;
	}

	/**
	 * Plans an edit on the note's current text and applies it (see the module comment).
	 * `plan` may run more than once and must not have side effects.
	 */
	async edit(file: TFile, plan: (text: string) => TextEdit, options: EditOptions = {}): Promise<WriteResult> {
		const view = options.via === "file" ? null : this.viewFor(file);
		const editor = options.via === "file" ? null : (options.editor ?? view?.editor ?? null);
		if (editor) {
			const edit = plan(editor.getValue());
			if (!edit.ok) return edit;
			if (edit.splices.length === 0) return { ok: true, route: "unchanged" };
			editor.transaction({
				changes: edit.splices.map((s) => ({ from: editor.offsetToPos(s.from), to: editor.offsetToPos(s.to), text: s.insert })),
			});
			// A tab's editor is saved at once; an editor elsewhere (a canvas card) saves itself.
			if (view && view.editor === editor) await view.save();
			return { ok: true, route: "editor" };
		}
		let result: WriteResult = { ok: true, route: "unchanged" };
		try {
			await this.#app.vault.process(file, (text) => {
				const edit = plan(text);
				if (!edit.ok || edit.splices.length === 0) {
					result = edit.ok ? { ok: true, route: "unchanged" } : edit;
					throw new LeaveUnwritten();
				}
				result = { ok: true, route: "file" };
				return applySplices(text, edit.splices);
			});
		} catch (error) {
			if (!(error instanceof LeaveUnwritten)) {
				return { ok: false, message: `the note could not be written (${errorMessage(error)})` };
			}
		}
		return result;
	}

	/** Applies a body edit (a draft): `plan` returns the splice, or null when there is nothing to change. */
	async editBody(file: TFile, plan: (text: string) => Splice | null, editor?: Editor): Promise<WriteResult> {
		return this.edit(
			file,
			(text) => {
				const splice = plan(text);
				return { ok: true, splices: splice ? [splice] : [], text: splice ? applySplices(text, [splice]) : text };
			},
			{ editor },
		);
	}

	/** Appends an entry to the note's follow-up log, where readers take the log from. */
	async appendLogEntry(file: TFile, entry: LogEntryToAppend): Promise<LogWriteResult> {
		let appended: AppendedLogEntry | null = null;
		const result = await this.edit(file, (text) => {
			const edit = appendLogEntry(text, entry, { fieldAliases: this.#settings().fieldAliases });
			appended = edit.ok ? edit.appended : null;
			return edit;
		});
		if (!result.ok) return result;
		return appended ? { ok: true, appended } : { ok: false, message: "nothing was written" };
	}

	/** Takes out an entry appendLogEntry wrote (the undo); refuses when it is no longer there as written. */
	async removeLogEntry(file: TFile, appended: AppendedLogEntry): Promise<WriteResult> {
		return this.edit(file, (text) => removeAppendedLogEntry(text, appended));
	}

	/** Sets or removes properties in the file (the write-back): never through the editor's undo history. */
	async setProperties(file: TFile, values: PropertyValues): Promise<WriteResult> {
		return this.edit(file, (text) => setProperties(text, values), { via: "file" });
	}
}
