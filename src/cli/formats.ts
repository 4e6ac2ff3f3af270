/**
 * The output formats of `due`, in one table. A format whose renderer is null is known
 * but not built yet: `due` refuses it up front with a one-line message.
 */
import type { Evaluation, FollowUpStatus } from "../core/model";
import type { FormatName } from "./args";
import { formatJson } from "./format-json";
import { formatTable } from "./format-table";

/** Everything a renderer may need besides the evaluation. */
export interface FormatContext {
	/** The vault as the user typed it. */
	vault: string;
	/** Statuses to list. */
	statuses: readonly FollowUpStatus[];
	/** Upcoming follow-ups due more than this many days after today are left out (not in JSON). */
	horizon: number;
	/** Use ANSI colours (only the table does). */
	color: boolean;
	/** The interview tag from the settings. */
	interviewTag: string;
}

/** Turns an evaluation into the text written to stdout. */
export type Renderer = (evaluation: Evaluation, context: FormatContext) => string;

/** Each format's renderer; null while it is not available yet. */
export const RENDERERS: Readonly<Record<FormatName, Renderer | null>> = {
	table: formatTable,
	json: formatJson,
	markdown: null,
	ics: null,
};

/** The formats that work today, for messages. */
export function availableFormats(): FormatName[] {
	return (Object.keys(RENDERERS) as FormatName[]).filter((name) => RENDERERS[name] !== null);
}
