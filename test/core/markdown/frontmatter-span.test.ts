import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFrontmatter, type FrontmatterSpan } from "../../../src/core/markdown/frontmatter-span";
import { numRuns } from "../../hardening/arbitraries";

/**
 * Obsidian's rule read line by line: the first line is `---` (not `----`), maybe with a
 * language after it; the block closes at the first later line that is `---` with only
 * spaces and tabs after it. A line ends at `\n`, with an optional `\r` before it.
 */
function byLines(text: string): FrontmatterSpan | null {
	const start = text.startsWith("\uFEFF") ? 1 : 0;
	const lines: { from: number; content: string; next: number }[] = [];
	for (let from = start; from <= text.length;) {
		const feed = text.indexOf("\n", from);
		const end = feed === -1 ? text.length : feed;
		const crlf = feed !== -1 && text[end - 1] === "\r";
		lines.push({ from, content: text.slice(from, crlf ? end - 1 : end), next: feed === -1 ? text.length : feed + 1 });
		if (feed === -1) break;
		from = feed + 1;
	}
	const [first, ...rest] = lines;
	if (first === undefined || first.next === text.length || !first.content.startsWith("---") || first.content[3] === "-") return null;
	if (first.content.includes("\r")) return null; // a carriage return that ends no line
	const close = rest.find((line) => /^---[ \t]*$/.test(line.content) && (line.next !== text.length || !text.endsWith("\r")));
	if (close === undefined) return null;
	return {
		start,
		language: first.content.slice(3).trim(),
		contentStart: first.next,
		contentEnd: close.from,
		bodyStart: close.next,
	};
}

describe("findFrontmatter", () => {
	const piece = fc.constantFrom(
		"---",
		"----",
		"-",
		"\n",
		"\r\n",
		"\r",
		" ",
		"\t",
		"yaml",
		"js",
		"a: b",
		"x",
		"\u00a0",
		"\uFEFF",
		"\n---",
		"---\n",
		"---\r\n",
		"--- \t\n",
		"\n---\t",
		" js\r\n",
	);

	it("finds the block Obsidian's rule finds line by line, over texts of fences, dashes, line ends and spaces", () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
				const text = pieces.join("");
				for (const candidate of [text, `---\n${text}`, `\uFEFF---\r\n${text}`])
					expect(findFrontmatter(candidate)).toEqual(byLines(candidate));
			}),
			{ numRuns },
		);
	});

	it("gives the offsets of each part", () => {
		const text = "---yaml \r\na: 1\r\n---  \r\nBody";
		expect(findFrontmatter(text)).toEqual({ start: 0, language: "yaml", contentStart: 10, contentEnd: 16, bodyStart: 23 });
		expect(text.slice(16, 21)).toBe("---  ");
		expect(findFrontmatter("---\n---")).toEqual({ start: 0, language: "", contentStart: 4, contentEnd: 4, bodyStart: 7 });
		expect(findFrontmatter("----\na: 1\n---\n")).toBeNull();
		expect(findFrontmatter("---\na: 1\n--- x\n")).toBeNull();
	});
});
