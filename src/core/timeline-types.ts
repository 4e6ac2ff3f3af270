/**
 * The timeline's types, for the body readers: they live in the model with the rest of an
 * interview note.
 */
export type { Origin, TimelineEntry, TimelineEvent } from "./model";
