import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { describe, expect, it } from "vitest";

/**
 * main.js as Obsidian loads it, on desktop and on phones: built here the way
 * esbuild.config.mjs builds it (obsidian external), then read for what mobile lacks.
 */
async function bundle(): Promise<string> {
	const result = await build({
		entryPoints: ["src/obsidian/main.ts"],
		bundle: true,
		format: "cjs",
		platform: "browser",
		target: "es2022",
		external: ["obsidian", "electron", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
		minify: true,
		write: false,
		logLevel: "silent",
	});
	return result.outputFiles[0]?.text ?? "";
}

describe("main.js", () => {
	it("requires nothing but obsidian, and no Node built-in, Buffer, process or eval", async () => {
		const js = await bundle();
		const required = new Set([...js.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
		expect([...required]).toEqual(["obsidian"]);
		expect(js).not.toMatch(/\bBuffer\b/);
		expect(js).not.toMatch(/\bprocess\.(env|cwd|platform|stdout)/);
		expect(js).not.toMatch(/\beval\(/);
		expect(js).not.toMatch(/new Function\(/);
	});

	it("has no regex lookbehind: iOS before 16.4 cannot parse it, and the lint rule misses negative ones", async () => {
		const js = await bundle();
		// Built from a string: the lint rule would take a literal for a lookbehind itself.
		const lookbehind = new RegExp(".{0,60}\\(\\?<[=!].{0,60}", "g");
		expect(js.match(lookbehind) ?? []).toEqual([]);
	});

	it("calls no built-in that iOS before 15.4 lacks (Object.hasOwn, .at(), structuredClone, and newer)", async () => {
		const js = await bundle();
		const newer =
			/.{0,40}(?:\bObject\.hasOwn\(|\bObject\.groupBy\(|\.at\(|\bstructuredClone\(|\.findLast(?:Index)?\(|\.to(?:Sorted|Reversed|Spliced)\(|\bArray\.fromAsync\().{0,40}/g;
		expect(js.match(newer) ?? []).toEqual([]);
	});

	it("stays small enough to load quickly on a phone", async () => {
		const js = await bundle();
		expect(js.length).toBeLessThan(400_000);
	});
});

describe("manifest.json", () => {
	it("declares the plugin usable on mobile", () => {
		const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as { isDesktopOnly: boolean; id: string };
		expect(manifest.isDesktopOnly).toBe(false);
		expect(manifest.id).toBe("interview-followups");
	});
});
