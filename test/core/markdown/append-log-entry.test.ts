import { load, CORE_SCHEMA } from "js-yaml";
import { describe, expect, it } from "vitest";
import {
	appendLogEntry,
	chooseLogKey,
	removeAppendedLogEntry,
	yamlScalar,
	type LogEntryToAppend,
} from "../../../src/core/markdown/append-log-entry";
import { noteFieldNames } from "../../../src/core/fields";

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

	it("writes into an empty flow list, keeping its comment", () => {
		expect(log(["---", "follow_ups: [] # sent and received", "status: waiting", "---"])).toEqual([
			"---",
			"follow_ups: [{date: 2026-11-24, kind: check-in, to: Jane Doe}] # sent and received",
			"status: waiting",
			"---",
		]);
		expect(log(["---", "follow_ups: [ ]", "---"])[1]).toBe("follow_ups: [{date: 2026-11-24, kind: check-in, to: Jane Doe} ]");
	});

	it("replaces only a `~` or `null`, keeping the comment after it", () => {
		expect(log(["---", "follow_ups: ~ # none yet", "---"])).toEqual([
			"---",
			"follow_ups: # none yet",
			"  - {date: 2026-11-24, kind: check-in, to: Jane Doe}",
			"---",
		]);
		expect(log(["---", "follow_ups: null", "---"])[2]).toBe("  - {date: 2026-11-24, kind: check-in, to: Jane Doe}");
	});

	it("appends under a key whose line carries a comment", () => {
		const before = ["---", "follow_ups: # what I sent", "  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}", "---"];
		expect(log(before)).toEqual([...before.slice(0, 3), "  - {date: 2026-11-24, kind: check-in, to: Jane Doe}", "---"]);
		expect(log(["---", "follow_ups: # nothing yet", "---"])).toEqual([
			"---",
			"follow_ups: # nothing yet",
			"  - {date: 2026-11-24, kind: check-in, to: Jane Doe}",
			"---",
		]);
	});

	it("appends to a flow list written over several lines, and after a trailing comma", () => {
		const before = [
			"---",
			"follow_ups: [",
			"  {date: 2026-11-19, kind: thank-you}, # sent",
			"  {date: 2026-11-20, kind: reply}",
			"]",
			"---",
		];
		expect(log(before)[3]).toBe("  {date: 2026-11-20, kind: reply}, {date: 2026-11-24, kind: check-in, to: Jane Doe}");
		expect(log(["---", "log: [{date: 2026-11-19, kind: reply}, ]", "---"])[1]).toBe(
			"log: [{date: 2026-11-19, kind: reply}, {date: 2026-11-24, kind: check-in, to: Jane Doe} ]",
		);
	});

	it("keeps a byte-order mark and writes a note without a final newline", () => {
		const bom = appendLogEntry("\uFEFF---\r\nfollow_ups:\r\n---\r\nBody", sent);
		expect(bom.ok && bom.text).toBe("\uFEFF---\r\nfollow_ups:\r\n  - {date: 2026-11-24, kind: check-in, to: Jane Doe}\r\n---\r\nBody");
		const bare = appendLogEntry("\uFEFFJust text", sent);
		expect(bare.ok && bare.text).toBe("\uFEFF---\nfollow_ups:\n  - {date: 2026-11-24, kind: check-in, to: Jane Doe}\n---\nJust text");
		expect(log(["---", "follow_ups:", "---"]).join("\n").endsWith("---")).toBe(true);
	});

	it("goes after a kept block scalar's blank lines rather than into them", () => {
		const before = [
			"---",
			"follow_ups:",
			"  - date: 2026-11-19",
			"    kind: reply",
			"    note: |+",
			"      see you",
			"",
			"status: waiting",
			"---",
		];
		expect(log(before)).toEqual([
			...before.slice(0, 7),
			"  - date: 2026-11-24",
			"    kind: check-in",
			"    to: Jane Doe",
			...before.slice(7),
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

	it("writes where readers take the log from: the best-ranked name with entries, else the best-ranked name present", () => {
		const before = ["---", "follow_ups:", "touches:", "  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}", "---"];
		expect(log(before)[4]).toBe("  - {date: 2026-11-24, kind: check-in, to: Jane Doe}");
		expect(log(["---", "log: []", "Follow-Ups: []", "---"])[2]).toBe("Follow-Ups: [{date: 2026-11-24, kind: check-in, to: Jane Doe}]");
	});

	it("takes the user's aliases of follow_ups from the settings, after the built-in names", () => {
		const note = ["---", "Sent-Log:", "  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}", "touches: []", "---"].join("\n");
		const withAlias = appendLogEntry(note, sent, { fieldAliases: { "Follow-Ups": ["sent log"] } });
		expect(withAlias.ok && withAlias.key).toBe("Sent-Log");
		const without = appendLogEntry(note, sent);
		expect(without.ok && without.key).toBe("touches");
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

describe("chooseLogKey", () => {
	const names = noteFieldNames("follow_ups", {});

	it("prefers a filled log, then the best-ranked name, then none", () => {
		expect(chooseLogKey({ follow_ups: null, log: [{ date: "2026-11-19" }] }, names)).toBe("log");
		expect(chooseLogKey({ log: [], touches: "" }, names)).toBe("touches");
		expect(chooseLogKey({ company: "Acme" }, names)).toBeNull();
	});

	it("takes the first written of two keys with the same name, as readers do", () => {
		expect(chooseLogKey({ Follow_Ups: [1], "follow ups": [2] }, names)).toBe("Follow_Ups");
		expect(chooseLogKey({ Follow_Ups: [], "follow ups": [2] }, names)).toBe("follow ups");
	});
});

describe("removeAppendedLogEntry (undo)", () => {
	const notes = [
		["---", "follow_ups: # log", "  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}", "---", "Body"].join("\n"),
		["---", "follow_ups: ~ # none", "---"].join("\n"),
		["---", "log: [ ]", "---"].join("\r\n"),
		"\uFEFFNo frontmatter",
		["---", "company: Acme", "---", ""].join("\n"),
	];

	it("gives back the note byte for byte", () => {
		for (const note of notes) {
			const appended = appendLogEntry(note, sent);
			if (!appended.ok) throw new Error(appended.message);
			const undone = removeAppendedLogEntry(appended.text, appended.appended);
			expect(undone.ok && undone.text).toBe(note);
		}
	});

	it("takes the entry out even after other edits to the note, and leaves those edits", () => {
		const appended = appendLogEntry(notes[0] as string, sent);
		if (!appended.ok) throw new Error(appended.message);
		const edited = appended.text.replace("---\nfollow_ups", "---\nstatus: waiting\nfollow_ups").replace("Body", "Body, edited");
		const undone = removeAppendedLogEntry(edited, appended.appended);
		expect(undone.ok && undone.text).toBe(
			(notes[0] as string).replace("---\nfollow_ups", "---\nstatus: waiting\nfollow_ups").replace("Body", "Body, edited"),
		);
	});

	it("refuses, changing nothing, when the entry is no longer there as written", () => {
		const appended = appendLogEntry(notes[0] as string, sent);
		if (!appended.ok) throw new Error(appended.message);
		const retyped = appended.text.replace("to: Jane Doe}\n---", "to: Jane D.}\n---");
		expect(removeAppendedLogEntry(retyped, appended.appended)).toEqual({
			ok: false,
			message: "the entry is no longer in the note as it was written; nothing was changed",
		});
	});
});
