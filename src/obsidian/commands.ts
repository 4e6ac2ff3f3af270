/**
 * The plugin's commands. Ids are stable kebab-case; no default hotkeys (the user picks
 * them). Commands about "this note" appear only when the active note is an interview
 * note with something to do, through check callbacks; "Explain this note" appears on
 * any markdown note, since saying why a note is not read is part of its job.
 */
import type { Plugin } from "obsidian";
import type { FollowUpActions } from "./actions";
import { explainNote } from "./explain-modal";
import { openLogReply } from "./modals";
import type { VaultIndexer } from "./vault-indexer";

/** Adds every command to the plugin. */
export function registerCommands(plugin: Plugin, actions: FollowUpActions, indexer: VaultIndexer): void {
	const { app } = plugin;
	const activeInterview = (): string | null => {
		const file = app.workspace.getActiveFile();
		return file && indexer.index.note(file.path) ? file.path : null;
	};

	plugin.addCommand({
		id: "open-panel",
		name: "Open follow-ups panel",
		callback: () => void actions.openPanel(),
	});

	plugin.addCommand({
		id: "insert-next-draft",
		name: "Insert the next due draft into this note",
		// An editor command: it edits the editor Obsidian passes, which may be a canvas card
		// or a hover editor rather than the active tab's.
		editorCheckCallback: (checking, editor, ctx) => {
			const path = ctx.file?.path ?? null;
			const next = path && indexer.index.note(path) ? actions.nextFollowUp(path) : null;
			if (!next) return false;
			if (!checking) void actions.insertDraft(next, editor);
			return true;
		},
	});

	plugin.addCommand({
		id: "mark-next-sent",
		name: "Mark this note's next follow-up as sent",
		checkCallback: (checking) => {
			const path = activeInterview();
			const next = path ? actions.nextFollowUp(path) : null;
			if (!next) return false;
			if (!checking) void actions.markSent(next);
			return true;
		},
	});

	plugin.addCommand({
		id: "log-reply",
		name: "Log a reply to this interview",
		checkCallback: (checking) => {
			const path = activeInterview();
			const note = path ? actions.note(path) : null;
			if (!path || !note) return false;
			if (!checking) openLogReply(app, note, actions.today(), (reply) => void actions.logReply(path, reply));
			return true;
		},
	});

	plugin.addCommand({
		id: "explain-note",
		name: "Explain this note",
		// Offered on any open markdown note: on one that is not an interview note it says why.
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (!checking) explainNote(app, indexer, file);
			return true;
		},
	});

	plugin.addCommand({
		id: "new-interview-note",
		name: "New interview note",
		callback: () => void actions.newInterviewNote(),
	});

	plugin.addCommand({
		id: "refresh",
		name: "Re-read all interview notes",
		callback: () => void indexer.rebuild(),
	});
}
