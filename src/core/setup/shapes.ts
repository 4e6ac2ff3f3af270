/**
 * The shapes of frontmatter values that setup looks for: dates, links, person-like
 * names, web addresses, lists of dated maps, and slashed dates that only read one way.
 */
import { readDay } from "../dates";
import { splitPeopleText } from "../people-text";
import { isRecord, readWikilink } from "../values";

/** `03/11/2026`, `3.11.26`, `03-11-2026` (dashes with a full year): day and month in an order the text alone may not tell. */
const SLASHED = /\b(\d{1,2})([/.]|-(?=\d{1,2}-\d{4}\b))(\d{1,2})\2(\d{2}|\d{4})\b/g;

/** True for a value that is a day: `2026-11-10`, a date-time, a YAML date, or a slashed date. */
export function isDateLike(value: unknown): boolean {
	if (readDay(value) !== null) return true;
	if (typeof value !== "string") return false;
	const text = value.trim();
	if (text.length > 24) return false;
	SLASHED.lastIndex = 0;
	const m = SLASHED.exec(text);
	return m !== null && m.index === 0 && m[0].length === text.length;
}

/** True for a web address. */
export function isUrl(value: unknown): boolean {
	return typeof value === "string" && /^https?:\/\/\S+$/i.test(value.trim());
}

/** True for a wikilink, quoted or as YAML reads an unquoted one. */
export function isLink(value: unknown): boolean {
	return readWikilink(value) !== null;
}

/** Two to four capitalised words, as people's names are written: `Grace Kim`, `Tomás Rivera`. */
const NAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * True for one person as a note writes them: a name, a link, or a map with a `name`; or a
 * line of names that gives an address (`Kai Obermeyer (Geschäftsführer) <k@…>, Carina Vogt`),
 * as a contact property does (a bold label of names with titles alone is often a round's).
 */
function isOnePerson(value: unknown): boolean {
	if (isLink(value)) return true;
	if (typeof value === "string")
		return NAME.test(value.trim()) || (/<\S+@/.test(value) && splitPeopleText(value).every((person) => NAME.test(person.name)));
	return isRecord(value) && typeof value["name"] === "string";
}

/** True for a person, or a list of people. */
export function isPersonLike(value: unknown): boolean {
	if (isLink(value)) return true;
	if (Array.isArray(value)) return value.length > 0 && value.every(isOnePerson);
	return isOnePerson(value);
}

/** True for a non-empty list of maps. */
export function isListOfMaps(value: unknown): value is Record<string, unknown>[] {
	return Array.isArray(value) && value.length > 0 && value.every(isRecord);
}

/** The key of a list of maps that holds a day in most of them, or null. */
export function dateKeyOfMaps(value: unknown): string | null {
	if (!isListOfMaps(value)) return null;
	const counts = new Map<string, number>();
	for (const item of value)
		for (const [key, inner] of Object.entries(item)) if (isDateLike(inner)) counts.set(key, (counts.get(key) ?? 0) + 1);
	let best: string | null = null;
	let bestCount = 0;
	for (const [key, count] of counts)
		if (count > bestCount) {
			best = key;
			bestCount = count;
		}
	return bestCount * 2 >= value.length ? best : null;
}

/**
 * `16/11` without a year where an entry's date goes: opening a list item (`- 16/11: they
 * replied`, `1. **16/11**`, `- [x] 16/11`) or a table cell (`| 16/11 |`). Elsewhere two
 * numbers and a slash are as often a score or a share (`4/5`).
 */
const YEARLESS = /(?:^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?|\|[ \t]*)(?:\*\*)?(\d{1,2})\/(\d{1,2})(?![/.\d])/gm;

/**
 * How slashed dates in a text read: `DMY` when the first number is over 12, `MDY` when the
 * second is. Dates with a year count anywhere, yearless ones where entries are dated.
 */
export function slashedOrders(text: string): { dmy: string[]; mdy: string[] } {
	const dmy: string[] = [];
	const mdy: string[] = [];
	for (const pattern of [SLASHED, YEARLESS]) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
			const [first, second] = [Number(m[1]), Number(m[pattern === SLASHED ? 3 : 2])];
			const written = pattern === SLASHED ? m[0] : `${m[1]}/${m[2]}`;
			if (first > 12 && first <= 31 && second >= 1 && second <= 12) dmy.push(written);
			else if (second > 12 && second <= 31 && first >= 1 && first <= 12) mdy.push(written);
		}
	}
	return { dmy, mdy };
}
