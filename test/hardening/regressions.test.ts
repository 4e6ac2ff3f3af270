/**
 * The inputs the property and hostile tests found, kept as plain examples: each one
 * crashed a run, produced a day that is not a day, or let a prototype name into a value.
 */
import { afterAll, describe, expect, it } from "vitest";
import { isDay } from "../../src/core/dates";
import { readInterviewNote } from "../../src/core/read-note";
import { defaultSettings } from "../../src/core/settings";
import { aSource, evaluate } from "../builders/vault";
import { codesFor, dueJson, dueTable, makeVault, removeVaults } from "./vaults";

afterAll(removeVaults);

const note = (extra: string) => `---
tags: [interview]
company: Acme
interview_date: 2026-11-10
people:
  - name: Jane
    email: jane@x.example
${extra}
---
`;

describe("prototype names are words like any other", () => {
	it("a decision date of `next constructor` or `__proto__ weeks` is a bad date, not a crash", { timeout: 30_000 }, async () => {
		// Before: `"constructor" in WEEKDAYS` was true, the day became "0NaN-NaN-NaN", and
		// formatting it for the reason threw RangeError: the whole `due` run exited 1.
		const vault = makeVault({
			"Interviews/a.md": note("decision_date: next constructor"),
			"Interviews/b.md": note("decision_date: __proto__ weeks").replace("Acme", "Beta"),
			"Interviews/c.md": note("call_back: constructor days").replace("Acme", "Gamma"),
		});
		const json = await dueJson(vault);
		for (const path of ["Interviews/a.md", "Interviews/b.md", "Interviews/c.md"]) {
			expect(codesFor(json, path), path).toContain("bad-date");
			expect(json.followUps.find((f) => f.note === path && f.kind === "check-in")?.due, path).toBe("2026-11-16");
		}
		await dueTable(vault);
	});

	it("relation, channel, format and status `constructor` are unknown values, with their warnings", () => {
		// Before: the vocabulary lookups returned Object itself as the relation, channel, format and status group.
		const { note: read, diagnostics } = readInterviewNote(
			aSource("a.md", {
				tags: ["interview"],
				interview_date: "2026-11-10",
				format: "constructor",
				status: "constructor",
				people: [{ name: "Jane", relation: "constructor", channel: "constructor" }],
			}),
			defaultSettings(),
			() => null,
		);
		expect(read).toMatchObject({ format: null, status: "active", people: [{ relation: "interviewer", channel: null }] });
		expect(diagnostics.map((d) => d.code).sort()).toEqual(["unknown-format", "unknown-relation", "unknown-status"]);
	});
});

describe("days at the ends of the calendar", () => {
	it("a snooze to 9999-12-31 keeps the window within four-digit years", () => {
		// Before: the window ended on "10000-01-10", which sorts before the due day as text.
		const r = evaluate(
			[
				aSource("a.md", {
					tags: ["interview"],
					interview_date: "2026-11-10",
					people: ["Jane"],
					follow_ups: [{ date: "2026-11-11", kind: "check-in", to: "Jane", snoozed_until: "9999-12-31" }],
				}),
			],
			"2026-11-23",
		);
		const checkIn = r.followUps.find((f) => f.kind === "check-in");
		expect(checkIn).toMatchObject({ due: "9999-12-31", windowEnd: "9999-12-31" });
	});

	it("an interview in the year 50 counts in the year 50, not 1950", () => {
		// Before: Date.UTC read the year 50 as 1950, so the window ran 0050-03-01..1950-03-02.
		const r = evaluate([aSource("a.md", { tags: ["interview"], interview_date: "0050-03-01", people: ["Jane"] })], "2026-11-23");
		expect(r.followUps.find((f) => f.kind === "thank-you")).toMatchObject({ due: "0050-03-01", windowEnd: "0050-03-02" });
	});

	it("a Date beyond the four-digit years is a bad date (hosts that hand over Dates)", () => {
		// Before: year 20260 became the day "20260-01-01" and formatting threw RangeError.
		for (const date of [new Date("+020260-01-01T00:00:00Z"), new Date("-000001-12-31T00:00:00Z")]) {
			const { note: read, diagnostics } = readInterviewNote(
				aSource("a.md", { tags: ["interview"], met: date, call_back: date }),
				defaultSettings(),
				() => null,
			);
			expect(read?.interviewDate).toBeNull();
			expect(read?.callBack).toBeNull();
			expect(diagnostics.map((d) => d.code)).toContain("bad-date");
		}
	});

	it("every day in a result is a real YYYY-MM-DD day", () => {
		const r = evaluate(
			[aSource("a.md", { tags: ["interview"], interview_date: "9999-12-28", decision_date: "in 2 weeks", people: ["Jane"] })],
			"9999-12-31",
		);
		expect(r.followUps.length).toBeGreaterThan(0);
		for (const f of r.followUps) expect(isDay(f.due) && isDay(f.windowEnd) && f.due <= f.windowEnd).toBe(true);
	});
});

describe("an alias bomb costs what a short value costs", () => {
	it("a bad value is quoted by a short prefix, without expanding the whole value", { timeout: 60_000 }, () => {
		// Before: the message was built with JSON.stringify of the whole value, billions of
		// strings for a 1 KB YAML alias bomb: about 20 s, then "Invalid string length".
		let bomb: unknown = "lol";
		// 3^18 leaves, shared (as many as the 9-level billion laughs); a regression fails in ~20 s rather than hanging.
		for (let i = 0; i < 18; i++) bomb = [bomb, bomb, bomb];
		const { diagnostics } = readInterviewNote(
			aSource("a.md", { tags: ["interview"], interview_date: bomb }),
			defaultSettings(),
			() => null,
		);
		const badDate = diagnostics.find((d) => d.code === "bad-date");
		expect(badDate?.message).toContain(`${"[".repeat(18)}"lol","lol"`);
	});

	it("a value nested 10,000 deep is quoted the same way", () => {
		let deep: unknown = "x";
		for (let i = 0; i < 10_000; i++) deep = { a: [deep] };
		const { diagnostics } = readInterviewNote(
			aSource("a.md", { tags: ["interview"], interview_date: deep, status_date: deep }),
			defaultSettings(),
			() => null,
		);
		expect(diagnostics.filter((d) => d.code === "bad-date")).toHaveLength(2);
	});
});
