// A status written as a tag in a note's text (`#status/rejected`), read by the command line as
// the plugin reads it from Obsidian's list of the note's tags, in a note with no frontmatter.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "./fake-io";

const root = mkdtempSync(join(tmpdir(), "ifu-status-tags-"));

const ACME = ["# Acme", "", "#interview #status/rejected", "", "- 2026-11-16 Phone screen with Dana Liu <dana@acme.example>", ""].join(
	"\n",
);

beforeAll(() => {
	mkdirSync(join(root, "vault"), { recursive: true });
	writeFileSync(join(root, "vault", "Acme.md"), ACME);
	writeFileSync(join(root, "settings.json"), JSON.stringify({}));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a status tag in the text", () => {
	it("makes a note without frontmatter rejected for `due`", async () => {
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--config", "settings.json", "--today", "2026-11-23", "--format", "json"], io)).toBe(0);
		const kinds = (JSON.parse(io.out()) as { followUps: { note: string; kind: string }[] }).followUps.map((f) => [f.note, f.kind]);
		expect(kinds).toEqual([["Acme.md", "rejection-reply"]]);
	});

	it("is the status `explain` shows", async () => {
		const io = fakeIo(root);
		expect(await run(["explain", "vault/Acme.md", "--vault", "vault", "--config", "settings.json", "--today", "2026-11-23"], io)).toBe(
			0,
		);
		expect(io.out()).toMatch(/status\s+rejected \("status\/rejected"\)/);
	});
});
