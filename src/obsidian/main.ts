/**
 * The plugin's lifecycle, and nothing else: build the parts, register them, let
 * Obsidian unload them. Heavy work (the vault scan) waits for the layout inside the
 * indexer; nothing here writes files.
 */
import { Plugin, Platform, debounce } from "obsidian";
import type { InterviewFollowUpsApi } from "../app/api";
import { FollowUpActions, VIEW_TYPE_FOLLOW_UPS } from "./actions";
import { registerCommands } from "./commands";
import { registerDashboards } from "./dashboards";
import { FollowUpView } from "./follow-up-view";
import { NoteWriter } from "./note-writer";
import { FollowUpSettingTab } from "./settings-tab";
import { SettingsStore } from "./settings-store";
import { StatusBarCount, startupNotice } from "./status-bar";
import { VaultIndexer } from "./vault-indexer";

/** Interview Follow-ups. */
export default class InterviewFollowUpsPlugin extends Plugin {
	private store!: SettingsStore;
	/** For other plugins and DataviewJS: `app.plugins.plugins["interview-followups"].api` (see the README). */
	api!: InterviewFollowUpsApi;

	/** The clock. The e2e page pins it; nothing else reads the time. */
	protected now(): Date {
		return new Date();
	}

	/** Builds and registers the parts. */
	override async onload(): Promise<void> {
		this.store = new SettingsStore(this);
		const problems = await this.store.load();
		if (problems.length > 0) console.warn("Interview follow-ups: some settings were reset to defaults", problems);

		const indexer = this.addChild(new VaultIndexer(this.app, this.store.get(), () => this.now()));
		const writer = new NoteWriter(this.app, () => this.store.get());
		const actions = new FollowUpActions(this.app, this.store, indexer, writer);

		// Typing in the settings tab changes settings per keystroke; apply them once it settles.
		const apply = debounce(() => void indexer.applySettings(this.store.get()), 500, true);
		this.registerEvent(this.store.onChange(() => apply()));
		this.register(() => apply.cancel());

		this.registerView(VIEW_TYPE_FOLLOW_UPS, (leaf) => new FollowUpView(leaf, { store: this.store, indexer, actions }));
		this.addRibbonIcon("calendar-clock", "Open interview follow-ups", () => void actions.openPanel());
		registerCommands(this, actions, indexer);
		this.api = registerDashboards(this, { app: this.app, store: this.store, indexer, actions, writer });
		this.addSettingTab(new FollowUpSettingTab(this.app, this, this.store, indexer));
		if (Platform.isDesktop) this.addChild(new StatusBarCount(this.addStatusBarItem(), indexer, actions));
		this.registerEvent(indexer.onReady(() => startupNotice(this.store, indexer)));
	}

	/** data.json changed on disk (sync from another device): apply it. */
	override async onExternalSettingsChange(): Promise<void> {
		await this.store.load();
	}
}
