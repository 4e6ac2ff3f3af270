/**
 * A ready `Follow-ups.base` for Obsidian's Bases: the interview notes (by tag, `type`
 * and interview folders, as the plugin finds them), a table of the written-back
 * `next_follow_up` properties, and the plugin's own Follow-ups view. Pure text.
 */
import type { Settings } from "../settings";
import { WRITE_BACK_PROPERTIES } from "../write-back";

/** The view type id the plugin registers with Bases. */
export const BASES_VIEW_TYPE = "interview-followups";

/** A YAML single-quoted scalar: nothing inside is special except the quote, written twice. */
function yamlQuoted(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

/** A Bases expression string literal. */
function literal(text: string): string {
	return JSON.stringify(text);
}

/** The filters that select interview notes, one per line of the `or` list. */
export function interviewFilters(settings: Pick<Settings, "interviewTag" | "interviewFolders">): string[] {
	const tag = settings.interviewTag.replace(/^#/, "").trim();
	const filters = [`file.hasTag(${literal(tag)})`, `type == ${literal(tag)}`];
	for (const folder of settings.interviewFolders) {
		const clean = folder.trim().replace(/^\/+|\/+$/g, "");
		if (clean !== "") filters.push(`file.inFolder(${literal(clean)})`);
	}
	return filters;
}

/** The `.base` file's text (YAML), ending with a newline. */
export function followUpsBaseFile(settings: Pick<Settings, "interviewTag" | "interviewFolders">): string {
	const { date, kind, to } = WRITE_BACK_PROPERTIES;
	return [
		"# Made by Interview Follow-ups. The table needs the property write-back turned on",
		"# in the plugin's settings; the Follow-ups view works either way. Edit freely.",
		"filters:",
		"  or:",
		...interviewFilters(settings).map((f) => `    - ${yamlQuoted(f)}`),
		"properties:",
		`  ${date}:`,
		"    displayName: Next follow-up",
		`  ${kind}:`,
		"    displayName: What",
		`  ${to}:`,
		"    displayName: To",
		"views:",
		`  - type: ${BASES_VIEW_TYPE}`,
		"    name: Follow-ups",
		"  - type: table",
		"    name: Next follow-ups",
		"    order:",
		"      - file.name",
		"      - company",
		"      - role",
		"      - status",
		`      - ${date}`,
		`      - ${kind}`,
		`      - ${to}`,
		"    sort:",
		`      - property: ${date}`,
		"        direction: ASC",
		"",
	].join("\n");
}
