/**
 * The dialog behind the settings button "Read my vault's format": while the vault is
 * read it shows how far it has got; then each proposed setting with its evidence, and
 * what the settings in force and the proposed ones find today. "Apply" saves the merged
 * settings through the settings store (the user's own values kept) and has the index
 * read the vault again; notes are never changed.
 */
import { Modal, Notice, Setting, type App } from "obsidian";
import { proposalValueText, type SetupYield } from "../app/setup-yield";
import type { Settings } from "../core/settings";
import type { ProposalItem } from "../core/setup/detect";
import type { SettingsStore } from "./settings-store";
import { FormatReadingStopped, readVaultFormat, type FormatProgress, type VaultFormatReading } from "./vault-format";
import type { VaultIndexer } from "./vault-indexer";
import { errorMessage } from "../core/values";
import { logError } from "../app/log-error";

/** What the dialog needs from the plugin. */
export interface VaultFormatModalDeps {
	/** Reads the settings in force and saves the applied ones. */
	store: SettingsStore;
	/** Gives the figures "before", and reads the vault again after applying. */
	indexer: VaultIndexer;
	/** Called after the proposal was applied (the settings tab redraws its fields). */
	onApplied?: () => void;
	/** Milliseconds of work per slice (tests use 0). */
	sliceMs?: number;
}

/** The settings a proposal can name, as the settings tab and docs/settings.md call them. */
const SETTING_NAMES: Partial<Record<keyof Settings, string>> = {
	interviewTag: "Interview tag",
	interviewFolders: "Interview folders",
	fieldAliases: "Field aliases",
	statusAliases: "Status aliases",
	relationAliases: "Relation words",
	timelineFields: "Timeline properties",
	dateOrder: "Date order",
};

function plural(n: number, word: string): string {
	return `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;
}

/** Proposes settings for the vault's format, with a preview, and applies them when asked. */
export class VaultFormatModal extends Modal {
	readonly #stop = new AbortController();

	readonly #deps: VaultFormatModalDeps;

	constructor(app: App, deps: VaultFormatModalDeps) {
		super(app);
		this.#deps = deps;
	}

	/** Starts reading the vault; the proposal replaces the progress line when it is ready. */
	override onOpen(): void {
		this.setTitle("Your vault's format");
		this.modalEl.addClass("ifu-format-modal");
		const progress = this.contentEl.createDiv({ cls: "ifu-format-progress", text: "Looking at your notes…" });
		readVaultFormat(this.app, {
			settings: this.#deps.store.get(),
			indexer: this.#deps.indexer,
			onProgress: (p) => progress.setText(progressText(p)),
			signal: this.#stop.signal,
			sliceMs: this.#deps.sliceMs,
		}).then(
			(reading) => {
				if (this.#stop.signal.aborted) return;
				this.contentEl.empty();
				this.#render(reading);
			},
			(error: unknown) => {
				if (error instanceof FormatReadingStopped) return;
				logError("reading the vault's format failed", error);
				progress.setText(`The vault could not be read: ${errorMessage(error)}`);
				progress.addClass("ifu-format-error");
			},
		);
	}

	/** A reading still under way stops at its next slice. */
	override onClose(): void {
		this.#stop.abort();
		this.contentEl.empty();
	}

	#render(reading: VaultFormatReading): void {
		const { proposal, merged, before, after, today } = reading;
		const el = this.contentEl;
		el.createEl("p", {
			cls: "ifu-format-summary",
			text: `${plural(proposal.applications, "note")} look like applications; your settings read ${proposal.alreadyRead.toLocaleString()} of them.`,
		});
		if (proposal.items.length === 0) {
			el.createEl("p", { cls: "ifu-format-nothing", text: "Nothing to propose: your settings already read this vault as it is." });
		} else {
			el.createDiv({ cls: "ifu-format-heading", text: "Proposed settings" });
			const list = el.createEl("ul", { cls: "ifu-format-items" });
			for (const item of proposal.items) drawItem(list, item, merged.settings);
		}
		const unplaced = proposal.statuses.filter((s) => s.group === null).map((s) => `"${s.value}"`);
		if (unplaced.length > 0)
			el.createEl("p", {
				cls: "ifu-format-note",
				text: `Status words with no group: ${unplaced.join(", ")}. Add them under Status aliases by hand.`,
			});
		for (const problem of merged.refused) el.createEl("p", { cls: "ifu-format-note", text: `Left out: ${problem.message}` });
		drawPreview(el, today, before, after, proposal.items.length > 0);

		const buttons = new Setting(el).setClass("ifu-format-buttons");
		if (proposal.items.length === 0) {
			buttons.addButton((b) => b.setButtonText("Close").onClick(() => this.close()));
			return;
		}
		buttons.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()));
		buttons.addButton((b) =>
			b
				.setButtonText("Apply to settings")
				.setCta()
				.onClick(() => void this.#apply(reading)),
		);
	}

	/** Saves the keys the proposal names, with their merged values, then has the index read the vault again. */
	async #apply(reading: VaultFormatReading): Promise<void> {
		const patch: Record<string, unknown> = {};
		for (const key of Object.keys(reading.proposal.settings) as (keyof Settings)[]) patch[key] = reading.merged.settings[key];
		const problems = await this.#deps.store.update(patch);
		if (problems.length > 0) {
			this.contentEl.createEl("p", { cls: "ifu-format-error", text: problems.map((p) => p.message).join(" ") });
			return;
		}
		this.close();
		this.#deps.onApplied?.();
		await this.#deps.indexer.applySettings(this.#deps.store.get());
		const count = this.#deps.indexer.index.interviewCount;
		const due = this.#deps.indexer.evaluation().followUps.length;
		new Notice(`Settings applied: ${plural(count, "interview note")} read, ${plural(due, "follow-up")}.`);
	}
}

function progressText(p: FormatProgress): string {
	const done = `${p.done.toLocaleString()} of ${plural(p.total, "note")}`;
	return p.stage === "looking" ? `Looking at your notes: ${done}…` : `Reading them with the proposed settings: ${done}…`;
}

/** One proposed setting: its name and value, the evidence, and whether the user's own value is kept instead. */
function drawItem(list: HTMLElement, item: ProposalItem, merged: Settings): void {
	const li = list.createEl("li", { cls: "ifu-format-item" });
	const head = li.createDiv({ cls: "ifu-format-item-head" });
	head.createSpan({ cls: "ifu-format-setting", text: SETTING_NAMES[item.setting] ?? item.setting });
	head.createEl("code", { cls: "ifu-format-value", text: proposalValueText(item.value) });
	// The evidence names properties between backticks, as the command line prints them.
	const evidence = li.createDiv({ cls: "ifu-format-evidence" });
	`Because ${item.evidence}.`
		.split("`")
		.forEach((part, i) => (i % 2 === 1 ? evidence.createEl("code", { text: part }) : evidence.createSpan({ text: part })));
	if (!takesEffect(item, merged)) li.createDiv({ cls: "ifu-format-kept", text: "Your own value is kept instead." });
}

/** True when the merged settings hold what the item proposes (else the user's own value won). */
function takesEffect(item: ProposalItem, merged: Settings): boolean {
	const value: unknown = merged[item.setting];
	if (Array.isArray(value)) return value.some((v) => JSON.stringify(v) === JSON.stringify(item.value));
	if (typeof item.value === "object" && item.value !== null && typeof value === "object" && value !== null) {
		const held = value as Record<string, unknown>;
		return Object.entries(item.value).every(([key, v]) => {
			const have = held[key];
			return Array.isArray(v) && Array.isArray(have) ? v.every((x) => have.includes(x)) : JSON.stringify(have) === JSON.stringify(v);
		});
	}
	return JSON.stringify(value) === JSON.stringify(item.value);
}

/** The figures before and after, as a small table. */
function drawPreview(el: HTMLElement, today: string, before: SetupYield, after: SetupYield, proposed: boolean): void {
	el.createDiv({ cls: "ifu-format-heading", text: `What it finds today (${today})` });
	const table = el.createEl("table", { cls: "ifu-format-preview" });
	const head = table.createEl("thead").createEl("tr");
	for (const title of ["", "Notes read", "Follow-ups", "Due or overdue"]) head.createEl("th", { text: title });
	const body = table.createEl("tbody");
	const row = (name: string, y: SetupYield, cls: string): void => {
		const tr = body.createEl("tr", { cls });
		tr.createEl("th", { text: name, attr: { scope: "row" } });
		for (const n of [y.notes, y.followUps, y.dueNow]) tr.createEl("td", { text: n.toLocaleString() });
	};
	row("Your settings", before, "ifu-format-before");
	if (proposed) row("With the proposal", after, "ifu-format-after");
}
