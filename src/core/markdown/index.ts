/**
 * Text edits on notes, planned in the core and applied by the adapters: where a draft
 * goes, how a log entry is appended (and taken out again), and how properties are set.
 * Never a re-serialised note.
 */
export {
	appendLogEntry,
	chooseLogKey,
	removeAppendedLogEntry,
	yamlScalar,
	type AppendedLogEntry,
	type AppendLogOptions,
	type AppendLogResult,
	type LogEntryToAppend,
} from "./append-log-entry";
export { findFrontmatter, lineEndingOf, type FrontmatterSpan } from "./frontmatter-span";
export { type TextEdit } from "./frontmatter-text";
export { draftMarkerId, hasMarker, planDraftInsertion, type DraftToInsert, type InsertionOptions } from "./plan-insertion";
export { setProperties, type PropertyValues } from "./set-properties";
export { applySplice, applySplices, type Splice } from "./splice";
