/**
 * The business calendar for a set of settings: weekend days, the holidays list and,
 * when a country is set, its public holidays from a HolidaySource (a port, so the
 * plugin bundle need not carry every country's holiday data).
 */
import type { Day } from "../core/model";
import type { Settings } from "../core/settings";
import { type BusinessCalendar, makeCalendar } from "../core/dates";

/** Public holidays of a country (or `country-region`) in the given years; throws on an unknown country. */
export type HolidaySource = (country: string, years: readonly number[]) => Day[];

/** The years a calendar must cover around `today`: last year to three years ahead. */
export function yearsAround(today: Day): number[] {
	const year = Number(today.slice(0, 4));
	return [year - 1, year, year + 1, year + 2, year + 3];
}

/**
 * Builds the calendar. Without a country, or without a source, only the weekend and
 * the holidays list count.
 */
export function calendarFor(settings: Settings, today: Day, countryHolidays?: HolidaySource): BusinessCalendar {
	const holidays = [...settings.holidays];
	const country = settings.holidayCountry.trim();
	if (country !== "" && countryHolidays) holidays.push(...countryHolidays(country, yearsAround(today)));
	return makeCalendar(settings.weekendDays, holidays);
}
