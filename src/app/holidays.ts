/**
 * Public holidays through the `date-holidays` package. Its data covers every country
 * (about 1.5 MB), so only the CLI imports this module; the plugin bundle does not.
 */
import Holidays from "date-holidays";
import type { Day } from "../core/model";
import type { HolidaySource } from "./calendar";

/** Thrown for a country or region date-holidays does not know. */
export class UnknownHolidayCountry extends Error {}

/** `US`, `us-ca`, `DE-BY`: public holidays (type `public`) of that country or region. */
export const dateHolidays: HolidaySource = (country, years) => {
	const [code = "", region] = country.toUpperCase().split(/[-_]/);
	const known = new Holidays().getCountries();
	if (!(code in known)) throw new UnknownHolidayCountry(`"${country}" is not a country code date-holidays knows (e.g. US, GB, DE-BY)`);
	const calendar = region ? new Holidays(code, region) : new Holidays(code);
	const days: Day[] = [];
	for (const year of years) {
		for (const holiday of calendar.getHolidays(year)) {
			if (holiday.type === "public") days.push(holiday.date.slice(0, 10));
		}
	}
	return days;
};
