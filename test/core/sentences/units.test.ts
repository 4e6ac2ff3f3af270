import { describe, expect, it } from "vitest";
import { plainText, sentencesOf, unitsOf } from "../../../src/core/sentences/units";

describe("plainText", () => {
	it.each([
		["**Priya**: decision by [[2026-11-27]]", "Priya: decision by 2026-11-27"],
		["see [[Priya Shah|Priya]] and [the posting](https://example.com/jobs/2026-11-27)", "see Priya and the posting"],
		["hear back ==by Friday== https://x.example/a", "hear back by Friday"],
		["decision:: next week", "decision: next week"],
		["They’ll decide", "They'll decide"],
		["snake_case stays, _emphasis_ goes", "snake_case stays, emphasis goes"],
	])("%s → %s", (line, text) => {
		expect(plainText(line)).toBe(text);
	});
});

describe("sentencesOf", () => {
	it("splits at full stops, but not after titles or before a day's number", () => {
		expect(sentencesOf("Met Dr. Lee. Decision by Nov. 27. Start date Jan 4.").map((s) => s.text)).toEqual([
			"Met Dr. Lee.",
			"Decision by Nov. 27.",
			"Start date Jan 4.",
		]);
	});

	it("ends a sentence after a month abbreviation followed by a new sentence", () => {
		expect(sentencesOf("Decision by 27 Nov. Start date Jan 4.").map((s) => s.text)).toEqual([
			"Decision by 27 Nov.",
			"Start date Jan 4.",
		]);
	});

	it("keeps each sentence's offset in the text", () => {
		const text = "Great chat!  They'll decide soon?";
		expect(sentencesOf(text).map((s) => text.slice(s.index, s.index + s.text.length))).toEqual(["Great chat!", "They'll decide soon?"]);
	});
});

describe("unitsOf", () => {
	it("reads each line, each table cell, and the marks of lists, tasks, quotes and callouts away", () => {
		const note = ["> [!note] Outcome", "> - [x] hear back Friday", "| Step | When |", "| --- | --- |", "| decision | next week |"].join(
			"\n",
		);
		expect(unitsOf(note, "2026-11-19", 1, "MDY").map((u) => [u.line, u.text])).toEqual([
			[1, "Outcome"],
			[2, "hear back Friday"],
			[3, "Step"],
			[3, "When"],
			[5, "decision"],
			[5, "next week"],
		]);
	});

	it("keeps a table cell's escaped pipe", () => {
		expect(unitsOf("| a \\| b | c |", "2026-11-19", 1, "MDY").map((u) => u.text)).toEqual(["a | b", "c"]);
	});
});

describe("unitsOf with a filter", () => {
	const note = ["## Onsite, 3 Dec", "Talked about the roadmap.", "", "They said they would decide by Friday."].join("\n");

	it("keeps only the lines the filter accepts", () => {
		const units = unitsOf(note, "2026-11-19", 1, "MDY", (line) => line.includes("decide"));
		expect(units.map((u) => [u.line, u.text])).toEqual([[4, "They said they would decide by Friday."]]);
	});

	it("still reads a line relative to the dated heading above it, though the heading is not kept", () => {
		const units = unitsOf(note, "2026-11-19", 1, "MDY", (line) => line.includes("decide"));
		expect(units[0]?.reference).toBe("2026-12-03");
		expect(unitsOf(note, "2026-11-19", 1, "MDY").find((u) => u.line === 4)?.reference).toBe("2026-12-03");
	});
});

describe("which headings date the text under them", () => {
	const referenceUnder = (heading: string) =>
		unitsOf([heading, "They will decide by Friday."].join("\n"), "2026-11-19", 1, "MDY").find((u) => u.line === 2)?.reference;

	it("a round's or log's heading, in any case, naming people after `with`", () => {
		expect(referenceUnder("## Onsite, 3 Dec")).toBe("2026-12-03");
		expect(referenceUnder("### PHONE SCREEN – 2026-11-10")).toBe("2026-11-10");
		expect(referenceUnder("## Call with Dana Liu and Sam (20 Nov)")).toBe("2026-11-20");
	});

	it("not a heading of other words, such as a title with the day the note was made", () => {
		expect(referenceUnder("###  Business Systems Analyst  -- November 2, 2026")).toBe("2026-11-19");
		expect(referenceUnder("## Acme Robotics 2026")).toBe("2026-11-19");
	});
});
