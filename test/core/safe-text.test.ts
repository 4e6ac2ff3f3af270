import { describe, expect, it } from "vitest";
import { safeLine, safeText, withoutLineBreaks } from "../../src/core/safe-text";

describe("safeLine", () => {
	it("keeps ordinary text as it is, right-to-left marks and emoji included", () => {
		for (const text of ["Acme — PM", "Zoë Ångström 👩🏽‍💻", "שלום\u200f", "a\u00a0b"]) expect(safeLine(text)).toBe(text);
	});
	it("turns every kind of line break and tab into a space, so a value never splits a row", () => {
		expect(safeLine("a\r\nb\nc\rd\u2028e\u2029f\u0085g\vh\fi\tj")).toBe("a b c d e f g h i j");
	});
	it("shows other control characters and bidi controls as escapes", () => {
		expect(safeLine("\u001b[2J\u0007\u0000\u007f\u009b31m")).toBe("\\x1b[2J\\x07\\x00\\x7f\\x9b31m");
		expect(safeLine("Jane\u202eeoD\u2066x\u2069")).toBe("Jane\\u202eeoD\\u2066x\\u2069");
	});
});

describe("safeText", () => {
	it("keeps line feeds and tabs, makes every line break a line feed, and escapes the rest", () => {
		expect(safeText("Hi\r\nthere\rand\u2028more\tok\u001b]0;x\u0007")).toBe("Hi\nthere\nand\nmore\tok\\x1b]0;x\\x07");
	});
});

describe("withoutLineBreaks", () => {
	it("joins lines with one space and keeps every other character", () => {
		expect(withoutLineBreaks("About  \r\n\r\n  the role\u2028now\u001b")).toBe("About the role now\u001b");
	});
});
