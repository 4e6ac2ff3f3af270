import { describe, expect, it } from "vitest";
import { setProperties, type PropertyValues } from "../../../src/core/markdown/set-properties";

/** Sets the values in a note written as lines; returns the result as lines. */
function set(lines: string[], values: PropertyValues, eol = "\n"): string[] {
	const result = setProperties(lines.join(eol), values);
	if (!result.ok) throw new Error(result.message);
	return result.text.split(eol);
}

const NOTE = [
	"---",
	"tags: [interview] # job search",
	"company: Acme",
	"next_follow_up: 2026-11-20 # written by the plugin",
	"people:",
	"  - Jane Doe",
	"---",
	"# Notes",
];

describe("setProperties", () => {
	it("replaces a value where it stands, keeping the comment after it and every other line", () => {
		expect(set(NOTE, { next_follow_up: "2026-11-26" })).toEqual(
			NOTE.map((l) => (l.startsWith("next_follow_up") ? "next_follow_up: 2026-11-26 # written by the plugin" : l)),
		);
	});

	it("adds missing properties at the end of the frontmatter, in the order given", () => {
		expect(set(NOTE, { next_follow_up_kind: "check-in", next_follow_up_to: "Jane Doe" })).toEqual([
			...NOTE.slice(0, 6),
			"next_follow_up_kind: check-in",
			"next_follow_up_to: Jane Doe",
			...NOTE.slice(6),
		]);
	});

	it("removes a property with its line, and leaves alone one that is already right or already absent", () => {
		const result = setProperties(NOTE.join("\n"), { next_follow_up: null, company: "Acme", decision_date: null });
		expect(result.ok && result.text.split("\n")).toEqual(NOTE.filter((l) => !l.startsWith("next_follow_up")));
		expect(setProperties(NOTE.join("\n"), { company: "Acme", call_back: null })).toEqual({
			ok: true,
			splices: [],
			text: NOTE.join("\n"),
		});
	});

	it("fills an empty value and writes text YAML would read otherwise in quotes", () => {
		expect(set(["---", "decision_date: # ask them", "---"], { decision_date: "2026-12-01" })).toEqual([
			"---",
			"decision_date: 2026-12-01 # ask them",
			"---",
		]);
		expect(set(["---", "a: 1", "---"], { a: "yes", b: "42", c: "x: y" })).toEqual(["---", 'a: "yes"', 'b: "42"', 'c: "x: y"', "---"]);
	});

	it("creates the frontmatter when there is none, after a byte-order mark, in the note's line endings", () => {
		const result = setProperties("\uFEFF# Notes\r\nText", { next_follow_up: "2026-11-26" });
		expect(result.ok && result.text).toBe("\uFEFF---\r\nnext_follow_up: 2026-11-26\r\n---\r\n# Notes\r\nText");
		expect(setProperties("# Notes", { next_follow_up: null })).toEqual({ ok: true, splices: [], text: "# Notes" });
	});

	it("refuses, changing nothing, to overwrite a list, a map or a text over several lines", () => {
		for (const lines of [
			["decision_date:", "  - 2026-12-01"],
			["decision_date: |", "  Friday"],
			["decision_date: [2026-12-01]"],
			["decision_date: Friday or", "  Monday"],
		]) {
			expect(setProperties(["---", ...lines, "---"].join("\n"), { decision_date: "2026-12-04" })).toMatchObject({ ok: false });
			expect(setProperties(["---", ...lines, "---"].join("\n"), { decision_date: null })).toMatchObject({ ok: false });
		}
	});

	it("refuses a frontmatter it cannot read", () => {
		expect(setProperties("---\na: [\n---\n", { b: "1" })).toMatchObject({ ok: false });
		expect(setProperties("---js\n{}\n---\n", { b: "1" })).toMatchObject({ ok: false });
	});
});
