import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blankCodeAndComments, inlineTagsOf } from "../../src/core/classify";
import { numRuns } from "../hardening/arbitraries";

describe("blankCodeAndComments: inline code spans", () => {
	const blank = (s: string) => s.replace(/[^\n]/g, " ");
	/** The rule as one regular expression: a run of backticks up to the next run at least as long (slow on some texts). */
	const byExpression = (text: string) => text.replace(/(`+)[\s\S]*?\1/g, blank);

	it("blanks exactly what the regular expression blanks, for any text of backticks", () => {
		const piece = fc.constantFrom("`", "``", "```", "````", "a", " ", "#tag", "x`y");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				// No line starts with a fence here, so only code spans (and no comments) are blanked.
				const text = `#interview ${pieces.join("")}`;
				expect(blankCodeAndComments(text)).toBe(byExpression(text));
			}),
			{ numRuns: numRuns * 20 },
		);
	});

	it("agrees with it on runs of falling lengths, the shape where the expression looks through the rest once per length", () => {
		let text = "#interview\n";
		for (let i = 300; i >= 1; i--) text += `${"`".repeat(i)} x #t${i} `;
		expect(blankCodeAndComments(text)).toBe(byExpression(text));
		expect(inlineTagsOf(text)[0]).toBe("interview");
	});
});
