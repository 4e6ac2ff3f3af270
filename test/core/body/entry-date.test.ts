import { describe, expect, it } from "vitest";
import { readEntryDate, type DateContext, type DateOrder } from "../../../src/core/body";
import { dateWithin, datesWithin } from "../../../src/core/body/entry-date";
import { defaultVocabulary } from "../../../src/core/vocabulary";

const ctx = (reference = "2026-11-23", dateOrder: DateOrder = "DMY"): DateContext => ({
	reference,
	dateOrder,
	vocabulary: defaultVocabulary(),
});

describe("readEntryDate: the forms a date is written in", () => {
	const cases: [string, string, string][] = [
		["2026-11-13 Thank-you email to Raj", "2026-11-13", "Thank-you email to Raj"],
		["2026-11-13: called Maya", "2026-11-13", "called Maya"],
		["2026-11-13T14:30 phone screen", "2026-11-13", "phone screen"],
		["2026/11/13 applied", "2026-11-13", "applied"],
		["2026.11.13 applied", "2026-11-13", "applied"],
		["2026-1-5 applied", "2026-01-05", "applied"],
		["13 Nov: called Maya", "2026-11-13", "called Maya"],
		["13 November 2026 - onsite", "2026-11-13", "onsite"],
		["13th November, 2026 – onsite", "2026-11-13", "onsite"],
		["13th of November: onsite", "2026-11-13", "onsite"],
		["13 Nov. onsite", "2026-11-13", "onsite"],
		["Nov 13 offer", "2026-11-13", "offer"],
		["Nov. 13: offer", "2026-11-13", "offer"],
		["November 13th, 2026 — offer", "2026-11-13", "offer"],
		["Sept 3 applied", "2026-09-03", "applied"],
		["Fri 13 Nov: thank-you", "2026-11-13", "thank-you"],
		["Friday, 13 November 2026: thank-you", "2026-11-13", "thank-you"],
		["Friday November 13: thank-you", "2026-11-13", "thank-you"],
		["13/11: check-in", "2026-11-13", "check-in"],
		["13/11/2026 check-in", "2026-11-13", "check-in"],
		["13/11/26 check-in", "2026-11-13", "check-in"],
		["13-11-2026 check-in", "2026-11-13", "check-in"],
		["13.11.2026 Absage", "2026-11-13", "Absage"],
		["13.11. Absage", "2026-11-13", "Absage"],
		["**2026-11-20** offer from Claire", "2026-11-20", "offer from Claire"],
		["*13 Nov* – called Maya", "2026-11-13", "called Maya"],
		["__13 Nov__: called Maya", "2026-11-13", "called Maya"],
		["`2026-11-13` sent", "2026-11-13", "sent"],
		["==2026-11-13== sent", "2026-11-13", "sent"],
		["[[2026-11-13]] sent", "2026-11-13", "sent"],
		["[[2026-11-13|Fri 13 Nov]] - sent", "2026-11-13", "sent"],
		["(2026-11-13) sent", "2026-11-13", "sent"],
		["2026-11-13", "2026-11-13", ""],
		["  13 nov  ", "2026-11-13", ""],
		["2026年11月27日 二面", "2026-11-27", "二面"],
		["11月27日（周五）下午两点", "2026-11-27", "（周五）下午两点"],
		["11月27号 终面", "2026-11-27", "终面"],
		["11월 27일 2차 면접", "2026-11-27", "2차 면접"],
		["11월27일 면접", "2026-11-27", "면접"],
	];
	it.each(cases)("%j is %s, then %j", (text, date, rest) => {
		expect(readEntryDate(text, ctx())).toEqual({ date, rest, warning: null });
	});
});

describe("readEntryDate: Chinese and Japanese dates", () => {
	it("needs each part's mark, and a day the month has", () => {
		for (const text of [
			"11月 面试",
			"11月27 面试",
			"2026年11月 面试",
			"26年11月27日",
			"11月31日",
			"123月4日",
			"11월 27 면접",
			"11월 31일",
		])
			expect(readEntryDate(text, ctx()), text).toBeNull();
	});
});

describe("Chinese month and day without a year", () => {
	it("a dashed month-day beside Chinese is a date, month first in either date order", () => {
		for (const order of ["DMY", "MDY"] as const) {
			expect(readEntryDate("11-20 二面", ctx("2026-11-23", order))).toEqual({ date: "2026-11-20", rest: "二面", warning: null });
			expect(readEntryDate("02-03面试", ctx("2026-11-23", order))?.date).toBe("2026-02-03");
		}
		// Its year is the one near the reference day, as for every date written without one.
		expect(readEntryDate("01-08 二面", ctx("2026-12-20"))?.date).toBe("2027-01-08");
	});
	it("is found right after a Chinese word, in any form", () => {
		const days = (text: string, order: DateOrder = "MDY") => [...datesWithin(text, ctx("2026-11-23", order))].map((d) => d.date);
		expect(days("HR 来电，约了 11-20 二面")).toEqual(["2026-11-20"]);
		expect(days("约了11月20日二面")).toEqual(["2026-11-20"]);
		expect(days("约了11/20二面")).toEqual(["2026-11-20"]);
		expect(days("约了20/11二面", "DMY")).toEqual(["2026-11-20"]);
	});
	it("a dash elsewhere, hours, and digits inside a Latin word are still no date", () => {
		for (const text of ["11-20 was the range", "面试 9-12点", "11-20", "room B11-20 二面"])
			expect([...datesWithin(text, ctx())], text).toEqual([]);
	});
});

describe("readEntryDate: slashed dates follow the date order", () => {
	const cases: [string, DateOrder, string][] = [
		["05/11", "DMY", "2026-11-05"],
		["05/11", "MDY", "2026-05-11"],
		["11/05/2026", "DMY", "2026-05-11"],
		["11/05/2026", "MDY", "2026-11-05"],
		["1/2/2026", "DMY", "2026-02-01"],
		["1/2/2026", "MDY", "2026-01-02"],
		// Dots are written day first the world over.
		["05.11.2026", "MDY", "2026-11-05"],
	];
	it.each(cases)("%s read %s is %s", (text, order, date) => {
		expect(readEntryDate(text, ctx("2026-11-23", order))?.date).toBe(date);
	});

	it("an impossible day/month date is read month first, with a warning naming the setting", () => {
		const read = readEntryDate("11/13: thank-you", ctx("2026-11-23", "DMY"));
		expect(read?.date).toBe("2026-11-13");
		expect(read?.rest).toBe("thank-you");
		expect(read?.warning).toContain('"11/13"');
		expect(read?.warning).toContain("MDY");
	});
	it("an impossible month/day date is read day first, with a warning naming the setting", () => {
		const read = readEntryDate("13/11/2026", ctx("2026-11-23", "MDY"));
		expect(read?.date).toBe("2026-11-13");
		expect(read?.warning).toContain("DMY");
	});
	it("a date impossible both ways is no date", () => {
		expect(readEntryDate("31/04 thank-you", ctx())).toBeNull();
		expect(readEntryDate("13/13 thank-you", ctx())).toBeNull();
	});
});

describe("readEntryDate: a date without a year", () => {
	const cases: [string, string, string, string][] = [
		["in the months before the reference", "13 Nov", "2026-11-23", "2026-11-13"],
		["early in the year, seen late in it", "13 Feb", "2026-11-23", "2026-02-13"],
		["a few weeks ahead (a plan)", "4 Dec", "2026-11-23", "2026-12-04"],
		["January seen in December: just ahead", "Jan 8", "2026-12-20", "2027-01-08"],
		["December seen in January: just behind", "28 Dec", "2027-01-10", "2026-12-28"],
		["December seen in January, slashed", "28/12", "2027-01-10", "2026-12-28"],
		["more than two months ahead rolls back a year", "Mar 3", "2026-11-23", "2026-03-03"],
		["29 February takes the nearest leap year", "29 Feb", "2028-03-10", "2028-02-29"],
	];
	it.each(cases)("%s: %s on %s is %s", (_what, text, reference, date) => {
		expect(readEntryDate(text, ctx(reference))?.date).toBe(date);
	});
	it("a written year is kept whatever the reference", () => {
		expect(readEntryDate("13 Nov 2024", ctx("2026-11-23"))?.date).toBe("2024-11-13");
		expect(readEntryDate("2031-01-01", ctx("2026-11-23"))?.date).toBe("2031-01-01");
	});
});

describe("readEntryDate: what is not a date at the start", () => {
	const cases: string[] = [
		"Thank-you email to Raj on 13 Nov",
		"3 people on the panel",
		"1.5 hours with Maya",
		"2026 was a long year",
		"11-13 was the range",
		"31 Nov: nothing",
		"2026-02-30 nothing",
		"13 Novak called",
		"May I ask",
		"Friday: onsite",
		"20261113 sent",
		"",
	];
	it.each(cases)("%j", (text) => {
		expect(readEntryDate(text, ctx())).toBeNull();
	});
});

describe("readEntryDate on a long line", () => {
	it("reads the date of a 100 KB line and keeps the rest whole", () => {
		const tail = "x".repeat(100_000);
		expect(readEntryDate(`2026-11-13 ${tail}`, ctx())).toEqual({ date: "2026-11-13", rest: tail, warning: null });
	});
	it("gives up quickly on 100 KB of digits, letters or markup", () => {
		expect(readEntryDate("1".repeat(100_000), ctx())).toBeNull();
		expect(readEntryDate("N".repeat(100_000), ctx())).toBeNull();
		expect(readEntryDate("*".repeat(100_000), ctx())).toBeNull();
		expect(readEntryDate(`13/${"1".repeat(100_000)}`, ctx())).toBeNull();
	});
});

describe("datesWithin and dateWithin", () => {
	it("find every date at the start of a word, left to right, one right after another too", () => {
		const text = "Onsite moved 24 Nov – 26 Nov, then a call on Tue 1 Dec; room 3B";
		expect([...datesWithin(text, ctx())].map((d) => [d.date, text.slice(d.start, d.start + 6)])).toEqual([
			["2026-11-24", "24 Nov"],
			["2026-11-26", "26 Nov"],
			["2026-12-01", "Tue 1 "],
		]);
		expect(dateWithin(text, ctx())).toBe("2026-11-24");
		expect(dateWithin("no date here, 3 people", ctx())).toBeNull();
	});
});
