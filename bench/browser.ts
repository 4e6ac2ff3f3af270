/**
 * The figures measured in Debian's Chromium through playwright-core, on a page built like
 * the e2e page (plugin CSS, the e2e theme, the plugin on the fake obsidian): renderMs1000,
 * the panel drawing 1,000 due rows, and onloadMs, the plugin's first onload. Obsidian is
 * Chromium, so both are measured there; without Chromium, render is null and onload.ts
 * measures onload under happy-dom instead.
 */
import { build } from "esbuild";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import type { PanelModel } from "../src/obsidian/panel-render";
import { median } from "./stats";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Where Chromium is, or null. */
export function chromiumPath(): string | null {
	const path = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
	return existsSync(path) ? path : null;
}

async function pageHtml(): Promise<string> {
	const out = await build({
		entryPoints: [join(root, "bench/page.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2022",
		write: false,
		logLevel: "silent",
		alias: { obsidian: join(root, "test/fakes/obsidian.ts") },
	});
	const script = (out.outputFiles[0]?.text ?? "").replace(/<\/script/gi, "<\\/script");
	const css = readdirSync(join(root, "styles"))
		.filter((name) => name.endsWith(".css"))
		.sort()
		.map((name) => readFileSync(join(root, "styles", name), "utf8"))
		.join("\n");
	const theme = readFileSync(join(root, "test/e2e/theme.css"), "utf8");
	// A sidebar-sized pane that scrolls, as the right sidebar does.
	return `<!doctype html><html><head><meta charset="utf-8"><style>${theme}</style><style>${css}</style>
<style>.bench-pane{width:360px;height:900px;overflow:auto;position:relative}</style></head>
<body class="theme-light"><div class="workspace-leaf-content"><div class="view-content ifu-view bench-pane"></div></div>
<script>${script}</script></body></html>`;
}

/** What drawing the panel measured. */
export interface RenderResult {
	/** Median milliseconds: drawing, style and layout. */
	medianMs: number;
	/** Median milliseconds of the drawing alone (building the DOM). */
	scriptMs: number;
	/** Rows the panel put in the DOM, and follow-ups it listed (group counts). */
	rows: number;
	listed: number;
}

/** What loading the plugin measured. */
export interface OnloadResult {
	/** Median over fresh pages of the first onload. */
	firstMs: number;
	/** Median of later onloads (fresh plugin instances, same page). */
	warmMs: number;
	/** Where it ran. */
	where: string;
}

/** Opens Chromium, runs `use` with a page factory, closes it; null without Chromium. */
async function withChromium<T>(use: (freshPage: () => Promise<Page>) => Promise<T>): Promise<T | null> {
	const executablePath = chromiumPath();
	if (executablePath === null) return null;
	const { chromium } = await import("playwright-core");
	const userDataDir = mkdtempSync(join(tmpdir(), "ifu-bench-chromium-"));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath,
		headless: true,
		// --expose-gc: the large-vault page collects the fake's set-up garbage before it measures.
		args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--js-flags=--expose-gc"],
		viewport: { width: 1180, height: 960 },
	});
	const html = await pageHtml();
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const errors: string[] = [];
		page.on("pageerror", (e) => errors.push(String(e)));
		if (process.env["IFU_BENCH_TRACE"]) page.on("console", (m) => process.stderr.write(`page: ${m.text()}\n`));
		const result = await use(async () => {
			await page.setContent(html, { waitUntil: "load" });
			return page;
		});
		if (errors.length > 0) throw new Error(`the benchmark page failed: ${errors.join("; ")}`);
		return result;
	} finally {
		await context.close();
		rmSync(userDataDir, { recursive: true, force: true });
	}
}

/**
 * Draws the model `runs` times (after a warm-up) on each of `pages` fresh pages and returns
 * the median of the pages' medians; null without Chromium. One page is a window of about a
 * second, so on a shared machine one busy spell would move a single page's figure by half.
 */
export function measureRender(model: PanelModel, pages = 5, runs = 15, warmup = 3): Promise<RenderResult | null> {
	return withChromium(async (freshPage) => {
		const medians: number[] = [];
		const scripts: number[] = [];
		let rows = 0;
		let listed = 0;
		for (let i = 0; i < pages; i++) {
			const page = await freshPage();
			const result = await page.evaluate(({ model, runs, warmup }) => window.bench.render(model, runs, warmup), {
				model,
				runs,
				warmup,
			});
			medians.push(median(result.times));
			scripts.push(median(result.scriptTimes));
			({ rows, listed } = result);
		}
		return { medianMs: median(medians), scriptMs: median(scripts), rows, listed };
	});
}

/** The plugin's first onload on `pages` fresh pages, with the vault's notes in the fake app; null without Chromium. */
export function measureOnloadInChromium(notes: Record<string, string>, pages = 7): Promise<OnloadResult | null> {
	return withChromium(async (freshPage) => {
		const first: number[] = [];
		const warm: number[] = [];
		for (let i = 0; i < pages; i++) {
			const page = await freshPage();
			const result = await page.evaluate(({ notes }) => window.bench.onload(notes, 10), { notes });
			first.push(result.firstMs);
			warm.push(...result.warmMs);
		}
		return { firstMs: median(first), warmMs: median(warm), where: "Chromium" };
	});
}

/** What the plugin measured on a large vault (medians over fresh pages, CPU throttled). */
export interface PluginResult {
	/** Longest main-thread task from layout-ready to index ready (Chromium's trace, RunTask). */
	startupLongestTaskMs: number;
	/** Layout-ready to index ready. */
	startupMs: number;
	/** Notes whose text was read during start-up. */
	startupTextReads: number;
	/** Interview notes indexed. */
	interviewNotes: number;
	/** 500 notes created at once, until idle. */
	burstMs500: number;
	/** Longest main-thread task during the burst. */
	burstLongestTaskMs: number;
	/** index.update calls during the burst. */
	burstIndexUpdates: number;
	/** Each run's figures, for the record. */
	runs: Record<string, number>[];
	/** Where and how it ran. */
	where: string;
}

/** A trace event, as Chromium reports it (the fields used here). */
interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** Thread (CPU) time of the event, µs: what the task cost, however busy the machine. */
	tdur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { message?: string } };
}

/** The longest main-thread task (RunTask) of the renderer that logged `from` and `to`, between them, in ms. */
function longestTask(events: readonly TraceEvent[], from: string, to: string): number {
	const mark = (message: string): TraceEvent | undefined =>
		events.find((e) => e.name === "TimeStamp" && e.args?.data?.message === message);
	const start = mark(from);
	const end = mark(to);
	if (!start || !end) throw new Error(`trace without ${from} or ${to}`);
	let longest = 0;
	for (const e of events) {
		if (e.name !== "RunTask" || e.ph !== "X" || e.pid !== start.pid || e.tid !== start.tid || e.dur === undefined) continue;
		if (e.ts + e.dur < start.ts || e.ts > end.ts) continue;
		longest = Math.max(longest, e.dur / 1000);
		// IFU_BENCH_TRACE=1: list each task over 30 ms, with what took time inside it.
		if (process.env["IFU_BENCH_TRACE"] && e.dur > 30_000) {
			const inside = events
				.filter(
					(c) =>
						c !== e && c.tid === e.tid && c.pid === e.pid && c.ts >= e.ts && c.ts <= e.ts + (e.dur ?? 0) && (c.dur ?? 0) > 3000,
				)
				.map((c) => `${c.name} ${((c.dur ?? 0) / 1000).toFixed(0)}`)
				.join(", ");
			process.stderr.write(
				`${from}: task at +${((e.ts - start.ts) / 1000).toFixed(0)} ms, ${(e.dur / 1000).toFixed(1)} ms: ${inside}\n`,
			);
		}
	}
	return longest;
}

/**
 * The plugin starting on a large vault, then 500 notes arriving at once, on `runs` fresh
 * pages, with the CPU slowed `cpuThrottling` times (Emulation.setCPUThrottlingRate, set
 * once the vault is loaded) and a DevTools trace recording every main-thread task.
 */
export function measurePluginInChromium(
	notes: Record<string, string>,
	burst: Record<string, string>,
	options: { runs: number; cpuThrottling: number },
): Promise<PluginResult | null> {
	return withChromium(async (freshPage) => {
		const runs: Record<string, number>[] = [];
		for (let i = 0; i < options.runs; i++) {
			const page = await freshPage();
			await page.evaluate((n) => window.bench.startupSetup(n), notes);
			const cdp = await page.context().newCDPSession(page);
			const events: TraceEvent[] = [];
			cdp.on("Tracing.dataCollected", (data) => void events.push(...(data.value as unknown as TraceEvent[])));
			const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
			await cdp.send("Tracing.start", {
				categories: "devtools.timeline,disabled-by-default-devtools.timeline",
				transferMode: "ReportEvents",
			});
			await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpuThrottling });
			const start = await page.evaluate(() => window.bench.startupBegin());
			const startup = await page.evaluate((s) => window.bench.startupEnd(s), start);
			const after = await page.evaluate((b) => window.bench.burst(b), burst);
			await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
			await cdp.send("Tracing.end");
			await complete;
			await cdp.detach();
			runs.push({
				startupLongestTaskMs: longestTask(events, "ifu:start", "ifu:ready"),
				startupMs: startup.startupMs,
				startupTextReads: startup.startupTextReads,
				interviewNotes: startup.interviewNotes,
				burstMs500: after.burstMs,
				burstLongestTaskMs: longestTask(events, "ifu:burst", "ifu:burst-done"),
				burstIndexUpdates: after.burstIndexUpdates,
			});
		}
		const mid = (key: string): number => median(runs.map((r) => r[key] ?? Number.NaN));
		return {
			startupLongestTaskMs: mid("startupLongestTaskMs"),
			startupMs: mid("startupMs"),
			startupTextReads: mid("startupTextReads"),
			interviewNotes: mid("interviewNotes"),
			burstMs500: mid("burstMs500"),
			burstLongestTaskMs: mid("burstLongestTaskMs"),
			burstIndexUpdates: mid("burstIndexUpdates"),
			runs,
			where: `Chromium, CPU throttled ${options.cpuThrottling}×, median of ${options.runs} fresh pages`,
		};
	});
}
