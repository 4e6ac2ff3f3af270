import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
	addBusinessDays,
	addDays,
	businessDaysBetween,
	isBusinessDay,
	longDay,
	makeCalendar,
	readDay,
	readRelativeDay,
	shortDay,
	STANDARD_CALENDAR,
	weekday,
} from "../../src/core/dates";

const runs = Number(process.env.FC_RUNS ?? 100);

describe("readDay", () => {
	it("keeps a written day as that day, whatever the time zone", () => {
		expect(readDay("2026-11-10")).toBe("2026-11-10");
	});
	it("takes the day of a date-time as written, ignoring the offset", () => {
		expect(readDay("2026-11-10T23:30")).toBe("2026-11-10");
		expect(readDay("2026-11-10T23:30:00-08:00")).toBe("2026-11-10");
		expect(readDay("2026-11-10 09:00")).toBe("2026-11-10");
	});
	it("reads a YAML timestamp Date by its UTC day, the day that was written", () => {
		expect(readDay(new Date(Date.UTC(2026, 10, 10)))).toBe("2026-11-10");
	});
	it("refuses impossible days and non-dates", () => {
		expect(readDay("2026-02-30")).toBeNull();
		expect(readDay("2026-13-01")).toBeNull();
		expect(readDay("soonish")).toBeNull();
		expect(readDay(20261110)).toBeNull();
		expect(readDay(null)).toBeNull();
		expect(readDay(new Date(Number.NaN))).toBeNull();
	});
	it("accepts the 29th of February only in leap years", () => {
		expect(readDay("2028-02-29")).toBe("2028-02-29");
		expect(readDay("2027-02-29")).toBeNull();
	});
});

describe("calendar arithmetic", () => {
	it("knows 2026-11-23 is a Monday", () => {
		expect(weekday("2026-11-23")).toBe(1);
	});
	it("counts addBD from a Saturday: the first business day is Monday", () => {
		expect(addBusinessDays("2026-11-21", 1, STANDARD_CALENDAR)).toBe("2026-11-23");
	});
	it("addBD(d, 0) is d even on a weekend", () => {
		expect(addBusinessDays("2026-11-22", 0, STANDARD_CALENDAR)).toBe("2026-11-22");
	});
	it("skips holidays and custom weekends", () => {
		const calendar = makeCalendar([5, 6], ["2026-11-26"]);
		// Wed 25 → Thu 26 is a holiday, Fri/Sat are the weekend → Sun 29.
		expect(addBusinessDays("2026-11-25", 1, calendar)).toBe("2026-11-29");
	});
	it("crosses a daylight-saving change without losing or gaining a day", () => {
		// Europe and the US leave summer time on 25 Oct and 1 Nov 2026.
		expect(addDays("2026-10-24", 1)).toBe("2026-10-25");
		expect(addDays("2026-10-31", 2)).toBe("2026-11-02");
		expect(addBusinessDays("2026-10-30", 1, STANDARD_CALENDAR)).toBe("2026-11-02");
		expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
	});
	it("formats days for reasons and drafts without shifting them", () => {
		expect(shortDay("2026-11-16")).toBe("Mon 16 Nov");
		expect(longDay("2026-11-19")).toBe("Thursday, November 19");
	});

	it("agrees with a day-by-day oracle over random weekends and holidays", () => {
		const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2024-01-01", n));
		fc.assert(
			fc.property(
				day,
				fc.integer({ min: 0, max: 30 }),
				fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 5 }),
				fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 20 }),
				(start, n, weekend, holidayOffsets) => {
					const calendar = makeCalendar(
						weekend,
						holidayOffsets.map((k) => addDays(start, k)),
					);
					// Oracle: walk one day at a time, counting days that are neither weekend nor holiday.
					let current = start;
					let left = n;
					while (left > 0) {
						current = addDays(current, 1);
						const wd = new Date(`${current}T12:00:00Z`).getUTCDay();
						if (!weekend.includes(wd) && !holidayOffsets.some((k) => addDays(start, k) === current)) left--;
					}
					const result = addBusinessDays(start, n, calendar);
					expect(result).toBe(current);
					expect(businessDaysBetween(start, result, calendar)).toBe(n);
					if (n > 0) expect(isBusinessDay(result, calendar)).toBe(true);
				},
			),
			{ numRuns: runs },
		);
	});
});

describe("relative phrases, read from a Tuesday interview (2026-11-10)", () => {
	const I = "2026-11-10";
	const cases: [string, string][] = [
		["in one week", "2026-11-17"],
		["in 1 week", "2026-11-17"],
		["one week", "2026-11-17"],
		["a week", "2026-11-17"],
		["in 3 days", "2026-11-13"],
		["in three days", "2026-11-13"],
		["in 3 business days", "2026-11-13"],
		["in 4 business days", "2026-11-16"],
		["4 working days", "2026-11-16"],
		["in two weeks", "2026-11-24"],
		["in twelve days", "2026-11-22"],
		["Friday", "2026-11-13"],
		["on Friday", "2026-11-13"],
		["by fri", "2026-11-13"],
		["Tuesday", "2026-11-17"],
		["next Friday", "2026-11-20"],
		["next Monday", "2026-11-16"],
		["NEXT TUESDAY", "2026-11-17"],
	];
	it.each(cases)("%s → %s", (phrase, expected) => {
		expect(readRelativeDay(phrase, I, STANDARD_CALENDAR)).toBe(expected);
	});
	it.each(["soonish", "in a while", "next month", "in thirteen days", "", "in -2 days"])("cannot read %j", (phrase) => {
		expect(readRelativeDay(phrase, I, STANDARD_CALENDAR)).toBeNull();
	});
});
