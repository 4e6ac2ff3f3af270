import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isEmptyValue, nameKey } from "../../src/core/values";
import { numRuns } from "../hardening/arbitraries";

/** Names built from letters and whitespace of several kinds, with two characters that `\s` does not match (U+200B, U+0085). */
const names = fc
	.array(fc.constantFrom("a", "B", "é", "Ö", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u200b", "\u0085", "-"), {
		maxLength: 10,
	})
	.map((parts) => parts.join(""));

describe("nameKey", () => {
	it("reads names the same however they are spaced or cased", () => {
		expect(nameKey("  Jane \t Doe ")).toBe("jane doe");
		expect(nameKey("Jane Doe")).toBe(nameKey("jane  doe"));
		expect(nameKey("Jane\u00a0Doe")).toBe("jane doe");
		expect(nameKey("")).toBe("");
	});

	it("equals trimming, collapsing whitespace and lower-casing, for any name", () => {
		fc.assert(
			fc.property(names, (name) => {
				expect(nameKey(name)).toBe(name.trim().replace(/\s+/g, " ").toLowerCase());
			}),
			{ numRuns },
		);
	});
});

describe("isEmptyValue", () => {
	it("counts blank text, empty lists and empty maps as absent, and nothing else", () => {
		for (const empty of [null, undefined, "", "  ", "\u00a0\n", [], {}]) expect(isEmptyValue(empty), JSON.stringify(empty)).toBe(true);
		for (const value of ["a", " a", "\u00a0a", 0, false, [null], { a: null }])
			expect(isEmptyValue(value), JSON.stringify(value)).toBe(false);
		expect(isEmptyValue(Object.create({ inherited: 1 }))).toBe(true);
	});

	it("agrees with trimming for any text", () => {
		fc.assert(
			fc.property(names, (text) => {
				expect(isEmptyValue(text)).toBe(text.trim() === "");
			}),
			{ numRuns },
		);
	});
});
