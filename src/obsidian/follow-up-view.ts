/**
 * The side panel. It draws only when it is visible and something it shows moved (the
 * index revision, the day, the active note), like dataview's refreshable views; a hidden
 * panel catches up when it is shown again (Obsidian resizes a tab it shows, and changes
 * the layout), without a timer. While the vault is first read it shows how far that has
 * got. The keyboard focus stays where it was across redraws.
 */
import { ItemView, Menu, type WorkspaceLeaf } from "obsidian";
import { shortDay } from "../core/dates";
import type { FollowUp } from "../core/model";
import { VIEW_TYPE_FOLLOW_UPS, type FollowUpActions } from "./actions";
import { openDayPicker, openLogReply } from "./modals";
import {
	initialPanelState,
	panelFocus,
	renderPanel,
	restorePanelFocus,
	type PanelHandlers,
	type PanelModel,
	type PanelState,
} from "./panel-render";
import type { SettingsStore } from "./settings-store";
import type { VaultIndexer } from "./vault-indexer";

/** What the view needs from the plugin. */
export interface ViewContext {
	store: SettingsStore;
	indexer: VaultIndexer;
	actions: FollowUpActions;
}

/** The follow-ups side panel. */
export class FollowUpView extends ItemView {
	readonly #state: PanelState = initialPanelState();
	#drawnKey = "";

	readonly #ctx: ViewContext;

	/** One per leaf; holds no reference on the plugin. */
	constructor(leaf: WorkspaceLeaf, ctx: ViewContext) {
		super(leaf);
		this.#ctx = ctx;
		this.icon = "calendar-clock";
	}

	/** The stable view type id. */
	getViewType(): string {
		return VIEW_TYPE_FOLLOW_UPS;
	}

	/** The tab title. */
	getDisplayText(): string {
		return "Interview follow-ups";
	}

	/** Subscribes (released with the view) and draws once. */
	override async onOpen(): Promise<void> {
		this.contentEl.addClass("ifu-view");
		this.registerEvent(this.#ctx.indexer.onChange(() => this.refresh()));
		this.registerEvent(this.#ctx.store.onChange(() => this.refresh(true)));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.refresh()));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		this.registerEvent(this.#ctx.indexer.onProgress(() => this.refresh()));
		this.refresh(true);
	}

	/** Obsidian calls this when the tab is shown (its size changes from nothing), among other times. */
	override onResize(): void {
		this.refresh();
	}

	/** Draws when visible and stale (or when forced, e.g. after a filter change). */
	refresh(force = false): void {
		if (!this.contentEl.isShown()) return;
		// A vault read again (new settings) would flash a short list; keep the last drawing until
		// the pass ends. The first pass draws its progress instead.
		if (this.#ctx.indexer.isReady && this.#ctx.indexer.isBuilding && this.#drawnKey !== "") return;
		const indexer = this.#ctx.indexer;
		const activePath = this.#activeInterviewPath();
		const progress = indexer.isReady ? "" : JSON.stringify(indexer.progress);
		const key = [indexer.index.revision, indexer.today(), activePath ?? "", indexer.isReady, progress].join("|");
		if (!force && key === this.#drawnKey) return;
		this.#drawnKey = key;
		const scroll = this.contentEl.scrollTop;
		const focus = panelFocus(this.contentEl);
		renderPanel(this.contentEl, this.#model(activePath), this.#state, this.#handlers());
		restorePanelFocus(this.contentEl, focus);
		this.contentEl.scrollTop = scroll;
	}

	#activeInterviewPath(): string | null {
		const file = this.app.workspace.getActiveFile();
		return file && this.#ctx.indexer.index.note(file.path) ? file.path : null;
	}

	#model(activePath: string | null): PanelModel {
		const indexer = this.#ctx.indexer;
		const evaluation = indexer.evaluation();
		const note = activePath ? indexer.index.note(activePath) : null;
		return {
			today: indexer.today(),
			evaluation,
			horizonDays: this.#ctx.store.get().horizonDays,
			interviewCount: indexer.index.interviewCount,
			ready: indexer.isReady,
			progress: indexer.progress,
			active: note ? { note, followUps: evaluation.followUps.filter((f) => f.note === note.path) } : null,
		};
	}

	#handlers(): PanelHandlers {
		const actions = this.#ctx.actions;
		return {
			insert: (f) => void actions.insertDraft(f),
			copy: (f) => void actions.copyDraft(f),
			markSent: (f) => void actions.markSent(f),
			dismiss: (f) => void actions.dismiss(f),
			open: (path) => void actions.openNote(path),
			newNote: () => void actions.newInterviewNote(),
			logReply: (path) => {
				const note = actions.note(path);
				if (note) openLogReply(this.app, note, actions.today(), (reply) => void actions.logReply(path, reply));
			},
			snooze: (f, evt) => this.#snoozeMenu(f, evt),
			redraw: () => this.refresh(true),
		};
	}

	/** The snooze menu, at the pointer; opened from the keyboard, under the button. */
	#snoozeMenu(f: FollowUp, evt: MouseEvent): void {
		const actions = this.#ctx.actions;
		const { next, three } = actions.snoozeDays();
		const menu = new Menu();
		menu.addItem((item) =>
			item
				.setTitle(`Next business day (${shortDay(next)})`)
				.setIcon("alarm-clock")
				.onClick(() => void actions.snooze(f, next)),
		);
		menu.addItem((item) =>
			item
				.setTitle(`In 3 business days (${shortDay(three)})`)
				.setIcon("alarm-clock")
				.onClick(() => void actions.snooze(f, three)),
		);
		menu.addItem((item) =>
			item
				.setTitle("Pick a date…")
				.setIcon("calendar")
				.onClick(() => openDayPicker(this.app, "Snooze until", next, (day) => void actions.snooze(f, day))),
		);
		const button = evt.target instanceof Element ? evt.target.closest("button") : null;
		// A click from Enter or Space has no pointer: detail 0, at the window's corner.
		if (evt.detail === 0 && button) {
			const rect = button.getBoundingClientRect();
			menu.showAtPosition({ x: rect.left, y: rect.bottom }, button.ownerDocument);
		} else menu.showAtMouseEvent(evt);
	}
}
