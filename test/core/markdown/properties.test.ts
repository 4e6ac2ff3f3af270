/**
 * Property tests over generated notes: frontmatter or not, LF or CRLF, headings at
 * several levels, code fences that contain the heading text (closed or not), HTML,
 * quotes, lists, a final newline or none. `FC_RUNS` raises the run count.
 */
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { appendLogEntry, type LogEntryToAppend } from "../../../src/core/markdown/append-log-entry";
import { findFrontmatter } from "../../../src/core/markdown/frontmatter-span";
import { applySplice, planDraftInsertion, type DraftToInsert } from "../../../src/core/markdown/plan-insertion";

const numRuns = Number(process.env.FC_RUNS ?? 100);
const HEADING = "## Follow-ups";

const BODY_LINES = [
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

const YAML_LINES = [
	"title: Acme onsite",
	"# a comment",
	'company: "[[Acme]]"',
	"tags: [interview]",
	"status: waiting # still",
	"people:\n  - Jane Doe",
];

/** A generated note and how it was made. */
interface Note {
	text: string;
	eol: "\n" | "\r\n";
	hasFrontmatter: boolean;
}

const noteArb: fc.Arbitrary<Note> = fc
	.record({
		frontmatter: fc.option(fc.subarray(YAML_LINES), { nil: null }),
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

const draftArb: fc.Arbitrary<DraftToInsert> = fc.record({
	kind: fc.constantFrom("check-in" as const, "thank-you" as const, "ask-next-steps" as const),
	to: fc.constantFrom("Jane Doe", "Zoë O'Brien", null),
	subject: fc.constantFrom("Following up", "Re: *the* role"),
	text: fc.constantFrom("Hi Jane,\n\nAny news?\n\nBest,\nSam", "- [ ] ask\n- [ ] note", "# not a heading\n```\nopen fence", "Line\n---"),
});

const parser = unified().use(remarkParse);

/** The note's top-level markdown nodes (frontmatter skipped), with note offsets. */
function topLevel(text: string): { type: string; depth?: number; value?: string; offset: number }[] {
	const span = findFrontmatter(text);
	const base = span ? span.bodyStart : 0;
	const tree: Root = parser.parse(text.slice(base));
	return tree.children.map((n) => ({
		type: n.type,
		depth: n.type === "heading" ? n.depth : undefined,
		value: n.type === "html" ? n.value : undefined,
		offset: (n.position?.start.offset ?? 0) + base,
	}));
}

describe("planDraftInsertion properties", () => {
	it("inserts exactly one run, after the frontmatter, in the note's line endings", () => {
		fc.assert(
			fc.property(noteArb, draftArb, (note, draft) => {
				const splice = planDraftInsertion(note.text, draft, { heading: HEADING, due: "2026-11-24" });
				if (splice === null) return;
				expect(splice.to).toBe(splice.from);
				const result = applySplice(note.text, splice);
				expect(result.slice(0, splice.from) + result.slice(splice.from + splice.insert.length)).toBe(note.text);
				const span = findFrontmatter(note.text);
				if (span) expect(splice.from).toBeGreaterThanOrEqual(span.bodyStart);
				if (note.eol === "\r\n") expect(splice.insert.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
				else expect(splice.insert).not.toContain("\r");
			}),
			{ numRuns },
		);
	});

	it("a second insertion of the same draft changes nothing", () => {
		fc.assert(
			fc.property(noteArb, draftArb, (note, draft) => {
				const options = { heading: HEADING, due: "2026-11-24" };
				const splice = planDraftInsertion(note.text, draft, options);
				const once = splice ? applySplice(note.text, splice) : note.text;
				expect(planDraftInsertion(once, draft, options)).toBeNull();
			}),
			{ numRuns },
		);
	});

	it("the block is a top-level part of the note, and the next draft finds the same section after it", () => {
		fc.assert(
			fc.property(noteArb, draftArb, (note, draft) => {
				const first = { ...draft, to: "First Person" };
				const second = { ...draft, to: "Second Person" };
				const options = { heading: HEADING, due: "2026-11-24" };
				const once = applySplice(note.text, planDraftInsertion(note.text, first, options) ?? { from: 0, to: 0, insert: "" });
				const marker = (name: string) =>
					topLevel(once)
						.concat()
						.find((n) => n.type === "html" && n.value?.includes(`:${name}:`));
				expect(marker("first-person")).toBeDefined();

				const sections = (text: string) =>
					topLevel(text).filter((n) => n.type === "heading" && n.depth === 2 && /^## follow-ups/i.test(text.slice(n.offset)));
				const twice = applySplice(once, planDraftInsertion(once, second, options) ?? { from: 0, to: 0, insert: "" });
				expect(sections(twice)).toHaveLength(sections(once).length);
				const nodes = topLevel(twice);
				const a = nodes.find((n) => n.type === "html" && n.value?.includes(":first-person:"));
				const b = nodes.find((n) => n.type === "html" && n.value?.includes(":second-person:"));
				expect(a && b && b.offset > a.offset).toBe(true);
			}),
			{ numRuns },
		);
	});
});

const LOG_SHAPES = [
	null,
	"follow_ups:",
	"follow_ups: []",
	"follow_ups: [] # log",
	"follow_ups: ~",
	"follow_ups:\n  - {date: 2026-11-10, kind: thank-you, to: Jane Doe}",
	"follow_ups:\n- date: 2026-11-10\n  kind: thank-you\n  to: Jane Doe\n# done by hand",
	"touches:\n    - { date: 2026-11-10, kind: thank-you, to: Jane Doe }\n    # more later",
	"log: [{date: 2026-11-10, kind: reply, from: Jane}]",
];

const entryArb: fc.Arbitrary<LogEntryToAppend> = fc.record(
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

const loggedNoteArb = fc
	.record({
		frontmatter: fc.option(fc.tuple(fc.subarray(YAML_LINES), fc.constantFrom(...LOG_SHAPES), fc.nat(6)), { nil: null }),
		note: noteArb,
	})
	.map(({ frontmatter, note }) => {
		const body = note.hasFrontmatter ? note.text.slice(findFrontmatter(note.text)?.bodyStart ?? 0) : note.text;
		if (frontmatter === null) {
			// Generated lines that happen to open with `---` … `---` would be a frontmatter block.
			const plain = findFrontmatter(body) ? `Text${note.eol}${body}` : body;
			return { text: plain, eol: plain.includes("\n") ? note.eol : "\n", body: plain };
		}
		const [lines, shape, at] = frontmatter;
		const all = [...lines];
		if (shape !== null) all.splice(at % (all.length + 1), 0, shape);
		const head = ["---", ...all, "---", ""].join("\n").replace(/\n/g, note.eol);
		return { text: head + body, eol: note.eol, body };
	});

describe("appendLogEntry properties", () => {
	it("leaves the body byte for byte, keeps every other value, and adds exactly the entry", () => {
		fc.assert(
			fc.property(loggedNoteArb, entryArb, (note, entry) => {
				const result = appendLogEntry(note.text, entry);
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const span = findFrontmatter(result.text);
				expect(span).not.toBeNull();
				expect(result.text.slice(span?.bodyStart ?? 0)).toBe(note.body);
				if (note.eol === "\r\n") expect(result.splice.insert.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
				const yaml = load(result.text.slice(span?.contentStart, span?.contentEnd), { schema: CORE_SCHEMA }) as Record<
					string,
					unknown
				>;
				const list = yaml[result.key] as Record<string, unknown>[];
				expect(list[list.length - 1]).toMatchObject({ date: entry.date, kind: entry.kind });
			}),
			{ numRuns },
		);
	});

	it("is a pure insertion unless an empty `[]`, `~` list line is rewritten", () => {
		fc.assert(
			fc.property(loggedNoteArb, entryArb, (note, entry) => {
				const result = appendLogEntry(note.text, entry);
				if (!result.ok || result.splice.to === result.splice.from) return;
				const replaced = note.text.slice(result.splice.from, result.splice.to);
				expect(replaced.trim().replace(/\s*#.*$/, "")).toMatch(/^(\[\]|~)$/);
			}),
			{ numRuns },
		);
	});
});
