/**
 * Every rule carries its own worked examples; this runs each one through the whole
 * pipeline (read the frontmatter, evaluate the vault) and compares the rule's kinds.
 */
import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/core/rules";
import { aSource, evaluate } from "../../builders/vault";

describe.each(RULES.map((rule) => [rule.id, rule] as const))("rule %s", (_id, rule) => {
	it("has at least one example", () => {
		expect(rule.examples.length).toBeGreaterThan(0);
	});
	it.each(rule.examples.map((example) => [example.title, example] as const))("%s", (_title, example) => {
		const others = (example.otherNotes ?? []).map((fm, i) => aSource(`Interviews/Other ${i + 1}.md`, fm));
		const result = evaluate([aSource("Interviews/Example.md", example.frontmatter), ...others], example.today, example.settings);
		const listed = result.followUps
			.filter((f) => f.note === "Interviews/Example.md")
			.filter((f) => (rule.kinds as readonly string[]).includes(f.kind))
			.map(({ kind, to, due, windowEnd }) => ({ kind, to, due, windowEnd }));
		expect(listed).toEqual(example.expected);
		for (const followUp of result.followUps) expect(followUp.reason.length).toBeGreaterThan(20);
	});
});
