// `explain` through the command line: one note, every field and where it came from,
// what was not read and why, and its follow-ups with their reasons.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "./fake-io";

const others = join(__dirname, "../fixtures/other-vaults");
const TODAY = "2026-11-23";

async function explain(cwd: string, note: string, ...args: string[]): Promise<{ status: number; out: string; err: string }> {
	const io = fakeIo(cwd);
	const status = await run(["explain", note, "--today", TODAY, ...args], io);
	return { status, out: io.out(), err: io.err() };
}

describe("explain <note>", () => {
	it("finds a note by its path inside the vault given with --vault", async () => {
		const folder = mkdtempSync(join(tmpdir(), "explain-"));
		cpSync(join(others, "dataview-history", "vault"), join(folder, "vault"), { recursive: true });
		const config = join(others, "dataview-history", "expected-settings.json");
		const elsewhere = mkdtempSync(join(tmpdir(), "explain-cwd-"));
		const args = ["--vault", join(folder, "vault"), "--config", config];
		const { status, out, err } = await explain(elsewhere, "jobs/Research Engineer - Halcyon.md", ...args);
		expect(err).toBe("");
		expect(status).toBe(0);
		// Shown by the path the user gave, not one climbing out of the current folder.
		expect(out.split("\n")[0]).toBe(`jobs/Research Engineer - Halcyon.md, read on ${TODAY}`);
		expect(out).toMatch(/company +Halcyon/);
		// A path that is in neither place is still reported as missing.
		const missing = await explain(elsewhere, "jobs/Nowhere.md", ...args);
		expect(missing.status).not.toBe(0);
		expect(missing.err).toContain("there is no note jobs/Nowhere.md");
	});

	it("names the property each field was read from, and the properties left unread with the reason", async () => {
		const folder = mkdtempSync(join(tmpdir(), "explain-"));
		cpSync(join(others, "dataview-history", "vault"), join(folder, "vault"), { recursive: true });
		const config = join(others, "dataview-history", "expected-settings.json");
		const { status, out, err } = await explain(
			folder,
			"vault/jobs/Research Engineer - Halcyon.md",
			"--vault",
			"vault",
			"--config",
			config,
		);
		expect(err).toBe("");
		expect(status).toBe(0);
		expect(out).toMatch(/company +Halcyon\n +from property `Company`/);
		expect(out).toMatch(/interview_date +2026-11-19\n +from property `Date Last Interaction`/);
		expect(out).toContain("`Date Applied`: no field is read from this name");
		expect(out).toContain("`Last Round`: `Status` fills status first");
		expect(out).toContain(`Follow-ups on ${TODAY}:`);
	});

	it("shows what log notes add to the note: their rounds and messages, with the log note they came from", async () => {
		const vault = join(others, "records-commlog");
		const { status, out } = await explain(
			vault,
			"vault/30 Records/10 Positions/Data Engineer Halvard Insurance.md",
			"--vault",
			"vault",
			"--config",
			join(vault, "expected-settings.json"),
		);
		expect(status).toBe(0);
		const log = out.slice(out.indexOf("Log:"), out.indexOf("Timeline:"));
		expect(log).toContain(
			"2026-11-13 sent thank-you → Tomás Rivera  (from log note 30 Records/40 Logs/2026-11-13 Email Sent Tomás Rivera.md)",
		);
	});

	it("lists the note's log and its follow-ups with their reasons", async () => {
		const vault = join(__dirname, "../fixtures/spec-vaults/03-check-in-chain");
		const io = fakeIo(vault);
		await run(["due", "vault", "--today", TODAY, "--format", "json"], io);
		const due = JSON.parse(io.out()) as { followUps: { note: string; kind: string; reason: string }[] };
		const first = due.followUps[0];
		expect(first).toBeDefined();
		const { status, out } = await explain(vault, `vault/${first?.note}`, "--vault", "vault");
		expect(status).toBe(0);
		expect(out).toContain("Log:");
		expect(out).toContain(first?.kind);
		expect(out).toContain(first?.reason);
	});

	it("refuses a note that is not an interview note, saying how to make it one", async () => {
		const { status, err } = await explain(join(others, "dataview-history"), "vault/Jobs MOC.md");
		expect(status).toBe(2);
		expect(err).toContain("is not an interview note");
	});

	it("reads a next round booked for a day as no decision date, and a decision by a day as one", async () => {
		const folder = mkdtempSync(join(tmpdir(), "explain-"));
		mkdirSync(join(folder, "vault"));
		const note = (nextSteps: string) =>
			[
				"---",
				"tags: [interview]",
				"company: Quillon",
				"interview_date: 2026-11-10",
				"people: [Marta Ruiz]",
				"---",
				"# Quillon, recruiter screen",
				"",
				`**Next steps:** ${nextSteps}`,
				"",
			].join("\n");
		writeFileSync(join(folder, "vault", "Booked.md"), note("Technical on 2026-11-19"));
		writeFileSync(join(folder, "vault", "Stage.md"), note("stage two with the team on 24 Nov"));
		writeFileSync(join(folder, "vault", "Decision.md"), note("a decision by 2026-11-27"));
		const decision = async (name: string) => {
			const { status, out } = await explain(folder, `vault/${name}.md`, "--vault", "vault");
			expect(status).toBe(0);
			return /decision_date +(\S+)/.exec(out)?.[1] ?? null;
		};
		expect(await decision("Booked")).toBeNull();
		expect(await decision("Stage")).toBeNull();
		expect(await decision("Decision")).toBe("2026-11-27");
	});

	it("reads their decision in a quotation whose first sentence is something else", async () => {
		const folder = mkdtempSync(join(tmpdir(), "explain-"));
		mkdirSync(join(folder, "vault"));
		const text = [
			"---",
			"tags: [interview]",
			"company: Quillon",
			"interview_date: 2026-11-10",
			"people: [Marta Ruiz]",
			"---",
			"## Her reply",
			"",
			'> "Lovely to meet you on Tuesday. We will make our decision by 20 November."',
			"",
			"I will decide by 30 November whether to take the other offer.",
			"",
		].join("\n");
		writeFileSync(join(folder, "vault", "Quoted.md"), text);
		const { status, out } = await explain(folder, "vault/Quoted.md", "--vault", "vault");
		expect(status).toBe(0);
		expect(out).toMatch(/decision_date +2026-11-20\n +from sentence on line 9/);
	});
});
