/**
 * The readable list for a terminal: follow-ups grouped by status, each with when, what,
 * to whom, for which interview and why; then the notes that need attention.
 * Pure: colours are a parameter, the caller decides whether the terminal gets them.
 * Text from notes is shown with safeLine, so a name can neither split a row nor send
 * control codes to the terminal.
 */
import { daysBetween } from "../core/dates";
import {
	CHANNEL_PHRASES,
	dayFrom,
	headerDay,
	interviewText,
	KIND_WORDS,
	moreFollowUpsPhrase,
	nextDaysPhrase,
	statusesPhrase,
	whenText,
} from "../core/follow-up-text";
import type { Diagnostic, Evaluation, FollowUp, FollowUpStatus } from "../core/model";
import { safeLine } from "../core/safe-text";
import { MAX_HORIZON_DAYS } from "../core/settings";
import { selectFollowUps } from "../core/select-follow-ups";

/** How to draw the list. */
export interface TableOptions {
	/** The vault as the user typed it, for the header. */
	vault: string;
	/** Statuses to show. */
	statuses: readonly FollowUpStatus[];
	/** Upcoming follow-ups due more than this many days after today are left out. */
	horizon: number;
	/** Use ANSI colours. */
	color: boolean;
	/** The interview tag from the settings, for the hint when nothing is found. */
	interviewTag?: string;
}

type Paint = (text: string) => string;

function painter(color: boolean): Record<"bold" | "dim" | "red" | "yellow" | "cyan", Paint> {
	const code = (open: string): Paint => (color ? (text) => `\x1b[${open}m${text}\x1b[0m` : (text) => text);
	return { bold: code("1"), dim: code("2"), red: code("31"), yellow: code("33"), cyan: code("36") };
}

function whoText(followUp: FollowUp): string {
	if (followUp.to === null) return "—";
	return followUp.channel === null ? followUp.to : `${followUp.to} ${CHANNEL_PHRASES[followUp.channel]}`;
}

/** Renders the evaluation as the terminal list (ending with a newline). */
export function formatTable(evaluation: Evaluation, options: TableOptions): string {
	const paint = painter(options.color);
	const { today } = evaluation;
	const { shown, later } = selectFollowUps(evaluation.followUps, today, { statuses: options.statuses, horizonDays: options.horizon });

	const lines: string[] = [paint.bold(`Interview follow-ups for ${safeLine(options.vault)} on ${headerDay(today)}`), ""];
	// Every value from a note goes through safeLine: one line each, no control codes.
	const rows = shown.map((f) => ({
		followUp: f,
		who: safeLine(whoText(f)),
		interview: safeLine(interviewText(f)),
		note: safeLine(f.note),
		reason: safeLine(f.reason),
	}));
	const whenWidth = Math.max(0, ...shown.map((f) => whenText(f, today).length));
	const kindWidth = Math.max(0, ...shown.map((f) => KIND_WORDS[f.kind].label.length));
	const whoWidth = Math.max(0, ...rows.map((row) => row.who.length));
	const interviewWidth = Math.max(0, ...rows.map((row) => row.interview.length));
	const groups: [FollowUpStatus, string, Paint][] = [
		["overdue", "Overdue", paint.red],
		["due", "Due", paint.yellow],
		["upcoming", `Upcoming (${nextDaysPhrase(options.horizon)})`, paint.cyan],
	];
	for (const [status, heading, tint] of groups) {
		const group = rows.filter((row) => row.followUp.status === status);
		if (group.length === 0) continue;
		lines.push(paint.bold(tint(`${heading}: ${group.length}`)));
		for (const row of group) {
			const f = row.followUp;
			const when = tint(whenText(f, today).padEnd(whenWidth));
			const columns = [
				when,
				KIND_WORDS[f.kind].label.padEnd(kindWidth),
				row.who.padEnd(whoWidth),
				row.interview.padEnd(interviewWidth),
			];
			lines.push(`  ${columns.join("  ")}  ${paint.dim(row.note)}`);
			lines.push(`  ${" ".repeat(whenWidth)}  ${paint.dim(row.reason)}`);
		}
		lines.push("");
	}

	if (shown.length === 0) {
		lines.push(`Nothing due. No follow-ups are ${statusesPhrase(options.statuses, options.horizon)}.`);
		if (evaluation.followUps.length === 0 && evaluation.diagnostics.length === 0) {
			const tag = options.interviewTag ?? "interview";
			lines.push(
				`If that is a surprise: interview notes are the ones tagged #${tag}, with type: ${tag}, or in the interview folders set in the settings.`,
			);
		}
		if (later.length === 0) lines.push("");
	}
	const next = later[0];
	if (next) {
		const days = daysBetween(today, next.due);
		// Never suggest a horizon the command line would refuse.
		const how =
			days <= MAX_HORIZON_DAYS
				? `--horizon ${days} shows it`
				: `further than --horizon reaches (${MAX_HORIZON_DAYS} days); --format json lists it`;
		lines.push(`${moreFollowUpsPhrase(later.length)} further ahead, the next on ${dayFrom(next.due, today)}: ${how}.`, "");
	}

	const attention = evaluation.diagnostics.filter((d) => d.severity !== "info");
	if (attention.length > 0) {
		lines.push(paint.bold(`Needs attention: ${attention.length}`));
		for (const d of attention) {
			const severity = (d.severity === "error" ? paint.red : paint.yellow)(d.severity.padEnd(7));
			lines.push(`  ${severity}  ${d.note === null ? "" : `${safeLine(d.note)}: `}${safeLine(d.message)}`);
		}
		lines.push("");
	}
	for (const d of evaluation.diagnostics.filter((d: Diagnostic) => d.severity === "info")) {
		lines.push(`${paint.cyan("Info:")} ${d.note === null ? "" : `${safeLine(d.note)}: `}${safeLine(d.message)}`);
	}
	while (lines[lines.length - 1] === "") lines.pop();
	return `${lines.join("\n")}\n`;
}
