/**
 * `--format json`: the one object cli.md documents, keys in the documented order, every
 * pending follow-up whatever the horizon (only --status filters), pretty-printed.
 */
import type { Evaluation, FollowUpStatus } from "../core/model";

/** What the JSON output can be asked to leave out. */
export interface JsonOptions {
	/** Statuses to list. */
	statuses: readonly FollowUpStatus[];
}

/** Renders the evaluation as the documented JSON object (ending with a newline). */
export function formatJson(evaluation: Evaluation, options: JsonOptions): string {
	const wanted = new Set(options.statuses);
	const output = {
		today: evaluation.today,
		followUps: evaluation.followUps
			.filter((f) => wanted.has(f.status))
			.map((f) => ({
				note: f.note,
				company: f.company,
				role: f.role,
				kind: f.kind,
				to: f.to,
				channel: f.channel,
				due: f.due,
				windowEnd: f.windowEnd,
				status: f.status,
				reason: f.reason,
			})),
		diagnostics: evaluation.diagnostics.map((d) => ({
			note: d.note,
			severity: d.severity,
			code: d.code,
			message: d.message,
		})),
	};
	return `${JSON.stringify(output, null, 2)}\n`;
}
