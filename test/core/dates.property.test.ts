/**
 * Day arithmetic over every four-digit year, against oracles that share no code with
 * src/core/dates: Howard Hinnant's days-from-civil formulas and a day-by-day walk.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	addBusinessDays,
	addDays,
	businessDaysBetween,
	dayFromNumber,
	dayNumber,
	isDay,
	makeCalendar,
	readDay,
	readRelativeDay,
	STANDARD_CALENDAR,
	weekday,
} from "../../src/core/dates";
import { numRuns } from "../hardening/arbitraries";

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant, days_from_civil). */
function civilToDays(y: number, m: number, d: number): number {
	const year = m <= 2 ? y - 1 : y;
	const era = Math.floor(year / 400);
	const yoe = year - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
const write = (y: number, m: number, d: number) =>
	`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Any real day of a four-digit year, as written in a note. */
const anyDay = fc
	.record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
	.map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));

describe("days over every four-digit year", () => {
	it("a written day reads as itself and numbers like the civil-calendar oracle", () => {
		fc.assert(
			fc.property(anyDay, ({ y, m, d }) => {
				const day = write(y, m, d);
				expect(readDay(day)).toBe(day);
				expect(isDay(day)).toBe(true);
				expect(dayNumber(day)).toBe(civilToDays(y, m, d));
				expect(dayFromNumber(civilToDays(y, m, d))).toBe(day);
				expect(weekday(day)).toBe((((civilToDays(y, m, d) + 4) % 7) + 7) % 7);
			}),
			{ numRuns },
		);
	});

	it("the 29th of February exists exactly in leap years, year 0 included", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 9999 }), (y) => {
				expect(readDay(write(y, 2, 29)) !== null).toBe(isLeap(y));
			}),
			{ numRuns },
		);
	});

	it("adding days stays a real day, in order, and stops at 0000-01-01 and 9999-12-31", () => {
		fc.assert(
			fc.property(anyDay, fc.integer({ min: -5_000_000, max: 5_000_000 }), ({ y, m, d }, n) => {
				const day = write(y, m, d);
				const later = addDays(day, n);
				expect(isDay(later)).toBe(true);
				const target = civilToDays(y, m, d) + n;
				const clamped = Math.min(Math.max(target, civilToDays(0, 1, 1)), civilToDays(9999, 12, 31));
				expect(dayNumber(later)).toBe(clamped);
				expect(n >= 0 ? later >= day : later <= day).toBe(true);
			}),
			{ numRuns },
		);
	});

	it("business days agree with a day-by-day walk, in any year and any calendar", () => {
		fc.assert(
			fc.property(
				anyDay,
				fc.integer({ min: 0, max: 20 }),
				fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
				fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 15 }),
				({ y, m, d }, n, weekend, holidayOffsets) => {
					const start = civilToDays(y, m, d);
					const holidayNumbers = new Set(holidayOffsets.map((k) => start + k));
					const calendar = makeCalendar(weekend, [...holidayNumbers].map(dayFromNumber));
					const last = civilToDays(9999, 12, 31);
					let current = start;
					for (let left = n; left > 0 && current < last;) {
						current += 1;
						const wd = (((current + 4) % 7) + 7) % 7;
						if (!weekend.includes(wd) && !holidayNumbers.has(current)) left -= 1;
					}
					const result = addBusinessDays(write(y, m, d), n, calendar);
					expect(dayNumber(result)).toBe(current);
					if (current < last) expect(businessDaysBetween(write(y, m, d), result, calendar)).toBe(n);
				},
			),
			{ numRuns },
		);
	});

	it("ends at 9999-12-31 instead of looping, even when that day is a weekend", () => {
		// 9999-12-31 is a Friday; with Friday off there is no business day left to find.
		expect(addBusinessDays("9999-12-28", 10, makeCalendar([5, 6], []))).toBe("9999-12-31");
		expect(addBusinessDays("9999-12-28", 4, STANDARD_CALENDAR)).toBe("9999-12-31");
		expect(addDays("0000-01-03", -7)).toBe("0000-01-01");
	});
});

describe("relative phrases", () => {
	const words = [
		"in",
		"on",
		"by",
		"next",
		"a",
		"an",
		"one",
		"twelve",
		"3",
		"999",
		"day",
		"days",
		"week",
		"weeks",
		"business",
		"working",
		"Friday",
		"fri",
		"constructor",
		"__proto__",
		"toString",
		"valueOf",
		"hasOwnProperty",
		"soon",
	];
	it("give a real day on or after the interview, or nothing", () => {
		fc.assert(
			fc.property(anyDay, fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), ({ y, m, d }, phrase) => {
				const interview = write(y, m, d);
				const result = readRelativeDay(phrase.join(" "), interview, STANDARD_CALENDAR);
				if (result !== null) {
					expect(isDay(result)).toBe(true);
					expect(result >= interview).toBe(true);
				}
			}),
			{ numRuns },
		);
	});
	it("prototype names are not weekdays or numbers", () => {
		for (const phrase of [
			"constructor",
			"next constructor",
			"toString",
			"next __proto__",
			"constructor days",
			"valueOf weeks",
			"hasOwnProperty business days",
		]) {
			expect(readRelativeDay(phrase, "2026-11-10", STANDARD_CALENDAR), phrase).toBeNull();
		}
	});
});
