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

	it("give nothing when their words place nothing, and nothing from tables or headings", () => {
		expect(summary("The office moved on 2 Nov. Salary review in March 2027.")).toEqual([]);
		expect(summary("### Phone interview on 20 Nov")).toEqual([]);
	});

	it("include a list item whose day is inside it, as a tracker's Notes list writes them", () => {
		const notes = [
			"**Notes:**",
			"- HR call with Miriam Vogt (HR) on 2026-11-09, mostly about the salary range.",
			"- Sent thank-you mails to Jana and Ole on 2026-11-17.",
			"- Followed up with Felix on 2026-11-16, no answer yet.",
			"- They focus heavily on cloud-based ML workflows.",
		].join("\n");
		expect(summary(notes)).toEqual([
			["2026-11-09", "interview", "phone", "Miriam Vogt", null],
			["2026-11-17", "sent", "thank-you", "Jana", null],
			["2026-11-16", "sent", "check-in", "Felix", null],
		]);
	});

	it("leave a list item that begins with a day, what is nested under it, and task items to the list reader", () => {
		// Read once, by lists.ts: the nested line is part of the dated item.
		expect(summary("- 2026-11-20 Phone screen with Sunita Rao\n  - thanked her on 2026-11-20")).toEqual([
			["2026-11-20", "interview", "phone", "Sunita Rao", null],
		]);
		// A day set apart as a field of the item, not led to by its words, is no sentence's.
		expect(summary("- **Panel** (Completed) - 2026-11-18 10:00 - [[Prep Note]]")).toEqual([]);
		// An open task is a plan, not something that happened.
		expect(summary("- [ ] Send the thank-you to Jana on 2026-11-17")).toEqual([]);
		// Under a heading that begins with a day, the list is that heading's entry.
		expect(summary("### 2026-11-19 Email\n- Thank-you to Owen sent on 2026-11-19")).toEqual([
			["2026-11-19", "sent", "thank-you", "Owen", null],
		]);
	});

	it("take a day an interview is booked for as the interview's, past or to come", () => {
		expect(
			summary("- HR call scheduled for 2026-11-18.\n- On-site interview scheduled for 2026-11-26 with Tobias Krüger (team lead)."),
		).toEqual([
			["2026-11-18", "interview", "phone", null, null],
			["2026-11-26", "interview", "onsite", "Tobias Krüger", null],
		]);
		// A booking of something else records nothing on that day.
		expect(summary("- Reference call scheduled for 2026-11-18.")).toEqual([]);
	});

	it("date a sentence that says `the same day` or `the next day` by the day written last before it", () => {
		const notes = [
			"## Notes",
			"- Phone screen with Sarah Kim (recruiter) on Nov 12, went well",
			"- Sent a thank you email to Sarah the same day",
			"- 2026-11-16 Video interview with Omar Haddad",
			"- Thanked Omar the next day.",
			"",
			"Onsite on 18 Nov with Lena. Emailed Lena my thanks that evening.",
		].join("\n");
		expect(summary(notes)).toEqual([
			["2026-11-12", "interview", "phone", "Sarah Kim", null],
			["2026-11-12", "sent", "thank-you", "Sarah", null],
			["2026-11-16", "interview", "video", "Omar Haddad", null],
			["2026-11-17", "sent", "thank-you", "Omar", null],
			["2026-11-18", "interview", "onsite", "Lena", null],
			["2026-11-18", "sent", "thank-you", "Lena", null],
		]);
		// With no day written before it in the section, it dates nothing.
		expect(summary("## Onsite on 18 Nov with Lena\n\n## Follow-up\n\nThanked Lena the same day.")).toEqual([]);
		expect(summary("Thanked Lena the same day.")).toEqual([]);
	});

	it("make a body worth parsing", () => {
		expect(mayHaveEntries("Onsite panel on 10 Nov with Dana.", ctx)).toBe(true);
		expect(mayHaveEntries("Onsite panel on Tuesday with Dana.", ctx)).toBe(false);
	});
});
