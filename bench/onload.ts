/**
 * onloadMs without Chromium: the plugin's onload under the fake obsidian in Node, with
 * happy-dom as the DOM (as the plugin tests run). Obsidian runs onload once, with nothing
 * compiled yet, so the figure is the first onload of a fresh process (median over several
 * processes). happy-dom's own first-use costs (its selector engine, its element classes)
 * land in that figure, so it reads higher than in Chromium, which browser.ts prefers.
 */
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { OnloadResult } from "./browser";
import { median } from "./stats";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The median first onload over `processes` fresh processes, and the median warm onload. */
export async function measureOnloadInNode(vault: string, processes = 5): Promise<OnloadResult> {
	// Beside the sources, so the bundle finds vitest (left outside it) in node_modules.
	const dir = mkdtempSync(join(root, "bench", ".onload-"));
	try {
		const outfile = join(dir, "onload.mjs");
		await build({
			entryPoints: [join(root, "bench/onload-entry.ts")],
			bundle: true,
			format: "esm",
			platform: "node",
			target: "node20",
			outfile,
			logLevel: "silent",
			external: ["vitest", "vitest/*"],
			alias: { obsidian: join(root, "test/fakes/obsidian.ts") },
		});
		const first: number[] = [];
		const warm: number[] = [];
		for (let i = 0; i < processes; i++) {
			const out = JSON.parse(
				execFileSync(process.execPath, [outfile, vault], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
			) as { firstMs: number; warmMs: number };
			first.push(out.firstMs);
			warm.push(out.warmMs);
		}
		return { firstMs: median(first), warmMs: median(warm), where: "Node + happy-dom" };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
