import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { rulesDocument } from "../../src/app/rules-doc";
import { ALL_RULES, RULE_EXAMPLES } from "../../src/core/rules/examples";

it("docs/rules.md is current with the rules (run `npm run docs` after changing a rule)", () => {
	expect(readFileSync(join(__dirname, "../../docs/rules.md"), "utf8")).toBe(rulesDocument());
});

it("documents every rule and every example", () => {
	const doc = rulesDocument();
	expect(RULE_EXAMPLES.map(({ rule }) => rule)).toEqual(ALL_RULES);
	for (const { kind, summary, examples } of RULE_EXAMPLES) {
		expect(doc).toContain(`## \`${kind}\``);
		expect(doc).toContain(summary);
		for (const example of examples) expect(doc).toContain(example.title);
	}
});
