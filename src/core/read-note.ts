/**
 * Reading notes: the public entry to src/core/read/, where each part of a note has a
 * file of its own (note.ts puts them together).
 */
export { dateOrderOfLocale, NoteReading, readInterviewNote, type ReadResult, slashedDateOrder } from "./read/note";
