import { describe, expect, it } from "vitest";
import { makeCalendar, STANDARD_CALENDAR } from "../../../src/core/dates";
import { currentStatedDate, findStatedDates, type SentenceContext } from "../../../src/core/sentences";

const THURSDAY: SentenceContext = { reference: "2026-11-19", calendar: STANDARD_CALENDAR };

describe("findStatedDates", () => {
	it("gives the kind, the day, the sentence as read, its line, the expression and the reference", () => {
		const note = ["# Acme", "", "- Great chat with **Priya**.", "- Priya: decision by [[Fri 27 Nov]]. Start date would be Jan 4."].join(
			"\n",
		);
		expect(findStatedDates(note, THURSDAY)).toEqual([
			{
				kind: "decision",
				day: "2026-11-27",
				sentence: "Priya: decision by Fri 27 Nov.",
				line: 4,
				text: "Fri 27 Nov",
				reference: "2026-11-19",
			},
		]);
	});

	it("tells a call-back from a decision date", () => {
		const found = findStatedDates("They'll decide by Monday. Raj asked me to call him back on Tuesday.", THURSDAY);
		expect(found.map((f) => [f.kind, f.day])).toEqual([
			["decision", "2026-11-23"],
			["call-back", "2026-11-24"],
		]);
	});

	it("counts lines from firstLine when the text is a piece of a note", () => {
		const found = findStatedDates("Onsite went well.\nThey'll let me know next week.", { ...THURSDAY, firstLine: 40 });
		expect(found.map((f) => f.line)).toEqual([41]);
	});

	it("skips the frontmatter but keeps counting its lines", () => {
		const note = "---\nnotes: they will decide by Friday\nstatus: active\n---\nThey'll decide by Monday.";
		expect(findStatedDates(note, THURSDAY).map((f) => [f.day, f.line])).toEqual([["2026-11-23", 5]]);
	});

	it("skips code blocks, inline code, HTML comments and %% comments", () => {
		const note = [
			"```",
			"decision by Friday",
			"```",
			"`hear back by Monday`",
			"<!-- they'll decide next week -->",
			"%% call me back on Tuesday %%",
			"They'll get back to me by Wednesday.",
		].join("\n");
		expect(findStatedDates(note, THURSDAY).map((f) => [f.text, f.line])).toEqual([["Wednesday", 7]]);
	});

	it("reads a dated entry relative to its own date", () => {
		const note = "- 2026-11-24: call with Raj, they'll decide by Friday\n| 2026-11-30 | Onsite | hear back within a week |";
		expect(findStatedDates(note, THURSDAY).map((f) => [f.day, f.reference])).toEqual([
			["2026-11-27", "2026-11-24"],
			["2026-12-07", "2026-11-30"],
		]);
	});

	it("reads the text under a dated round heading relative to the heading's date, until the next heading", () => {
		const note = ["## Phone screen, 2 Nov", "They'll get back to me by Friday.", "## Notes", "They'll decide by Friday."].join("\n");
		expect(findStatedDates(note, THURSDAY).map((f) => [f.day, f.reference])).toEqual([
			["2026-11-06", "2026-11-02"],
			["2026-11-20", "2026-11-19"],
		]);
	});

	it("does not take a heading's date when the heading dates something else", () => {
		const note = "# Acme (applied 2026-10-01)\nThey'll decide by Friday.";
		expect(findStatedDates(note, THURSDAY).map((f) => f.reference)).toEqual(["2026-11-19"]);
	});

	it("gives the latest day when a sentence names several for one cue", () => {
		const found = findStatedDates("Decision Monday or Tuesday, Wednesday at the very latest.", THURSDAY);
		expect(found.map((f) => f.day)).toEqual(["2026-11-25"]);
	});

	it("reads slashed dates in the order asked for", () => {
		expect(findStatedDates("Decision by 4/12", { ...THURSDAY, dateOrder: "DMY" }).map((f) => f.day)).toEqual(["2026-12-04"]);
		expect(findStatedDates("Decision by 4/12", { ...THURSDAY, dateOrder: "MDY" }).map((f) => f.day)).toEqual(["2027-04-12"]);
	});

	it("counts business days on the calendar it is given", () => {
		const thanksgiving = { ...THURSDAY, calendar: makeCalendar([0, 6], ["2026-11-26"]) };
		expect(findStatedDates("Hear back in 5 business days.", thanksgiving).map((f) => f.day)).toEqual(["2026-11-27"]);
	});

	it("finds nothing in text without a cue, an empty text, or text with only the user's own dates", () => {
		expect(findStatedDates("", THURSDAY)).toEqual([]);
		expect(findStatedDates("Great onsite on Dec 2. Lunch with the team.", THURSDAY)).toEqual([]);
		expect(findStatedDates("I need to decide by Friday. Respond to the offer by Dec 1.", THURSDAY)).toEqual([]);
		// A tracker's metric, not their word on when they answer.
		expect(findStatedDates("**Time to First Response:** 7 days", THURSDAY)).toEqual([]);
		expect(findStatedDates("Their response comes in 7 days.", THURSDAY).map((f) => f.day)).toEqual(["2026-11-26"]);
	});

	it("reads a long note without trouble", () => {
		const note = `${"Notes from the call, nothing dated here.\n".repeat(2000)}They'll let me know next week.`;
		expect(findStatedDates(note, THURSDAY).map((f) => f.line)).toEqual([2001]);
	});
});

describe("currentStatedDate", () => {
	it("takes the statement read from the latest day, then the last in the text", () => {
		const note = [
			"## Phone screen, 2 Nov",
			"They'll get back to me by Friday.",
			"## Onsite, 16 Nov",
			"Decision by Friday.",
			"Update: decision pushed to Dec 1.",
			"Raj: call me Monday.",
		].join("\n");
		const found = findStatedDates(note, THURSDAY);
		expect(currentStatedDate(found, "decision")?.day).toBe("2026-12-01");
		expect(currentStatedDate(found, "call-back")?.day).toBe("2026-11-23");
	});

	it("is null when the note states none of that kind", () => {
		expect(currentStatedDate(findStatedDates("They'll decide by Friday.", THURSDAY), "call-back")).toBeNull();
	});
});
