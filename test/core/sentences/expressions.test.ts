import { describe, expect, it } from "vitest";
import { makeCalendar, STANDARD_CALENDAR } from "../../../src/core/dates";
import { findWrittenDay, readDateExpressions } from "../../../src/core/sentences/expressions";

/** Reference: Thursday 19 November 2026 (its week runs Mon 16 to Fri 20; next week Mon 23 to Fri 27). */
const THURSDAY = "2026-11-19";

function dayOf(text: string, reference = THURSDAY, calendar = STANDARD_CALENDAR, order: "DMY" | "MDY" = "MDY"): string | null {
	const found = readDateExpressions(text, reference, calendar, order);
	expect(found, `one expression in ${JSON.stringify(text)}`).toHaveLength(1);
	return found[0]?.day ?? null;
}

describe("a date expression stands for one day, never before the time they stated", () => {
	it.each([
		// A day written out
		["Fri 27 Nov", "2026-11-27"],
		["27 Nov", "2026-11-27"],
		["Dec 1", "2026-12-01"],
		["2026-11-27", "2026-11-27"],
		["December 3rd", "2026-12-03"],
		["Jan 5", "2027-01-05"], // the nearest year
		["Friday 27th", "2026-11-27"], // the nearest month whose 27th is a Friday
		["Mon 30th", "2026-11-30"],
		["the 30th", "2026-11-30"],
		["the 4th", "2026-12-04"], // already past this month: next month's
		["tomorrow", "2026-11-20"],
		["EOD", "2026-11-19"],
		// Weekdays
		["Friday", "2026-11-20"], // the first one after the reference
		["Thursday", "2026-11-26"], // never the reference day itself
		["by Tues", "2026-11-24"],
		["next Friday", "2026-11-27"], // that weekday in the week after the reference's
		["this Friday", "2026-11-20"],
		["Tue next week", "2026-11-24"],
		// Calendar weeks: their last business day, the second for early, the one before last for mid
		["this week", "2026-11-20"],
		["by the end of the week", "2026-11-20"],
		["EOW", "2026-11-20"],
		["next week", "2026-11-27"],
		["end of next week", "2026-11-27"],
		["late next week", "2026-11-27"],
		["early next week", "2026-11-24"],
		["mid next week", "2026-11-26"],
		["week after next", "2026-12-04"],
		["the week of Dec 7", "2026-12-11"],
		// Durations from the reference; a range stands for its longer end
		["within two weeks", "2026-12-03"],
		["in 10 days", "2026-11-29"],
		["in a couple of weeks", "2026-12-03"],
		["in a few days", "2026-11-22"],
		["in a week or two", "2026-12-03"],
		["1-2 weeks", "2026-12-03"],
		["2wks", "2026-12-03"],
		["in a fortnight", "2026-12-03"],
		["within the next week", "2026-11-26"],
		["in a month", "2026-12-19"],
		["in 5 business days", "2026-11-26"],
		["within 3-5 working days", "2026-11-26"],
		// Months: the 10th for early, the 20th for mid, else the last business day
		["end of the month", "2026-11-30"],
		["early December", "2026-12-10"],
		["mid-December", "2026-12-18"], // the 20th is a Sunday
		["late December", "2026-12-31"],
		["next month", "2026-12-31"],
		// Ranges
		["Monday or Tuesday", "2026-11-24"],
		["Dec 1-4", "2026-12-04"],
		["Friday (27 Nov)", "2026-11-27"],
	])("%s → %s", (text, day) => {
		expect(dayOf(text)).toBe(day);
	});

	it.each([
		["yesterday"],
		["last Friday"],
		["2 weeks ago"],
		["for 2 weeks"],
		["after Friday"],
		["since Monday"],
		["Dec 1 at the earliest"],
		["Nov 15"], // before the reference
		["if Thursday works"],
	])("%s gives no day (past or open-ended)", (text) => {
		expect(readDateExpressions(text, THURSDAY, STANDARD_CALENDAR).map((e) => e.day)).toEqual([null]);
	});

	it("reads slashed dates in the order asked for", () => {
		expect(dayOf("4/12", THURSDAY, STANDARD_CALENDAR, "DMY")).toBe("2026-12-04");
		expect(dayOf("12/4", THURSDAY, STANDARD_CALENDAR, "MDY")).toBe("2026-12-04");
		// A date the order makes impossible is read the other way.
		expect(dayOf("27/11", THURSDAY, STANDARD_CALENDAR, "MDY")).toBe("2026-11-27");
	});

	it("reads a month's name before a day as that day in either order, not as a year", () => {
		expect(dayOf("Nov 27", THURSDAY, STANDARD_CALENDAR, "DMY")).toBe("2026-11-27");
		expect(dayOf("Friday, Nov 27", THURSDAY, STANDARD_CALENDAR, "DMY")).toBe("2026-11-27");
		expect(dayOf("Nov 2027", THURSDAY, STANDARD_CALENDAR, "DMY")).toBe("2027-11-30");
	});

	it("skips holidays when counting business days and ending weeks and months", () => {
		const christmas = makeCalendar([0, 6], ["2026-12-25", "2027-01-01", "2026-12-31"]);
		expect(dayOf("in 3 business days", "2026-12-22", christmas)).toBe("2026-12-28");
		expect(dayOf("by the end of the week", "2026-12-22", christmas)).toBe("2026-12-24");
		expect(dayOf("next week", "2026-12-22", christmas)).toBe("2026-12-30");
		expect(dayOf("end of December", "2026-12-22", christmas)).toBe("2026-12-30");
	});

	it("keeps the day across daylight-saving changes, whatever the machine's time zone", () => {
		// America ends daylight saving on 1 Nov 2026 and New Zealand starts it on 27 Sep 2026.
		expect(dayOf("within 48 hours", "2026-10-31")).toBe("2026-11-02");
		expect(dayOf("in 2 weeks", "2026-10-29")).toBe("2026-11-12");
		expect(dayOf("tomorrow", "2026-09-26")).toBe("2026-09-27");
		expect(dayOf("within a week", "2026-09-24")).toBe("2026-10-01");
		expect(dayOf("Monday", "2027-04-03")).toBe("2027-04-05");
	});
});

describe("findWrittenDay", () => {
	it("reads a day written out, wherever it is in the text", () => {
		expect(findWrittenDay("Onsite, 3 Dec", "2026-11-19")?.day).toBe("2026-12-03");
		expect(findWrittenDay("call on 13Nov", "2026-11-10")?.day).toBe("2026-11-13");
		expect(findWrittenDay("Round 2 (2026-12-01)", "2026-11-19")?.day).toBe("2026-12-01");
		expect(findWrittenDay("notes 12/3", "2026-11-19", "MDY")?.day).toBe("2026-12-03");
	});

	it("finds none in text without a month's name or joined numbers, a company's name included", () => {
		expect(findWrittenDay("Juniper Health 3, phone interview", "2026-11-19")).toBeNull();
		expect(findWrittenDay("Decided on Friday", "2026-11-19")).toBeNull();
		expect(findWrittenDay("next week", "2026-11-19")).toBeNull();
	});
});
