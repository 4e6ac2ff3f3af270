/**
 * What the community plugin list checks before a person reads the code: the manifest's
 * author fields, the licence, and the version files Obsidian reads to pick a release.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");
const json = (file: string) => JSON.parse(readFileSync(join(root, file), "utf8")) as Record<string, unknown>;
const manifest = json("manifest.json");
const pkg = json("package.json");

describe("the files a plugin reviewer reads first", () => {
	it("names a maintainer as the author, not the plugin itself", () => {
		expect(typeof manifest.author).toBe("string");
		expect(manifest.author).not.toBe(manifest.name);
		expect(manifest.author).not.toMatch(/@/); // the submission check warns about an email address
		expect(pkg.author).toBe(manifest.author);
	});

	it("gives an authorUrl outside the plugin's own repository", () => {
		const repository = (pkg.repository as { url: string }).url.replace(/^git\+/, "").replace(/\.git$/, "");
		expect(manifest.authorUrl).toMatch(/^https:\/\//);
		expect(String(manifest.authorUrl).toLowerCase()).not.toContain(new URL(repository).pathname.toLowerCase());
	});

	it("has a LICENSE file with the MIT licence package.json declares", () => {
		expect(pkg.license).toBe("MIT");
		const licence = readFileSync(join(root, "LICENSE"), "utf8");
		expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} \S/);
		expect(licence).toContain("Permission is hereby granted, free of charge");
	});

	it("lists the manifest's version in versions.json with its minimum Obsidian version", () => {
		expect(manifest.version).toBe(pkg.version);
		expect(json("versions.json")[manifest.version as string]).toBe(manifest.minAppVersion);
	});
});
