// A status written as a tag in a note's text (`#status/rejected`), read by the command line as
// the plugin reads it from Obsidian's list of the note's tags: in a note with no frontmatter, and
// in an application picked by its folder or frontmatter whose frontmatter gives no status.
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

// Picked by its folder, no status in the frontmatter: the tag in the text counts.
const BRISK = [
	"---",
	"company: Brisk",
	"---",
	"#status/rejected",
	"",
	"- 2026-11-16 Phone screen with Omar Haddad <omar@brisk.example>",
	"",
].join("\n");
// Picked by its frontmatter tag, which also gives no status.
const CEDAR = [
	"---",
	"tags: [interview]",
	"company: Cedar",
	"---",
	"Outcome: #status/rejected",
	"",
	"- 2026-11-16 Phone screen with Ines Roca <ines@cedar.example>",
	"",
].join("\n");
// A status property wins over a tag in the text, as in the plugin.
const DUNE = [
	"---",
	"company: Dune",
	"status: interviewing",
	"---",
	"#status/rejected",
	"",
	"- 2026-11-16 Phone screen with Lena Park <lena@dune.example>",
	"",
].join("\n");

beforeAll(() => {
	mkdirSync(join(root, "vault", "Interviews"), { recursive: true });
	writeFileSync(join(root, "vault", "Acme.md"), ACME);
	writeFileSync(join(root, "vault", "Interviews", "Brisk.md"), BRISK);
	writeFileSync(join(root, "vault", "Cedar.md"), CEDAR);
	writeFileSync(join(root, "vault", "Interviews", "Dune.md"), DUNE);
	writeFileSync(join(root, "settings.json"), JSON.stringify({ interviewFolders: ["Interviews"] }));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a status tag in the text", () => {
	it("makes a note without frontmatter, and one whose frontmatter gives no status, rejected for `due`", async () => {
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--config", "settings.json", "--today", "2026-11-23", "--format", "json"], io)).toBe(0);
		const kinds = (JSON.parse(io.out()) as { followUps: { note: string; kind: string }[] }).followUps.map((f) => [f.note, f.kind]);
		expect(kinds).toEqual([
			["Interviews/Dune.md", "thank-you"],
			["Interviews/Dune.md", "check-in"],
			["Acme.md", "rejection-reply"],
			["Cedar.md", "rejection-reply"],
			["Interviews/Brisk.md", "rejection-reply"],
		]);
	});

	it("is the status `explain` shows", async () => {
		const io = fakeIo(root);
		expect(await run(["explain", "vault/Acme.md", "--vault", "vault", "--config", "settings.json", "--today", "2026-11-23"], io)).toBe(
			0,
		);
		expect(io.out()).toMatch(/status\s+rejected \("status\/rejected"\)/);
	});

	it("is said to come from the text, not the frontmatter, by `explain`", async () => {
		const io = fakeIo(root);
		const args = ["explain", "vault/Interviews/Brisk.md", "--vault", "vault", "--config", "settings.json", "--today", "2026-11-23"];
		expect(await run(args, io)).toBe(0);
		expect(io.out()).toMatch(/status\s+rejected \("status\/rejected"\)\n\s+from a tag in the note's text\n/);
	});

	it("gives way to a status property", async () => {
		const io = fakeIo(root);
		const args = ["explain", "vault/Interviews/Dune.md", "--vault", "vault", "--config", "settings.json", "--today", "2026-11-23"];
		expect(await run(args, io)).toBe(0);
		expect(io.out()).toMatch(/status\s+active \("interviewing"\)/);
	});
});
