/**
 * Every rule carries its own worked examples; this runs each one through the whole
 * pipeline (read the frontmatter, evaluate the vault) and compares the rule's kinds.
 */
import { describe, expect, it } from "vitest";
import { ALL_RULES, RULE_EXAMPLES } from "../../../src/core/rules/examples";
import { aSource, evaluate } from "../../builders/vault";

it("lists every rule, in order, with its examples", () => {
	expect(RULE_EXAMPLES.map(({ rule }) => rule)).toEqual(ALL_RULES);
});

describe.each(RULE_EXAMPLES.map(({ kind, examples }) => [kind, examples] as const))("rule %s", (kind, examples) => {
	it("has at least one example", () => {
		expect(examples.length).toBeGreaterThan(0);
	});
	it.each(examples.map((example) => [example.title, example] as const))("%s", (_title, example) => {
		const others = (example.otherNotes ?? []).map((fm, i) => aSource(`Interviews/Other ${i + 1}.md`, fm));
		const result = evaluate([aSource("Interviews/Example.md", example.frontmatter), ...others], example.today, example.settings);
		const listed = result.followUps
			.filter((f) => f.note === "Interviews/Example.md")
			.filter((f) => f.kind === kind)
			.map(({ kind, to, due, windowEnd }) => ({ kind, to, due, windowEnd }));
		expect(listed).toEqual(example.expected);
		if (example.diagnostics !== undefined) {
			const codes = result.diagnostics.filter((d) => d.note === "Interviews/Example.md").map((d) => d.code);
			expect(codes.sort()).toEqual(example.diagnostics);
		}
		for (const followUp of result.followUps) expect(followUp.reason.length).toBeGreaterThan(20);
	});
});
