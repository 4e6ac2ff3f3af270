import { describe, expect, it } from "vitest";
import { applySplice, draftMarkerId, planDraftInsertion, type DraftToInsert } from "../../../src/core/markdown/plan-insertion";

const draft: DraftToInsert = { kind: "check-in", to: "Jane Doe", subject: "Following up", text: "Hi Jane,\n\nAny news?\n\nBest,\nSam" };
const options = { heading: "## Follow-ups", due: "2026-11-24" };

/** The block the draft above becomes, as lines. */
const BLOCK = [
	"### Check-in — Jane Doe · due 2026-11-24",
	"<!-- interview-followups:check-in:jane-doe:2026-11-24 -->",
	"> **Subject:** Following up",
	">",
	"> Hi Jane,",
	">",
	"> Any news?",
	">",
	"> Best,",
	"> Sam",
];

/** Inserts the draft into a note written as lines, and returns the result as lines. */
function insert(lines: string[], d = draft, o = options, eol = "\n"): string[] {
	const text = lines.join(eol);
	const splice = planDraftInsertion(text, d, o);
	if (splice === null) throw new Error("nothing inserted");
	expect(splice.to).toBe(splice.from);
	return applySplice(text, splice).split(eol);
}

describe("planDraftInsertion: where the draft goes", () => {
	it("appends to the end of an existing Follow-ups section, before the next section", () => {
		const before = ["# Acme onsite", "", "## Follow-ups", "", "- thanked everyone", "", "## Notes", "They use Rust.", ""];
		expect(insert(before)).toEqual([
			"# Acme onsite",
			"",
			"## Follow-ups",
			"",
			"- thanked everyone",
			"",
			...BLOCK,
			"",
			"## Notes",
			"They use Rust.",
			"",
		]);
	});

	it("keeps deeper headings inside the section and stops at a heading of the same level", () => {
		const before = ["## Follow-ups", "### Older draft", "text", "# Top", "x"];
		expect(insert(before)).toEqual(["## Follow-ups", "### Older draft", "text", "", ...BLOCK, "", "# Top", "x"]);
	});

	it("creates the section at the end of the note when it is missing", () => {
		expect(insert(["# Acme", "", "Some notes.", ""])).toEqual(["# Acme", "", "Some notes.", "", "## Follow-ups", "", ...BLOCK, ""]);
	});

	it("ignores a heading of that name inside a code fence", () => {
		const before = ["# Acme", "", "```md", "## Follow-ups", "```", ""];
		expect(insert(before)).toEqual(["# Acme", "", "```md", "## Follow-ups", "```", "", "## Follow-ups", "", ...BLOCK, ""]);
	});

	it("ignores a heading inside an Obsidian %% comment, and never inserts into one", () => {
		expect(insert(["%%", "## Follow-ups", "%%", ""])).toEqual(["%%", "## Follow-ups", "%%", "", "## Follow-ups", "", ...BLOCK, ""]);
		expect(insert(["## Follow-ups", "old %% hidden", "still hidden %%", "## Next"])).toEqual([
			"## Follow-ups",
			"old %% hidden",
			"still hidden %%",
			"",
			...BLOCK,
			"",
			"## Next",
		]);
		expect(insert(["## Follow-ups", "a %% b", "c %% d", "## Next"])).toEqual([
			"## Follow-ups",
			"a %% b",
			"c %% d",
			"",
			...BLOCK,
			"",
			"## Next",
		]);
		expect(insert(["## Follow-ups", "%% never closed"])).toEqual(["## Follow-ups", "%% never closed", "%%", "", ...BLOCK]);
	});

	it("closes a $$ math block left open at the end of the note so the new section is not swallowed by it", () => {
		expect(insert(["# Acme", "", "$$", "x^2"])).toEqual(["# Acme", "", "$$", "x^2", "$$", "", "## Follow-ups", "", ...BLOCK]);
		expect(insert(["# Acme", "", "  $$ E = mc^2", ""])).toEqual([
			"# Acme",
			"",
			"  $$ E = mc^2",
			"$$",
			"",
			"## Follow-ups",
			"",
			...BLOCK,
			"",
		]);
	});

	it("ignores a heading inside $$ math, and never inserts into an open one", () => {
		expect(insert(["$$", "## Follow-ups", "$$", ""])).toEqual(["$$", "## Follow-ups", "$$", "", "## Follow-ups", "", ...BLOCK, ""]);
		expect(insert(["## Follow-ups", "Some math:", "$$", "a + b"])).toEqual([
			"## Follow-ups",
			"Some math:",
			"$$",
			"a + b",
			"$$",
			"",
			...BLOCK,
		]);
	});

	it("reads $$ as text in code, in a %% comment, in closed pairs, and in the middle of a line left open", () => {
		expect(insert(["Use `$$` for math.", ""])).toEqual(["Use `$$` for math.", "", "## Follow-ups", "", ...BLOCK, ""]);
		expect(insert(["```", "$$", "```", ""])).toEqual(["```", "$$", "```", "", "## Follow-ups", "", ...BLOCK, ""]);
		expect(insert(["%% $$ %%", ""])).toEqual(["%% $$ %%", "", "## Follow-ups", "", ...BLOCK, ""]);
		expect(insert(["Inline $$x$$ and $$", "y", "$$", ""])).toEqual([
			"Inline $$x$$ and $$",
			"y",
			"$$",
			"",
			"## Follow-ups",
			"",
			...BLOCK,
			"",
		]);
		expect(insert(["It costs $$ more.", ""])).toEqual(["It costs $$ more.", "", "## Follow-ups", "", ...BLOCK, ""]);
	});

	it("closes a fence left open at the end of the note so the new section is not swallowed by it", () => {
		const before = ["# Acme", "", "~~~~", "## Follow-ups"];
		expect(insert(before)).toEqual(["# Acme", "", "~~~~", "## Follow-ups", "~~~~", "", "## Follow-ups", "", ...BLOCK]);
	});

	it("matches the heading whatever its case, and not at another level", () => {
		expect(insert(["## FOLLOW-UPS", "x"])).toEqual(["## FOLLOW-UPS", "x", "", ...BLOCK]);
		expect(insert(["# Follow-ups", "x"])).toEqual(["# Follow-ups", "x", "", "## Follow-ups", "", ...BLOCK]);
	});

	it("keeps a note without a final newline without one", () => {
		expect(insert(["## Follow-ups", "", "old"])).toEqual(["## Follow-ups", "", "old", "", ...BLOCK]);
		expect(insert(["Just a line"])).toEqual(["Just a line", "", "## Follow-ups", "", ...BLOCK]);
	});

	it("leaves a blank line before a setext heading that follows, so the draft is not turned into one", () => {
		const before = ["## Follow-ups", "```", "old", "```", "Next", "----", ""];
		expect(insert(before)).toEqual(["## Follow-ups", "```", "old", "```", "", ...BLOCK, "", "Next", "----", ""]);
	});

	it("never touches the frontmatter, even when it looks like markdown", () => {
		const before = ["---", "title: x", "## Follow-ups: no", "---"];
		expect(insert(before)).toEqual(["---", "title: x", "## Follow-ups: no", "---", "", "## Follow-ups", "", ...BLOCK]);
	});

	it("writes CRLF into a CRLF note", () => {
		const text = ["---", "a: 1", "---", "## Follow-ups", "old", "## Next", ""].join("\r\n");
		const out = applySplice(text, planDraftInsertion(text, draft, options) ?? { from: 0, to: 0, insert: "" });
		expect(out.replace(/\r\n/g, "")).not.toContain("\n");
		expect(out.split("\r\n")).toEqual(["---", "a: 1", "---", "## Follow-ups", "old", "", ...BLOCK, "", "## Next", ""]);
	});

	it("puts an empty note's section at the top", () => {
		expect(insert([""])).toEqual(["## Follow-ups", "", ...BLOCK, ""]);
	});

	it("uses a bold title under a level-6 section heading", () => {
		const out = insert(["x"], draft, { ...options, heading: "###### Follow-ups" });
		expect(out).toContain("**Check-in — Jane Doe · due 2026-11-24**");
	});
});

describe("planDraftInsertion: never twice", () => {
	it("plans nothing when the marker is already there, even after the user rewrote the draft", () => {
		const edited = [
			"## Follow-ups",
			"### My own title",
			"<!-- interview-followups:check-in:jane-doe:2026-11-24 -->",
			"> rewritten",
		].join("\n");
		expect(planDraftInsertion(edited, draft, options)).toBeNull();
	});

	it("still inserts a draft of another kind, person or due day", () => {
		const once = insert(["x"]).join("\n");
		expect(planDraftInsertion(once, draft, options)).toBeNull();
		expect(planDraftInsertion(once, { ...draft, to: "Raj Patel" }, options)).not.toBeNull();
		expect(planDraftInsertion(once, draft, { ...options, due: "2026-12-01" })).not.toBeNull();
		expect(planDraftInsertion(once, { ...draft, kind: "second-check-in" }, options)).not.toBeNull();
	});

	it("a second draft lands after the first one, in the same section", () => {
		const once = insert(["## Follow-ups", "", "## Notes"]);
		const twice = insert(once, { ...draft, to: "Raj Patel" });
		expect(twice[twice.length - 1]).toBe("## Notes");
		expect(twice.filter((l) => l === "## Follow-ups")).toHaveLength(1);
		expect(twice.indexOf("<!-- interview-followups:check-in:raj-patel:2026-11-24 -->")).toBeGreaterThan(
			twice.indexOf("<!-- interview-followups:check-in:jane-doe:2026-11-24 -->"),
		);
	});

	it("builds marker ids from kind, person and due day", () => {
		expect(draftMarkerId("thank-you", "José Núñez-O'Hara", "2026-11-19")).toBe(
			"interview-followups:thank-you:jose-nunez-o-hara:2026-11-19",
		);
		expect(draftMarkerId("ask-next-steps", null, null)).toBe("interview-followups:ask-next-steps");
	});
});
