/**
 * Where an entry's sentences and clauses end: the one rule every reader of entries uses to
 * find "the first sentence" (whom an entry is about, who a line of people names) and to cut
 * a line of several events into its parts. (The CLI's sentence reader, src/core/sentences/,
 * keeps its own stricter rule beside chrono-node.)
 */
import { TITLES } from "../people-text";

/**
 * Text before a full stop that makes it an abbreviation: an initial, `St` or a title of
 * HONORIFIC before a name (`J. Smith`, `Dr. Lee`, `Sra. Ruiz`), which never ends a sentence;
 * or a lower-case letter (`e.g. salary`, `3 p.m.`), which ends one only before a capital
 * (`at 3 p.m. Thanked her`).
 */
const ABBREVIATION = new RegExp(`(?:^|[^\\p{L}])(?:(\\p{Ll})|\\p{Lu}|St|${TITLES})$`, "u");

/** The text's parts between the one-character ends `ends` matches, trimmed, without the ends, empty parts left out. */
function partsOf(text: string, ends: RegExp): string[] {
	const parts: string[] = [];
	let start = 0;
	// The text's end closes the last part.
	for (const end of [...text.matchAll(ends), { 0: "", index: text.length }]) {
		const part = text.slice(start, end.index).trim();
		const short = end[0] === "." ? ABBREVIATION.exec(part) : null;
		if (short !== null && (short[1] === undefined || !/^\s+\p{Lu}/u.test(text.slice(end.index + 1)))) continue;
		if (part !== "") parts.push(part);
		start = end.index + 1;
	}
	return parts;
}

/**
 * A text's sentences, without their stops: each ends at `.`, `!` or `?` before a space or
 * the text's end (not the full stop of most abbreviations), or at a Chinese or Japanese stop
 * `。！？`. A `;` does not end one: it may sit between the people a line names.
 */
export function sentencesIn(text: string): string[] {
	return partsOf(text, /[.!?](?=\s|$)|[。！？]/gu);
}

/** A text's clauses: its sentences, cut again at each `;` or `；` (`Interview with Ana; thanked her after`). */
export function clausesIn(text: string): string[] {
	return partsOf(text, /[.!?;](?=\s|$)|[。！？；]/gu);
}
