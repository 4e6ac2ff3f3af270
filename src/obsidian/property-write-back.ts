/**
 * The property write-back (off by default): keeps `next_follow_up`, `next_follow_up_kind`
 * and `next_follow_up_to` in each interview note, so Dataview queries and Bases filters
 * can use them. Three rules keep it quiet:
 *  - a note is written only when a value differs from its frontmatter in the metadata
 *    cache, and then only the values that differ in the file itself, as a text edit
 *    (the rest of the frontmatter, comments included, stays as it was);
 *  - nothing runs at start-up: the first pass waits for the first index build plus a
 *    delay, and later passes wait until the index has been still for a moment;
 *  - a pass writes a few notes per tick, with a pause between batches, so turning it on
 *    in a vault of a thousand notes never freezes the app or floods sync.
 */
import { Component, TFile, type App } from "obsidian";
import { nextFollowUp, propertyPatch, wantedProperties, type PropertyPatch } from "../core/write-back";
import type { FollowUp } from "../core/model";
import type { NoteWriter } from "./note-writer";
import type { SettingsStore } from "./settings-store";
import type { VaultIndexer } from "./vault-indexer";

/** How the write-back paces itself. */
export interface WriteBackPace {
	/** After the first index build, wait this long before the first pass. */
	startDelayMs: number;
	/** After a change, wait until nothing changed for this long. */
	debounceMs: number;
	/** Notes written per batch. */
	batchSize: number;
	/** Pause between batches. */
	batchGapMs: number;
}

/** The pace in the app. */
export const DEFAULT_PACE: Readonly<WriteBackPace> = { startDelayMs: 10_000, debounceMs: 2_000, batchSize: 10, batchGapMs: 500 };

/** The write-back: a Component child of the plugin. */
export class PropertyWriteBack extends Component {
	#timer: number | null = null;
	#earliest = Number.POSITIVE_INFINITY;
	#running = false;
	#again = false;
	#live = false;
	/** Notes this session gave properties: one that stops being an interview note is cleared too. */
	readonly #touched = new Set<string>();

	readonly #app: App;
	readonly #store: SettingsStore;
	readonly #indexer: VaultIndexer;
	readonly #writer: NoteWriter;
	readonly #pace: WriteBackPace;

	/** Settings are read at each pass, so turning the setting on or off applies at once. */
	constructor(app: App, store: SettingsStore, indexer: VaultIndexer, writer: NoteWriter, pace: WriteBackPace = DEFAULT_PACE) {
		super();
		this.#app = app;
		this.#store = store;
		this.#indexer = indexer;
		this.#writer = writer;
		this.#pace = pace;
	}

	/** Waits for the index; never writes during load. */
	override onload(): void {
		this.#live = true;
		this.registerEvent(
			this.#indexer.onReady(() => {
				this.#earliest = Date.now() + this.#pace.startDelayMs;
				this.#schedule();
			}),
		);
		this.registerEvent(this.#indexer.onChange(() => this.#schedule()));
		this.registerEvent(this.#store.onChange(() => this.#schedule()));
		this.register(() => this.#cancel());
	}

	/** The notes a pass would write now, with their edits (tests and the pass itself). */
	plan(): { path: string; patch: PropertyPatch }[] {
		const byNote = new Map<string, FollowUp[]>();
		for (const f of this.#indexer.evaluation().followUps) {
			const list = byNote.get(f.note);
			if (list) list.push(f);
			else byNote.set(f.note, [f]);
		}
		const paths = new Set([...this.#indexer.index.notes().map((n) => n.path), ...this.#touched]);
		const out: { path: string; patch: PropertyPatch }[] = [];
		for (const path of [...paths].sort()) {
			const file = this.#app.vault.getFileByPath(path);
			if (!file) continue;
			const patch = this.#patchFor(path, this.#app.metadataCache.getFileCache(file)?.frontmatter ?? null, byNote.get(path) ?? []);
			if (patch) out.push({ path, patch });
		}
		return out;
	}

	#patchFor(path: string, frontmatter: Record<string, unknown> | null, followUps: FollowUp[]): PropertyPatch | null {
		// A note that is no longer an interview note keeps nothing the plugin wrote.
		const next = this.#indexer.index.note(path) ? nextFollowUp(followUps) : null;
		return propertyPatch(frontmatter, wantedProperties(next));
	}

	/** On, loaded, and the index complete (never mid-rebuild, when notes are missing from it). */
	get #enabled(): boolean {
		return this.#live && this.#store.get().writeBackProperties && this.#indexer.isReady && !this.#indexer.isBuilding;
	}

	/** Runs a pass once the index has been still for the debounce time (and not before the start delay). */
	#schedule(): void {
		if (!this.#enabled) {
			this.#cancel();
			return;
		}
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.#cancel();
		// Ready before this component heard it (loaded late): the start delay counts from now.
		if (!Number.isFinite(this.#earliest)) this.#earliest = Date.now() + this.#pace.startDelayMs;
		const wait = Math.max(this.#pace.debounceMs, this.#earliest - Date.now());
		this.#timer = window.setTimeout(() => {
			this.#timer = null;
			void this.#pass();
		}, wait);
	}

	#cancel(): void {
		if (this.#timer !== null) window.clearTimeout(this.#timer);
		this.#timer = null;
	}

	async #pass(): Promise<void> {
		await this.#indexer.whenIdle();
		if (!this.#enabled || this.#running) return;
		this.#running = true;
		this.#again = false;
		try {
			const work = this.plan().map((w) => w.path);
			for (let i = 0; i < work.length; i += this.#pace.batchSize) {
				if (i > 0) await new Promise((resolve) => window.setTimeout(resolve, this.#pace.batchGapMs));
				// A rebuild or the setting turned off between batches: stop; the next change starts a fresh pass.
				if (!this.#enabled) return;
				for (const path of work.slice(i, i + this.#pace.batchSize)) await this.#write(path);
			}
		} finally {
			this.#running = false;
			if (this.#again) this.#schedule();
		}
	}

	/** Writes one note: the wanted values, of which the file's own text decides which differ. */
	async #write(path: string): Promise<void> {
		const file = this.#app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) return;
		const next = this.#indexer.index.note(path)
			? nextFollowUp(this.#indexer.evaluation().followUps.filter((f) => f.note === path))
			: null;
		const result = await this.#writer.setProperties(file, wantedProperties(next));
		// One note that cannot be written (broken YAML, a list where a value should be) must not stop the others.
		if (result.ok) this.#touched.add(path);
		else console.warn(`Interview follow-ups: could not write properties to ${path}: ${result.message}`);
	}

	/** Stops any pass in flight at its next batch. */
	override onunload(): void {
		this.#live = false;
	}
}
