/**
 * Two small dialogs: log a reply (who wrote, what it was, when) and pick a day (for
 * snoozing). Both validate before they call back, so no bad date reaches a note.
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

/** Asks for a received message and logs it. */
export class LogReplyModal extends Modal {
	readonly #note: InterviewNote;
	readonly #today: Day;
	readonly #submit: (reply: ReplyInput) => void;

	/** `submit` runs once, with a checked reply. */
	constructor(app: App, note: InterviewNote, today: Day, submit: (reply: ReplyInput) => void) {
		super(app);
		this.#note = note;
		this.#today = today;
		this.#submit = submit;
	}

	/** Builds the form. */
	override onOpen(): void {
		this.setTitle("Log a reply");
		const reply: ReplyInput = { date: this.#today, from: this.#note.people[0]?.name ?? "", kind: "reply", note: "" };
		new Setting(this.contentEl).setName("From").addDropdown((d) => {
			for (const p of this.#note.people) d.addOption(p.name, p.name);
			if (this.#note.people.length === 0) d.addOption("", "No people listed in the note");
			d.setValue(reply.from).onChange((v) => (reply.from = v));
		});
		new Setting(this.contentEl).setName("What it was").addDropdown((d) => {
			d.addOptions(REPLY_KINDS)
				.setValue(reply.kind)
				.onChange((v) => (reply.kind = v));
		});
		const checkDate = addDateRow(this.contentEl, reply.date, (v) => (reply.date = v));
		new Setting(this.contentEl)
			.setName("Note")
			.setDesc("Optional: what they said, in a few words.")
			.addText((t) => t.onChange((v) => (reply.note = v)));
		new Setting(this.contentEl).addButton((b) =>
			b
				.setButtonText("Log reply")
				.setCta()
				.onClick(() => {
					if (!checkDate(reply.date)) return;
					if (reply.from.trim() === "") return;
					this.close();
					this.#submit(reply);
				}),
		);
	}

	/** Leaves nothing behind. */
	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Asks for a day. */
export class DayPickerModal extends Modal {
	readonly #title: string;
	readonly #initial: Day;
	readonly #submit: (day: Day) => void;

	/** `submit` runs once, with a valid day. */
	constructor(app: App, title: string, initial: Day, submit: (day: Day) => void) {
		super(app);
		this.#title = title;
		this.#initial = initial;
		this.#submit = submit;
	}

	/** Builds the form. */
	override onOpen(): void {
		this.setTitle(this.#title);
		let value = this.#initial;
		const checkDate = addDateRow(this.contentEl, value, (v) => (value = v));
		new Setting(this.contentEl).addButton((b) =>
			b
				.setButtonText("Snooze")
				.setCta()
				.onClick(() => {
					if (!checkDate(value)) return;
					this.close();
					this.#submit(value);
				}),
		);
	}

	/** Leaves nothing behind. */
	override onClose(): void {
		this.contentEl.empty();
	}
}
