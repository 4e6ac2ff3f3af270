/**
 * The status-bar count (desktop only; mobile has no status bar) and the one start-up
 * notice. Both read the same memoised evaluation as the panel.
 */
import { Component, Notice } from "obsidian";
import { plural } from "../core/follow-up-text";
import type { FollowUpActions } from "./actions";
import type { SettingsStore } from "./settings-store";
import { summaryPhrase } from "./ui-text";
import type { VaultIndexer } from "./vault-indexer";

/** Keeps "2 follow-ups due" in the status bar; a click opens the panel. */
export class StatusBarCount extends Component {
	readonly #el: HTMLElement;
	readonly #indexer: VaultIndexer;
	readonly #actions: FollowUpActions;

	/** `el` comes from addStatusBarItem. */
	constructor(el: HTMLElement, indexer: VaultIndexer, actions: FollowUpActions) {
		super();
		this.#el = el;
		this.#indexer = indexer;
		this.#actions = actions;
	}

	/** Subscribes and draws. */
	override onload(): void {
		this.#el.addClass("ifu-status", "mod-clickable");
		this.registerEvent(this.#indexer.onChange(() => this.#draw()));
		this.registerDomEvent(this.#el, "click", () => void this.#actions.openPanel());
		this.#draw();
	}

	#draw(): void {
		if (!this.#indexer.isReady) {
			this.#el.setText("");
			return;
		}
		const due = this.#indexer.evaluation().followUps.filter((f) => f.status !== "upcoming").length;
		this.#el.setText(due === 0 ? "" : `${plural(due, "follow-up")} due`);
		this.#el.setAttr("aria-label", summaryPhrase(this.#indexer.evaluation().followUps) ?? "No follow-ups due");
	}
}

/** Shows one notice after the first scan when something is due and the setting allows it. */
export function startupNotice(store: SettingsStore, indexer: VaultIndexer): void {
	if (!store.get().startupNotice) return;
	const summary = summaryPhrase(indexer.evaluation().followUps);
	if (summary) new Notice(`Interview follow-ups: ${summary}.`);
}
