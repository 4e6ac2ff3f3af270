/**
 * The only code that writes notes. Two rules keep the user's text safe:
 *  - a body edit (a draft) to a note open in an editor goes through that editor, as
 *    one transaction: one undo step, the cursor mapped rather than moved, and no race
 *    with the editor's own save; otherwise `vault.process`, which reads and writes
 *    atomically. The edit itself is planned by pure code (a Splice), as in
 *    obsidian-tasks' toggleLine + editor adapter.
 *  - a log entry goes through `fileManager.processFrontMatter`, which edits the YAML
 *    block only. `vault.modify` is never used.
 */
import { MarkdownView, type App, type Editor, type TFile } from "obsidian";
import { NOTE_FIELDS, normalizeKey } from "../core/fields";
import { applySplice, type Splice } from "../core/markdown/splice";
import type { Settings } from "../core/settings";

/** One entry for a note's `follow_ups` list, keys in the order they should be written. */
export type LogEntryInput = Record<string, string | boolean>;

/** Where a body edit went: an open editor, the file, or nowhere (nothing to change). */
export type EditRoute = "editor" | "file" | "unchanged";

/** Writes interview notes for the plugin. */
export class NoteWriter {
	/** `settings` is read at each write, so alias changes apply at once. */
	constructor(
		private readonly app: App,
		private readonly settings: () => Settings,
	) {}

	/** The editor showing this file, if any (the note is open in a Markdown view). */
	editorFor(file: TFile): Editor | null {
		for (const leaf of this.app.workspace.getLeavesOfType("markdown")) {
			const view = leaf.view;
			if (view instanceof MarkdownView && view.file?.path === file.path) return view.editor;
		}
		return null;
	}

	/**
	 * Applies a planned edit. `plan` sees the text as it is at that moment (the editor's
	 * unsaved text when the note is open) and returns the splice, or null for no change.
	 * `editor`, when given, is the file's editor a command ran in (a canvas card, a hover
	 * editor); otherwise the editor of a tab showing the file, if any.
	 */
	async editBody(file: TFile, plan: (text: string) => Splice | null, editor: Editor | null = this.editorFor(file)): Promise<EditRoute> {
		if (editor) {
			const splice = plan(editor.getValue());
			if (!splice) return "unchanged";
			editor.transaction({
				changes: [{ from: editor.offsetToPos(splice.from), to: editor.offsetToPos(splice.to), text: splice.insert }],
			});
			return "editor";
		}
		let changed = false;
		await this.app.vault.process(file, (text) => {
			const splice = plan(text);
			if (!splice) return text;
			changed = true;
			return applySplice(text, splice);
		});
		return changed ? "file" : "unchanged";
	}

	/** Appends an entry to the note's follow-up log (creating `follow_ups` when there is none). */
	async appendLogEntry(file: TFile, entry: LogEntryInput): Promise<void> {
		await this.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			const key = this.logKey(fm);
			const current = fm[key];
			if (current === undefined || current === null || current === "") fm[key] = [{ ...entry }];
			else if (Array.isArray(current)) current.push({ ...entry });
			else if (typeof current === "object") fm[key] = [current, { ...entry }];
			else throw new Error(`"${key}" is not a list; fix it by hand before logging follow-ups.`);
		});
	}

	/** Removes the last log entry equal to this one (the undo of appendLogEntry). Returns false if gone. */
	async removeLogEntry(file: TFile, entry: LogEntryInput): Promise<boolean> {
		let removed = false;
		await this.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			const list = fm[this.logKey(fm)];
			if (!Array.isArray(list)) return;
			for (let i = list.length - 1; i >= 0; i--) {
				if (sameEntry(list[i], entry)) {
					list.splice(i, 1);
					removed = true;
					return;
				}
			}
		});
		return removed;
	}

	/** The key the note already uses for its log (`follow_ups`, `touches`, `log` or a user alias). */
	private logKey(fm: Record<string, unknown>): string {
		const names = [...NOTE_FIELDS.follow_ups, ...(this.settings().fieldAliases.follow_ups ?? [])].map(normalizeKey);
		const keys = Object.keys(fm);
		for (const name of names) {
			const key = keys.find((k) => normalizeKey(k) === name);
			if (key !== undefined) return key;
		}
		return "follow_ups";
	}
}

function sameEntry(value: unknown, entry: LogEntryInput): boolean {
	if (typeof value !== "object" || value === null) return false;
	const record = value as Record<string, unknown>;
	const keys = Object.keys(entry);
	return Object.keys(record).length === keys.length && keys.every((k) => String(record[k]) === String(entry[k]));
}
