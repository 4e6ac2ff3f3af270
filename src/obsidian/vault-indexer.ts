/**
 * Keeps the follow-up index in step with the vault, in the manner of obsidian-tasks'
 * Cache: nothing happens until the layout is ready; then one full build, and after it
 * the metadata cache's `changed` and the vault's `delete`, `rename` and `create`
 * events update single notes (and the interview notes that depend on a changed person
 * note). Updates run one after another, so a slow read never lands after a newer one.
 * The day is watched too (a timer, and window focus for a machine that slept), because
 * "due" changes at midnight even when no note does.
 */
import { Component, Events, TFile, type App, type EventRef } from "obsidian";
import { FollowUpIndex } from "../app/follow-up-index";
import { localDay } from "../core/dates";
import type { Day, Evaluation } from "../core/model";
import type { Settings } from "../core/settings";
import { linkResolver, readSource } from "./note-source";

/** How often the day is checked; focus catches a machine waking sooner. */
const DAY_CHECK_MS = 60_000;

/** The vault indexer: a Component child of the plugin. */
export class VaultIndexer extends Component {
	/** The index it keeps (read it; only the indexer writes it). */
	readonly index: FollowUpIndex;
	private readonly events = new Events();
	private queue: Promise<void> = Promise.resolve();
	private day: Day;
	private started = false;
	private stopped = false;
	private built = false;
	private building = false;
	private announcedRevision = -1;

	/** `now` is the only clock read of the plugin; tests and the e2e page pin it. */
	constructor(
		private readonly app: App,
		settings: Settings,
		private readonly now: () => Date = () => new Date(),
	) {
		super();
		this.index = new FollowUpIndex(settings);
		this.day = localDay(this.now());
	}

	/** Waits for the layout: vault `create` events fire for every file before it. */
	override onload(): void {
		this.stopped = false;
		this.app.workspace.onLayoutReady(() => this.start());
	}

	/** Nothing to close: registered events and the timer are released by Component. */
	override onunload(): void {
		this.stopped = true;
	}

	/** True while the whole vault is being read (views keep their last drawing meanwhile). */
	get isBuilding(): boolean {
		return this.building;
	}

	/** True once the first full build finished. */
	get isReady(): boolean {
		return this.built;
	}

	/** The day follow-ups are evaluated for. */
	today(): Day {
		return this.day;
	}

	/** The due list for today (memoised by the index). */
	evaluation(): Evaluation {
		return this.index.evaluate(this.day);
	}

	/**
	 * Calls back after the index changed or the day turned. Register the returned ref
	 * on the listening component so it is dropped with it.
	 */
	onChange(callback: () => void): EventRef {
		return this.events.on("changed", callback);
	}

	/** Stops a callback given to onChange (for listeners that are not components, such as API callers). */
	offChange(ref: EventRef): void {
		this.events.offref(ref);
	}

	/** Resolves when every queued update has run (tests, and the start-up notice). */
	async whenIdle(): Promise<void> {
		let seen: Promise<void>;
		do {
			seen = this.queue;
			await seen;
		} while (seen !== this.queue);
	}

	/** Reads the whole vault again, e.g. with new settings or from the refresh command. */
	rebuild(settings?: Settings): Promise<void> {
		if (settings) this.enqueue(async () => this.index.reset(settings));
		if (!this.started) return this.whenIdle();
		this.enqueue(() => this.buildAll());
		return this.whenIdle();
	}

	/** Re-reads one note now (after the plugin itself wrote it), without waiting for the cache event. */
	refresh(path: string): Promise<void> {
		this.enqueue(() => this.reindex(path));
		return this.whenIdle();
	}

	/** Looks at the clock; a new day re-evaluates everything without re-reading notes. */
	checkDay(): void {
		const day = localDay(this.now());
		if (day === this.day) return;
		this.day = day;
		this.events.trigger("changed");
	}

	private start(): void {
		if (this.started || this.stopped) return;
		this.started = true;
		const { metadataCache, vault } = this.app;
		this.registerEvent(
			metadataCache.on("changed", (file) => {
				this.enqueue(() => this.reindex(file.path));
			}),
		);
		this.registerEvent(
			vault.on("delete", (file) => {
				this.enqueue(async () => {
					const dependents = this.index.dependentsOf(file.path);
					this.index.remove(file.path);
					for (const path of dependents) await this.reread(path);
				});
			}),
		);
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				this.enqueue(async () => {
					const dependents = this.index.dependentsOf(oldPath);
					this.index.remove(oldPath);
					// The cache does not fire `changed` for a rename; a folder move can make a note an interview note.
					await this.reread(file.path);
					for (const path of [...dependents, ...this.index.withUnresolvedPeople()]) await this.reread(path);
				});
			}),
		);
		this.registerEvent(
			vault.on("create", (file) => {
				if (!(file instanceof TFile) || file.extension !== "md") return;
				// A new note may be the person a link was waiting for.
				this.enqueue(async () => {
					for (const path of this.index.withUnresolvedPeople()) await this.reread(path);
				});
			}),
		);
		this.registerInterval(window.setInterval(() => this.checkDay(), DAY_CHECK_MS));
		this.registerDomEvent(window, "focus", () => this.checkDay());
		this.enqueue(async () => {
			await this.buildAll();
			this.built = true;
			this.events.trigger("ready");
		});
	}

	/** Calls back once, after the first full build (the start-up notice waits for it). */
	onReady(callback: () => void): EventRef {
		return this.events.on("ready", callback);
	}

	private enqueue(task: () => Promise<void>): void {
		this.queue = this.queue
			.then(async () => {
				if (this.stopped) return;
				await task();
				this.announce();
			})
			.catch((error: unknown) => {
				// One unreadable note must not stop the queue for the rest of the session.
				console.error("Interview follow-ups: could not update the index", error);
			});
	}

	private announce(): void {
		if (this.index.revision === this.announcedRevision) return;
		this.announcedRevision = this.index.revision;
		this.events.trigger("changed");
	}

	private async buildAll(): Promise<void> {
		this.day = localDay(this.now());
		const resolve = linkResolver(this.app);
		this.building = true;
		try {
			for (const file of this.app.vault.getMarkdownFiles()) {
				if (this.stopped) return;
				this.index.update(await readSource(this.app, file), resolve);
			}
		} finally {
			this.building = false;
		}
	}

	/** A changed file, and the interview notes that took a person from it. */
	private async reindex(path: string): Promise<void> {
		await this.reread(path);
		for (const dependent of this.index.dependentsOf(path)) {
			if (dependent !== path) await this.reread(dependent);
		}
	}

	private async reread(path: string): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file || file.extension !== "md") {
			this.index.remove(path);
			return;
		}
		this.index.update(await readSource(this.app, file), linkResolver(this.app));
	}
}
