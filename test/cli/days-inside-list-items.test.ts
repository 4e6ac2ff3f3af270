// A tracker whose notes keep the process in a Notes list, each item's day inside its
// sentence (`HR call scheduled for 2026-11-18.`), read by `due` with the settings a user writes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "./fake-io";

const root = mkdtempSync(join(tmpdir(), "ifu-list-days-"));
const folder = join(root, "vault", "Job Applications", "2026");

const note = (company: string, notes: string[]): string =>
	["---", `company: ${company}`, "job_position: Data Engineer", "status: Interview", "---", "", "**Notes:**", ...notes, ""].join("\n");

beforeAll(() => {
	mkdirSync(join(folder, "Wellen"), { recursive: true });
	mkdirSync(join(folder, "Sonnen"), { recursive: true });
	writeFileSync(
		join(folder, "Wellen", "Data Engineer.md"),
		note("Wellen", [
			"- Interview with Katrin Lehmann (recruiter, katrin@wellen.example) and Felix Roth (hiring manager, felix@wellen.example) on 2026-11-10.",
			"- Thank-you mails to Katrin and Felix on 2026-11-10.",
			"- Followed up with Felix on 2026-11-16, no answer yet.",
		]),
	);
	writeFileSync(join(folder, "Sonnen", "Data Engineer.md"), note("Sonnen", ["- HR call scheduled for 2026-11-18."]));
	mkdirSync(join(folder, "Kranich"), { recursive: true });
	writeFileSync(
		join(folder, "Kranich", "Data Engineer.md"),
		note("Kranich", ["- Onsite with Tobias Krüger (team lead) and Aylin Demir (HR), Frankfurt office, on 2026-11-20."]),
	);
	writeFileSync(join(root, "settings.json"), JSON.stringify({ interviewFolders: ["Job Applications/2026"] }));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("days inside a Notes list's items", () => {
	it("give the rounds and messages `due` works from", async () => {
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--config", "settings.json", "--today", "2026-11-23", "--format", "json"], io)).toBe(0);
		const listed = (JSON.parse(io.out()) as { followUps: { note: string; kind: string; to: string | null; due: string }[] }).followUps;
		expect(listed.filter((f) => !f.note.includes("Kranich")).map((f) => [f.note, f.kind, f.to, f.due])).toEqual([
			["Job Applications/2026/Sonnen/Data Engineer.md", "thank-you", null, "2026-11-18"],
			["Job Applications/2026/Wellen/Data Engineer.md", "second-check-in", "Felix Roth", "2026-11-20"],
			["Job Applications/2026/Sonnen/Data Engineer.md", "check-in", null, "2026-11-24"],
		]);
	});

	it("take no place after a comma for a person (`, Frankfurt office`)", async () => {
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--config", "settings.json", "--today", "2026-11-20", "--format", "json"], io)).toBe(0);
		const listed = (JSON.parse(io.out()) as { followUps: { note: string; kind: string; to: string | null }[] }).followUps;
		const kranich = listed.filter((f) => f.note.includes("Kranich")).map((f) => [f.kind, f.to]);
		expect(kranich).toContainEqual(["thank-you", "Tobias Krüger"]);
		expect(kranich).toContainEqual(["thank-you", "Aylin Demir"]);
		expect(kranich.filter(([, to]) => to === "Frankfurt")).toEqual([]);
	});
});
