/** How a reason says that a date came from a sentence of the note (existing-vaults.md §6). */
import type { Origin } from "../model";

/** Longest quote a reason carries; a longer sentence is cut at a word and ends with `…`. */
const MAX_QUOTE = 120;

function shortQuote(sentence: string): string {
	const text = sentence.replace(/\s+/g, " ").trim();
	if (text.length <= MAX_QUOTE) return text;
	const cut = text.slice(0, MAX_QUOTE);
	const space = cut.lastIndexOf(" ");
	return `${(space > MAX_QUOTE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/**
 * `Your note says "…" (line 34). ` when the date was read from a sentence; empty for a
 * date from a property, so a reason can always start with it.
 */
export function statedIn(origin: Origin | null | undefined): string {
	if (origin?.from !== "sentence") return "";
	const where = origin.path === undefined ? "Your note" : `Your log note ${origin.path}`;
	return `${where} says "${shortQuote(origin.quote)}" (line ${origin.line}). `;
}
