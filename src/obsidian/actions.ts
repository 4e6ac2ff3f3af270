/**
 * What the user can do with a follow-up, in one place: the panel's row buttons and the
 * commands call the same methods, so "mark sent" means the same thing everywhere.
 * Each action writes through the NoteWriter, then asks the indexer to re-read the note
 * so the panel updates without waiting for the metadata cache.
 */
import { Notice, TFile, normalizePath, type App, type Editor } from "obsidian";
import { calendarFor } from "../app/calendar";
import { addBusinessDays } from "../core/dates";
import { isTask, type Day, type FollowUp, type InterviewNote } from "../core/model";
import { planDraftInsertion } from "../core/markdown/plan-insertion";
import { nextFollowUp } from "../core/write-back";
import { makeDraft, type PanelDraft } from "./drafting";
import type { AppendedLogEntry, LogEntryToAppend } from "../core/markdown/append-log-entry";
import type { NoteWriter } from "./note-writer";
import { newNoteText } from "./new-note";
import type { SettingsStore } from "./settings-store";
import { KIND_WORDS } from "../core/follow-up-text";
import type { VaultIndexer } from "./vault-indexer";

/** The view type id of the side panel. */
export const VIEW_TYPE_FOLLOW_UPS = "interview-follow-ups";

/** What a received message was, for the log-reply dialog. */
export interface ReplyInput {
	/** The day it arrived. */
	date: Day;
	/** Who wrote. */
	from: string;
	/** `reply`, `rejection`, `offer`, `invite`… */
	kind: string;
	/** A short note, optional. */
	note: string;
}

/** The plugin's actions on follow-ups and notes. */
export class FollowUpActions {
	readonly #app: App;
	readonly #store: SettingsStore;
	readonly #indexer: VaultIndexer;
	readonly #writer: NoteWriter;

	/** Built once by the plugin; all parts are long-lived. */
	constructor(app: App, store: SettingsStore, indexer: VaultIndexer, writer: NoteWriter) {
		this.#app = app;
		this.#store = store;
		this.#indexer = indexer;
		this.#writer = writer;
	}

	/** The day actions are dated with. */
	today(): Day {
		return this.#indexer.today();
	}

	/** Pending follow-ups of one note, earliest first. */
	followUpsOf(path: string): FollowUp[] {
		return this.#indexer.evaluation().followUps.filter((f) => f.note === path);
	}

	/** The next follow-up of a note: the first overdue or due one, else the next upcoming. */
	nextFollowUp(path: string): FollowUp | null {
		return nextFollowUp(this.followUpsOf(path));
	}

	/** The interview note at a path, as indexed. */
	note(path: string): InterviewNote | null {
		return this.#indexer.index.note(path);
	}

	/** The draft for a follow-up (user templates from the template folder when present). */
	async draft(f: FollowUp): Promise<PanelDraft | null> {
		const note = this.note(f.note);
		if (!note) return null;
		return makeDraft(this.#app, f, note, this.#store.get(), this.today());
	}

	/**
	 * Inserts the draft under the follow-up heading: through `editor` when given (the one
	 * a command ran in), else the editor the note is open in, else the file.
	 */
	async insertDraft(f: FollowUp, editor?: Editor): Promise<void> {
		const file = this.#file(f.note);
		const draft = await this.draft(f);
		if (!file || !draft) return;
		const heading = this.#store.get().followUpHeading;
		const result = await this.#writer.editBody(file, (text) => planDraftInsertion(text, draft, { heading, due: f.due }), editor);
		if (!result.ok) new Notice(`Could not insert the draft into ${file.basename}: ${result.message}`);
		else if (result.route === "unchanged") new Notice("This draft is already in the note.");
		else new Notice(draft.warnings.length > 0 ? `Draft inserted. Check it: ${draft.warnings.join("; ")}` : "Draft inserted.");
	}

	/**
	 * Copies the draft (subject and text) to the clipboard. The write starts before
	 * anything is awaited, inside the click: iOS refuses a clipboard write made after the
	 * draft's template files have been read. Where the platform takes one (ClipboardItem),
	 * the clipboard is handed the text still to come; elsewhere the text is written once ready.
	 */
	copyDraft(f: FollowUp): Promise<void> {
		const text = this.draft(f).then((draft) => (draft ? (draft.subject ? `${draft.subject}\n\n${draft.text}` : draft.text) : null));
		const clipboard = navigator.clipboard as Clipboard | undefined;
		const writeText = async (): Promise<boolean> => {
			const value = await text;
			if (value === null) return false;
			if (!clipboard) throw new Error("no clipboard");
			await clipboard.writeText(value);
			return true;
		};
		let written: Promise<boolean>;
		if (clipboard && typeof clipboard.write === "function" && typeof ClipboardItem !== "undefined") {
			const blob = text.then((value) => {
				if (value === null) throw new Error("no draft"); // the note went: leave the clipboard as it is
				return new Blob([value], { type: "text/plain" });
			});
			written = clipboard.write([new ClipboardItem({ "text/plain": blob })]).then(
				() => text.then((value) => value !== null),
				// A platform that takes no promised item: try the plain way.
				() => writeText(),
			);
		} else written = writeText();
		return written.then(
			(copied) => {
				if (copied) new Notice("Draft copied.");
			},
			() => {
				new Notice("Could not copy: the clipboard is not available here. Insert the draft instead.");
			},
		);
	}

	/** Logs the follow-up as sent (or a task as done), with an undo in the notice. */
	async markSent(f: FollowUp): Promise<void> {
		const done = isTask(f.kind) ? "done" : "sent";
		await this.#logFollowUp(f, f.channel ? { channel: f.channel } : {}, `${f.to ? ` to ${f.to}` : ""} marked ${done}.`);
	}

	/** Logs a dismissal: the follow-up is not wanted (a dismissed chain step still moves the chain on). */
	async dismiss(f: FollowUp): Promise<void> {
		await this.#logFollowUp(f, { dismissed: true }, " dismissed.");
	}

	/** Logs a snooze until a day. */
	async snooze(f: FollowUp, until: Day): Promise<void> {
		await this.#logFollowUp(f, { snoozedUntil: until }, ` snoozed until ${until}.`);
	}

	/** The snooze choices: the next business day and three business days on. */
	snoozeDays(): { next: Day; three: Day } {
		const today = this.today();
		const calendar = calendarFor(this.#store.get(), today);
		return { next: addBusinessDays(today, 1, calendar), three: addBusinessDays(today, 3, calendar) };
	}

	/** Logs a message received. */
	async logReply(path: string, reply: ReplyInput): Promise<void> {
		const entry: LogEntryToAppend = { date: reply.date, from: reply.from, kind: reply.kind || "reply" };
		if (reply.note.trim() !== "") entry.note = reply.note.trim();
		await this.#logWithUndo(path, entry, `${entry.kind === "reply" ? "Reply" : `"${entry.kind}"`} from ${reply.from} logged.`);
	}

	/** Opens a note in the main area. */
	async openNote(path: string): Promise<void> {
		const file = this.#file(path);
		if (file) await this.#app.workspace.getLeaf(false).openFile(file);
	}

	/** Creates a dated interview note in the folder the settings name, from the template, and opens it. */
	async newInterviewNote(): Promise<void> {
		const settings = this.#store.get();
		const folder = settings.newNoteFolder.trim() === "" ? "" : normalizePath(settings.newNoteFolder);
		if (folder !== "" && !this.#app.vault.getAbstractFileByPath(folder)) await this.#app.vault.createFolder(folder);
		const template =
			settings.templateFolder.trim() === ""
				? null
				: this.#app.vault.getFileByPath(normalizePath(`${settings.templateFolder}/interview.md`));
		const text = template ? await this.#app.vault.cachedRead(template) : newNoteText(settings, this.today());
		let path = "";
		for (let n = 1; path === "" || this.#app.vault.getAbstractFileByPath(path); n++) {
			const name = `Interview ${this.today()}${n > 1 ? ` (${n})` : ""}.md`;
			path = folder === "" ? name : `${folder}/${name}`;
		}
		const file = await this.#app.vault.create(path, text);
		await this.#app.workspace.getLeaf(false).openFile(file);
	}

	/** Opens the side panel (reusing an open one) and shows it. */
	async openPanel(): Promise<void> {
		const { workspace } = this.#app;
		let leaf = workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: VIEW_TYPE_FOLLOW_UPS, active: true });
		}
		await workspace.revealLeaf(leaf);
	}

	/**
	 * Logs today what became of a follow-up (`what`: sent, dismissed, snoozed), to its person
	 * when it has one; the notice names the kind, then `said` (" dismissed.").
	 */
	#logFollowUp(f: FollowUp, what: Partial<LogEntryToAppend>, said: string): Promise<void> {
		const entry: LogEntryToAppend = { date: this.today(), kind: f.kind, ...what };
		if (f.to) entry.to = f.to;
		return this.#logWithUndo(f.note, entry, `${KIND_WORDS[f.kind].name}${said}`);
	}

	async #logWithUndo(path: string, entry: LogEntryToAppend, message: string): Promise<void> {
		const file = this.#file(path);
		if (!file) return;
		const written = await this.#writer.appendLogEntry(file, entry);
		if (!written.ok) {
			new Notice(`Could not update ${file.basename}: ${written.message}`);
			return;
		}
		await this.#indexer.refresh(path);
		const fragment = createFragment((f) => {
			f.createSpan({ text: `${message} ` });
			const undo = f.createEl("button", { text: "Undo", cls: "ifu-notice-undo" });
			undo.addEventListener("click", () => {
				notice.hide();
				void this.#undo(file, path, written.appended);
			});
		});
		const notice = new Notice(fragment, 8000);
	}

	/** Takes a logged entry out again; says so when the note changed so that it cannot. */
	async #undo(file: TFile, path: string, appended: AppendedLogEntry): Promise<void> {
		const result = await this.#writer.removeLogEntry(file, appended);
		if (!result.ok) new Notice(`Could not undo in ${file.basename}: ${result.message}`);
		await this.#indexer.refresh(path);
	}

	#file(path: string): TFile | null {
		const file = this.#app.vault.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}
}
