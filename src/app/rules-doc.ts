/**
 * docs/rules.md, generated from the rules themselves (summary and worked examples), so
 * the documentation and the tested behaviour cannot drift apart.
 */
import { RULE_EXAMPLES } from "../core/rules/examples";
import { shortDay } from "../core/dates";

/** The markdown text of docs/rules.md. */
export function rulesDocument(): string {
	const lines = [
		"# The follow-up rules",
		"",
		"Generated from `src/core/rules/` by `npm run docs`; do not edit by hand. Each example below",
		"also runs as a test (`test/core/rules/examples.test.ts`).",
		"",
	];
	for (const { kind, rule, summary, examples } of RULE_EXAMPLES) {
		lines.push(`## \`${kind}\``, "", summary, "", `Runs for notes whose status is ${rule.statuses.join(", ")}.`, "");
		for (const example of examples) {
			lines.push(`- **${example.title}** (today ${shortDay(example.today)})`);
			const listed =
				example.expected.length === 0
					? ["nothing of this kind"]
					: example.expected.map(
							(e) => `${e.kind} → ${e.to ?? "(no person)"}: due ${shortDay(e.due)}, on time until ${shortDay(e.windowEnd)}`,
						);
			if (example.diagnostics !== undefined) {
				listed.push(example.diagnostics.length === 0 ? "no warnings" : `warnings: ${example.diagnostics.join(", ")}`);
			}
			for (const line of listed) lines.push(`  - ${line}`);
		}
		lines.push("");
	}
	return lines.join("\n");
}
