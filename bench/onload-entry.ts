/**
 * One process's onload measurement, bundled by onload.ts with `obsidian` aliased to the
 * fake (as vitest and the e2e page do) and run as `node onload.mjs <vault folder>`.
 * happy-dom is the DOM, set up the way vitest's happy-dom environment does it. The app
 * holds every note of the vault, its layout not ready yet, as at Obsidian's start.
 * Prints {"firstMs", "warmMs"}: the process's first onload, and the median of the next 30
 * (fresh plugin instances on the same app, each unloaded after).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { App } from "obsidian";
import { builtinEnvironments } from "vitest/runtime";

const MANIFEST = {
	id: "interview-followups",
	name: "Interview Follow-ups",
	version: "0.1.0",
	minAppVersion: "1.10.0",
	author: "",
	description: "",
};

function readVault(dir: string, out = new Map<string, string>(), base = dir): Map<string, string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) readVault(full, out, base);
		else if (entry.name.endsWith(".md")) out.set(relative(base, full).split("\\").join("/"), readFileSync(full, "utf8"));
	}
	return out;
}

async function main(): Promise<void> {
	await builtinEnvironments["happy-dom"].setup(globalThis, {});
	// Imported only now: the fake installs Obsidian's DOM helpers when it loads.
	const { default: InterviewFollowUpsPlugin } = await import("../src/obsidian/main");
	const { createFakeApp } = await import("../test/fakes/obsidian");

	class TimedPlugin extends InterviewFollowUpsPlugin {
		/** The promise of the running onload, so it can be awaited. */
		loading: Promise<void> = Promise.resolve();
		override onload(): Promise<void> {
			this.loading = super.onload();
			return this.loading;
		}
	}

	const app = createFakeApp();
	for (const [path, text] of readVault(process.argv[2] ?? ".")) app.vault.put(path, text);
	const times: number[] = [];
	for (let i = 0; i < 31; i++) {
		const plugin = new TimedPlugin(app as unknown as App, MANIFEST);
		const start = performance.now();
		(plugin as unknown as { load(): void }).load();
		await plugin.loading;
		times.push(performance.now() - start);
		(plugin as unknown as { unload(): void }).unload();
	}
	const warm = times.slice(1).sort((a, b) => a - b);
	process.stdout.write(JSON.stringify({ firstMs: times[0], warmMs: warm[Math.floor(warm.length / 2)] }) + "\n");
	process.exit(0); // happy-dom keeps timers alive
}

await main();
