import { describe, expect, it } from "vitest";
import { bodyEntries, mayHaveEntries, parseBody, type BodyContext } from "../../../src/core/body";
import { defaultVocabulary } from "../../../src/core/vocabulary";

const ctx: BodyContext = { firstLine: 1, reference: "2026-11-23", dateOrder: "DMY", vocabulary: defaultVocabulary() };

/** [date, event, kind, person, interviewOn] of each entry the body's paragraphs give. */
const summary = (markdown: string) =>
	bodyEntries(parseBody(markdown), ctx).entries.map((e) => [e.date, e.event, e.kind, e.person, e.interviewOn ?? null]);

describe("sentences of a paragraph that write out a day", () => {
	it("are entries of that day when their words place an event", () => {
		const notes = [
			"## Notes",
			"Found it on their careers page. Phone interview on Friday 20 Nov with Sunita Rao (engineering lead): payments and on-call.",
			"On 19 Nov Dana emailed that they are not moving forward with me.",
		].join("\n");
		expect(summary(notes)).toEqual([
			["2026-11-20", "interview", "phone", "Sunita Rao", null],
			["2026-11-19", "received", "rejection", "Dana", null],
		]);
	});

	it("read a label's text, but a label whose value is only a day holds a field", () => {
		const labels =
			"**Follow-up date:** 2026-11-19  \n**Next steps:** Rejected by email on 2026-11-18. Replied to Marcos on 2026-11-19 to thank him.";
		expect(summary(labels)).toEqual([
			["2026-11-18", "received", "rejection", null, null],
			["2026-11-19", "sent", "thank-you", "Marcos", null],
		]);
		expect(summary("Date: 2026-11-12\n\n**Time:** 20 Nov, 11:00")).toEqual([]);
	});

	it("give the first day's entry when a sentence has two, and an invitation its interview's day", () => {
		expect(summary("Priya replied on 17 Nov and booked a second round for Thursday 26 Nov.")).toEqual([
			["2026-11-17", "received", "invite", "Priya", "2026-11-26"],
		]);
	});

	it("give nothing when their words place nothing, and nothing from lists, tables or headings", () => {
		expect(summary("The office moved on 2 Nov. Salary review in March 2027.")).toEqual([]);
		// A list item is read by its own rules: a day at its start, or none.
		expect(summary("- Phone interview on Friday 20 Nov with Sunita Rao")).toEqual([]);
		expect(summary("### Phone interview on 20 Nov")).toEqual([]);
	});

	it("make a body worth parsing", () => {
		expect(mayHaveEntries("Onsite panel on 10 Nov with Dana.", ctx)).toBe(true);
		expect(mayHaveEntries("Onsite panel on Tuesday with Dana.", ctx)).toBe(false);
	});
});
