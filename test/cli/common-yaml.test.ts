/**
 * readCommonYaml must read every block it accepts exactly as js-yaml does with the CORE
 * schema, and give up on the rest. The property test generates blocks from pieces chosen
 * to sit on both sides of every line the reader draws (numbers, null and boolean words,
 * colons, comments, quotes, escapes, indents, compact lists, duplicate and special keys,
 * line endings) and compares the two readers on each.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { seededRandom, vaultFiles } from "../../bench/vault";
import { readCommonYaml } from "../../src/cli/common-yaml";
import { numRuns } from "../hardening/arbitraries";

/** What the CLI's YAML engine reads without the fast path: js-yaml, CORE schema; null for an error. */
function jsYaml(block: string): { value: unknown } | null {
	try {
		return { value: load(block, { schema: CORE_SCHEMA, json: false }) ?? {} };
	} catch {
		return null;
	}
}

/** Same values, same key order, same prototypes. */
function expectSameAsJsYaml(block: string, common: Record<string, unknown>): void {
	const reference = jsYaml(block);
	expect(reference, `js-yaml refuses a block the fast reader accepted:\n${block}`).not.toBeNull();
	// isDeepStrictEqual compares prototypes themselves, so a key named `constructor` does not confuse it.
	expect(isDeepStrictEqual(common, reference?.value), block).toBe(true);
	expect(JSON.stringify(common), block).toBe(JSON.stringify(reference?.value));
}

/** Blocks as they sit between the fences: starting with the rest of the opening line. */
const blockOf = (lines: string[]): string => `\n${lines.join("\n")}`;

describe("readCommonYaml", () => {
	it("reads the frontmatter notes are made of", () => {
		const block = blockOf([
			"company: Quill Bank",
			"role: Product Manager, Payments",
			"interview_date: 2026-11-29",
			"decision_date: in one week",
			"status: null",
			"remote: true",
			"people:",
			'  - "[[Ximena Ito]]"',
			"  - Victor S. O'Neill",
			"  - name: Ben Okafor",
			"    title: VP Engineering",
			"follow_ups:",
			"  - {date: 2026-05-13, kind: thank-you, to: Ben Okafor, dismissed: false}",
			"tags: [interview, 'job search']",
			"linkedin: https://www.linkedin.com/in/tara",
			"empty:",
		]);
		const common = readCommonYaml(block);
		expect(common).toStrictEqual({
			company: "Quill Bank",
			role: "Product Manager, Payments",
			interview_date: "2026-11-29",
			decision_date: "in one week",
			status: null,
			remote: true,
			people: ["[[Ximena Ito]]", "Victor S. O'Neill", { name: "Ben Okafor", title: "VP Engineering" }],
			follow_ups: [{ date: "2026-05-13", kind: "thank-you", to: "Ben Okafor", dismissed: false }],
			tags: ["interview", "job search"],
			linkedin: "https://www.linkedin.com/in/tara",
			empty: null,
		});
		expectSameAsJsYaml(block, common as Record<string, unknown>);
	});

	it("leaves everything else to js-yaml", () => {
		const beyond = [
			"count: 3",
			"when: 2026-11-29 10:00",
			"a: &x 1\nb: *x",
			"fn: !!js/function 'x'",
			"text: |\n  two\n  lines",
			"note: a value # with a comment",
			'say: "an \\"escaped\\" quote"',
			"a: 1\na: 2",
			"__proto__: {polluted: true}",
			"key:\n  continued plain\n  text",
			"\tcompany: Acme",
			"- a list",
			"just text",
		];
		for (const text of beyond) expect(readCommonYaml(blockOf([text])), text).toBeUndefined();
	});

	it("leaves very deep nesting to js-yaml instead of recursing into it", () => {
		const lines = Array.from({ length: 5000 }, (_, depth) => `${" ".repeat(depth)}k${depth}:`);
		expect(readCommonYaml(blockOf(lines))).toBeUndefined();
		const shallow = Array.from({ length: 20 }, (_, depth) => `${" ".repeat(depth)}k${depth}:`);
		expect(readCommonYaml(blockOf(shallow))).toBeDefined();
	});

	it("reads an empty block, and one of only comments, as no properties", () => {
		expect(readCommonYaml("")).toEqual({});
		expect(readCommonYaml(blockOf(["# only a comment", "", "   "]))).toEqual({});
	});

	it("reads each block's own keys, when keys met before share their length and first letter", () => {
		expect(readCommonYaml("role: a\nrank: b\n")).toEqual({ role: "a", rank: "b" });
		expect(readCommonYaml("rank: c\nrole: d\nrest: {rind: e, ring: f}\n")).toEqual({
			rank: "c",
			role: "d",
			rest: { rind: "e", ring: "f" },
		});
		expect(readCommonYaml("rank: g\nrank: h\n")).toBeUndefined(); // written twice: js-yaml reports it
	});

	it("reads Windows line endings", () => {
		expect(readCommonYaml("\r\ncompany: Acme\r\ntags: [a]\r\n")).toStrictEqual({ company: "Acme", tags: ["a"] });
	});

	it("agrees with js-yaml on every block it accepts, over generated blocks", () => {
		let accepted = 0;
		let total = 0;
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
				const block = generatedBlock(seed);
				const common = readCommonYaml(block);
				total++;
				if (common === undefined) return;
				accepted++;
				expectSameAsJsYaml(block, common);
			}),
			{ numRuns: numRuns * 10 },
		);
		// Both sides of the line must be exercised, or the comparison proves little.
		expect(accepted).toBeGreaterThan(total / 10);
		expect(accepted).toBeLessThan(total);
	});

	it("agrees with js-yaml on every note of the benchmark's vault, and reads nearly all of them itself", () => {
		let accepted = 0;
		const files = vaultFiles(500);
		for (const text of files.values()) {
			const block = frontmatterBlock(text);
			if (block === null) continue;
			const common = readCommonYaml(block);
			if (common === undefined) continue;
			accepted++;
			expectSameAsJsYaml(block, common);
		}
		expect(accepted).toBeGreaterThan(files.size * 0.95);
	});

	it("agrees with js-yaml on every note of the example vault", () => {
		let accepted = 0;
		for (const file of markdownFiles("examples/vault")) {
			const block = frontmatterBlock(readFileSync(file, "utf8"));
			if (block === null) continue;
			const common = readCommonYaml(block);
			if (common === undefined) continue;
			accepted++;
			expectSameAsJsYaml(block, common);
		}
		expect(accepted).toBeGreaterThan(10);
	});
});

/** The block between the fences, as the CLI cuts it; null without frontmatter. */
function frontmatterBlock(text: string): string | null {
	if (!text.startsWith("---")) return null;
	const end = text.indexOf("\n---", 3);
	return end === -1 ? null : text.slice(3, end);
}

function markdownFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return markdownFiles(path);
		return name.endsWith(".md") ? [path] : [];
	});
}

// ---- The generator -------------------------------------------------------------------

/** Keys on both sides: plain words, and words YAML reads as something else or that reach prototypes. */
const KEYS = [
	"company",
	"role",
	"people",
	"tags",
	"a b",
	"x",
	"y",
	"k-1",
	"a.b",
	"_k",
	"é",
	"a  b",
	"k.",
	"k-",
	"K_2",
	"on",
	"yes",
	"NULL",
	"Null",
	"nul",
	"null",
	"True",
	"false",
	"__proto__",
	"constructor",
	"toString",
	"1",
	"-k",
	"k ",
	"a#b",
	"a:b",
	"'q'",
	'"q"',
	"? k",
	"k\t",
];

/** Values on both sides of the line. */
const SCALARS = [
	"Acme",
	"Acme Labs",
	"in two weeks",
	"O'Neill",
	"Siobhán",
	"C#",
	"a, b",
	"a [b] {c}",
	"https://example.com/a",
	"2026-11-29",
	"2026-11-29 10:00",
	"2026-02-30",
	"10:30",
	"1",
	"-1",
	"0x1F",
	"0o17",
	"1e3",
	".5",
	".inf",
	".NaN",
	"1_000",
	"~",
	"null",
	"Null",
	"nULL",
	"true",
	"TRUE",
	"tRUE",
	"yes",
	"no",
	"on",
	"",
	"a: b",
	"a:b",
	"a:",
	"a #b",
	"#x",
	"- x",
	"-",
	"? x",
	"&a x",
	"*a",
	"!tag x",
	"!!str 1",
	"|",
	">",
	"%x",
	"@x",
	"`x",
	"...",
	'"quoted"',
	'"with # and : inside"',
	'"esc\\"aped"',
	'"bad',
	"'single'",
	"'it''s'",
	"'open",
	'"a" trailing',
	"[a, b]",
	"[a,b]",
	"[ a , 'b c' , \"d\" ]",
	"[]",
	"[a, b,]",
	"[a, [b]]",
	"[a: b]",
	"[a",
	"{a: b, c: d}",
	"{a: b, a: c}",
	"{}",
	"{a:b}",
	"{a: }",
	"{a: [b]}",
	"{date: 2026-05-13, kind: reply, dismissed: true}",
	"{a: b} tail",
	"é",
	"\u00a0x",
	"x\u00a0",
	"trailing   ",
	"a\tb",
	// Characters left to js-yaml, in every kind of value.
	"a\u0085b",
	"a\ufeffb",
	"\ufeffa",
	"\u00a0",
	"a\u2028b",
	"a\rb",
	"a\x7fb",
	"a\x01b",
	"a\ud800b",
	"\ud83d\ude00 smile",
	'"a\u0001b"',
	"'a\u2029b'",
	"[a\u0085b, c]",
	"{a: b\ufeff}",
];

function generatedBlock(seed: number): string {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	const chance = (p: number): boolean => random() < p;
	const lines: string[] = [];
	const noise = (indent: number): void => {
		if (chance(0.05)) lines.push("");
		if (chance(0.04))
			lines.push(
				`${" ".repeat(chance(0.5) ? 0 : indent + Math.floor(random() * 3))}# a comment${chance(tricky) ? pick(["\u0001", "\ufeff", "\u2028", "\t", "\ud800", "é"]) : ""}`,
			);
		if (chance(0.01)) lines.push(" ".repeat(Math.floor(random() * 4)));
	};
	// How many of the pieces come from the tricky end of each list: some blocks are clean.
	const tricky = random() * 0.6;
	const keyPrefix = (): string => (chance(tricky) ? pick(KEYS) : pick(KEYS.slice(0, 7)));
	const scalar = (): string => (chance(tricky) ? pick(SCALARS) : pick(SCALARS.slice(0, 12)));
	const trailing = (): string => (chance(tricky / 4) ? " ".repeat(1 + Math.floor(random() * 2)) : "");
	const colon = (): string => (chance(1 - tricky / 10) ? ":" : pick([" :", "::", ":x"]));

	const writeMap = (indent: number, depth: number, firstPrefix: string | null): void => {
		const entries = 1 + Math.floor(random() * 4);
		for (let entry = 0; entry < entries; entry++) {
			const prefix = entry === 0 && firstPrefix !== null ? firstPrefix : " ".repeat(indent + (chance(0.03) ? 1 : 0));
			const key = keyPrefix();
			const shape = random();
			if (depth < 2 && shape < 0.2) {
				lines.push(`${prefix}${key}${colon()}${trailing()}`);
				noise(indent);
				writeList(indent + pick([0, 0, 2, 2, 4, 1, 3]), depth + 1);
			} else if (depth < 2 && shape < 0.3) {
				lines.push(`${prefix}${key}${colon()}${trailing()}`);
				noise(indent);
				writeMap(indent + pick([2, 2, 4, 1]), depth + 1, null);
			} else if (shape < 0.33) {
				lines.push(`${prefix}${key}${colon()}${trailing()}`);
				if (chance(0.5)) lines.push(`${" ".repeat(indent + 2)}${scalar()}`);
			} else {
				lines.push(`${prefix}${key}${colon()}${pick([" ", " ", " ", "  ", ""])}${scalar()}${trailing()}`);
			}
			noise(indent);
		}
	};
	const writeList = (indent: number, depth: number): void => {
		const items = 1 + Math.floor(random() * 3);
		for (let item = 0; item < items; item++) {
			const dash = `${" ".repeat(indent + (chance(0.03) ? 1 : 0))}-${pick([" ", " ", "  ", ""])}`;
			if (depth < 3 && chance(0.35)) writeMap(dash.length, depth + 1, dash);
			else lines.push(`${dash}${scalar()}${trailing()}`);
			noise(indent);
		}
	};

	noise(0);
	writeMap(chance(0.97) ? 0 : 2, 0, null);
	const text = `\n${lines.join("\n")}${chance(0.2) ? "\n" : ""}`;
	return chance(0.1) ? text.replace(/\n/g, "\r\n") : text;
}
