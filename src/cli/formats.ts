/**
 * The output formats of `due`, in one table: each renders an evaluation as the text
 * written to stdout.
 */
import { icalendarChunks } from "../core/export/icalendar";
import { markdownDashboard } from "../core/export/markdown-dashboard";
import type { Evaluation, FollowUp, FollowUpStatus } from "../core/model";
import type { FormatName } from "./args";
import { formatJson } from "./format-json";
import { formatTable } from "./format-table";

/** Everything a renderer may need besides the evaluation. */
export interface FormatContext {
	/** The vault as the user typed it. */
	vault: string;
	/** The vault's name as Obsidian knows it (its folder's name), for links into it. */
	vaultName: string;
	/** Statuses to list. */
	statuses: readonly FollowUpStatus[];
	/** Upcoming follow-ups due more than this many days after today are left out (not in JSON). */
	horizon: number;
	/** Use ANSI colours (only the table does). */
	color: boolean;
	/** The interview tag from the settings. */
	interviewTag: string;
	/** A follow-up's draft subject line, or null (the calendar file quotes it); computed only when asked. */
	draftSubject?: (followUp: FollowUp) => string | null;
}

/** Turns an evaluation into the text written to stdout: whole, or in pieces to write as they come. */
export type Renderer = (evaluation: Evaluation, context: FormatContext) => string | Iterable<string>;

/** Each format's renderer. */
export const RENDERERS: Readonly<Record<FormatName, Renderer>> = {
	table: formatTable,
	json: formatJson,
	markdown: (evaluation, context) =>
		markdownDashboard(evaluation, { horizonDays: context.horizon, vaultName: context.vaultName, statuses: context.statuses }),
	// In pieces: a calendar of tens of thousands of events is never held whole.
	ics: (evaluation, context) =>
		icalendarChunks(evaluation, {
			horizonDays: context.horizon,
			vaultName: context.vaultName,
			statuses: context.statuses,
			draftSubject: context.draftSubject,
		}),
};
