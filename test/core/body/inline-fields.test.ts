import { describe, expect, it } from "vitest";
import { inlineFields } from "../../../src/core/body";

/** The fields of a body as [key, value] pairs. */
const pairs = (markdown: string): [string, string][] => inlineFields(markdown, 1).map((f) => [f.key, f.value]);

describe("inlineFields: the examples of Dataview's documentation", () => {
	const cases: [string, [string, string][]][] = [
		["Basic Field:: Some random Value", [["Basic Field", "Some random Value"]]],
		["**Bold Field**:: Nice!", [["Bold Field", "Nice!"]]],
		[
			"I would rate this a [rating:: 9]! It was [mood:: acceptable].",
			[
				["rating", "9"],
				["mood", "acceptable"],
			],
		],
		["This will not show the (longKeyIDontNeedWhenReading:: key).", [["longKeyIDontNeedWhenReading", "key"]]],
		["Noël:: Un jeu de console", [["Noël", "Un jeu de console"]]],
		["クリスマス:: 家庭用ゲーム機", [["クリスマス", "家庭用ゲーム機"]]],
		["[🎅:: a console game]", [["🎅", "a console game"]]],
		["[xmas🎄:: a console game]", [["xmas🎄", "a console game"]]],
		["**Thoughts**:: It was decent.", [["Thoughts", "It was decent."]]],
		[
			"[mood:: okay] | [length:: 2 hours]",
			[
				["mood", "okay"],
				["length", "2 hours"],
			],
		],
		[
			"From [author:: Edgar Allan Poe], written in (published:: 1845)",
			[
				["author", "Edgar Allan Poe"],
				["published", "1845"],
			],
		],
		[
			"I would rate this a [rating:: 6]. It was (thoughts:: acceptable).",
			[
				["rating", "6"],
				["thoughts", "acceptable"],
			],
		],
		["Example:: [[Some Other Page|Render Text]]", [["Example", "[[Some Other Page|Render Text]]"]]],
		["date2:: 2021-04-17 18:00", [["date2", "2021-04-17 18:00"]]],
		["length of travel:: 1 day, 3 hours", [["length of travel", "1 day, 3 hours"]]],
		["release-date:: 2023-02-14T12:00", [["release-date", "2023-02-14T12:00"]]],
		["duration:: `= this.end - this.start - this.pause`", [["duration", "`= this.end - this.start - this.pause`"]]],
	];
	it.each(cases)("%j", (markdown, expected) => {
		expect(pairs(markdown)).toEqual(expected);
	});

	it('"Rating:: 9" and "Status:: done" on consecutive lines of one paragraph are two fields', () => {
		expect(pairs("Rating:: 9\nStatus:: done")).toEqual([
			["Rating", "9"],
			["Status", "done"],
		]);
	});
	it('"- [ ] Send an mail to David about the deadline [due:: 2022-04-05]." is a field of the task, not of the note', () => {
		expect(pairs("- [ ] Send an mail to David about the deadline [due:: 2022-04-05].")).toEqual([]);
		expect(pairs("- [X] I finished this on [completion:: 2021-08-15].")).toEqual([]);
	});
	it('"Key::" with nothing after it is a field with an empty value', () => {
		expect(pairs("Key::")).toEqual([["Key", ""]]);
	});
});

describe("inlineFields: where a field may stand", () => {
	const cases: [string, string, [string, string][]][] = [
		["a list item", "- Applied:: 2026-10-20", [["Applied", "2026-10-20"]]],
		["a starred list item", "* Applied:: 2026-10-20", [["Applied", "2026-10-20"]]],
		["a numbered list item", "1. Applied:: 2026-10-20", [["Applied", "2026-10-20"]]],
		["a list item inside a quote", "> - Recruiter:: Maya Chen", [["Recruiter", "Maya Chen"]]],
		["a callout", "> [!info] Details\n> Stage:: Onsite", [["Stage", "Onsite"]]],
		["a heading", "## Status:: Rejected", [["Status", "Rejected"]]],
		["an indented line", "    Company:: Acme", [["Company", "Acme"]]],
		["a key in italics", "_Role_:: Engineer", [["Role", "Engineer"]]],
		["a key in strong underscores", "__Role__:: Engineer", [["Role", "Engineer"]]],
		["a key struck through", "~~Role~~:: Engineer", [["Role", "Engineer"]]],
		["a key with a slash and a dash", "Follow-up/next:: Friday", [["Follow-up/next", "Friday"]]],
		["a key with spaces before the colons", "Date Applied ::  2026-10-20  ", [["Date Applied", "2026-10-20"]]],
		["a bracketed field in a list item", "- Called Maya [outcome:: positive]", [["outcome", "positive"]]],
		["a bracketed field in a table cell", "| Acme | [stage:: onsite] |", [["stage", "onsite"]]],
		["brackets nested in the value", "Note [links:: [[A]], [[B]]] here", [["links", "[[A]], [[B]]"]]],
		["an escaped bracket in the value", "[key:: a \\] b]", [["key", "a \\] b"]]],
		["round brackets nested in a round value", "(when:: Friday (maybe))", [["when", "Friday (maybe)"]]],
		["square brackets inside a round field", "(links:: [[A]])", [["links", "[[A]]"]]],
		["three colons: the third belongs to the value", "[key::: value]", [["key", ": value"]]],
		[
			"a CRLF line",
			"Applied:: 2026-10-20\r\nStage:: Onsite\r\n",
			[
				["Applied", "2026-10-20"],
				["Stage", "Onsite"],
			],
		],
	];
	it.each(cases)("in %s", (_where, markdown, expected) => {
		expect(pairs(markdown)).toEqual(expected);
	});

	it("a line with a bracketed field has no full-line field", () => {
		expect(pairs("Status:: open [stage:: onsite]")).toEqual([["stage", "onsite"]]);
	});
	it("a field in a task item is the task's own, even a full-line one", () => {
		expect(pairs("- [ ] Status:: open")).toEqual([]);
		expect(pairs("- [x] follow up [done:: 2026-11-20]")).toEqual([]);
	});
	it("gives each field its line in the file, counted from the line the body starts on", () => {
		const fields = inlineFields("# Acme\n\nApplied:: 2026-10-20\n\n- Stage:: Onsite", 6);
		expect(fields).toEqual([
			{ key: "Applied", value: "2026-10-20", line: 8 },
			{ key: "Stage", value: "Onsite", line: 10 },
		]);
	});
});

describe("inlineFields: what is not a field", () => {
	const cases: [string, string][] = [
		["a single colon", "Status: rejected"],
		["a colon in the key", "Note: see:: this"],
		["a web address", "See https://example.com::8080 for details"],
		["a key with a dot", "v1.2:: released"],
		["a bracket in a full-line key", "Status (old):: open"],
		["a bracket between the opener and the colons", "[a] b (c:: d"],
		["an unclosed bracket", "[key:: value"],
		["an empty bracketed key", "[:: value]"],
		["an escaped opening bracket", "\\[key:: value]"],
		["fenced code", "```\nStatus:: rejected\n```"],
		["fenced code with tildes and a longer closing fence", "~~~yaml\nStatus:: rejected\n~~~~\n"],
		["fenced code in a list item", "- notes\n  ```\n  Status:: rejected\n  ```"],
		["fenced code never closed", "```\nStatus:: rejected\n\nMore:: text"],
		["a code span", "Use `Status:: rejected` to mark it"],
		["a bracketed field in a code span", "Use `[status:: rejected]` inline"],
		["a double-backtick code span", "Use ``a ` [status:: x]`` here"],
		["an HTML comment on one line", "<!-- Status:: rejected -->"],
		["an HTML comment over lines", "<!--\nStatus:: rejected\n-->"],
		["a %% comment on one line", "%% Status:: rejected %%"],
		["a %% comment over lines", "%%\nStatus:: rejected\n%%"],
		["a bracketed field in a %% comment", "Text %%[status:: rejected]%% more"],
	];
	it.each(cases)("%s", (_what, markdown) => {
		expect(pairs(markdown)).toEqual([]);
	});

	it("text after a comment closes on the same line is read again", () => {
		expect(pairs("%% old %% Status:: active")).toEqual([["Status", "active"]]);
		expect(pairs("<!--\nStatus:: rejected\n--> [stage:: onsite]")).toEqual([["stage", "onsite"]]);
	});
	it("a comment in a value is not part of it", () => {
		expect(pairs("Status:: active %% was: rejected %%")).toEqual([["Status", "active"]]);
	});
	it("a line after a closed fence is read again", () => {
		expect(pairs("```\nA:: 1\n```\nB:: 2")).toEqual([["B", "2"]]);
	});
	it("a backtick line with a backtick after it opens no fence", () => {
		expect(pairs("```inline``` text\nB:: 2")).toEqual([["B", "2"]]);
	});
	it("`%%` inside a code span opens no comment", () => {
		expect(pairs("Write `%%` for comments\nB:: 2")).toEqual([["B", "2"]]);
	});
});

describe("inlineFields on long lines", () => {
	it("reads a field after 100 KB of text on its line", () => {
		const filler = "word ".repeat(20_000);
		expect(pairs(`${filler}[stage:: onsite]`)).toEqual([["stage", "onsite"]]);
	});
	it("finishes on 100 KB lines built to make a naive scanner go back and forth", () => {
		const n = 25_000;
		expect(pairs("[a:: ".repeat(n))).toEqual([]);
		expect(pairs("(::".repeat(n))).toEqual([]);
		expect(pairs("`` ` ".repeat(n))).toEqual([]);
		expect(pairs("%%<!--".repeat(n) + "\nB:: 2")).toEqual([]);
		expect(pairs(`Key::${" ".repeat(100_000)}`)).toEqual([["Key", ""]]);
		expect(pairs(`${"*".repeat(100_000)}Key:: v`)).toEqual([["Key", "v"]]);
		expect(pairs(`${" ".repeat(100_000)}\`\`\`\nA:: 1`)).toEqual([]);
	});
});

describe("inlineFields with bold labels", () => {
	const labels = (markdown: string): [string, string, boolean][] =>
		inlineFields(markdown, 1, true).map((f) => [f.key, f.value, f.label === true]);

	it("reads `**Key:** value` and `**Key**: value` filling a line, in a list item or a quote, as labels", () => {
		expect(labels("**Fecha:** 2026-11-20 10:00\n- **Rol**: SRE\n> __Etapa:__ Técnica\n**面试官：** 王磊")).toEqual([
			["Fecha", "2026-11-20 10:00", true],
			["Rol", "SRE", true],
			["Etapa", "Técnica", true],
			["面试官", "王磊", true],
		]);
	});

	it("reads a `Field | Value` table's rows whose label is bold, as labels", () => {
		const table =
			"| Field | Value |\n|---|---|\n| **Date** | 2026-11-18 |\n| **Interviewer:** | Maya Osei — Head of Platform |\n| __Format__ | Virtual |";
		expect(labels(table)).toEqual([
			["Date", "2026-11-18", true],
			["Interviewer", "Maya Osei — Head of Platform", true],
			["Format", "Virtual", true],
		]);
		// Not bold, more than two cells, no label, or a label that is not a word: a row of some other table.
		const none = [
			"| Date | 2026-11-18 |",
			"| **Date** | 2026-11-18 | Virtual |",
			"| **2026-11-18** | offer |",
			"| **Date & time** | 2026-11-18 |",
			"`| **Date** | 2026-11-18 |`",
		];
		for (const markdown of none) expect(labels(markdown), markdown).toEqual([]);
		expect(inlineFields("| **Date** | 2026-11-18 |", 1)).toEqual([]);
	});

	it("reads none without being asked, in a task, in code or a comment, with no value, or with a key that is not a word", () => {
		expect(inlineFields("**Fecha:** 2026-11-20", 1)).toEqual([]);
		const none = [
			"- [x] **Sent:** 2026-11-20",
			"`**Fecha:** 2026-11-20`",
			"%% **Fecha:** 2026-11-20 %%",
			"```\n**Fecha:** 2026-11-20\n```",
			"**Fecha:**",
			"**2026-11-21**: offer from Claire",
			"**Date & time:** 2026-11-20",
			"The **Fecha:** 2026-11-20 was moved",
		];
		for (const markdown of none) expect(labels(markdown), markdown).toEqual([]);
	});
});
