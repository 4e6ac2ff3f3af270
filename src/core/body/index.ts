/**
 * The body readers (existing-vaults.md §3 and §4): pure functions over a note's body,
 * run only for notes already selected as application notes.
 */
export type { BodyContext, BodyEntries, BodyWarning, DateContext, DateOrder } from "./context";
export { readEntryDate, type EntryDate } from "./entry-date";
export { inlineFields, type InlineField } from "./inline-fields";
export { parseBody, plainText } from "./parse-body";
export { tableEntries } from "./tables";
