/**
 * Files that are not what they seem, through the real command line: settings and
 * templates that are pipes, devices, folders, huge files or links out of the vault;
 * notes too large to read, unreadable, with names that are not UTF-8, in folders that
 * cannot be listed, or with a frontmatter block that never closes. Nothing hangs, nothing
 * outside the vault is printed, and every note that could not be read is named, with why.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PLUGIN_DATA_PATH } from "../../src/cli/config";
import { cli, codesFor, dueJson, dueTable, makeVault, removeVaults } from "./vaults";

/** Processes that open a pipe for writing after a while, so a reader that waits on it is let go. */
const watchdogs: ChildProcess[] = [];
afterAll(() => {
	for (const watchdog of watchdogs) watchdog.kill();
	removeVaults();
});

/**
 * Makes a named pipe. Were a command to wait on it, a watchdog opens it for writing
 * after 15 seconds and closes it, so the test fails instead of hanging for ever.
 */
function pipe(path: string): void {
	execFileSync("mkfifo", [path]);
	const watchdog = spawn("sh", ["-c", `sleep 15; : > "$0"`, path], { stdio: "ignore" });
	watchdog.unref();
	watchdogs.push(watchdog);
}

const isRoot = process.getuid?.() === 0;

const note = (company = "Acme", extra = "") => `---
tags: [interview]
company: ${company}
interview_date: 2026-11-19
people:
  - name: Jane Doe
    relation: hiring-manager
    email: jane@acme.example
${extra}---
# Notes
`;

const TODAY = ["--today", "2026-11-23"];

function draftArgs(vault: string, extra: string[] = []): string[] {
	return ["draft", join(vault, "Interviews/Acme.md"), "--kind", "thank-you", ...TODAY, ...extra];
}

describe("settings files that are not files", () => {
	it("a data.json that is a named pipe is refused at once, naming it", { timeout: 30_000 }, async () => {
		const vault = makeVault({ "Interviews/Acme.md": note() });
		mkdirSync(join(vault, ".obsidian/plugins/interview-followups"), { recursive: true });
		pipe(join(vault, PLUGIN_DATA_PATH));
		for (const argv of [["due", vault, ...TODAY], draftArgs(vault)]) {
			const result = await cli(argv);
			expect(result.code).toBe(2);
			expect(result.err).toBe(
				`interview-followups: settings file ${join(vault, PLUGIN_DATA_PATH)} could not be read: it is a named pipe, not a file\n`,
			);
		}
	});

	it("a data.json that links to /dev/zero, a folder, or --config naming a pipe: refused", { timeout: 30_000 }, async () => {
		const vault = makeVault({ "Interviews/Acme.md": note() });
		mkdirSync(join(vault, ".obsidian/plugins/interview-followups"), { recursive: true });
		symlinkSync("/dev/zero", join(vault, PLUGIN_DATA_PATH));
		expect((await cli(["due", vault, ...TODAY])).err).toContain("could not be read: it is a device, not a file");

		const other = makeVault({ "Interviews/Acme.md": note() });
		mkdirSync(join(other, PLUGIN_DATA_PATH), { recursive: true });
		expect((await cli(["due", other, ...TODAY])).err).toContain("could not be read: it is a folder, not a file");

		pipe(join(other, "settings.json"));
		const result = await cli(["due", other, ...TODAY, "--config", join(other, "settings.json")]);
		expect(result.code).toBe(2);
		expect(result.err).toContain("it is a named pipe, not a file");
	});

	it("a settings file over 1 MB is refused, saying the limit", async () => {
		const vault = makeVault({
			"Interviews/Acme.md": note(),
			[PLUGIN_DATA_PATH]: `{"myName": "Sam", "padding": "${"x".repeat(1024 * 1024)}"}`,
		});
		const result = await cli(["due", vault, ...TODAY]);
		expect(result.code).toBe(2);
		expect(result.err).toBe(
			`interview-followups: settings file ${join(vault, PLUGIN_DATA_PATH)} could not be read: it is larger than 1 MB, the most this command reads\n`,
		);
	});
});

describe("templates that are not files, too large, or outside the vault", () => {
	const settings = JSON.stringify({ templateFolder: "Templates" });

	it(
		"a template that is a pipe, a device, a folder or over 256 KB: a warning, and the built-in template",
		{ timeout: 30_000 },
		async () => {
			const cases: [string, (path: string) => void, string][] = [
				["pipe", (path) => pipe(path), "could not be read: it is a named pipe, not a file"],
				["device", (path) => symlinkSync("/dev/zero", path), "leads outside the vault (to /dev/zero)"],
				["folder", (path) => mkdirSync(path), "could not be read: it is a folder, not a file"],
				[
					"huge",
					(path) => writeFileSync(path, `Hi {{first_name}},\n${"x".repeat(256 * 1024)}`),
					"could not be read: it is larger than 256 KB",
				],
			];
			for (const [name, make, reason] of cases) {
				const vault = makeVault({ "Interviews/Acme.md": note(), [PLUGIN_DATA_PATH]: settings, "Templates/.keep": "" });
				make(join(vault, "Templates/thank-you.md"));
				const result = await cli(draftArgs(vault));
				expect(result.code, name).toBe(0);
				expect(result.err, name).toContain(`warning: template Templates/thank-you.md ${reason}`);
				expect(result.err, name).toContain("the built-in template is used");
				expect(result.out, name).toContain("Subject: ");
			}
		},
	);

	it("a template that links to a file outside the vault is not read", async () => {
		const secrets = makeVault({ "thank-you.md": "TOP SECRET: the password is hunter2" });
		const vault = makeVault({ "Interviews/Acme.md": note(), [PLUGIN_DATA_PATH]: settings, "Templates/.keep": "" });
		symlinkSync(join(secrets, "thank-you.md"), join(vault, "Templates/thank-you.md"));
		const result = await cli(draftArgs(vault));
		expect(result.code).toBe(0);
		expect(result.out + result.err).not.toContain("hunter2");
		expect(result.err).toContain("warning: template Templates/thank-you.md leads outside the vault");
	});

	it('templateFolder "../secret" is refused, naming the key, and nothing outside the vault is printed', async () => {
		const parent = makeVault({ "secret/thank-you.md": "TOP SECRET: hunter2", "vault/Interviews/Acme.md": note() });
		const vault = join(parent, "vault");
		writeFileSync(join(parent, "config.json"), JSON.stringify({ templateFolder: "../secret" }));
		for (const argv of [
			draftArgs(vault, ["--config", join(parent, "config.json")]),
			["due", vault, ...TODAY, "--config", join(parent, "config.json")],
		]) {
			const result = await cli(argv);
			expect(result.code).toBe(2);
			expect(result.out + result.err).not.toContain("hunter2");
			expect(result.err).toContain('"templateFolder" must be a folder inside the vault');
		}
	});
});

describe("notes that cannot be read are named, and the rest of the vault is listed", () => {
	it("a note too large to read (a sparse 630 MB file) is a warning; every other note is evaluated", { timeout: 60_000 }, async () => {
		const vault = makeVault({ "Interviews/Acme.md": note(), "Interviews/Globex.md": note("Globex") });
		writeFileSync(join(vault, "Interviews/Huge.md"), "---\ntags: [interview]\n");
		truncateSync(join(vault, "Interviews/Huge.md"), 630 * 1024 * 1024);
		const json = await dueJson(vault);
		expect(new Set(json.followUps.map((f) => f.note))).toEqual(new Set(["Interviews/Acme.md", "Interviews/Globex.md"]));
		expect(json.diagnostics.filter((d) => d.note === "Interviews/Huge.md")).toEqual([
			{
				note: "Interviews/Huge.md",
				severity: "warning",
				code: "unreadable-note",
				message:
					"This file could not be read (it is larger than 16 MB, the most this command reads), so if it is an interview note, its follow-ups are missing.",
			},
		]);
		expect(await dueTable(vault)).toContain("Interviews/Huge.md: This file could not be read (it is larger than 16 MB");

		const draft = await cli(["draft", join(vault, "Interviews/Huge.md"), "--kind", "thank-you", ...TODAY]);
		expect(draft.code).toBe(2);
		expect(draft.err).toContain("could not be read: it is larger than 16 MB");
	});

	it(
		"names a note whose name is not UTF-8, a folder whose name is not, a pipe and a broken link called .md",
		{ timeout: 30_000 },
		async () => {
			const vault = makeVault({ "Interviews/Acme.md": note() });
			const latin1 = (name: string) => Buffer.concat([Buffer.from(join(vault, "Interviews") + "/"), Buffer.from(name, "latin1")]);
			writeFileSync(latin1("Caf\u00e9.md"), note("Cafe"));
			mkdirSync(latin1("R\u00e9sum\u00e9s"));
			writeFileSync(Buffer.concat([latin1("R\u00e9sum\u00e9s"), Buffer.from("/Globex.md")]), note("Globex"));
			pipe(join(vault, "Interviews/Pipe.md"));
			symlinkSync(join(vault, "Elsewhere/Gone.md"), join(vault, "Interviews/Gone.md"));
			const json = await dueJson(vault);
			expect(new Set(json.followUps.map((f) => f.note))).toEqual(new Set(["Interviews/Acme.md"]));
			const notName = "its name is not UTF-8 text, so it cannot be opened by that name; rename it";
			const messages = new Map(json.diagnostics.filter((d) => d.code === "unreadable-note").map((d) => [d.note, d.message]));
			expect([...messages.keys()].sort()).toEqual(["Interviews/Caf\uFFFD.md", "Interviews/Gone.md", "Interviews/Pipe.md"]);
			expect(messages.get("Interviews/Caf\uFFFD.md")).toContain(notName);
			expect(messages.get("Interviews/Gone.md")).toContain("it is a link to a file that does not exist");
			expect(messages.get("Interviews/Pipe.md")).toContain("it is not a file (a named pipe, a socket or a device)");
			expect(json.diagnostics.filter((d) => d.code === "unreadable-folder")).toEqual([
				{
					note: null,
					severity: "warning",
					code: "unreadable-folder",
					message: `The folder Interviews/R\uFFFDsum\uFFFDs could not be read (${notName}), so any interview notes in it are missing.`,
				},
			]);
		},
	);

	it("a folder whose path is longer than the system allows is named; so is a note whose path is", { timeout: 30_000 }, async () => {
		const vault = makeVault({ "Interviews/Acme.md": note() });
		const segment = "d".repeat(200);
		// As deep as a folder's path stays under 4,096 bytes: a note named there goes over, and so does a folder below.
		const levels = Math.floor((4094 - Buffer.byteLength(vault)) / 201);
		// Made one folder at a time from inside the last one: the whole path is too long to name at once.
		const make = `
			const fs = require("node:fs");
			process.chdir(process.argv[1]);
			for (let i = 0; i < ${levels}; i++) { fs.mkdirSync("${segment}"); process.chdir("${segment}"); }
			fs.writeFileSync("${"n".repeat(200)}.md", "x");
			fs.mkdirSync("${segment}");
			process.chdir("${segment}");
			fs.writeFileSync("deep.md", "x");`;
		execFileSync(process.execPath, ["-e", make, vault]);
		let json: Awaited<ReturnType<typeof dueJson>>;
		try {
			json = await dueJson(vault);
		} finally {
			execFileSync("rm", ["-rf", join(vault, segment)]); // rm walks a tree of any depth; rmSync cannot
		}
		expect(json.followUps.some((f) => f.note === "Interviews/Acme.md")).toBe(true);
		const long = "its path is longer than the system allows (4,096 bytes)";
		expect(json.diagnostics.filter((d) => d.code === "unreadable-note").map((d) => d.message)).toEqual([
			`This file could not be read (${long}), so if it is an interview note, its follow-ups are missing.`,
		]);
		expect(json.diagnostics.filter((d) => d.code === "unreadable-folder").map((d) => d.message)).toEqual([
			expect.stringContaining(`could not be read (${long})`),
		]);
	});

	it.skipIf(isRoot)("a note or a folder without permission to read is named (not as root, who may read anything)", async () => {
		const vault = makeVault({
			"Interviews/Acme.md": note(),
			"Interviews/Locked.md": note("Locked"),
			"Private/Globex.md": note("Globex"),
		});
		chmodSync(join(vault, "Interviews/Locked.md"), 0o000);
		chmodSync(join(vault, "Private"), 0o000);
		try {
			const json = await dueJson(vault);
			expect(codesFor(json, "Interviews/Locked.md")).toEqual(["unreadable-note"]);
			expect(json.diagnostics.find((d) => d.code === "unreadable-folder")?.message).toContain(
				"Private could not be read (permission denied)",
			);
		} finally {
			chmodSync(join(vault, "Private"), 0o755);
		}
	});
});

describe("frontmatter that never closes", () => {
	const open = "---\ntags: [interview]\ncompany: Open\ninterview_date: 2026-11-19\npeople: [Jane Doe]\n";

	it("is reported as invalid-frontmatter, saying why, and log and draft say what is wrong with the note", async () => {
		const vault = makeVault({
			".obsidian/app.json": "{}",
			"Interviews/Acme.md": note(),
			"Interviews/Open.md": `${open}\n# Notes, and the block never closes\n`,
			"Interviews/Dots.md": `${open}...\n# Notes\n\n---\n\nMore notes\n`,
		});
		const json = await dueJson(vault);
		expect(json.diagnostics.filter((d) => d.code === "invalid-frontmatter").map((d) => [d.note, d.message])).toEqual([
			[
				"Interviews/Dots.md",
				expect.stringContaining("the frontmatter block ends with `...`, which Obsidian does not take as its end"),
			],
			["Interviews/Open.md", expect.stringContaining("the frontmatter block has no closing `---`")],
		]);
		expect(json.diagnostics.find((d) => d.code === "keep-looking")).toBeDefined();
		const cases: [string, string][] = [
			["Open.md", "the frontmatter block has no closing `---`"],
			["Dots.md", "the frontmatter block ends with `...`"],
		];
		for (const [file, reason] of cases) {
			const path = join(vault, "Interviews", file);
			const log = await cli(["log", path, "--kind", "thank-you", "--to", "Jane Doe", ...TODAY]);
			expect(log.code).toBe(2);
			expect(log.err).toContain(reason);
			expect(log.err).not.toContain("not an interview note");
			const draft = await cli(["draft", path, "--kind", "thank-you", ...TODAY]);
			expect(draft.err).toContain(reason);
		}
	});
});

describe("draft and log on a note that is not a file", () => {
	it("a named pipe or a folder given as the note: exit 2, at once", { timeout: 30_000 }, async () => {
		const vault = makeVault({ ".obsidian/app.json": "{}", "Interviews/Acme.md": note() });
		pipe(join(vault, "Interviews/Pipe.md"));
		const draft = await cli(["draft", join(vault, "Interviews/Pipe.md"), "--kind", "thank-you", ...TODAY]);
		expect(draft.code).toBe(2);
		expect(draft.err).toContain("could not be read: it is a named pipe, not a file");
		const log = await cli(["log", join(vault, "Interviews"), "--kind", "thank-you", "--to", "Jane", ...TODAY]);
		expect(log.code).toBe(2);
		expect(log.err).toContain("is a folder, not a note");
	});
});
