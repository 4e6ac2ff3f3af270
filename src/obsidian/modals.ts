/**
 * Dialogs as functions (openDialog), and two small ones: log a reply (who wrote, what it
 * was, when) and pick a day (for snoozing). Both validate before they call back, so no bad
 * date reaches a note.
 */
import { Modal, Setting, type App } from "obsidian";
import { isDay } from "../core/dates";
import type { Day, InterviewNote } from "../core/model";
import type { ReplyInput } from "./actions";

/** The kinds of received message the dialog offers (the log accepts any word). */
const REPLY_KINDS: Record<string, string> = {
	reply: "Reply",
	rejection: "Rejection",
	offer: "Offer",
	invite: "Invitation to another round",
};

/**
 * A "Date" row with a date picker, starting at `initial`. Returns the check to run
 * before submitting: true for a day; otherwise false, with a hint under the row.
 */
function addDateRow(el: HTMLElement, initial: Day, onChange: (value: string) => void): (value: string) => boolean {
	const row = new Setting(el).setName("Date").addText((t) => {
		t.inputEl.type = "date";
		t.setValue(initial).onChange(onChange);
	});
	return (value) => {
		if (isDay(value)) return true;
		row.setDesc("Enter a date such as 2026-11-24.");
		return false;
	};
}

/**
 * Opens a dialog that `fill` builds each time it opens, and that leaves nothing behind when
 * it closes. A function rather than a Modal subclass per dialog: the dialogs keep no state
 * of their own beyond what `fill` closes over.
 */
export function openDialog(app: App, fill: (modal: Modal) => void): void {
	const modal = new Modal(app);
	modal.onOpen = () => fill(modal);
	modal.onClose = () => modal.contentEl.empty();
	modal.open();
}

/** Asks for a received message and logs it; `submit` runs once, with a checked reply. */
export function openLogReply(app: App, note: InterviewNote, today: Day, submit: (reply: ReplyInput) => void): void {
	openDialog(app, (modal) => {
		modal.setTitle("Log a reply");
		const reply: ReplyInput = { date: today, from: note.people[0]?.name ?? "", kind: "reply", note: "" };
		new Setting(modal.contentEl).setName("From").addDropdown((d) => {
			for (const p of note.people) d.addOption(p.name, p.name);
			if (note.people.length === 0) d.addOption("", "No people listed in the note");
			d.setValue(reply.from).onChange((v) => (reply.from = v));
		});
		new Setting(modal.contentEl).setName("What it was").addDropdown((d) => {
			d.addOptions(REPLY_KINDS)
				.setValue(reply.kind)
				.onChange((v) => (reply.kind = v));
		});
		const checkDate = addDateRow(modal.contentEl, reply.date, (v) => (reply.date = v));
		new Setting(modal.contentEl)
			.setName("Note")
			.setDesc("Optional: what they said, in a few words.")
			.addText((t) => t.onChange((v) => (reply.note = v)));
		new Setting(modal.contentEl).addButton((b) =>
			b
				.setButtonText("Log reply")
				.setCta()
				.onClick(() => {
					if (!checkDate(reply.date)) return;
					if (reply.from.trim() === "") return;
					modal.close();
					submit(reply);
				}),
		);
	});
}

/** Asks for a day; `submit` runs once, with a valid day. */
export function openDayPicker(app: App, title: string, initial: Day, submit: (day: Day) => void): void {
	openDialog(app, (modal) => {
		modal.setTitle(title);
		let value = initial;
		const checkDate = addDateRow(modal.contentEl, value, (v) => (value = v));
		new Setting(modal.contentEl).addButton((b) =>
			b
				.setButtonText("Snooze")
				.setCta()
				.onClick(() => {
					if (!checkDate(value)) return;
					modal.close();
					submit(value);
				}),
		);
	});
}
