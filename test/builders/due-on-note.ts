// One interview note (interviewed Fri 20 Nov 2026) written to a fresh vault, and what
// `due` lists for it on Mon 23 Nov: the sentence readers' tests through the command line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "../cli/fake-io";

/** The kinds and due days `due` lists for a note whose body is `body`, at `folder/file`. */
export async function dueOnNote(folder: string, file: string, body: string): Promise<{ kind: string; due: string }[]> {
	const note = ["---", "tags: [interview]", "interview_date: 2026-11-20", "---", "", body, ""].join("\n");
	const vault = mkdtempSync(join(tmpdir(), "due-on-note-"));
	try {
		mkdirSync(join(vault, folder));
		writeFileSync(join(vault, folder, file), note);
		const io = fakeIo(vault);
		expect(await run(["due", ".", "--today", "2026-11-23", "--format", "json"], io)).toBe(0);
		return (JSON.parse(io.out()) as { followUps: { kind: string; due: string }[] }).followUps.map(({ kind, due }) => ({ kind, due }));
	} finally {
		rmSync(vault, { recursive: true, force: true });
	}
}
