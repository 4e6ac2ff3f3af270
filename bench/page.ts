/**
 * The benchmark's page script, for Chromium: the real panel drawing and the real plugin
 * on the fake obsidian, bundled by browser.ts with `obsidian` aliased to the fake, as the
 * e2e page is. browser.ts calls `window.bench.render` and `window.bench.onload`.
 */
import type { App } from "obsidian";
import InterviewFollowUpsPlugin from "../src/obsidian/main";
import { initialPanelState, renderPanel, type PanelHandlers, type PanelModel } from "../src/obsidian/panel-render";
import { createFakeApp } from "../test/fakes/obsidian";

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

declare global {
	interface Window {
		bench: { render: typeof render; onload: typeof onload };
	}
}

window.bench = { render, onload };
