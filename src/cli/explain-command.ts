/**
 * `interview-followups explain <note> [--today D]`: how one note was read. Every field
 * and where it came from, the properties that were not read and why, the people, rounds,
 * log and timeline, the notes about it, and its follow-ups with their reasons.
 */
import { relative, resolve } from "node:path";
import type { Day } from "../core/model";
import { safeLine } from "../core/safe-text";
import { EXPLAINED_FIELDS, explainSections, type ExplainSection } from "../core/setup/explain-note";
import { parseArgs, readDayOption } from "./args";
import { todayOnThisMachine } from "./clock";
import type { CliIo } from "./io";
import { loadNoteContext } from "./note-context";
import { sourceFromText } from "./read-note-file";

/** The help text of `explain`. */
export const EXPLAIN_HELP = `Usage: interview-followups explain <note> [options]

Shows how a note is read: each field and the property (or line) it came from, the
properties left unread and why, its people, rounds, log and timeline, and the
follow-ups it gives with their reasons.

Options:
  --today YYYY-MM-DD      the day to work out the follow-ups for (default: today)
  --vault DIR             the vault (default: the nearest folder above the note with .obsidian)
  --config FILE           settings JSON (default: the vault's plugin settings, if any)
  -h, --help              show this help
`;

/** Field names are padded to the longest one explain can report, so values line up in every note. */
const FIELD_WIDTH = Math.max(...EXPLAINED_FIELDS.map((field) => field.length));

/** One section as indented lines, each source where a reader of a terminal expects it. */
function sectionLines(section: ExplainSection): string[] {
	const lines = ["", `${section.title}:`];
	if (section.lines.length === 0 && section.empty !== null) lines.push(`  ${section.empty}`);
	for (const line of section.lines) {
		switch (section.key) {
			case "fields":
				lines.push(`  ${(line.label ?? "").padEnd(FIELD_WIDTH)}  ${line.text}`);
				if (line.from !== undefined) lines.push(`  ${" ".repeat(FIELD_WIDTH)}  from ${line.from}`);
				break;
			case "unread":
				lines.push(`  \`${line.label ?? ""}\`: ${line.text}`);
				break;
			case "follow-ups":
				lines.push(`  ${(line.label ?? "").padEnd(8)} ${line.text}`);
				for (const more of line.more ?? []) lines.push(`           ${more.text}`);
				break;
			case "diagnostics":
				lines.push(`  ${line.label ?? ""}: ${line.text}`);
				break;
			default:
				lines.push(`  ${line.text}${line.from === undefined ? "" : `  (from ${line.from})`}`);
				for (const more of line.more ?? []) lines.push(`    ${more.text}${more.from === undefined ? "" : `  (from ${more.from})`}`);
		}
	}
	if (section.footer !== null) lines.push(`  ${section.footer}`);
	return lines;
}

/** The explanation as text for a terminal: a heading line, then each section. */
export function explainText(shownPath: string, today: Day, sections: readonly ExplainSection[]): string {
	const lines = [`${shownPath}, read on ${today}`, ...sections.flatMap(sectionLines), ""];
	return lines.map((line) => safeLine(line)).join("\n");
}

/** Runs `explain` with its arguments (after the word `explain`). */
export async function run(argv: string[], io: CliIo): Promise<number> {
	const args = parseArgs(argv, {
		positionals: ["note"],
		values: { today: "2026-11-23", vault: "path/to/vault", config: "settings.json" },
	});
	if (args.help) {
		io.stdout.write(EXPLAIN_HELP);
		return 0;
	}
	const v = args.values;
	const today = v["today"] === undefined ? todayOnThisMachine() : readDayOption("today", v["today"]);
	const notePath = args.positionals["note"] ?? "";
	const context = await loadNoteContext(notePath, { vault: v["vault"] ?? null, config: v["config"] ?? null, today }, io);
	const { note } = context;
	const source = sourceFromText(note.path, context.text);
	const followUps = context.evaluation.followUps.filter((f) => f.note === note.path);
	const diagnostics = context.evaluation.diagnostics.filter((d) => d.note === note.path);
	const sections = explainSections({ note, frontmatter: source.frontmatter, settings: context.settings, today, followUps, diagnostics });
	// A note found by its path inside --vault is shown by that path, as the user wrote it.
	const inVault = resolve(io.cwd, notePath) !== context.absolutePath;
	io.stdout.write(explainText((inVault ? notePath : relative(io.cwd, context.absolutePath)) || notePath, today, sections));
	return 0;
}
