/**
 * version-bump.mjs, the "version" script, run the way a maintainer runs it: `npm version`
 * in a git repository holding copies of the release files, so the real files stay as
 * they are. Checks what Obsidian and the release workflow depend on: manifest.json and
 * versions.json follow package.json, the tag has no "v", and the files stay formatted.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { afterEach, describe, expect, it } from "vitest";

const root = join(__dirname, "../..");
const RELEASE_FILES = ["package.json", ".npmrc", "manifest.json", "versions.json", "version-bump.mjs"];

/** The environment without what an outer `npm test` exports, and with a throwaway git identity. */
function cleanEnv(): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")));
	return {
		...env,
		GIT_CONFIG_GLOBAL: "/dev/null",
		GIT_CONFIG_NOSYSTEM: "1",
		GIT_AUTHOR_NAME: "Test",
		GIT_AUTHOR_EMAIL: "test@example.invalid",
		GIT_COMMITTER_NAME: "Test",
		GIT_COMMITTER_EMAIL: "test@example.invalid",
	};
}

const folders: string[] = [];
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary git repository with one commit holding copies of the release files. */
function releaseRepo(): string {
	const dir = mkdtempSync(join(tmpdir(), "ifu-version-"));
	folders.push(dir);
	for (const file of RELEASE_FILES) copyFileSync(join(root, file), join(dir, file));
	const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env: cleanEnv(), stdio: "pipe", encoding: "utf8" });
	git("init", "-q");
	git("add", ".");
	git("commit", "-q", "-m", "start");
	return dir;
}

const readJson = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;

function run(dir: string, command: string, args: string[]) {
	return spawnSync(command, args, { cwd: dir, env: cleanEnv(), encoding: "utf8" });
}

async function isFormatted(dir: string, file: string): Promise<boolean> {
	const options = await prettier.resolveConfig(join(root, file));
	return prettier.check(readFileSync(join(dir, file), "utf8"), { ...options, filepath: file });
}

describe("npm version", () => {
	it("moves manifest.json and versions.json to the new version, commits them and tags it without a v", async () => {
		const dir = releaseRepo();
		const before = readJson(dir, "manifest.json");
		const oldVersions = readJson(dir, "versions.json");

		const result = run(dir, "npm", ["version", "minor"]);
		expect(result.stderr).not.toMatch(/ERR/);
		expect(result.status).toBe(0);

		const next = readJson(dir, "package.json").version as string;
		expect(next).toMatch(/^\d+\.\d+\.0$/);
		expect(readJson(dir, "manifest.json")).toEqual({ ...before, version: next });
		expect(readJson(dir, "versions.json")).toEqual({ ...oldVersions, [next]: before.minAppVersion });
		expect(run(dir, "git", ["tag", "--list"]).stdout.trim()).toBe(next);
		expect(run(dir, "git", ["show", "--name-only", "--format=%s", "HEAD"]).stdout.trim().split("\n").sort()).toEqual(
			["", "manifest.json", next, "package.json", "versions.json"].sort(),
		);
		expect(run(dir, "git", ["status", "--porcelain"]).stdout).toBe("");
		expect(await isFormatted(dir, "manifest.json")).toBe(true);
		expect(await isFormatted(dir, "versions.json")).toBe(true);
	});
});

describe("version-bump.mjs", () => {
	it("refuses a version Obsidian cannot read, such as a pre-release, and changes nothing", () => {
		const dir = releaseRepo();
		const pkg = readJson(dir, "package.json");
		writeFileSync(join(dir, "package.json"), JSON.stringify({ ...pkg, version: "1.0.0-beta.1" }));
		const manifest = readFileSync(join(dir, "manifest.json"), "utf8");
		const versions = readFileSync(join(dir, "versions.json"), "utf8");

		const result = run(dir, "node", ["version-bump.mjs"]);

		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/"1\.0\.0-beta\.1" is not a version Obsidian can read/);
		expect(readFileSync(join(dir, "manifest.json"), "utf8")).toBe(manifest);
		expect(readFileSync(join(dir, "versions.json"), "utf8")).toBe(versions);
	});

	it("--check accepts the tag of the version all three files agree on", () => {
		const dir = releaseRepo();
		const version = readJson(dir, "package.json").version as string;

		const result = run(dir, "node", ["version-bump.mjs", "--check", version]);

		expect(result.stderr).toBe("");
		expect(result.status).toBe(0);
	});

	it("--check refuses a tag that is not the files' version, naming each file that disagrees", () => {
		const dir = releaseRepo();
		const version = readJson(dir, "package.json").version as string;

		const result = run(dir, "node", ["version-bump.mjs", "--check", "9.9.9"]);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`the tag 9.9.9 is not the version of package.json (${version}), manifest.json (${version}), versions.json (no entry)`,
		);
	});
});
