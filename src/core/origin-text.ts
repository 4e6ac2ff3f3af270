/**
 * Where a fact was read, in words for reasons and `explain` (existing-vaults.md: "Say
 * where each fact came from").
 */
import type { Origin } from "./model";

/** "row 2 of the table under "Follow-up log" (line 14)", "the list item on line 9", … */
export function describeOrigin(origin: Origin): string {
	const of = "path" in origin && origin.path !== undefined ? ` of ${origin.path}` : "";
	switch (origin.from) {
		case "property":
			return `the property ${origin.path}`;
		case "inline-field":
			return origin.label
				? `the label **${origin.key}** (line ${origin.line})`
				: `the inline field ${origin.key}:: (line ${origin.line})`;
		case "table":
			return `row ${origin.row} of the table${origin.table === null ? "" : ` under "${origin.table}"`} (line ${origin.line}${of})`;
		case "list":
			return `the list item on line ${origin.line}${of}`;
		case "text":
			return `line ${origin.line} of ${of === "" ? "the note" : origin.path}`;
		case "sentence":
			return `"${origin.quote}" (line ${origin.line}${of})`;
		case "log-note":
			return `the note ${origin.path}`;
	}
}

/** " (read from …)" for a fact read elsewhere than the note's own properties, else "". */
export function readFrom(origin: Origin | null | undefined): string {
	return origin ? ` (read from ${describeOrigin(origin)})` : "";
}
