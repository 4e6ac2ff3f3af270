/**
 * The e2e page's script: the real plugin (src/obsidian/main.ts, panel and all) running
 * on the fake obsidian in a real browser. run.mjs bundles this with esbuild, aliasing
 * `obsidian` to test/fakes/obsidian.ts, and drives the functions on `window.e2e`.
 */
import type { App } from "obsidian";
import InterviewFollowUpsPlugin from "../../src/obsidian/main";
import { VaultIndexer } from "../../src/obsidian/vault-indexer";
import * as fakeObsidian from "../fakes/obsidian";
import {
	createFakeApp,
	Notice,
	openBasesView,
	renderCodeBlock,
	setIcon,
	type App as FakeApp,
	type Plugin as FakePlugin,
} from "../fakes/obsidian";

/** A fixed morning on a day, local time. */
function morningOf(day: string): Date {
	const [y, m, d] = day.split("-").map(Number) as [number, number, number];
	return new Date(y, m - 1, d, 9);
}

class PinnedPlugin extends InterviewFollowUpsPlugin {
	today = "2026-11-23";
	protected override now(): Date {
		return morningOf(this.today);
	}
}

let current: { app: FakeApp; plugin: PinnedPlugin } | null = null;

async function ticks(n = 5): Promise<void> {
	for (let i = 0; i < n; i++) await new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** Loads the plugin on a vault ({path: markdown}) with data.json contents, on a day. */
async function load(notes: Record<string, string>, data: unknown, today: string, Plugin = PinnedPlugin): Promise<void> {
	document.body.querySelector(".workspace")?.remove();
	const app = createFakeApp();
	Notice.container = document.querySelector(".notice-container");
	for (const [path, text] of Object.entries(notes)) app.vault.put(path, text);
	const plugin = new Plugin(app as unknown as App, {
		id: "interview-followups",
		name: "Interview Follow-ups",
		version: "0.1.0",
		minAppVersion: "1.10.0",
		author: "",
		description: "",
	});
	plugin.today = today;
	(plugin as unknown as FakePlugin).data = data;
	(plugin as unknown as { load(): void }).load();
	await ticks();
	app.workspace.setLayoutReady();
	await ticks(10);
	current = { app, plugin };
}

/**
 * Loads the shipped main.js instead of the sources. run.mjs adds it to the page wrapped as
 * a CommonJS module (`window.builtMain(require, module, exports)`), as Obsidian evaluates
 * it; here its `require("obsidian")` is the fake, and its plugin class, with the day
 * pinned, is loaded like the sources' in load().
 */
async function loadBuilt(notes: Record<string, string>, data: unknown, today: string): Promise<void> {
	const module = { exports: {} as { default?: typeof InterviewFollowUpsPlugin } };
	const require = (name: string): unknown => {
		if (name === "obsidian") return fakeObsidian;
		throw new Error(`main.js requires "${name}", which Obsidian does not provide`);
	};
	if (!window.builtMain) throw new Error("main.js was not added to the page");
	window.builtMain(require, module, module.exports);
	const Built = module.exports.default;
	if (!Built) throw new Error("main.js exports no default plugin class");
	class PinnedBuilt extends Built {
		today = today;
		protected override now(): Date {
			return morningOf(this.today);
		}
	}
	await load(notes, data, today, PinnedBuilt as unknown as typeof PinnedPlugin);
}

/** Resumes a first reading paused by loadReading. */
let resumeReading: (() => void) | null = null;

/**
 * Loads the plugin on a vault as Obsidian starts (the cache timed as Obsidian's and
 * filled), with the panel already open, and the first reading of the vault paused at
 * its `pauseAt`th step, so the panel can be seen while it reads. `resume()` lets it go on.
 */
async function loadReading(notes: Record<string, string>, data: unknown, today: string, options: { pauseAt: number }): Promise<void> {
	document.body.querySelector(".workspace")?.remove();
	const app = createFakeApp({ cache: "honest" });
	Notice.container = document.querySelector(".notice-container");
	for (const [path, text] of Object.entries(notes)) app.vault.put(path, text);
	app.metadataCache.fillNow();
	const plugin = new PinnedPlugin(app as unknown as App, {
		id: "interview-followups",
		name: "Interview Follow-ups",
		version: "0.1.0",
		minAppVersion: "1.10.0",
		author: "",
		description: "",
	});
	plugin.today = today;
	(plugin as unknown as FakePlugin).data = data;
	(plugin as unknown as { load(): void }).load();
	await ticks();
	current = { app, plugin };
	await openPanel();
	// Test only: hold the indexer's worker at one step (the page can reach the plugin's parts).
	const indexer = (plugin as unknown as { children: unknown[] }).children.find((c) => c instanceof VaultIndexer) as unknown as {
		step(): Promise<void>;
	};
	const step = indexer.step.bind(indexer);
	let steps = 0;
	const gate = new Promise<void>((resolve) => (resumeReading = resolve));
	indexer.step = async () => {
		if (++steps === options.pauseAt) await gate;
		return step();
	};
	app.workspace.setLayoutReady();
	await ticks(10);
}

/** Lets a reading paused by loadReading go on, and waits for it to end. */
async function resume(): Promise<void> {
	resumeReading?.();
	const { app, plugin } = current ?? {};
	if (!app || !plugin) return;
	const indexer = (plugin as unknown as { children: unknown[] }).children.find((c) => c instanceof VaultIndexer);
	for (let i = 0; i < 5; i++) {
		await app.metadataCache.settled();
		await (indexer as VaultIndexer).whenIdle();
		await ticks(2);
	}
}

function app(): FakeApp {
	if (!current) throw new Error("load() first");
	return current.app;
}

/** Runs a command by id, as the command palette would. */
async function command(id: string): Promise<void> {
	const cmd = app().commands.get(`interview-followups:${id}`);
	if (!cmd) throw new Error(`no command ${id}`);
	if (cmd.callback) cmd.callback();
	else if (cmd.checkCallback?.(true)) cmd.checkCallback(false);
	else throw new Error(`command ${id} is not offered here`);
	await ticks(5);
}

/** Opens the side panel and gives it a tab header, as Obsidian's sidebar would. */
async function openPanel(): Promise<void> {
	await command("open-panel");
	const view = app().workspace.getLeavesOfType("interview-follow-ups")[0]?.view;
	const header = view?.containerEl.querySelector(".view-header");
	if (view && header && header.childElementCount === 0) header.createDiv({ cls: "view-header-title", text: view.getDisplayText() });
}

/** Opens a note in the main area (the panel then shows its timeline). */
async function openNote(path: string): Promise<void> {
	const file = app().vault.getFileByPath(path);
	if (!file) throw new Error(`no note ${path}`);
	const leaf = app().workspace.getLeaf();
	await leaf.openFile(file);
	// The fake editor draws nothing; show the note's text so the screenshot has context.
	(leaf.view as unknown as { contentEl: HTMLElement }).contentEl.setText(app().vault.text(path));
	await ticks(5);
}

/** Draws the settings tab into the page's settings pane. */
function showSettings(): void {
	const plugin = current?.plugin as unknown as FakePlugin | undefined;
	const tab = plugin?.settingTabs[0];
	if (!tab) throw new Error("no settings tab");
	tab.display();
	const pane = document.querySelector(".settings-pane");
	pane?.empty();
	pane?.appendChild(tab.containerEl);
}

/** Shows the settings tab, clicks "Read my vault's format", and waits for the dialog's proposal. */
async function readVaultFormat(): Promise<void> {
	showSettings();
	const button = [...document.querySelectorAll<HTMLButtonElement>(".settings-pane button")].find(
		(b) => b.textContent === "Read my vault's format",
	);
	if (!button) throw new Error("no Read my vault's format button");
	button.click();
	for (let i = 0; i < 200 && !document.querySelector(".ifu-format-preview"); i++) await ticks(1);
}

/** The main area, emptied, for a reading view or a base (the side panel stays closed). */
function mainArea(): HTMLElement {
	const main = app().workspace.containerFor("main");
	main.empty();
	return main;
}

/** Shows a note in reading view with an interview-followups block in it, as Obsidian renders one. */
async function showCodeBlock(source: string, title = "Job search dashboard"): Promise<void> {
	const preview = mainArea().createDiv({ cls: "markdown-preview-view markdown-rendered" });
	preview.createEl("h1", { text: title });
	preview.createEl("p", { text: "What to send this week, straight from the interview notes." });
	app().vault.put("Dashboard.md", `# ${title}\n\n\`\`\`interview-followups\n${source}\n\`\`\`\n`);
	await renderCodeBlock(app(), "interview-followups", source, "Dashboard.md", preview);
	preview.createEl("p", { text: "Edit the block to change what it lists." });
	await ticks(5);
}

/** Opens a base over the notes at `paths` (as if its filters selected them) with the Follow-ups view. */
async function showBase(paths: string[], options: Record<string, unknown> = {}): Promise<void> {
	const tab = mainArea().createDiv({ cls: "bases-stand-in" });
	const toolbar = tab.createDiv({ cls: "bases-toolbar" });
	setIcon(toolbar.createSpan(), "calendar-clock");
	toolbar.createSpan({ cls: "bases-toolbar-view", text: "Follow-ups" });
	toolbar.createSpan({ text: `· ${paths.length} results` });
	openBasesView(app(), "interview-followups", paths, options, tab);
	await ticks(5);
}

/** Paths of the example vault's interview notes (those the plugin indexed). */
function interviewPaths(): string[] {
	return app()
		.vault.getMarkdownFiles()
		.map((f) => f.path)
		.filter((p) => current?.plugin.api.explain(p).isInterview === true);
}

/** The path of the note in the active editor, or null. */
function activeFile(): string | null {
	return app().workspace.getActiveFile()?.path ?? null;
}

declare global {
	interface Window {
		/** main.js wrapped as a CommonJS module (run.mjs adds it for loadBuilt). */
		builtMain?: (require: (name: string) => unknown, module: { exports: object }, exports: object) => void;
		e2e: {
			load: typeof load;
			loadBuilt: typeof loadBuilt;
			loadReading: typeof loadReading;
			resume: typeof resume;
			openPanel: typeof openPanel;
			openNote: typeof openNote;
			command: typeof command;
			showSettings: typeof showSettings;
			readVaultFormat: typeof readVaultFormat;
			showCodeBlock: typeof showCodeBlock;
			showBase: typeof showBase;
			interviewPaths: typeof interviewPaths;
			activeFile: typeof activeFile;
			ticks: typeof ticks;
		};
	}
}

window.e2e = {
	load,
	loadBuilt,
	loadReading,
	resume,
	openPanel,
	openNote,
	command,
	showSettings,
	readVaultFormat,
	showCodeBlock,
	showBase,
	interviewPaths,
	activeFile,
	ticks,
};
