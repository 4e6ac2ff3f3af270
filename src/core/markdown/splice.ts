/**
 * A text edit as data: replace [from, to) with `insert`. Plans are computed in the core
 * and applied by adapters (an editor transaction, `vault.process`, or a file write).
 */

/** Replace the characters in [from, to) of a text with `insert`. */
export interface Splice {
	/** Offset of the first replaced character. */
	from: number;
	/** Offset just after the last replaced character (equal to `from` for a pure insertion). */
	to: number;
	/** The text put in their place. */
	insert: string;
}

/** Applies a splice to the text it was planned for. */
export function applySplice(text: string, splice: Splice): string {
	return text.slice(0, splice.from) + splice.insert + text.slice(splice.to);
}

/** Applies splices planned for the same text; they must not overlap. */
export function applySplices(text: string, splices: readonly Splice[]): string {
	const sorted = [...splices].sort((a, b) => a.from - b.from);
	let out = "";
	let at = 0;
	for (const splice of sorted) {
		if (splice.from < at) throw new RangeError("overlapping splices");
		out += text.slice(at, splice.from) + splice.insert;
		at = splice.to;
	}
	return out + text.slice(at);
}
