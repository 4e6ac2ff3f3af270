/**
 * A fake Obsidian with the plugin loaded on a pinned day, for the plugin's tests.
 * `note()` writes interview notes as a user would (YAML frontmatter in markdown).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { App } from "obsidian";
import InterviewFollowUpsPlugin from "../../src/obsidian/main";
import { VaultIndexer } from "../../src/obsidian/vault-indexer";
import { defaultSettings, type Settings } from "../../src/core/settings";
import { createFakeApp, Notice, type App as FakeApp, type CacheTiming } from "../fakes/obsidian";

/** The day every test here runs on: Monday 23 November 2026. */
export const TODAY = "2026-11-23";

/** A fixed clock at 09:00 local time on a day. */
export function clockAt(day: string, hour = 9): () => Date {
	const [y, m, d] = day.split("-").map(Number) as [number, number, number];
	return () => new Date(y, m - 1, d, hour);
}

/** Every markdown file below `root` (a vault on disk), as {vault-relative path: text}; dot folders left out. */
export function notesOnDisk(root: string): Record<string, string> {
	const notes: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir)) {
			if (entry.startsWith(".")) continue;
			const full = join(dir, entry);
			if (statSync(full).isDirectory()) walk(full);
			else if (entry.endsWith(".md")) notes[relative(root, full).split("\\").join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(root);
	return notes;
}

/** A note's markdown from frontmatter lines and a body. */
export function markdown(frontmatter: string[], body = "\n# Notes\n"): string {
	return ["---", ...frontmatter, "---", body].join("\n");
}

/** An interview with Acme on Friday 20 November, with Lee Wong (a person note) and Raj Patel. */
export function acmeInterview(extra: string[] = []): string {
	return markdown([
		"tags: [interview]",
		"company: Acme",
		"role: Product manager",
		"interview_date: 2026-11-20",
		"format: video",
		"people:",
		'  - "[[Lee Wong]]"',
		"  - name: Raj Patel",
		"    email: raj@acme.example",
		...extra,
	]);
}

/** Lee Wong's person note. */
export function leeWong(email = "lee@acme.example"): string {
	return markdown(["relation: hiring-manager", `email: ${email}`], "");
}

/** A fake app (layout not ready yet) and the indexer over it, not loaded. */
export function indexerFixture(
	settings: Settings = defaultSettings(),
	day = TODAY,
	options: { cache?: CacheTiming; sliceMs?: number } = {},
): { fake: FakeApp; indexer: VaultIndexer } {
	const fake = createFakeApp({ cache: options.cache });
	const indexer = new VaultIndexer(fake as unknown as App, settings, clockAt(day), { sliceMs: options.sliceMs });
	return { fake, indexer };
}

/** The indexer over an honest fake (see MetadataCache): the cache fills after the layout is ready. */
export function honestFixture(options: { sliceMs?: number } = {}): { fake: FakeApp; indexer: VaultIndexer } {
	return indexerFixture(defaultSettings(), TODAY, { cache: "honest", ...options });
}

/** Waits until the fake cache has indexed everything and the indexer has caught up. */
export async function caughtUp(fake: FakeApp, indexer: VaultIndexer): Promise<void> {
	for (let i = 0; i < 5; i++) {
		await fake.metadataCache.settled();
		await indexer.whenIdle();
		await settle();
	}
}

/** The plugin on a pinned clock. */
export class PinnedPlugin extends InterviewFollowUpsPlugin {
	/** Fake only: the time the plugin sees. */
	clock: () => Date = clockAt(TODAY);
	protected override now(): Date {
		return this.clock();
	}
}

/**
 * Loads the plugin into a fake app with these notes and waits for the first scan. With
 * `cache: "honest"` the cache fills after the layout is ready; the wait covers that too.
 * `stopBeforeLayout` returns with the plugin loaded and the layout not ready yet.
 */
export async function loadPlugin(
	notes: Record<string, string>,
	data: unknown = null,
	options: { cache?: CacheTiming; stopBeforeLayout?: boolean } = {},
): Promise<{ fake: FakeApp; plugin: PinnedPlugin }> {
	Notice.shown = [];
	const fake = createFakeApp({ cache: options.cache });
	for (const [path, text] of Object.entries(notes)) fake.vault.put(path, text);
	const plugin = new PinnedPlugin(fake as unknown as App, {
		id: "interview-followups",
		name: "Interview Follow-ups",
		version: "0.1.0",
		minAppVersion: "1.10.0",
		author: "",
		description: "",
	});
	(plugin as unknown as { data: unknown }).data = data;
	// As Obsidian does: load() runs the (async) onload; the layout becomes ready later.
	(plugin as unknown as { load(): void }).load();
	await settle();
	if (options.stopBeforeLayout) return { fake, plugin };
	fake.workspace.setLayoutReady();
	await settle();
	await caughtUp(fake, indexerOf(plugin));
	return { fake, plugin };
}

/** Lets queued promises and the indexer's queue run. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 20; i++) await Promise.resolve();
	await new Promise((resolve) => setTimeout(resolve, 0));
	for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** The plugin's indexer (a child component; the plugin keeps no field for it). */
export function indexerOf(plugin: PinnedPlugin): VaultIndexer {
	const children = (plugin as unknown as { children: unknown[] }).children;
	const indexer = children.find((c): c is VaultIndexer => c instanceof VaultIndexer);
	if (!indexer) throw new Error("no indexer");
	return indexer;
}

/** How many callbacks listen to the indexer's changes (through the fake's Events). */
export function changeListeners(indexer: VaultIndexer): number {
	return (indexer as unknown as { events: { listenerCount(name: string): number } }).events.listenerCount("changed");
}
