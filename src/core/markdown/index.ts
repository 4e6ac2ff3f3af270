/**
 * Text edits on notes, planned in the core and applied by the adapters: where a draft
 * goes, and how a log entry is appended. Never a re-serialised note.
 */
export {
	appendLogEntry,
	LOG_FIELD_NAMES,
	yamlScalar,
	type AppendLogOptions,
	type AppendLogResult,
	type LogEntryToAppend,
} from "./append-log-entry";
export { findFrontmatter, lineEndingOf, type FrontmatterSpan } from "./frontmatter-span";
export { draftMarkerId, hasMarker, planDraftInsertion, type DraftToInsert, type InsertionOptions } from "./plan-insertion";
export { applySplice, type Splice } from "./splice";
