/**
 * The benchmark's page script, for Chromium: the real panel drawing and the real plugin
 * on the fake obsidian, bundled by browser.ts with `obsidian` aliased to the fake, as the
 * e2e page is. browser.ts calls `window.bench.render` and `window.bench.onload`.
 */
import type { App } from "obsidian";
import InterviewFollowUpsPlugin from "../src/obsidian/main";
import { VaultIndexer } from "../src/obsidian/vault-indexer";
import { initialPanelState, renderPanel, type PanelHandlers, type PanelModel } from "../src/obsidian/panel-render";
import { createFakeApp, type App as FakeApp } from "../test/fakes/obsidian";

const noop = (): void => undefined;
const handlers: PanelHandlers = {
	insert: noop,
	copy: noop,
	markSent: noop,
	logReply: noop,
	snooze: noop,
	dismiss: noop,
	open: noop,
	newNote: noop,
	redraw: noop,
};

/**
 * Draws the panel `warmup + runs` times into the sidebar-sized pane, each time from
 * scratch, and returns the measured milliseconds: the drawing plus the style and layout
 * it forces (what a user waits for before the first frame), and the drawing alone.
 */
function render(model: PanelModel, runs: number, warmup: number): { times: number[]; scriptTimes: number[]; rows: number; listed: number } {
	const pane = document.querySelector<HTMLElement>(".bench-pane");
	if (!pane) throw new Error("no pane");
	const times: number[] = [];
	const scriptTimes: number[] = [];
	for (let i = 0; i < warmup + runs; i++) {
		pane.empty();
		void pane.offsetHeight;
		const start = performance.now();
		renderPanel(pane, model, initialPanelState(), handlers);
		const script = performance.now() - start;
		void pane.offsetHeight; // style and layout, not just building nodes
		const ms = performance.now() - start;
		if (i >= warmup) {
			times.push(ms);
			scriptTimes.push(script);
		}
	}
	const counts = [...pane.querySelectorAll(".ifu-count")].map((el) => Number(el.textContent));
	return { times, scriptTimes, rows: pane.querySelectorAll(".ifu-row").length, listed: counts.reduce((a, b) => a + b, 0) };
}

const MANIFEST = {
	id: "interview-followups",
	name: "Interview Follow-ups",
	version: "0.1.0",
	minAppVersion: "1.10.0",
	author: "",
	description: "",
};

class TimedPlugin extends InterviewFollowUpsPlugin {
	/** The running onload, so it can be awaited. */
	loading: Promise<void> = Promise.resolve();
	override onload(): Promise<void> {
		this.loading = super.onload();
		return this.loading;
	}
}

/**
 * The plugin's onload on a fake app holding these notes, its layout not ready (as at
 * Obsidian's start): milliseconds from load() until onload's promise settles. The first
 * call on a fresh page is the figure (nothing compiled yet, as in Obsidian); then `warm`
 * more on fresh plugin instances.
 */
async function onload(notes: Record<string, string>, warm: number): Promise<{ firstMs: number; warmMs: number[] }> {
	const app = createFakeApp();
	for (const [path, text] of Object.entries(notes)) app.vault.put(path, text);
	const times: number[] = [];
	for (let i = 0; i <= warm; i++) {
		const plugin = new TimedPlugin(app as unknown as App, MANIFEST);
		const start = performance.now();
		(plugin as unknown as { load(): void }).load();
		await plugin.loading;
		times.push(performance.now() - start);
		(plugin as unknown as { unload(): void }).unload();
	}
	return { firstMs: times[0] ?? Number.NaN, warmMs: times.slice(1) };
}

/** The plugin on the benchmark's day (BENCH_TODAY, 23 November 2026), morning. */
class PinnedPlugin extends TimedPlugin {
	protected override now(): Date {
		return new Date(2026, 10, 23, 9);
	}
}

/** What the start-up and burst measurements return. */
export interface PluginRun {
	/** Layout ready → index ready (the ready event and its handlers, the start-up notice, done). */
	startupMs: number;
	/** Notes whose text the plugin read during start-up. */
	startupTextReads: number;
	/** Interview notes indexed when ready. */
	interviewNotes: number;
	/** 500 notes created at once → the cache has indexed them and the indexer is idle. */
	burstMs: number;
	/** Notes the index read during the burst (index.update calls). */
	burstIndexUpdates: number;
}

let current: { app: FakeApp; plugin: PinnedPlugin; indexer: VaultIndexer; ready: Promise<number> } | null = null;

/**
 * Sets up a start-up: the fake app timed as Obsidian (honest), the vault's notes in it,
 * its cache filled (a warm start: Obsidian keeps its cache between sessions), and the
 * plugin loaded with the layout not ready yet. `startupBegin` then makes the layout
 * ready; the browser side times from there, in the page and in a trace.
 */
async function startupSetup(notes: Record<string, string>): Promise<void> {
	document.querySelector(".workspace")?.remove();
	const app = createFakeApp({ cache: "honest" });
	for (const [path, text] of Object.entries(notes)) app.vault.put(path, text);
	app.metadataCache.fillNow();
	const plugin = new PinnedPlugin(app as unknown as App, MANIFEST);
	(plugin as unknown as { load(): void }).load();
	await plugin.loading;
	const children = (plugin as unknown as { children: unknown[] }).children;
	const indexer = children.find((c): c is VaultIndexer => c instanceof VaultIndexer);
	if (!indexer) throw new Error("no indexer");
	// Registered after the plugin's own ready handler (the notice): it runs last.
	const ready = new Promise<number>((resolve) => indexer.onReady(() => resolve(performance.now())));
	current = { app, plugin, indexer, ready };
	// The fake just parsed 10,000 notes: collect that garbage now, not in the measured start-up.
	(window as unknown as { gc?: () => void }).gc?.();
}

/** Makes the layout ready (the indexer starts); returns the time it did. */
function startupBegin(): number {
	if (!current) throw new Error("startupSetup first");
	console.timeStamp("ifu:start");
	const start = performance.now();
	current.app.workspace.setLayoutReady();
	return start;
}

/** Waits for the index to be ready; returns the time and what was read. */
async function startupEnd(start: number): Promise<{ startupMs: number; startupTextReads: number; interviewNotes: number }> {
	if (!current) throw new Error("startupSetup first");
	const end = await current.ready;
	console.timeStamp("ifu:ready");
	return {
		startupMs: end - start,
		startupTextReads: current.app.vault.reads.length,
		interviewNotes: current.indexer.index.interviewCount,
	};
}

/** Creates the notes at once, as a sync does, and waits until the cache and the indexer are idle. */
async function burst(notes: Record<string, string>): Promise<{ burstMs: number; burstIndexUpdates: number }> {
	if (!current) throw new Error("startupSetup first");
	const { app, indexer } = current;
	const index = indexer.index;
	const update = index.update.bind(index);
	let updates = 0;
	index.update = (...args) => {
		updates += 1;
		return update(...args);
	};
	console.timeStamp("ifu:burst");
	const start = performance.now();
	for (const [path, text] of Object.entries(notes)) app.vault.put(path, text);
	do {
		await app.metadataCache.settled();
		await indexer.whenIdle();
	} while (app.metadataCache.queuedCount > 0);
	const burstMs = performance.now() - start;
	console.timeStamp("ifu:burst-done");
	return { burstMs, burstIndexUpdates: updates };
}

declare global {
	interface Window {
		bench: {
			render: typeof render;
			onload: typeof onload;
			startupSetup: typeof startupSetup;
			startupBegin: typeof startupBegin;
			startupEnd: typeof startupEnd;
			burst: typeof burst;
		};
	}
}

window.bench = { render, onload, startupSetup, startupBegin, startupEnd, burst };
