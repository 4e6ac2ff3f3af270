import { describe, expect, it } from "vitest";
import { listEntries, mayHaveEntries, parseBody, type BodyContext } from "../../../src/core/body";
import { buildVocabulary, defaultVocabulary } from "../../../src/core/vocabulary";

const ctx = (options: { reference?: string; firstLine?: number } = {}): BodyContext => ({
	firstLine: options.firstLine ?? 1,
	reference: options.reference ?? "2026-11-23",
	dateOrder: "DMY",
	vocabulary: defaultVocabulary(),
});

const read = (markdown: string, options: Parameters<typeof ctx>[0] = {}) => listEntries(parseBody(markdown), ctx(options));

/** [date, event, kind, person] of each entry. */
const summary = (markdown: string, options: Parameters<typeof ctx>[0] = {}) =>
	read(markdown, options).entries.map((e) => [e.date, e.event, e.kind, e.person]);

describe("listEntries: items that begin with a date", () => {
	const cases: [string, string, [string, string, string, string | null]][] = [
		["a dash item", "- 2026-11-13 Thank-you email to Raj", ["2026-11-13", "sent", "thank-you", "Raj"]],
		["a star item", "* 2026-11-13 Thank-you email to Raj", ["2026-11-13", "sent", "thank-you", "Raj"]],
		["a plus item", "+ 2026-11-13 Thank-you email to Raj", ["2026-11-13", "sent", "thank-you", "Raj"]],
		["a numbered item", "1. 2026-11-13 Thank-you email to Raj", ["2026-11-13", "sent", "thank-you", "Raj"]],
		["a numbered item with a bracket", "3) 2026-11-13 Thank-you email to Raj", ["2026-11-13", "sent", "thank-you", "Raj"]],
		["a done task", "- [x] 13 Nov: called Maya", ["2026-11-13", "sent", "message", "Maya"]],
		["a done task, capital X", "- [X] 13 Nov: called Maya", ["2026-11-13", "sent", "message", "Maya"]],
		["a bold date", "- **2026-11-20** offer from Claire", ["2026-11-20", "received", "offer", "Claire"]],
		[
			"an italic date and a dash",
			"- *Nov 14* - Phone screen with [[Priya Singh]]",
			["2026-11-14", "interview", "phone", "Priya Singh"],
		],
		["an en dash after the date", "- 14 Nov – onsite with Maya", ["2026-11-14", "interview", "onsite", "Maya"]],
		["a daily-note link", "- [[2026-11-14]] onsite with Maya", ["2026-11-14", "interview", "onsite", "Maya"]],
		["a weekday before the date", "- Mon 16 Nov: chased Raj", ["2026-11-16", "sent", "check-in", "Raj"]],
		["inside a quote", "> - 2026-11-13 Thank-you to Raj", ["2026-11-13", "sent", "thank-you", "Raj"]],
	];
	it.each(cases)("%s", (_what, markdown, expected) => {
		expect(summary(markdown)).toEqual([expected]);
	});

	it("items without a date are not entries", () => {
		expect(summary("- Thank-you email to Raj\n- prepare questions\n- 3 people on the panel")).toEqual([]);
	});
	it("the text is the item's words after its date", () => {
		expect(read("- **2026-11-13**: Thank-you email to Raj").entries[0]?.text).toBe("Thank-you email to Raj");
	});
	it("each entry's origin is the line of its item in the file", () => {
		const entries = read("# Log\n\n- 2026-11-13 sent thanks\n- 2026-11-16 chased Raj", { firstLine: 4 }).entries;
		expect(entries.map((e) => e.origin)).toEqual([
			{ from: "list", line: 6 },
			{ from: "list", line: 7 },
		]);
	});
	it("reads a note written with CRLF line endings", () => {
		const entries = read("- 2026-11-13 sent thanks\r\n- 2026-11-16 chased Raj\r\n  - no reply\r\n");
		expect(entries.entries.map((e) => [e.kind, e.text, e.origin])).toEqual([
			["thank-you", "sent thanks", { from: "list", line: 1 }],
			["check-in", "chased Raj\nno reply", { from: "list", line: 2 }],
		]);
	});
});

describe("listEntries: nested items", () => {
	const markdown = [
		"- 14 Nov: Phone screen with Priya",
		"  - she said decision by Friday",
		"  - asked about the team",
		"    - two engineers, one designer",
		"  - 15 Nov: heard back from Priya",
		"    - next round booked",
		"- Research",
		"  - 16 Nov: applied",
	].join("\n");

	it("nested items without a date are part of their parent's text", () => {
		expect(read(markdown).entries[0]?.text).toBe(
			"Phone screen with Priya\nshe said decision by Friday\nasked about the team\ntwo engineers, one designer",
		);
	});
	it("a nested item with its own date is an entry of its own, in written order", () => {
		expect(summary(markdown)).toEqual([
			["2026-11-14", "interview", "phone", "Priya"],
			["2026-11-15", "received", "reply", "Priya"],
			["2026-11-16", "applied", "", null],
		]);
	});
	it("the parent's own line decides what it is, nested words only fill in", () => {
		expect(summary("- 14 Nov: Phone screen with Priya\n  - I sent a thank-you after")).toEqual([
			["2026-11-14", "interview", "phone", "Priya"],
		]);
		expect(summary("- 14 Nov: Priya Shah\n  - sent a thank-you note to Priya")).toEqual([["2026-11-14", "sent", "thank-you", "Priya"]]);
	});
	it("a paragraph inside an item belongs to its text", () => {
		expect(read("- 14 Nov: onsite with Maya\n\n  Long day, four interviews.\n").entries[0]?.text).toBe(
			"onsite with Maya\nLong day, four interviews.",
		);
	});
});

describe("listEntries: tasks are plans until done", () => {
	const cases: [string, string, string, string][] = [
		["an open task dated later is a plan", "- [ ] 2026-11-30 check in with Raj", "other", ""],
		["an open task dated earlier with no sign it was done is a plan", "- [ ] 2026-11-16 check in with Raj", "other", ""],
		["an open task saying it was sent counts", "- [ ] 2026-11-16 sent check-in to Raj", "sent", "check-in"],
		["an open task saying it was followed up counts", "- [ ] 2026-11-16 followed up with Raj", "sent", "check-in"],
		["a done task dated earlier counts", "- [x] 2026-11-16 check in with Raj", "sent", "check-in"],
		["an in-progress task is open", "- [/] 2026-11-16 thank-you to Raj", "other", ""],
		["a cancelled task is nothing done", "- [-] 2026-11-16 sent thank-you to Raj", "other", ""],
		["an open task for an interview is the interview", "- [ ] 2026-11-30 onsite with Maya", "interview", "onsite"],
		["a plain item dated later cannot have been sent", "- 2026-11-30 thank-you to Raj", "other", ""],
		["a plain item dated later cannot be an answer yet", "- 2026-11-30 offer from Claire", "other", ""],
		["an interview booked for a later day is that interview", "- 2026-11-30 Onsite scheduled with Maya", "interview", "onsite"],
		["an invitation dated earlier stays an invitation", "- 2026-11-16 Onsite scheduled with Maya", "received", "invite"],
		["getting ready for an interview is no round", "- [x] 2026-11-19 Prepare questions for the interview", "other", ""],
		["practising for one neither", "- [x] Practised the case study presentation ✅ 2026-11-19", "other", ""],
		["an interview called off is no round", "- **2026-11-20** (Interview Cancelled): cancelled by them", "other", ""],
		["an interview postponed is no round that day", "- 2026-11-16 phone screen with Raj postponed to Friday", "other", ""],
	];
	it.each(cases)("%s", (_what, markdown, event, kind) => {
		const entry = read(markdown).entries[0];
		expect([entry?.event, entry?.kind]).toEqual([event, kind]);
	});
	it("a done task is dated by the day it says it was done: the Tasks plugin's ✅, or `sent` and a date", () => {
		expect(summary("- [x] Thank-you email to Raj 📅 2026-11-19 ✅ 2026-11-20")).toEqual([["2026-11-20", "sent", "thank-you", "Raj"]]);
		expect(summary("- [x] Send thank you note to Maya Osei by 2026-11-13 (sent 12 Nov)")).toEqual([
			["2026-11-12", "sent", "thank-you", "Maya Osei"],
		]);
		expect(read("- [x] Send thank you note to Maya Osei by 2026-11-13 (sent 12 Nov)").entries[0]?.text).toBe(
			"Send thank you note to Maya Osei by 2026-11-13",
		);
		// A day at the end of a done task is the day it was done, unless it was the day it was due by.
		expect(summary("- [x] Send thank you email (Daniel + Sam) 17/11")).toEqual([["2026-11-17", "sent", "thank-you", null]]);
		expect(summary("- [x] Thank-you email to Raj, 20 Nov.")).toEqual([["2026-11-20", "sent", "thank-you", "Raj"]]);
		expect(summary("- [x] Thank-you email to Raj by 2026-11-20")).toEqual([]);
		expect(summary("- [ ] Thank-you email to Raj 2026-11-20")).toEqual([]);
		// Not done, or done with no day: a plan, or nothing to date it by.
		expect(summary("- [ ] Thank-you email to Raj ✅ 2026-11-20")).toEqual([]);
		expect(summary("- [x] Sent the thank-you to Raj")).toEqual([]);
	});
	it("an open task is dated by its due day (the Tasks plugin's 📅): an interview is the round, a message only a plan", () => {
		expect(summary("- [ ] Technical interview with Rafael Costa #jobhunt 📅 2026-11-25")).toEqual([
			["2026-11-25", "interview", "", "Rafael Costa"],
		]);
		expect(read("- [ ] Send thank-you notes to Hana #jobhunt 📅 2026-11-20").entries.map((e) => [e.date, e.event])).toEqual([
			["2026-11-20", "other"],
		]);
	});
	it("the reference day itself is not later", () => {
		expect(summary("- [x] 2026-11-23 thank-you to Raj")).toEqual([["2026-11-23", "sent", "thank-you", "Raj"]]);
		expect(summary("- 2026-11-23 thank-you to Raj")).toEqual([["2026-11-23", "sent", "thank-you", "Raj"]]);
	});
});

describe("listEntries: warnings", () => {
	it("an impossible day-first date is read month first, with a warning on its line", () => {
		const result = read("- one\n- 11/20 chased Raj", { firstLine: 10 });
		expect(result.entries.map((e) => e.date)).toEqual(["2026-11-20"]);
		expect(result.warnings).toEqual([{ line: 11, message: expect.stringContaining('"11/20"') as string }]);
	});
});

describe("listEntries on long items", () => {
	it("reads an item with a 100 KB line", () => {
		const tail = "and then some more ".repeat(5_300);
		const entries = read(`- 2026-11-13 sent a thank-you to Raj ${tail}`).entries;
		expect(entries.map((e) => [e.kind, e.person])).toEqual([["thank-you", "Raj"]]);
	});
	it("reads a 100 KB line of capitalised words after a cue without trouble", () => {
		const entries = read(`- 2026-11-13 to ${"Abc ".repeat(25_000)}`).entries;
		expect(entries.map((e) => e.person)).toEqual(["Abc Abc Abc Abc"]);
	});
});

describe("mayHaveEntries: whether a body is worth parsing", () => {
	const cases: [string, string, boolean][] = [
		["a dated list item", "Notes\n\n- 2026-11-13 sent thanks", true],
		["a dated task in a quote", "> - [x] 13 Nov: called Maya", true],
		["a numbered dated item", "1. **Nov 13** applied", true],
		["a table", "| Date | What |\n|:--|--:|\n| x | y |", true],
		["a table without outer pipes", "Date | What\n--- | ---", true],
		["prose that writes out a day (prose.ts reads it)", "Met Maya on 13 Nov.\n\nShe was kind.", true],
		["prose without a day", "Met Maya on Tuesday.\n\nShe was kind.", false],
		["undated list items", "- prepare questions\n- 3 people on the panel", false],
		["a thematic break", "Above\n\n---\n\nBelow", false],
		["empty", "", false],
	];
	it.each(cases)("%s: %s", (_what, markdown, expected) => {
		expect(mayHaveEntries(markdown, ctx())).toBe(expected);
	});
	it("is false only where the readers find nothing", () => {
		for (const [, markdown, expected] of cases) {
			if (!expected) expect(read(markdown).entries).toEqual([]);
		}
	});
});

describe("listEntries: saying you want the job", () => {
	it("reads a note that says you would like to join as want-the-job, though it thanks too", () => {
		expect(summary("- 2026-11-10 Emailed Dana: thanks for the coffee, and said I'd love to join her team")).toEqual([
			["2026-11-10", "sent", "want-the-job", "Dana"],
		]);
		expect(summary("- 2026-11-10 Emailed Dana: I want to join the team")).toEqual([["2026-11-10", "sent", "want-the-job", "Dana"]]);
	});

	it("keeps a plain thank-you a thank-you, and the first kind named otherwise", () => {
		expect(summary("- 2026-11-10 Emailed Dana: thanks for the coffee")).toEqual([["2026-11-10", "sent", "thank-you", "Dana"]]);
		expect(summary("- 2026-11-20 Followed up with Dana, thanks again for the chat")).toEqual([
			["2026-11-20", "sent", "check-in", "Dana"],
		]);
	});
});

describe("listEntries: a status in brackets before the words", () => {
	it("reads who wrote after the label: '(Rejected): Priya emailed' is Priya's rejection", () => {
		expect(summary("- **2026-11-20** (Rejected): Priya emailed: they went with an internal candidate")).toEqual([
			["2026-11-20", "received", "rejection", "Priya"],
		]);
		expect(summary("- 2026-11-10 [Interviewing] Thank-you email to Priya Natarajan.")).toEqual([
			["2026-11-10", "sent", "thank-you", "Priya Natarajan"],
		]);
	});
	it("and after a word and a colon: 'Rejected: Noor emailed' is Noor's rejection", () => {
		expect(summary("- **2026-11-16 — Rejected:** Noor emailed that they are not moving forward.")).toEqual([
			["2026-11-16", "received", "rejection", "Noor"],
		]);
	});
});

describe("listEntries: your own words in Chinese, written without spaces", () => {
	const vocabulary = buildVocabulary({ 二面: "interview", 定在: "invite", 感谢: "thank-you" }).vocabulary;
	const chinese = (markdown: string) =>
		listEntries(parseBody(markdown), { ...ctx(), vocabulary }).entries.map((e) => [e.date, e.event, e.kind, e.interviewOn ?? null]);

	it("finds each word inside a run of characters", () => {
		expect(chinese("- 2026-11-16 给王磊和陈静发了感谢邮件")).toEqual([["2026-11-16", "sent", "thank-you", null]]);
		expect(chinese("- 2026-11-20 陈静来电：二面定在 11月27日（周五）下午两点")).toEqual([
			["2026-11-20", "received", "invite", "2026-11-27"],
		]);
	});

	it("matches a word only with all its characters in order", () => {
		expect(chinese("- 2026-11-16 面二，在定")).toEqual([["2026-11-16", "other", "", null]]);
	});
});

describe("listEntries: an interview and the message sent after it, on one line", () => {
	it("records both: the interview its first sentence names, then the message", () => {
		expect(summary("- 16 Nov: HR interview (phone) with the recruiter. Thanked her by email afterwards.")).toEqual([
			["2026-11-16", "interview", "phone", null],
			["2026-11-16", "sent", "thank-you", null],
		]);
	});

	it("records only the message when the first sentence is not an interview, or is a status label", () => {
		expect(summary("- 18 Nov: Thank-you email sent to Grace Kim. Still need the panel's addresses.")).toEqual([
			["2026-11-18", "sent", "thank-you", "Grace Kim"],
		]);
		expect(summary("- **2026-11-19** (Screening): Portal message. Sent a thank-you note there.")).toEqual([
			["2026-11-19", "sent", "thank-you", null],
		]);
	});
});
