import ICAL from "ical.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeVault } from "../../bench/vault";
import { run } from "../../src/cli/commands";
import { fakeIo } from "./fake-io";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const TODAY = "2026-11-23";

interface JsonFollowUp {
	note: string;
	kind: string;
	to: string | null;
	due: string;
	windowEnd: string;
	status: string;
}

async function due(...extra: string[]): Promise<string> {
	const io = fakeIo(repo);
	expect(await run(["due", "examples/vault", "--today", TODAY, ...extra], io)).toBe(0);
	expect(io.err()).toBe("");
	return io.out();
}

/** Days from a to b, counted on the calendar (UTC dates, so no zone can shift them). */
function daysFrom(a: string, b: string): number {
	const utc = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
	return Math.round((utc(b) - utc(a)) / 86_400_000);
}

async function withinHorizon(horizon: number, ...extra: string[]): Promise<JsonFollowUp[]> {
	const all = (JSON.parse(await due("--format", "json", ...extra)) as { followUps: JsonFollowUp[] }).followUps;
	return all.filter((f) => f.status !== "upcoming" || daysFrom(TODAY, f.due) <= horizon);
}

function vevents(ics: string): ICAL.Component[] {
	return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent");
}

describe("due --format ics on the example vault", () => {
	it("has one event per follow-up within 14 days, as ical.js reads it, with unique UIDs", async () => {
		const expected = await withinHorizon(14);
		expect(expected.length).toBeGreaterThan(10);
		const ics = await due("--format", "ics");
		const events = vevents(ics).map((c) => new ICAL.Event(c));
		expect(events).toHaveLength(expected.length);
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
		expect(events.map((e) => e.startDate.toString())).toEqual(expected.map((f) => f.due));
		for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
	});

	it("keeps UIDs from day to day and across runs", async () => {
		const uids = (ics: string): string[] => vevents(ics).map((c) => String(c.getFirstPropertyValue("uid")));
		const today = uids(await due("--format", "ics"));
		expect(uids(await due("--format", "ics"))).toEqual(today);
		const io = fakeIo(repo);
		await run(["due", "examples/vault", "--today", "2026-11-24", "--format", "ics"], io);
		const tomorrow = uids(io.out());
		expect(tomorrow.filter((uid) => today.includes(uid)).length).toBeGreaterThan(today.length / 2);
	});

	it("applies --horizon and --status", async () => {
		expect(vevents(await due("--format", "ics", "--horizon", "3"))).toHaveLength((await withinHorizon(3)).length);
		expect(vevents(await due("--format", "ics", "--horizon", "60"))).toHaveLength((await withinHorizon(60)).length);
		const overdue = await withinHorizon(14, "--status", "overdue");
		const events = vevents(await due("--format", "ics", "--status", "overdue"));
		expect(events).toHaveLength(overdue.length);
		for (const e of events) expect(e.getFirstPropertyValue("priority")).toBe(1);
	});

	it("quotes the same draft subject the draft command writes, and links the note in the vault named by its folder", async () => {
		const note = "Interviews/2026-11-10 Saltmarsh Studios - onsite.md";
		const draftIo = fakeIo(repo);
		expect(
			await run(
				["draft", `examples/vault/${note}`, "--kind", "thank-you", "--to", "Selma Lindqvist", "--today", TODAY, "--json"],
				draftIo,
			),
		).toBe(0);
		const { subject } = JSON.parse(draftIo.out()) as { subject: string };
		const event = vevents(await due("--format", "ics"))
			.map((c) => new ICAL.Event(c))
			.find((e) => e.summary === "Thank-you note → Selma Lindqvist (Saltmarsh Studios)");
		expect(event?.description).toContain(`Draft subject: ${subject}\n`);
		expect(event?.component.getFirstPropertyValue("url")).toBe(
			"obsidian://open?vault=vault&file=Interviews%2F2026-11-10%20Saltmarsh%20Studios%20-%20onsite",
		);
	});
});

describe("due --format markdown on the example vault", () => {
	it("lists the same follow-ups as the JSON within 14 days, each linking its note", async () => {
		const expected = await withinHorizon(14);
		const markdown = await due("--format", "markdown");
		expect(markdown.startsWith("---\ngenerated: 2026-11-23\n")).toBe(true);
		const rows = markdown
			.split("\n")
			.filter((line) => line.startsWith("| ") && !line.startsWith("| When") && !line.startsWith("| ---"));
		expect(rows).toHaveLength(expected.length);
		rows.forEach((row, i) => expect(row).toContain(`[[${expected[i]?.note.replace(/\.md$/, "")}\\|`));
		expect(markdown).toContain("## Needs attention");
	});

	it("applies --horizon and --status", async () => {
		const markdown = await due("--format", "markdown", "--status", "due,upcoming", "--horizon", "3");
		expect(markdown).not.toContain("## Overdue");
		expect(markdown).toContain("## Upcoming in the next 3 days");
		const rows = markdown.split("\n").filter((line) => /^\| (today|until|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(line));
		expect(rows).toHaveLength((await withinHorizon(3, "--status", "due,upcoming")).length);
	});
});

describe("due --format ics on a large vault", () => {
	it("writes the calendar in pieces of about 64 KB, never as one string, and the pieces make a valid calendar", async () => {
		const root = mkdtempSync(join(tmpdir(), "ifu-ics-"));
		try {
			writeVault(root, 400);
			const writes: string[] = [];
			const io = { ...fakeIo(root), stdout: { write: (text: string) => writes.push(text) } };
			expect(await run(["due", root, "--today", TODAY, "--format", "ics"], io)).toBe(0);
			expect(writes.length).toBeGreaterThan(2);
			for (const piece of writes) {
				expect(piece.length).toBeLessThan(80 * 1024);
				expect(piece.endsWith("\r\n")).toBe(true);
			}
			expect(vevents(writes.join("")).length).toBeGreaterThan(100);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}, 60_000);
});
