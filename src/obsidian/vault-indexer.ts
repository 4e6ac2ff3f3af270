/**
 * Keeps the follow-up index in step with the vault, in the manner of obsidian-tasks'
 * Cache and dataview's index, for a vault of any size at any moment of Obsidian's own
 * indexing:
 *
 * - Nothing happens until the layout is ready; then one pass looks at every markdown
 *   file. What a file needs is decided from its metadata cache alone (note-source.ts):
 *   most files need nothing, interview notes their cache, a broken block its text.
 * - A file without a cache yet is not guessed at: it waits, and is read when the cache
 *   reaches it (`resolve`, `changed`), or given up on when the cache says it is done
 *   (`resolved`). The index is ready, and the start-up notice shown, only then.
 * - Work runs in slices of about 5 ms; between slices the main thread goes back
 *   to the app (a real task, so it can draw). Views see the pass's progress.
 * - Events only note what to look at again (a set of paths, a set of new note names);
 *   one worker drains them, so a burst of a thousand events is one pass over the files
 *   they touch. A new or renamed note makes only the notes that linked to its name read
 *   again, and a changed person note only the notes that took a person from it.
 * - Each path is read from the vault as it is when its turn comes, one after another,
 *   so an older read never lands after a newer one.
 *
 * The day is watched too (a timer, and window focus for a machine that slept), because
 * "due" changes at midnight even when no note does.
 */
import { Component, Events, moment, TFile, type App, type EventRef } from "obsidian";
import { FollowUpIndex, changesReading } from "../app/follow-up-index";
import { localDay } from "../core/dates";
import { dateOrderOfLocale } from "../core/read-note";
import type { Day, Evaluation } from "../core/model";
import type { Settings } from "../core/settings";
import type { LinkResolver } from "../core/source";
import { linkResolver, readPlan, sourceByPlan } from "./note-source";
import { logError } from "../app/log-error";

/** How often the day is checked; focus catches a machine waking sooner. */
const DAY_CHECK_MS = 60_000;

/**
 * Work per slice before the main thread is given back. A frame is 16 ms; a slice ends
 * after the step that passes this, and a step (a note read for the first time, with
 * code not compiled yet) or a collection can add to it, so the budget leaves room.
 */
const SLICE_MS = 5;

/**
 * When files still wait for a cache after a pass and Obsidian sends nothing for this
 * long, the index is declared ready with what it has (they are read when the cache
 * reaches them).
 */
const GIVE_UP_WAITING_MS = 30_000;

/** How the indexer is tuned (tests shorten the slices). */
export interface IndexerOptions {
	/** Milliseconds of work per slice; 0 gives the main thread back after every file. */
	sliceMs?: number;
}

/** How far a pass over the vault has got. */
export interface IndexProgress {
	/** Files looked at. */
	done: number;
	/** Files the pass looks at (0 when no pass runs). */
	total: number;
	/** Files seen without a cache, waiting for Obsidian to index them. */
	waiting: number;
}

/**
 * Gives the main thread back until the next task: the app can draw and handle input
 * first. A resolved promise would not do (microtasks run before any drawing), and a
 * timer is slowed to 4 ms or more after a few nested calls; a message is neither.
 */
export function yieldToUi(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof MessageChannel === "undefined") {
			window.setTimeout(resolve, 0);
			return;
		}
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** The vault indexer: a Component child of the plugin. */
export class VaultIndexer extends Component {
	/** The index it keeps (read it; only the indexer writes it). */
	readonly index: FollowUpIndex;
	private readonly events = new Events();
	readonly #sliceMs: number;
	readonly #resolve: LinkResolver;
	#day: Day;
	#started = false;
	#stopped = false;
	/** The first pass finished and no file waits for the cache (or the cache said it is done). */
	#ready = false;
	/** Paths to look at again, oldest first, each once. */
	readonly #dirty = new Set<string>();
	/** Names of notes that came or were renamed; the notes linking to them are looked at again. */
	readonly #names = new Set<string>();
	/** Paths seen without a cache. */
	readonly #waiting = new Set<string>();
	/** The pass over every file, while it runs. */
	#pass: { files: string[]; next: number } | null = null;
	/** The day's evaluation being worked out note by note (after a pass, a new day or new settings). */
	#evaluating: Generator<void, void, void> | null = null;
	/** The day turned since listeners were last told. */
	#dayTurned = false;
	/** True once the metadata cache said it has indexed everything (`resolved`) since start. */
	#cacheDone = false;
	#draining: Promise<void> | null = null;
	#announcedRevision = -1;
	#giveUpTimer: number | null = null;
	/** When the metadata cache last reported indexing a file (ms, performance clock). */
	#lastCacheNews = 0;

	/** `now` is the only clock read of the plugin; tests and the e2e page pin it. */
	readonly #app: App;
	readonly #now: () => Date;

	constructor(app: App, settings: Settings, now: () => Date = () => new Date(), options: IndexerOptions = {}) {
		super();
		this.#app = app;
		this.#now = now;
		// Slashed dates follow Obsidian's language when the settings leave it open.
		this.index = new FollowUpIndex(settings, undefined, dateOrderOfLocale(moment.locale()), () => this.#day);
		this.#day = localDay(this.#now());
		this.#sliceMs = options.sliceMs ?? SLICE_MS;
		this.#resolve = linkResolver(app);
	}

	/** Waits for the layout: vault `create` events fire for every file before it. */
	override onload(): void {
		this.#stopped = false;
		this.#app.workspace.onLayoutReady(() => this.#start());
	}

	/** Registered events and timers are released by Component; the worker stops at its next step. */
	override onunload(): void {
		this.#stopped = true;
		if (this.#giveUpTimer !== null) window.clearTimeout(this.#giveUpTimer);
	}

	/** True while a pass reads the whole vault (views keep their last drawing meanwhile). */
	get isBuilding(): boolean {
		return this.#pass !== null;
	}

	/** True once the first pass finished over a complete metadata cache. */
	get isReady(): boolean {
		return this.#ready;
	}

	/** How far the running pass has got (total 0: none runs). */
	get progress(): IndexProgress {
		return { done: this.#pass?.next ?? 0, total: this.#pass?.files.length ?? 0, waiting: this.#waiting.size };
	}

	/** The day follow-ups are evaluated for. */
	today(): Day {
		return this.#day;
	}

	/** The due list for today (memoised by the index). */
	evaluation(): Evaluation {
		return this.index.evaluate(this.#day);
	}

	/**
	 * Calls back after the index changed or the day turned. Register the returned ref
	 * on the listening component so it is dropped with it.
	 */
	onChange(callback: () => void): EventRef {
		return this.events.on("changed", callback);
	}

	/** Calls back as a pass over the vault moves on (once per slice, while the pass runs). */
	onProgress(callback: () => void): EventRef {
		return this.events.on("progress", callback);
	}

	/** Calls back once, when the index is first complete (the start-up notice waits for it). */
	onReady(callback: () => void): EventRef {
		return this.events.on("ready", callback);
	}

	/** Stops a callback given to onChange (for listeners that are not components, such as API callers). */
	offChange(ref: EventRef): void {
		this.events.offref(ref);
	}

	/** Resolves when nothing is left to do (tests, and callers that wrote a note). */
	async whenIdle(): Promise<void> {
		while (this.#draining) await this.#draining;
	}

	/** Reads the whole vault again (the refresh command, or settings that change how notes read). */
	rebuild(settings?: Settings): Promise<void> {
		if (settings) this.index.reconfigure(settings);
		if (this.#started) this.#beginPass();
		return this.whenIdle();
	}

	/**
	 * Takes new settings: the whole vault is read again only when they change how notes
	 * read (READING_SETTINGS); otherwise the notes are evaluated again as they are.
	 */
	applySettings(settings: Settings): Promise<void> {
		if (changesReading(this.index.settings, settings)) return this.rebuild(settings);
		this.index.reconfigure(settings);
		this.#evaluateInSteps();
		return this.whenIdle();
	}

	/** Reads one note again now (after the plugin itself wrote it). */
	refresh(path: string): Promise<void> {
		this.#touch(path);
		return this.whenIdle();
	}

	/**
	 * Looks at the clock; a new day re-evaluates everything (in steps), reading again only
	 * the notes whose timeline was read against the day before (a plan then may be done now).
	 */
	checkDay(): void {
		const day = localDay(this.#now());
		if (day === this.#day) return;
		this.#day = day;
		this.#dayTurned = true;
		if (!this.#started) return this.#announce();
		for (const path of this.index.readAgainstDay()) this.#dirty.add(path);
		this.#evaluateInSteps();
	}

	#start(): void {
		if (this.#started || this.#stopped) return;
		this.#started = true;
		this.#lastCacheNews = performance.now();
		const { metadataCache, vault } = this.#app;
		this.registerEvent(
			metadataCache.on("changed", (file) => {
				this.#lastCacheNews = performance.now();
				this.#touch(file.path);
			}),
		);
		// Obsidian indexing a file it had no cache for, at start-up: only waiting files matter.
		this.registerEvent(
			metadataCache.on("resolve", (file) => {
				this.#lastCacheNews = performance.now();
				if (this.#waiting.has(file.path)) this.#touch(file.path);
			}),
		);
		this.registerEvent(
			metadataCache.on("resolved", () => {
				this.#lastCacheNews = performance.now();
				this.#cacheDone = true;
				for (const path of this.#waiting) this.#dirty.add(path);
				this.#schedule();
			}),
		);
		this.registerEvent(vault.on("delete", (file) => this.#touch(file.path)));
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile)) return; // a folder: each file in it has its own event
				this.#touch(oldPath);
				// The cache does not fire `changed` for a rename; a folder move can make a note an interview note.
				this.#touch(file.path);
				if (file.extension === "md") this.#names.add(file.basename);
				this.#schedule();
			}),
		);
		this.registerEvent(
			vault.on("create", (file) => {
				// A new note may be the one a link was waiting for; its own cache comes with `changed`.
				if (!(file instanceof TFile) || file.extension !== "md") return;
				this.#names.add(file.basename);
				this.#schedule();
			}),
		);
		this.registerInterval(window.setInterval(() => this.checkDay(), DAY_CHECK_MS));
		this.registerDomEvent(window, "focus", () => this.checkDay());
		this.#day = localDay(this.#now());
		this.#beginPass();
	}

	/** A file to look at again, with the notes that took a person from it. */
	#touch(path: string): void {
		this.#dirty.add(path);
		for (const dependent of this.index.dependentsOf(path)) this.#dirty.add(dependent);
		this.#schedule();
	}

	#beginPass(): void {
		this.#pass = { files: this.#app.vault.getMarkdownFiles().map((f) => f.path), next: 0 };
		this.events.trigger("progress");
		this.#schedule();
	}

	#hasWork(): boolean {
		return this.#names.size > 0 || this.#dirty.size > 0 || this.#pass !== null || this.#evaluating !== null;
	}

	/**
	 * Works out the day's evaluation as part of the worker's steps: at 1,000 interview
	 * notes it is tens of milliseconds, and a phone is several times slower.
	 */
	#evaluateInSteps(): void {
		this.#evaluating = this.index.evaluationSteps(this.#day);
		this.#schedule();
	}

	/** Starts the worker unless it runs (it picks up whatever is added meanwhile). */
	#schedule(): void {
		if (this.#draining || !this.#started || this.#stopped) return;
		this.#draining = this.#drain().finally(() => {
			this.#draining = null;
			if (this.#hasWork()) this.#schedule();
		});
	}

	async #drain(): Promise<void> {
		// Events of the same task (a folder moved, a sync) gather before the first step.
		await Promise.resolve();
		let sliceStart = performance.now();
		while (!this.#stopped && this.#hasWork()) {
			await this.step();
			if (performance.now() - sliceStart >= this.#sliceMs && this.#hasWork()) {
				if (this.#pass) this.events.trigger("progress");
				await yieldToUi();
				sliceStart = performance.now();
			}
		}
		if (this.#stopped) return;
		this.#checkReady();
		this.#announce();
	}

	/** One unit of work: expand new names, else one changed path, else the pass's next file, else a note's evaluation. */
	private async step(): Promise<void> {
		if (this.#names.size > 0) {
			for (const name of this.#names) for (const path of this.index.linkingTo(name)) this.#dirty.add(path);
			this.#names.clear();
			return;
		}
		const first = this.#dirty.values().next();
		if (!first.done) {
			this.#dirty.delete(first.value);
			await this.#look(first.value);
			return;
		}
		const pass = this.#pass;
		if (pass) {
			const path = pass.files[pass.next];
			pass.next += 1;
			if (pass.next >= pass.files.length) {
				this.#pass = null;
				this.#evaluating = this.index.evaluationSteps(this.#day);
			}
			if (path !== undefined) await this.#look(path);
			return;
		}
		if (this.#evaluating && this.#evaluating.next().done === true) {
			// Dropped when a note changed meanwhile: start again over the index as it is now.
			this.#evaluating = this.index.hasEvaluation(this.#day) ? null : this.index.evaluationSteps(this.#day);
		}
	}

	/** Brings one path's entry up to date with the vault and its cache. */
	async #look(path: string): Promise<void> {
		try {
			const file = this.#app.vault.getFileByPath(path);
			if (!file || file.extension !== "md") {
				this.#waiting.delete(path);
				this.index.remove(path);
				return;
			}
			const cache = this.#app.metadataCache.getFileCache(file);
			const plan = readPlan(path, cache, this.index.settings);
			if (plan === "wait" || cache === null) {
				this.#waiting.add(path);
				return;
			}
			this.#waiting.delete(path);
			if (plan === "skip") this.index.remove(path);
			else this.index.update(await sourceByPlan(this.#app, file, cache, plan), this.#resolve);
		} catch (error) {
			// One unreadable note must not stop the index for the rest of the session.
			logError(`could not read ${path}`, error);
		}
	}

	#checkReady(): void {
		if (this.#ready || this.#pass !== null || this.#hasWork()) return;
		if (this.#waiting.size > 0 && !this.#cacheDone) {
			this.#giveUpLater();
			return;
		}
		this.#becomeReady();
	}

	#becomeReady(): void {
		if (this.#ready || this.#stopped) return;
		this.#ready = true;
		if (this.#giveUpTimer !== null) window.clearTimeout(this.#giveUpTimer);
		this.#giveUpTimer = null;
		// Views draw "ready" even when no note changed since their last drawing.
		this.#announcedRevision = this.index.revision;
		this.#dayTurned = false;
		this.events.trigger("changed");
		this.events.trigger("ready");
	}

	/**
	 * Arms (once) the fallback that declares the index ready when files still wait for a
	 * cache and the metadata cache has reported nothing for a while (a file it never indexes).
	 */
	#giveUpLater(): void {
		if (this.#giveUpTimer !== null) return;
		const quiet = performance.now() - this.#lastCacheNews;
		this.#giveUpTimer = window.setTimeout(
			() => {
				this.#giveUpTimer = null;
				if (this.#ready) return;
				if (this.#pass === null && !this.#hasWork() && performance.now() - this.#lastCacheNews >= GIVE_UP_WAITING_MS)
					this.#becomeReady();
				else this.#giveUpLater();
			},
			Math.max(0, GIVE_UP_WAITING_MS - quiet),
		);
	}

	#announce(): void {
		if (this.index.revision === this.#announcedRevision && !this.#dayTurned) return;
		this.#announcedRevision = this.index.revision;
		this.#dayTurned = false;
		this.events.trigger("changed");
	}
}
