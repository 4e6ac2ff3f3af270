/**
 * The body readers (existing-vaults.md §3 and §4): pure functions over a note's body,
 * run only for notes already selected as application notes.
 */
import type { Root } from "mdast";
import type { Origin } from "../timeline-types";
import type { BodyContext, BodyEntries } from "./context";
import { listEntries } from "./lists";
import { proseEntries } from "./prose";
import { tableEntries } from "./tables";

export type { BodyContext, BodyEntries, BodyWarning, DateContext, DateOrder } from "./context";
export { readEntryDate, readPropertyDay, type EntryDate } from "./entry-date";
export { inlineFields, type InlineField } from "./inline-fields";
export { listEntries } from "./lists";
export { mayHaveEntries } from "./may-have-entries";
export { parseBody, plainText } from "./parse-body";
export { tableEntries } from "./tables";

/** The dated entries of a body's tables, lists and paragraphs together, in the order of their lines. */
export function bodyEntries(tree: Root, ctx: BodyContext): BodyEntries {
	const tables = tableEntries(tree, ctx);
	const lists = listEntries(tree, ctx);
	const line = (origin: Origin): number => ("line" in origin ? origin.line : 0);
	return {
		entries: [...tables.entries, ...lists.entries, ...proseEntries(tree, ctx)].sort((a, b) => line(a.origin) - line(b.origin)),
		warnings: [...tables.warnings, ...lists.warnings].sort((a, b) => a.line - b.line),
		rosters: tables.rosters,
	};
}
