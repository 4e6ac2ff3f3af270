// Writing notes on disk: the command line's writer against other writers, links, owners,
// modes, byte-order marks, long names and what a killed process leaves behind.
import {
	chmodSync,
	chownSync,
	linkSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	utimesSync,
	writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appendLogEntry, type LogEntryToAppend } from "../../src/core/markdown/append-log-entry";
import { ATTEMPTS, LOCK_STALE_MS, lockPathFor, TEMP_STALE_MS, writeNoteFile } from "../../src/cli/safe-write";
import { run } from "../../src/cli/commands";
import { numRuns } from "../hardening/arbitraries";
import { entryArb, loggedNoteArb } from "../hardening/note-shapes";
import { ACME_NOTE, makeVault } from "./acme-vault";
import { runCli } from "./built-cli";
import { fakeIo } from "./fake-io";

const NOTE = [
	"---",
	"tags: [interview] # mine",
	"follow_ups: # sent",
	"  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}",
	"---",
	"Body",
].join("\n");
const ENTRY: LogEntryToAppend = { date: "2026-11-24", kind: "check-in", to: "Jane Doe" };
const LINE = "  - {date: 2026-11-24, kind: check-in, to: Jane Doe}\n";
const LOGGED = NOTE.replace("Jane Doe}\n", `Jane Doe}\n${LINE}`);
const append =
	(entry: LogEntryToAppend = ENTRY) =>
	(text: string) =>
		appendLogEntry(text, entry);

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), "ifu-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The folder's names, without the notes given. */
const extraFiles = (...notes: string[]): string[] => readdirSync(dir).filter((n) => !notes.includes(n));

describe("writing a note", () => {
	it("inserts exactly the planned bytes and leaves no file of its own behind", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, NOTE);
		expect(await writeNoteFile(note, "Acme.md", append())).toBe("written");
		expect(readFileSync(note, "utf8")).toBe(LOGGED);
		expect(extraFiles("Acme.md")).toEqual([]);
	});

	it("writes any note shape as the core planned it, byte for byte", async () => {
		const note = join(dir, "Shape.md");
		await fc.assert(
			fc.asyncProperty(loggedNoteArb, entryArb, async (shape, entry) => {
				writeFileSync(note, shape.text);
				const planned = appendLogEntry(shape.text, entry);
				expect(await writeNoteFile(note, "Shape.md", (text) => appendLogEntry(text, entry))).toBe("written");
				expect(planned.ok && readFileSync(note, "utf8")).toBe(planned.ok && planned.text);
			}),
			{ numRuns: Math.min(numRuns, 200) },
		);
	});

	it("writes through a symbolic link to its target, and the link stays a link", async () => {
		mkdirSync(join(dir, "real"));
		const target = join(dir, "real", "Acme.md");
		writeFileSync(target, NOTE);
		const link = join(dir, "Acme.md");
		symlinkSync(target, link);
		await writeNoteFile(link, "Acme.md", append());
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readFileSync(target, "utf8")).toBe(LOGGED);
		expect(readdirSync(join(dir, "real"))).toEqual(["Acme.md"]);
	});

	it("keeps hard links together: the same file, changed in place", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, NOTE);
		linkSync(note, join(dir, "Acme copy.md"));
		const inode = statSync(note).ino;
		await writeNoteFile(note, "Acme.md", append());
		expect(statSync(note).ino).toBe(inode);
		expect(statSync(note).nlink).toBe(2);
		expect(readFileSync(join(dir, "Acme copy.md"), "utf8")).toBe(LOGGED);
		expect(extraFiles("Acme.md", "Acme copy.md")).toEqual([]);
	});

	it("keeps the mode, and the owner when this process may give it", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, NOTE);
		chmodSync(note, 0o640);
		const root = process.getuid?.() === 0;
		if (root) chownSync(note, 65534, 65534);
		await writeNoteFile(note, "Acme.md", append());
		const after = statSync(note);
		expect(after.mode & 0o7777).toBe(0o640);
		if (root) expect([after.uid, after.gid]).toEqual([65534, 65534]);
		expect(readFileSync(note, "utf8")).toBe(LOGGED);
	});

	it.runIf(process.getuid?.() === 0)(
		"writes in place, keeping the owner, when run by a user who cannot give it to a new file",
		async () => {
			// Root's note in a folder anyone may write to, written by `nobody`.
			chmodSync(dir, 0o777);
			const note = join(dir, "Acme.md");
			writeFileSync(note, ACME_NOTE);
			chmodSync(note, 0o666);
			mkdirSync(join(dir, ".obsidian"));
			const inode = statSync(note).ino;
			const { status, err } = await runCli(["log", note, "--kind", "thank-you", "--to", "Raj Patel", "--date", "2026-11-20"], {
				uid: 65534,
				gid: 65534,
				cwd: dir,
			});
			expect(err).toBe("");
			expect(status).toBe(0);
			const after = statSync(note);
			expect([after.uid, after.ino, after.mode & 0o777]).toEqual([0, inode, 0o666]);
			expect(readFileSync(note, "utf8")).toContain("  - {date: 2026-11-20, kind: thank-you, to: Raj Patel}\r\n");
		},
	);

	it("writes a note that starts with a byte-order mark, keeping it", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, `\uFEFF${NOTE}`);
		await writeNoteFile(note, "Acme.md", append());
		expect(readFileSync(note, "utf8")).toBe(`\uFEFF${LOGGED}`);
	});

	it("writes a note whose name is as long as the file system allows (255 bytes)", async () => {
		const name = `${"é".repeat(125)}ab.md`;
		expect(Buffer.byteLength(name)).toBe(255);
		const note = join(dir, name);
		writeFileSync(note, NOTE);
		await writeNoteFile(note, name, append());
		expect(readFileSync(note, "utf8")).toBe(LOGGED);
	});

	it("refuses a read-only note and a note that is not UTF-8, writing nothing", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, NOTE);
		chmodSync(note, 0o444);
		await expect(writeNoteFile(note, "Acme.md", append())).rejects.toThrow("Acme.md is read-only; nothing was written");
		chmodSync(note, 0o644);
		writeFileSync(note, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]));
		await expect(writeNoteFile(note, "Acme.md", append())).rejects.toThrow("Acme.md is not UTF-8 text; nothing was written");
		expect(extraFiles("Acme.md")).toEqual([]);
	});
});

describe("other writers", () => {
	it("plans again on the new text when the note changed just before the replace, keeping that change", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, NOTE);
		let edits = 0;
		const beforeReplace = () => {
			if (edits++ === 0) writeFileSync(note, `${readFileSync(note, "utf8")}\nA line an editor added.`);
		};
		await writeNoteFile(note, "Acme.md", append(), { beforeReplace });
		expect(readFileSync(note, "utf8")).toBe(`${LOGGED}\nA line an editor added.`);
	});

	it("refuses, leaving the other writer's text, when the note keeps changing", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, NOTE);
		let n = 0;
		const beforeReplace = () => writeFileSync(note, `${NOTE}\nedit ${++n}`);
		await expect(writeNoteFile(note, "Acme.md", append(), { beforeReplace })).rejects.toThrow(
			`Acme.md kept changing while it was being written (${ATTEMPTS} tries); nothing was written, try again`,
		);
		expect(readFileSync(note, "utf8")).toBe(`${NOTE}\nedit ${ATTEMPTS}`);
		expect(extraFiles("Acme.md")).toEqual([]);
	});

	it("waits for another of our writers, and says so when it does not finish", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, NOTE);
		// A fresh lock of a process that is alive (this one, another writer of it): not ours to break.
		writeFileSync(lockPathFor(note), `${process.pid} ${hostname()} ${Date.now()} someone-else`);
		await expect(writeNoteFile(note, "Acme.md", append(), { lockWaitMs: 200 })).rejects.toThrow(
			"Acme.md is being written by another interview-followups process; nothing was written, try again",
		);
		expect(readFileSync(note, "utf8")).toBe(NOTE);
	});

	it("breaks a lock left by a process that is gone, and removes its temp files once they are a minute old", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, NOTE);
		const dead = 2 ** 22 + 12345; // above Linux's largest pid
		writeFileSync(lockPathFor(note), `${dead} ${hostname()} 0 gone`);
		const oldTemp = join(dir, `.ifu-${dead}-0123abcd.tmp`);
		const freshTemp = join(dir, `.ifu-${dead}-4567abcd.tmp`);
		writeFileSync(oldTemp, "a half-written note");
		writeFileSync(freshTemp, "being written right now, on another machine maybe");
		const old = (Date.now() - TEMP_STALE_MS - 5_000) / 1000;
		utimesSync(oldTemp, old, old);
		await writeNoteFile(note, "Acme.md", append());
		expect(readFileSync(note, "utf8")).toBe(LOGGED);
		expect(extraFiles("Acme.md")).toEqual([`.ifu-${dead}-4567abcd.tmp`]);
	});

	it("takes over a lock older than LOCK_STALE_MS even when its process still runs", async () => {
		const note = join(dir, "Acme.md");
		writeFileSync(note, NOTE);
		writeFileSync(lockPathFor(note), `${process.pid} ${hostname()} 0 stuck`);
		const old = (Date.now() - LOCK_STALE_MS - 1_000) / 1000;
		utimesSync(lockPathFor(note), old, old);
		await writeNoteFile(note, "Acme.md", append(), { lockWaitMs: 200 });
		expect(readFileSync(note, "utf8")).toBe(LOGGED);
		expect(extraFiles("Acme.md")).toEqual([]);
	});

	it("two of our writers at once never lose an entry (in one process, 200 rounds)", async () => {
		const note = join(dir, "Acme.md");
		let lost = 0;
		for (let round = 0; round < 200; round++) {
			writeFileSync(note, NOTE);
			await Promise.all([
				writeNoteFile(note, "Acme.md", append({ ...ENTRY, to: "First" })),
				writeNoteFile(note, "Acme.md", append({ ...ENTRY, to: "Second" })),
			]);
			const text = readFileSync(note, "utf8");
			if (!text.includes("to: First}") || !text.includes("to: Second}")) lost++;
		}
		expect(lost).toBe(0);
		expect(extraFiles("Acme.md")).toEqual([]);
	});
});

describe("two `log` processes at once", () => {
	let vault: string;
	beforeEach(() => {
		vault = makeVault();
	});
	afterEach(() => rmSync(vault, { recursive: true, force: true }));

	// Each round spawns two processes; IFU_RACE_ROUNDS raises the count (the README's figure is from 200).
	it("never lose an entry: both exit 0 and both entries are there, round after round", { timeout: 120_000 }, async () => {
		const rounds = Number(process.env.IFU_RACE_ROUNDS ?? 5);
		const note = join(vault, "Interviews", "Acme.md");
		const log = (to: string) =>
			runCli(["log", "Interviews/Acme.md", "--kind", "check-in", "--to", to, "--today", "2026-11-27"], { cwd: vault });
		let lost = 0;
		for (let round = 0; round < rounds; round++) {
			writeFileSync(note, ACME_NOTE);
			const results = await Promise.all([log("Jane Doe"), log("Raj Patel")]);
			expect(results.map((r) => [r.status, r.err])).toEqual([
				[0, ""],
				[0, ""],
			]);
			const text = readFileSync(note, "utf8");
			if (!text.includes("check-in, to: Jane Doe}") || !text.includes("check-in, to: Raj Patel}")) lost++;
		}
		expect(lost).toBe(0);
		expect(readdirSync(join(vault, "Interviews"))).toEqual(["Acme.md"]);
	});
});

describe("log and draft --write through the writer", () => {
	let vault: string;
	beforeEach(() => {
		vault = makeVault();
	});
	afterEach(() => rmSync(vault, { recursive: true, force: true }));

	it("log writes through a symbolic link, and draft --write into a note with a BOM", async () => {
		const real = join(vault, "Interviews", "Acme.md");
		writeFileSync(join(vault, "Interviews", "Real Acme.md"), `\uFEFF${ACME_NOTE}`);
		rmSync(real);
		symlinkSync(join(vault, "Interviews", "Real Acme.md"), real);
		const io = fakeIo(vault);
		expect(await run(["log", "Interviews/Acme.md", "--kind", "thank-you", "--to", "Raj Patel", "--date", "2026-11-20"], io)).toBe(0);
		expect(await run(["draft", "Interviews/Acme.md", "--kind", "check-in", "--today", "2026-11-27", "--write"], io)).toBe(0);
		expect(io.err()).toContain('inserted into Interviews/Acme.md under "## Follow-ups"');
		expect(lstatSync(real).isSymbolicLink()).toBe(true);
		const text = readFileSync(join(vault, "Interviews", "Real Acme.md"), "utf8");
		expect(text.startsWith("\uFEFF---\r\n")).toBe(true);
		expect(text).toContain("  - {date: 2026-11-20, kind: thank-you, to: Raj Patel}\r\n");
		expect(text).toContain("interview-followups:check-in:");
	});
});
