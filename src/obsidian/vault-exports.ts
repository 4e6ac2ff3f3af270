/**
 * Commands that save the plugin's exports into the vault: the dashboard note and the
 * calendar file (the CLI's `--format markdown` and `--format ics`), and a ready
 * `Follow-ups.base`. The dashboard and the calendar are generated files the plugin
 * owns: saving again replaces them through `vault.process`. A file of the same name
 * that the plugin did not make is never touched; the export gets a numbered name.
 * The base file is the user's to edit, so it is never overwritten.
 */
import { Notice, TFile, type App, type Plugin } from "obsidian";
import { draftSubjects } from "../app/draft-subjects";
import { followUpsBaseFile } from "../core/export/base-file";
import { DEFAULT_PROD_ID, icalendar } from "../core/export/icalendar";
import { markdownDashboard } from "../core/export/markdown-dashboard";
import type { DashboardDeps } from "./dashboard-deps";
import { loadUserTemplates } from "./drafting";
import { errorMessage } from "../core/values";

/** Where the exports go (the vault's root). */
export const EXPORT_PATHS = { dashboard: "Follow-up dashboard.md", calendar: "Follow-ups.ics", base: "Follow-ups.base" } as const;

/** The frontmatter key and value that mark the dashboard note as the plugin's. */
const GENERATOR = "interview-followups";

/** `Name.ext`, else `Name 2.ext`, `Name 3.ext`…: the first path no file has. */
export function freePath(app: App, path: string): string {
	const dot = path.lastIndexOf(".");
	const [stem, ext] = dot > 0 ? [path.slice(0, dot), path.slice(dot)] : [path, ""];
	let candidate = path;
	for (let n = 2; app.vault.getAbstractFileByPath(candidate); n++) candidate = `${stem} ${n}${ext}`;
	return candidate;
}

/**
 * Writes a generated file: replaces it when `isOurs` says the plugin made it, else
 * creates it (under a numbered name when someone else's file has the name).
 */
async function saveGenerated(app: App, path: string, text: string, isOurs: (file: TFile, current: string) => boolean): Promise<TFile> {
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? path : path.replace(/(\.[^.]+)$/, ` ${n}$1`);
		const existing = app.vault.getAbstractFileByPath(candidate);
		if (!existing) return app.vault.create(candidate, text);
		if (!(existing instanceof TFile)) continue;
		if (!isOurs(existing, await app.vault.read(existing))) continue;
		await app.vault.process(existing, () => text);
		return existing;
	}
}

/** Adds the "generated" lines to the dashboard's frontmatter (it opens with `---`). */
export function markGenerated(markdown: string): string {
	const lines = [
		`generator: ${GENERATOR}`,
		"generated_note: 'Made by Interview Follow-ups (command: Save follow-up dashboard note). Saving again replaces this note; edits here are lost.'",
	];
	return markdown.replace(/^---\n/, `---\n${lines.join("\n")}\n`);
}

/** The dashboard note's text for today. */
export function dashboardText(deps: DashboardDeps): string {
	return markGenerated(
		markdownDashboard(deps.indexer.evaluation(), { horizonDays: deps.store.get().horizonDays, vaultName: deps.app.vault.getName() }),
	);
}

/** The calendar file's text for today, with each follow-up's draft subject. */
export async function calendarText(deps: DashboardDeps): Promise<string> {
	const settings = deps.store.get();
	const evaluation = deps.indexer.evaluation();
	const userTemplates = await loadUserTemplates(deps.app, settings.templateFolder);
	const draftSubject = draftSubjects({
		noteFor: (path) => deps.indexer.index.note(path),
		settings,
		today: evaluation.today,
		userTemplates,
	});
	return icalendar(evaluation, { horizonDays: settings.horizonDays, vaultName: deps.app.vault.getName(), draftSubject });
}

/** Saves the dashboard note and opens it. */
export async function saveDashboard(deps: DashboardDeps): Promise<TFile> {
	const { app } = deps;
	const file = await saveGenerated(
		app,
		EXPORT_PATHS.dashboard,
		dashboardText(deps),
		(f) => app.metadataCache.getFileCache(f)?.frontmatter?.generator === GENERATOR,
	);
	await app.workspace.getLeaf(false).openFile(file);
	return file;
}

/** Saves the calendar file. */
export async function saveCalendar(deps: DashboardDeps): Promise<TFile> {
	const file = await saveGenerated(deps.app, EXPORT_PATHS.calendar, await calendarText(deps), (_f, text) =>
		text.includes(`PRODID:${DEFAULT_PROD_ID}`),
	);
	new Notice(`Saved ${file.path}. Import it into your calendar app, or subscribe to it through a sync service.`);
	return file;
}

/** Writes a new Follow-ups.base (never over an existing file) and opens it. */
export async function createBaseFile(deps: DashboardDeps): Promise<TFile> {
	const { app } = deps;
	const file = await app.vault.create(freePath(app, EXPORT_PATHS.base), followUpsBaseFile(deps.store.get()));
	await app.workspace.getLeaf(false).openFile(file);
	if (!deps.store.get().writeBackProperties)
		new Notice("Base created. Its table fills once you turn on the property write-back in the plugin's settings.");
	return file;
}

/** Adds the export commands. */
export function registerExportCommands(plugin: Plugin, deps: DashboardDeps): void {
	const run = (work: () => Promise<unknown>) => () => {
		work().catch((error: unknown) => new Notice(`Could not save: ${errorMessage(error)}`));
	};
	plugin.addCommand({ id: "save-dashboard-note", name: "Save follow-up dashboard note", callback: run(() => saveDashboard(deps)) });
	plugin.addCommand({ id: "save-calendar-file", name: "Save follow-ups calendar file (.ics)", callback: run(() => saveCalendar(deps)) });
	plugin.addCommand({
		id: "create-base-file",
		name: "Create a base of interview notes and follow-ups",
		callback: run(() => createBaseFile(deps)),
	});
}
