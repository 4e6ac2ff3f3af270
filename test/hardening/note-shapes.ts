/**
 * Note shapes for the write tests, shared by the core's property tests and the two
 * hosts' (the plugin's writer over the fake vault and editor, the command line's
 * writer over real files): frontmatter written every way people write it (comments,
 * flow and block lists, quoting, block scalars), logs in every shape YAML allows,
 * LF or CRLF, a byte-order mark or not, a final newline or none.
 */
import fc from "fast-check";
import type { LogEntryToAppend } from "../../src/core/markdown/append-log-entry";
import { findFrontmatter } from "../../src/core/markdown/frontmatter-span";

/** Body lines that trip markdown readers: headings, fences, quotes, HTML, comments. */
export const BODY_LINES = [
	"",
	"",
	"# Acme onsite",
	"## Follow-ups",
	"## follow-ups ##",
	"### Follow-ups",
	"## Notes",
	"### Thank-you — Raj",
	"Some text about the day.",
	"Setext title",
	"===",
	"---",
	"- a list item",
	"  continued",
	"1. numbered",
	"- [ ] a task",
	"> a quote",
	"> ## Follow-ups",
	"```",
	"```md",
	"~~~",
	"    indented code",
	"<!-- a comment",
	"-->",
	"<!-- interview-followups:check-in:raj-patel:2026-11-24 -->",
	"<div>",
	"</div>",
	"| a | b |",
	"%% ## Follow-ups %%",
	"%%",
	"trailing spaces   ",
];

/** Frontmatter lines in the styles people write by hand: comments, flow and block lists, quoting. */
export const YAML_LINES = [
	"title: Acme onsite",
	"# a comment",
	'company: "[[Acme]]"',
	"tags: [interview]",
	"status: waiting # still",
	"people:\n  - Jane Doe",
	"topics: [onboarding churn, 'pricing: tiers'] # what we talked about",
	"people:\n- name: Raj Patel # the manager\n  relation: hiring-manager",
	"\"quoted key\": 'single # not a comment'",
	"decision_date: in one week   # a phrase",
	"links: {site: 'https://acme.example', note: \"[[Acme]]\"}",
	"notes: |\n  kept as written\n  # not a comment",
	"empty:",
];

/** A generated note and how it was made. */
export interface Note {
	/** The note's text. */
	text: string;
	/** Its line ending. */
	eol: "\n" | "\r\n";
	/** Whether it opens with a frontmatter block. */
	hasFrontmatter: boolean;
}

/** Notes: frontmatter or not, LF or CRLF, a final newline or none. */
export const noteArb: fc.Arbitrary<Note> = fc
	.record({
		frontmatter: fc.option(fc.subarray(YAML_LINES.filter((l) => !l.includes("\n") || l.startsWith("people:\n  -"))), { nil: null }),
		body: fc.array(fc.constantFrom(...BODY_LINES), { maxLength: 14 }),
		crlf: fc.boolean(),
		finalNewline: fc.boolean(),
	})
	.map(({ frontmatter, body, crlf, finalNewline }) => {
		const eol = crlf ? "\r\n" : "\n";
		const lines = [...(frontmatter ? ["---", ...frontmatter, "---"] : []), ...body];
		let text = lines.join("\n").replace(/\n/g, eol);
		if (finalNewline && text !== "") text += eol;
		// A note without any line break is an LF note.
		return { text, eol: text.includes("\n") ? eol : "\n", hasFrontmatter: frontmatter !== null };
	});

/** The log as people write it: absent, empty in every way YAML allows, block or flow lists, comments. */
export const LOG_SHAPES = [
	null,
	"follow_ups:",
	"follow_ups: []",
	"follow_ups: [] # log",
	"follow_ups: ~",
	"follow_ups:\n  - {date: 2026-11-10, kind: thank-you, to: Jane Doe}",
	"follow_ups:\n- date: 2026-11-10\n  kind: thank-you\n  to: Jane Doe\n# done by hand",
	"touches:\n    - { date: 2026-11-10, kind: thank-you, to: Jane Doe }\n    # more later",
	"log: [{date: 2026-11-10, kind: reply, from: Jane}]",
	"follow_ups: # sent and received",
	"follow_ups: # sent and received\n  - {date: 2026-11-10, kind: thank-you, to: Jane Doe}",
	"follow_ups: [ ]",
	"follow_ups: null # none yet",
	"follow_ups:\n  # nothing yet\n",
	"touches: [\n  {date: 2026-11-10, kind: thank-you}, # sent\n  {date: 2026-11-12, kind: reply, from: Jane},\n]",
	"log:\n  - date: 2026-11-10\n    kind: reply\n    note: |+\n      see you\n\n",
	'"follow_ups":\n  - {date: 2026-11-10, kind: \'thank-you\', to: "Jane Doe"} # quoted',
];

/** Log entries with names and notes that need quoting. */
export const entryArb: fc.Arbitrary<LogEntryToAppend> = fc.record(
	{
		date: fc.constantFrom("2026-11-24", "2027-01-02"),
		kind: fc.constantFrom("check-in", "thank-you", "reply"),
		to: fc.constantFrom("Jane Doe", "O'Brien", "[[Lee Wong]]", "yes", "42", "Zoë: CEO", 'say "hi"', "back\\slash", "#1"),
		channel: fc.constantFrom("email", "phone"),
		dismissed: fc.boolean(),
		snoozedUntil: fc.constantFrom("2026-12-01"),
		note: fc.constantFrom("still deciding, next week", "two\nlines", "{braces}"),
	},
	{ requiredKeys: ["date", "kind"] },
);

/** A note for the log tests: its text, line ending and body (what follows the frontmatter). */
export interface LoggedNote {
	/** The note's text. */
	text: string;
	/** Its line ending. */
	eol: "\n" | "\r\n";
	/** Its text after the frontmatter (and after the BOM). */
	body: string;
}

/** Notes with a log in any of LOG_SHAPES among other properties (or no frontmatter), maybe with a BOM. */
export const loggedNoteArb: fc.Arbitrary<LoggedNote> = fc
	.record({
		frontmatter: fc.option(fc.tuple(fc.subarray(YAML_LINES), fc.constantFrom(...LOG_SHAPES), fc.nat(12)), { nil: null }),
		note: noteArb,
		bom: fc.boolean(),
	})
	.map(({ frontmatter, note, bom }) => {
		const body = note.hasFrontmatter ? note.text.slice(findFrontmatter(note.text)?.bodyStart ?? 0) : note.text;
		const mark = bom ? "\uFEFF" : "";
		if (frontmatter === null) {
			// Generated lines that happen to open with `---` … `---` would be a frontmatter block.
			const plain = findFrontmatter(body) ? `Text${note.eol}${body}` : body;
			return { text: mark + plain, eol: plain.includes("\n") ? note.eol : "\n", body: plain };
		}
		const [lines, shape, at] = frontmatter;
		// One of each key: YAML refuses a key written twice.
		const all = lines.filter((line, i) => !lines.slice(0, i).some((l) => l.split(":")[0] === line.split(":")[0]));
		if (shape !== null) all.splice(at % (all.length + 1), 0, shape.replace(/\n$/, ""));
		const head = ["---", ...all, "---", ""].join("\n").replace(/\n/g, note.eol);
		return { text: mark + head + body, eol: note.eol, body };
	});
