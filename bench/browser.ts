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
		target: "es2021",
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
		args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
		viewport: { width: 1180, height: 960 },
	});
	const html = await pageHtml();
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const errors: string[] = [];
		page.on("pageerror", (e) => errors.push(String(e)));
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

/** Draws the model `runs` times (after a warm-up) and returns the median; null without Chromium. */
export function measureRender(model: PanelModel, runs = 15, warmup = 3): Promise<RenderResult | null> {
	return withChromium(async (freshPage) => {
		const page = await freshPage();
		const result = await page.evaluate(({ model, runs, warmup }) => window.bench.render(model, runs, warmup), { model, runs, warmup });
		return { medianMs: median(result.times), scriptMs: median(result.scriptTimes), rows: result.rows, listed: result.listed };
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
