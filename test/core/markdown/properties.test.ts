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
import { appendLogEntry, removeAppendedLogEntry } from "../../../src/core/markdown/append-log-entry";
import { bodyOf } from "../../../src/core/markdown/frontmatter-text";
import { setProperties } from "../../../src/core/markdown/set-properties";
import { entryArb, loggedNoteArb, noteArb } from "../../hardening/note-shapes";
import { findFrontmatter } from "../../../src/core/markdown/frontmatter-span";
import { applySplice, planDraftInsertion, type DraftToInsert } from "../../../src/core/markdown/plan-insertion";

const numRuns = Number(process.env.FC_RUNS ?? 100);
const HEADING = "## Follow-ups";

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
				else expect(result.splice.insert).not.toContain("\r");
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

	it("is a pure insertion, unless a `~` or `null` value is what it replaces", () => {
		fc.assert(
			fc.property(loggedNoteArb, entryArb, (note, entry) => {
				const result = appendLogEntry(note.text, entry);
				if (!result.ok) return;
				const { from, to, insert } = result.splice;
				expect(result.text).toBe(note.text.slice(0, from) + insert + note.text.slice(to));
				if (to > from) expect(note.text.slice(from, to)).toMatch(/^[ \t]*(?:~|null)(?:[ \t]+#.*)?$/i);
			}),
			{ numRuns },
		);
	});

	it("is undone byte for byte", () => {
		fc.assert(
			fc.property(loggedNoteArb, entryArb, (note, entry) => {
				const result = appendLogEntry(note.text, entry);
				if (!result.ok) return;
				const undone = removeAppendedLogEntry(result.text, result.appended);
				expect(undone.ok && undone.text).toBe(note.text);
			}),
			{ numRuns },
		);
	});
});

describe("setProperties properties", () => {
	const valuesArb = fc.dictionary(
		fc.constantFrom("next_follow_up", "next_follow_up_kind", "next_follow_up_to", "decision_date", "status"),
		fc.option(fc.constantFrom("2026-11-26", "check-in", "Jane Doe", "O'Brien: CEO", "yes", "# not a comment"), { nil: null }),
	);

	it("changes the named properties only, keeps the body and every other byte outside the edited lines", () => {
		fc.assert(
			fc.property(loggedNoteArb, valuesArb, (note, values) => {
				const result = setProperties(note.text, values);
				// Only a value over several lines is refused, and the generated notes have none under these keys.
				if (!result.ok) throw new Error(result.message);
				const span = findFrontmatter(result.text);
				expect(bodyOf(result.text)).toBe(note.body);
				const yaml = span
					? (load(result.text.slice(span.contentStart, span.contentEnd), { schema: CORE_SCHEMA }) as Record<string, unknown>)
					: {};
				for (const [key, value] of Object.entries(values)) {
					if (value === null) expect(Object.prototype.hasOwnProperty.call(yaml ?? {}, key)).toBe(false);
					else expect(yaml[key]).toBe(value);
				}
				// Each splice replaces at most one line of the original.
				for (const splice of result.splices)
					expect(note.text.slice(splice.from, splice.to).replace(/\r?\n$/, "")).not.toMatch(/[\r\n]/);
			}),
			{ numRuns },
		);
	});
});
