import { load, CORE_SCHEMA } from "js-yaml";
import { describe, expect, it } from "vitest";
import { appendLogEntry, yamlScalar, type LogEntryToAppend } from "../../../src/core/markdown/append-log-entry";

const sent: LogEntryToAppend = { date: "2026-11-24", kind: "check-in", to: "Jane Doe" };

/** Appends the entry to a note written as lines; returns the result as lines. */
function log(lines: string[], entry = sent, eol = "\n"): string[] {
	const result = appendLogEntry(lines.join(eol), entry);
	if (!result.ok) throw new Error(result.message);
	return result.text.split(eol);
}

describe("appendLogEntry", () => {
	it("appends a flow-map line after the last entry, keeping comments and other keys", () => {
		const before = [
			"---",
			"company: Acme # the parent company",
			"follow_ups:",
			"  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}",
			"  # - {date: 2026-11-20, kind: check-in, to: Raj}",
			"status: waiting",
			"---",
			"Body",
		];
		expect(log(before)).toEqual([
			"---",
			"company: Acme # the parent company",
			"follow_ups:",
			"  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}",
			"  - {date: 2026-11-24, kind: check-in, to: Jane Doe}",
			"  # - {date: 2026-11-20, kind: check-in, to: Raj}",
			"status: waiting",
			"---",
			"Body",
		]);
	});

	it("matches the list's indentation and its block-map style", () => {
		const before = ["---", "follow_ups:", "- date: 2026-11-19", "  kind: thank-you", "  to: Jane Doe", "---"];
		expect(log(before)).toEqual([
			"---",
			"follow_ups:",
			"- date: 2026-11-19",
			"  kind: thank-you",
			"  to: Jane Doe",
			"- date: 2026-11-24",
			"  kind: check-in",
			"  to: Jane Doe",
			"---",
		]);
	});

	it("matches spaces inside the braces", () => {
		const before = ["---", "follow_ups:", "    - { date: 2026-11-19, kind: thank-you, to: Jane Doe }", "---"];
		expect(log(before)[3]).toBe("    - { date: 2026-11-24, kind: check-in, to: Jane Doe }");
	});

	it("rewrites only the line of an empty flow list, keeping its comment", () => {
		const before = ["---", "follow_ups: [] # sent and received", "status: waiting", "---"];
		expect(log(before)).toEqual([
			"---",
			"follow_ups: # sent and received",
			"  - {date: 2026-11-24, kind: check-in, to: Jane Doe}",
			"status: waiting",
			"---",
		]);
	});

	it("appends inside a one-line flow list", () => {
		const before = ["---", "log: [{date: 2026-11-19, kind: reply, from: Jane}]", "---"];
		expect(log(before)[1]).toBe("log: [{date: 2026-11-19, kind: reply, from: Jane}, {date: 2026-11-24, kind: check-in, to: Jane Doe}]");
	});

	it("fills a key that has no value yet", () => {
		expect(log(["---", "follow_ups:", "---"])).toEqual([
			"---",
			"follow_ups:",
			"  - {date: 2026-11-24, kind: check-in, to: Jane Doe}",
			"---",
		]);
	});

	it("writes to the alias the note uses, and prefers the one that has entries", () => {
		const before = ["---", "follow_ups:", "touches:", "  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}", "---"];
		expect(log(before)[4]).toBe("  - {date: 2026-11-24, kind: check-in, to: Jane Doe}");
		expect(log(["---", "Follow-Ups: []", "---"])[1]).toBe("Follow-Ups:");
	});

	it("creates follow_ups at the end of the frontmatter, indented like the note's other lists", () => {
		const before = ["---", "people:", "    - Jane Doe", "---", "", "# Acme"];
		expect(log(before)).toEqual([
			"---",
			"people:",
			"    - Jane Doe",
			"follow_ups:",
			"    - {date: 2026-11-24, kind: check-in, to: Jane Doe}",
			"---",
			"",
			"# Acme",
		]);
	});

	it("creates a frontmatter block when the note has none", () => {
		expect(log(["# Acme", "notes"])).toEqual([
			"---",
			"follow_ups:",
			"  - {date: 2026-11-24, kind: check-in, to: Jane Doe}",
			"---",
			"# Acme",
			"notes",
		]);
	});

	it("keeps CRLF line endings", () => {
		const result = appendLogEntry(
			["---", "a: 1", "follow_ups:", "  - {date: 2026-11-19, kind: thank-you, to: Jane}", "---", "x"].join("\r\n"),
			sent,
		);
		expect(result.ok && result.text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
	});

	it("writes received entries, dismissals and snoozes with the note-format keys", () => {
		const entries: [LogEntryToAppend, string][] = [
			[
				{ date: "2026-11-24", kind: "reply", from: "Jane Doe", note: "still deciding: next week" },
				'{date: 2026-11-24, kind: reply, from: Jane Doe, note: "still deciding: next week"}',
			],
			[
				{ date: "2026-11-24", kind: "check-in", to: "Jane Doe", dismissed: true },
				"{date: 2026-11-24, kind: check-in, to: Jane Doe, dismissed: true}",
			],
			[
				{ date: "2026-11-24", kind: "check-in", to: "Jane Doe", snoozedUntil: "2026-12-01" },
				"{date: 2026-11-24, kind: check-in, to: Jane Doe, snoozed_until: 2026-12-01}",
			],
		];
		for (const [entry, line] of entries) expect(log(["---", "follow_ups:", "---"], entry)[2]).toBe(`  - ${line}`);
	});

	it("quotes values YAML would read differently", () => {
		expect(["Jane Doe", "O'Brien", "[[Lee Wong]]", "yes", "42", "a: b", "#1", " x", "Zoë"].map(yamlScalar)).toEqual([
			"Jane Doe",
			"O'Brien",
			'"[[Lee Wong]]"',
			'"yes"',
			'"42"',
			'"a: b"',
			'"#1"',
			'" x"',
			"Zoë",
		]);
	});

	it("refuses, changing nothing, when the log is not a list or the frontmatter is not YAML", () => {
		expect(appendLogEntry("---\nfollow_ups: sent one\n---\n", sent)).toMatchObject({ ok: false });
		expect(appendLogEntry("---js\n{}\n---\n", sent)).toMatchObject({ ok: false });
		expect(appendLogEntry("---\na: [\n---\n", sent)).toMatchObject({ ok: false });
	});

	it("reads back as the old list plus the entry", () => {
		const result = appendLogEntry("---\nfollow_ups:\n  - {date: 2026-11-19, kind: thank-you, to: Jane}\n---\n", {
			...sent,
			to: "[[Lee: Wong]]",
		});
		const yaml = result.ok ? result.text.split("---")[1] : "";
		expect(load(yaml ?? "", { schema: CORE_SCHEMA })).toEqual({
			follow_ups: [
				{ date: "2026-11-19", kind: "thank-you", to: "Jane" },
				{ date: "2026-11-24", kind: "check-in", to: "[[Lee: Wong]]" },
			],
		});
	});
});
