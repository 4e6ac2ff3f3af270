/**
 * The dashboard note: the follow-ups of a day as markdown for the vault, grouped by
 * status into tables, each row linking its interview note, then what needs attention.
 * Pure: the CLI prints it (`--format markdown`), the plugin saves it as a note.
 */
import { daysBetween } from "../dates";
import {
	CHANNEL_NAMES,
	dayFrom,
	headerDay,
	interviewText,
	KIND_WORDS,
	moreFollowUpsPhrase,
	nextDaysPhrase,
	statusesPhrase,
	whenText,
} from "../follow-up-text";
import type { Diagnostic, Evaluation, FollowUp, FollowUpStatus } from "../model";
import { ALL_STATUSES, selectFollowUps } from "../select-follow-ups";
import { escapeMarkdown, noteLink } from "./links";

/** What the dashboard shows. */
export interface DashboardOptions {
	/** Upcoming follow-ups due more than this many days after today are left out. */
	horizonDays: number;
	/** The vault's name, for the title; left out of it when not given. */
	vaultName?: string;
	/** Statuses to list; all when left out. */
	statuses?: readonly FollowUpStatus[];
}

const COLUMNS = ["When", "What", "To", "Channel", "Interview", "Note", "Why"];

const SEVERITY_WORDS: Readonly<Record<Diagnostic["severity"], string>> = { error: "Error", warning: "Warning", info: "Info" };

function row(cells: readonly string[]): string {
	return `| ${cells.join(" | ")} |`;
}

function followUpRow(f: FollowUp, today: string): string {
	return row([
		escapeMarkdown(whenText(f, today)),
		escapeMarkdown(KIND_WORDS[f.kind].label),
		f.to === null ? "—" : escapeMarkdown(f.to),
		f.channel === null ? "—" : CHANNEL_NAMES[f.channel],
		escapeMarkdown(interviewText(f)),
		noteLink(f.note, { inTable: true }),
		escapeMarkdown(f.reason),
	]);
}

function diagnosticItem(d: Diagnostic): string {
	const severity = d.severity === "info" ? "" : `**${SEVERITY_WORDS[d.severity]}** · `;
	const where = d.note === null ? "" : `${noteLink(d.note, { inTable: false })}: `;
	return `- ${severity}${where}${escapeMarkdown(d.message)}`;
}

/** Renders the evaluation as a dashboard note (frontmatter, title, tables, attention list), ending with a newline. */
export function markdownDashboard(evaluation: Evaluation, options: DashboardOptions): string {
	const { today } = evaluation;
	const statuses = options.statuses ?? ALL_STATUSES;
	const { shown, later } = selectFollowUps(evaluation.followUps, today, { statuses, horizonDays: options.horizonDays });
	const forVault = options.vaultName === undefined || options.vaultName === "" ? "" : ` for ${escapeMarkdown(options.vaultName)}`;
	const lines: string[] = [
		"---",
		`generated: ${today}`,
		`horizon_days: ${options.horizonDays}`,
		"---",
		"",
		`# Interview follow-ups${forVault} on ${headerDay(today)}`,
		"",
	];

	const groups: [FollowUpStatus, string][] = [
		["overdue", "Overdue"],
		["due", "Due"],
		["upcoming", `Upcoming in the ${nextDaysPhrase(options.horizonDays)}`],
	];
	for (const [status, heading] of groups) {
		const rows = shown.filter((f) => f.status === status);
		if (rows.length === 0) continue;
		lines.push(`## ${heading} (${rows.length})`, "", row(COLUMNS), row(COLUMNS.map(() => "---")));
		for (const f of rows) lines.push(followUpRow(f, today));
		lines.push("");
	}
	if (shown.length === 0) lines.push(`Nothing due. No follow-ups are ${statusesPhrase(statuses, options.horizonDays)}.`, "");
	const next = later[0];
	if (next) {
		lines.push(
			`${moreFollowUpsPhrase(later.length)} further ahead, the next on ${dayFrom(next.due, today)} (in ${daysBetween(today, next.due)} days).`,
			"",
		);
	}

	const attention = evaluation.diagnostics.filter((d) => d.severity !== "info");
	if (attention.length > 0) {
		lines.push(`## Needs attention (${attention.length})`, "", ...attention.map(diagnosticItem), "");
	}
	const insights = evaluation.diagnostics.filter((d) => d.severity === "info");
	if (insights.length > 0) lines.push("## Good to know", "", ...insights.map(diagnosticItem), "");
	while (lines[lines.length - 1] === "") lines.pop();
	return `${lines.join("\n")}\n`;
}
