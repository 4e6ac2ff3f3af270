// `log` end to end: the entry goes into the note's follow_ups list, every other byte
// (the YAML comment, CRLF, the body) stays, and `due` stops listing what was logged.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { ACME_NOTE, makeVault } from "./acme-vault";
import { fakeIo } from "./fake-io";

let vault: string;
const notePath = () => join(vault, "Interviews", "Acme.md");

beforeEach(() => {
	vault = makeVault();
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

async function cli(...args: string[]) {
	const io = fakeIo(vault);
	const status = await run(args, io);
	return { status, out: io.out(), err: io.err() };
}

async function pending(today: string): Promise<string[]> {
	const { out } = await cli("due", ".", "--today", today, "--format", "json");
	return (JSON.parse(out) as { followUps: { kind: string; to: string | null }[] }).followUps.map((f) => `${f.kind} → ${f.to}`);
}

describe("log", () => {
	it("appends the entry after the last one, keeping the comment, CRLF and the body", async () => {
		const { status, out } = await cli("log", "Interviews/Acme.md", "--kind", "thank-you", "--to", "raj patel", "--date", "2026-11-20");
		expect(status).toBe(0);
		expect(out).toContain("logged thank-you sent to Raj Patel on 2026-11-20");
		const after = readFileSync(notePath(), "utf8");
		const line = "  - {date: 2026-11-20, kind: thank-you, to: Raj Patel}\r\n";
		const anchor = "  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}\r\n";
		expect(after).toBe(ACME_NOTE.replace(anchor, anchor + line));
	});

	it("makes `due` stop listing what was logged", async () => {
		expect(await pending("2026-11-20")).toContain("thank-you → Raj Patel");
		await cli("log", "Interviews/Acme.md", "--kind", "thank-you", "--to", "Raj Patel", "--date", "2026-11-20");
		expect(await pending("2026-11-20")).not.toContain("thank-you → Raj Patel");
	});

	it("records dismissals, snoozes and replies with the note-format keys", async () => {
		await cli("log", "Interviews/Acme.md", "--kind", "value-add", "--to", "Jane Doe", "--dismiss", "--date", "2026-11-20");
		await cli(
			"log",
			"Interviews/Acme.md",
			"--kind",
			"check-in",
			"--to",
			"Jane Doe",
			"--snooze-until",
			"2026-12-01",
			"--date",
			"2026-11-20",
		);
		await cli(
			"log",
			"Interviews/Acme.md",
			"--kind",
			"reply",
			"--from",
			"Jane Doe",
			"--note",
			"still deciding: next week",
			"--date",
			"2026-11-21",
		);
		const after = readFileSync(notePath(), "utf8");
		expect(after).toContain("  - {date: 2026-11-20, kind: value-add, to: Jane Doe, dismissed: true}\r\n");
		expect(after).toContain("  - {date: 2026-11-20, kind: check-in, to: Jane Doe, snoozed_until: 2026-12-01}\r\n");
		expect(after).toContain('  - {date: 2026-11-21, kind: reply, from: Jane Doe, note: "still deciding: next week"}\r\n');
	});

	it.each([
		[["Interviews/Nope.md", "--kind", "check-in", "--to", "Jane Doe"], /there is no note/],
		[["Interviews/Acme.md", "--kind", "nagging", "--to", "Jane Doe"], /unknown kind "nagging"/],
		[["Interviews/Acme.md", "--kind", "check-in", "--to", "Bob"], /"Bob" is not a person/],
		[["Interviews/Acme.md", "--kind", "check-in"], /give --to NAME/],
		[["Interviews/Acme.md", "--kind", "reply", "--from", "Jane Doe", "--dismiss"], /use them with --to/],
	])("refuses %j with one line and exit 2, writing nothing", async (args, message) => {
		const { status, err } = await cli("log", ...args);
		expect(status).toBe(2);
		expect(err).toMatch(message);
		expect(err.trim().split("\n")).toHaveLength(1);
		expect(readFileSync(notePath(), "utf8")).toBe(ACME_NOTE);
	});
});
