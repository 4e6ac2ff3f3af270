import { describe, expect, it } from "vitest";
import { parseBody, tableEntries, type BodyContext, type DateOrder } from "../../../src/core/body";
import { defaultVocabulary } from "../../../src/core/vocabulary";

const ctx = (options: { reference?: string; dateOrder?: DateOrder; firstLine?: number } = {}): BodyContext => ({
	firstLine: options.firstLine ?? 1,
	reference: options.reference ?? "2026-11-23",
	dateOrder: options.dateOrder ?? "DMY",
	vocabulary: defaultVocabulary(),
});

const read = (markdown: string, options: Parameters<typeof ctx>[0] = {}) => tableEntries(parseBody(markdown), ctx(options));

/** [date, event, kind, person] of each entry. */
const summary = (markdown: string, options: Parameters<typeof ctx>[0] = {}) =>
	read(markdown, options).entries.map((e) => [e.date, e.event, e.kind, e.person]);

describe("tableEntries: which tables are timelines", () => {
	const cases: [string, string][] = [
		["Date", "| Date | What |\n|---|---|\n| 2026-11-13 | Thank-you to Raj |"],
		["When", "| When | What |\n|---|---|\n| 2026-11-13 | Thank-you to Raj |"],
		["Day", "| Day | What |\n|---|---|\n| 2026-11-13 | Thank-you to Raj |"],
		["Sent", "| Sent | What |\n|---|---|\n| 2026-11-13 | Thank-you to Raj |"],
		["On", "| On | What |\n|---|---|\n| 2026-11-13 | Thank-you to Raj |"],
		["an emoji before the date word", "| 📅 Date | What |\n|---|---|\n| 2026-11-13 | Thank-you to Raj |"],
		["the date word in bold", "| **DATE** | What |\n|---|---|\n| 2026-11-13 | Thank-you to Raj |"],
		["the date word among others", "| Date sent | What |\n|---|---|\n| 2026-11-13 | Thank-you to Raj |"],
		["the date column last", "| What | Date |\n|---|---|\n| Thank-you to Raj | 2026-11-13 |"],
		["alignment marks", "| Date | What |\n|:---:|---:|\n| 2026-11-13 | Thank-you to Raj |"],
		["no outer pipes", "Date | What\n--- | ---\n2026-11-13 | Thank-you to Raj"],
		["inside a callout", "> [!note] Log\n> | Date | What |\n> |---|---|\n> | 2026-11-13 | Thank-you to Raj |"],
	];
	it.each(cases)("a date column headed %s", (_header, markdown) => {
		expect(summary(markdown)).toEqual([["2026-11-13", "sent", "thank-you", "Raj"]]);
	});

	it("a table without a date word in its header is not a timeline", () => {
		expect(summary("| Company | Role |\n|---|---|\n| 2026-11-13 | Engineer |")).toEqual([]);
	});
	it("a date column whose cells hold no dates makes no timeline and no warnings", () => {
		const result = read("| Date | What |\n|---|---|\n| TBD | prepare |\n| soon | research |");
		expect(result).toEqual({ entries: [], warnings: [], rosters: [] });
	});
	it("of two date-word columns, the one holding dates is the date column", () => {
		expect(summary("| Sent to | Date | Type |\n|---|---|---|\n| Raj | 13 Nov | Thank-you |")).toEqual([
			["2026-11-13", "sent", "thank-you", "Raj"],
		]);
	});
	it("a table whose rows each link another note (a dashboard of rounds) leaves each row to that note", () => {
		// (A date written as a link to a daily note is still a date: see "dates in cells".)
		const progress = (link: (n: number) => string) =>
			`| Round | Date | Status | File |\n|---|---|---|---|\n| R0 | 2026-11-16 | Completed | ${link(0)} |\n| R1 | 2026-11-24 | Scheduled | ${link(1)} |`;
		expect(summary(progress((n) => `[R${n}.md](rounds/R${n}.md)`))).toEqual([]);
		expect(summary(progress((n) => `[[R${n} round]]`))).toEqual([]);
		// A link to a web page, or a row that links nothing, keeps the table a timeline.
		expect(summary(progress((n) => (n === 0 ? "[[R0 round]]" : "")))).toHaveLength(2);
		expect(summary(progress((n) => `[R${n}](https://example.com/r${n}.md)`))).toHaveLength(2);
	});
	it("a header with no rows is not read", () => {
		expect(read("| Date | What |\n|---|---|")).toEqual({ entries: [], warnings: [], rosters: [] });
	});
});

describe("tableEntries: the columns of a row", () => {
	it("a person column gives the counterpart; a wikilink gives its target", () => {
		const markdown = [
			"| Date | With | Type |",
			"|---|---|---|",
			"| 2026-11-10 | [[Raj Patel\\|Raj]] | Phone screen |",
			"| 2026-11-12 | [[Maya Chen]] | Onsite |",
			"| 2026-11-14 | Claire Dubois | Panel |",
		].join("\n");
		expect(read(markdown).entries.map((e) => [e.person, e.event, e.format])).toEqual([
			["Raj Patel", "interview", "phone"],
			["Maya Chen", "interview", "onsite"],
			["Claire Dubois", "interview", "panel"],
		]);
	});
	it.each([
		["To", "sent", "message"],
		["From", "received", "reply"],
	])("a %s column says which way a row with no direction word went", (header, event, kind) => {
		const markdown = `| Date | ${header} | Channel |\n|---|---|---|\n| 2026-11-13 | Raj | Email |`;
		expect(summary(markdown)).toEqual([["2026-11-13", event, kind, "Raj"]]);
	});
	it("a Sent date column dates messages the user sent", () => {
		expect(summary("| Sent | Who | Channel |\n|---|---|---|\n| 2026-11-13 | Raj | LinkedIn |")).toEqual([
			["2026-11-13", "sent", "message", "Raj"],
		]);
	});
	it("the type column decides over the notes column", () => {
		const markdown = "| Date | Type | Notes |\n|---|---|---|\n| 2026-11-13 | Phone screen | Called at 2pm, went well |";
		expect(summary(markdown)).toEqual([["2026-11-13", "interview", "phone", null]]);
	});
	it("a Stage column says what the entry is, and its words name no one", () => {
		const markdown = "| Date | Stage | Notes |\n|---|---|---|\n| 2026-11-17 | Technical Interview | system design round |";
		expect(summary(markdown)).toEqual([["2026-11-17", "interview", "", null]]);
	});
	it("the people a round's notes cell starts with, the first with a title, are who was met", () => {
		const people = (notes: string) =>
			read(`| Date | Stage | Notes |\n|---|---|---|\n| 2026-11-17 | Technical Interview | ${notes} |`).rosters.map((r) => [
				r.date,
				r.people,
			]);
		expect(people("Daniel Reyes (engineering manager), system design + a coding round. Daniel said so")).toEqual([
			["2026-11-17", ["Daniel Reyes (engineering manager)"]],
		]);
		expect(people("Elena Marsh (hiring manager, elena@lumora.example) and Tom Reed, pairing. Lunch after")).toEqual([
			["2026-11-17", ["Elena Marsh (hiring manager) <elena@lumora.example>", "Tom Reed"]],
		]);
		// Without a title, or not at the start, the words name no one.
		expect(people("Zoom (video), 45 min")).toEqual([]);
		expect(people("Went well, Daniel Reyes (engineering manager) was there")).toEqual([]);
		expect(people("Daniel Reyes and Sam, coding")).toEqual([]);
	});
	it("the notes column speaks when the type column says nothing", () => {
		const markdown = "| Date | Type | Notes |\n|---|---|---|\n| 2026-11-13 | Email | thanked Raj for his time |";
		expect(summary(markdown)).toEqual([["2026-11-13", "sent", "thank-you", "Raj"]]);
	});
	it("a direction column and a kind column together", () => {
		const markdown = [
			"| Date | Direction | Action | Contact |",
			"|---|---|---|---|",
			"| 13 Nov | Outbound | Check-in | Maya |",
			"| 15 Nov | Inbound | Rejection | Maya |",
		].join("\n");
		expect(summary(markdown)).toEqual([
			["2026-11-13", "sent", "check-in", "Maya"],
			["2026-11-15", "received", "rejection", "Maya"],
		]);
	});
	it("the text joins the cells other than the date and the person, in order", () => {
		const markdown = "| Date | Type | To | Notes |\n|---|---|---|---|\n| 2026-11-13 | Thank-you | Raj | **mentioned** the roadmap |";
		expect(read(markdown).entries[0]?.text).toBe("Thank-you · mentioned the roadmap");
	});
	it("an escaped pipe stays inside its cell", () => {
		const markdown = "| Date | Notes |\n|---|---|\n| 2026-11-13 | thank-you to Raj \\| via email |";
		expect(read(markdown).entries[0]?.text).toBe("thank-you to Raj | via email");
	});
	it("empty cells and missing cells are no text", () => {
		const markdown = "| Date | Type | To | Notes |\n|---|---|---|---|\n| 2026-11-13 | Check-in | | |\n| 2026-11-14 | Reply |";
		expect(read(markdown).entries.map((e) => [e.text, e.person, e.kind])).toEqual([
			["Check-in", null, "check-in"],
			["Reply", null, "reply"],
		]);
	});
});

describe("tableEntries: the heading above a table", () => {
	const twoTables = [
		"# Acme",
		"",
		"## Interviews",
		"",
		"| Date | With | Round |",
		"|---|---|---|",
		"| 2026-11-10 | Raj | Round 1 |",
		"| 2026-11-17 | Maya | Round 2 |",
		"",
		"## Follow-up log",
		"",
		"| Date | To | Notes |",
		"|---|---|---|",
		"| 2026-11-10 | Raj | after round 1 |",
		"| 2026-11-18 | Maya | thank-you |",
	].join("\n");

	it("rows that say nothing of themselves take what the heading says: interviews, or messages sent", () => {
		expect(summary(twoTables)).toEqual([
			["2026-11-10", "interview", "", "Raj"],
			["2026-11-17", "interview", "", "Maya"],
			["2026-11-10", "sent", "message", "Raj"],
			["2026-11-18", "sent", "thank-you", "Maya"],
		]);
	});
	it("a row whose words only deny takes nothing from the heading", () => {
		const markdown =
			"## Interview Timeline\n\n| Date | Stage | Notes |\n|---|---|---|\n| 11/17 | | went well |\n| 11/20 | | nothing yet |\n| 11/23 | | no news |";
		expect(summary(markdown, { dateOrder: "MDY" }).map(([date, event]) => [date, event])).toEqual([
			["2026-11-17", "interview"],
			["2026-11-20", "other"],
			["2026-11-23", "other"],
		]);
	});
	it("each row's origin names its table, its data row and its line in the file", () => {
		const origins = read(twoTables, { firstLine: 5 }).entries.map((e) => e.origin);
		expect(origins).toEqual([
			{ from: "table", table: "Interviews", row: 1, line: 11 },
			{ from: "table", table: "Interviews", row: 2, line: 12 },
			{ from: "table", table: "Follow-up log", row: 1, line: 18 },
			{ from: "table", table: "Follow-up log", row: 2, line: 19 },
		]);
	});
	it("a table with no heading above it has none", () => {
		expect(read("| Date | What |\n|---|---|\n| 2026-11-13 | x |").entries[0]?.origin).toEqual({
			from: "table",
			table: null,
			row: 1,
			line: 3,
		});
	});
	it("a heading that says nothing leaves an unplaced row a plain dated event", () => {
		expect(summary("## Timeline\n\n| Date | What |\n|---|---|\n| 2026-11-13 | Updated my CV |")).toEqual([
			["2026-11-13", "other", "", null],
		]);
	});
	it("a row's own words beat the heading", () => {
		expect(summary("## Interviews\n\n| Date | What |\n|---|---|\n| 2026-11-13 | Rejection email |")).toEqual([
			["2026-11-13", "received", "rejection", null],
		]);
	});
});

describe("tableEntries: rows that cannot be read", () => {
	const markdown = [
		"## Follow-up log",
		"| Date | Type | To |",
		"|---|---|---|",
		"| 2026-11-13 | Thank-you | Raj |",
		"| soon | Check-in | Raj |",
		"|  | Check-in | Maya |",
		"| | | |",
		"| 11/20 | Check-in | Maya |",
	].join("\n");

	it("a row whose date cell is empty or unreadable is skipped with a warning; a blank row silently", () => {
		const result = read(markdown, { firstLine: 3 });
		expect(result.entries.map((e) => e.date)).toEqual(["2026-11-13", "2026-11-20"]);
		expect(result.warnings.map((w) => w.line)).toEqual([7, 8, 10]);
		expect(result.warnings[0]?.message).toContain('"soon"');
		expect(result.warnings[0]?.message).toContain("Follow-up log");
		expect(result.warnings[1]?.message).toContain("no date");
	});
	it("an impossible day-first date is read month first, and the warning says so", () => {
		const warning = read(markdown).warnings.at(-1)?.message ?? "";
		expect(warning).toContain("Row 5");
		expect(warning).toContain('"11/20"');
		expect(warning).toContain("MDY");
	});
	it("with the month-first order, the same date reads without a warning", () => {
		const result = read("| Date | Type |\n|---|---|\n| 11/20 | Check-in |", { dateOrder: "MDY" });
		expect(result.entries.map((e) => e.date)).toEqual(["2026-11-20"]);
		expect(result.warnings).toEqual([]);
	});
});

describe("tableEntries: dates in cells", () => {
	const cases: [string, DateOrder, string, string][] = [
		["Nov 13", "DMY", "2026-11-23", "2026-11-13"],
		["13 Nov", "DMY", "2026-11-23", "2026-11-13"],
		["13/11", "DMY", "2026-11-23", "2026-11-13"],
		["11/13", "MDY", "2026-11-23", "2026-11-13"],
		["04/11", "DMY", "2026-11-23", "2026-11-04"],
		["04/11", "MDY", "2026-11-23", "2026-04-11"],
		["**13 Nov**", "DMY", "2026-11-23", "2026-11-13"],
		["[[2026-11-13]]", "DMY", "2026-11-23", "2026-11-13"],
		["Fri, 13 Nov", "DMY", "2026-11-23", "2026-11-13"],
		["30 Dec", "DMY", "2027-01-04", "2026-12-30"],
		["2 Jan", "DMY", "2026-12-29", "2027-01-02"],
	];
	it.each(cases)("%s (%s, read on %s) is %s", (cell, dateOrder, reference, date) => {
		expect(summary(`| Date | Type |\n|---|---|\n| ${cell} | Interview |`, { dateOrder, reference })[0]?.[0]).toBe(date);
	});
});

describe("tableEntries: CRLF and long rows", () => {
	it("reads a note written with CRLF line endings", () => {
		const markdown =
			"## Log\r\n\r\n| Date | Type | To |\r\n|---|---|---|\r\n| 2026-11-13 | Thank-you | Raj |\r\n| 2026-11-14 | Check-in | Maya |\r\n";
		expect(read(markdown).entries.map((e) => [e.date, e.kind, e.person, e.origin])).toEqual([
			["2026-11-13", "thank-you", "Raj", { from: "table", table: "Log", row: 1, line: 5 }],
			["2026-11-14", "check-in", "Maya", { from: "table", table: "Log", row: 2, line: 6 }],
		]);
	});
	it("reads a row with a 100 KB notes cell", () => {
		const notes = "went well ".repeat(10_000);
		const entries = read(`| Date | Type | Notes |\n|---|---|---|\n| 2026-11-13 | Thank-you | ${notes} |`).entries;
		expect(entries.map((e) => [e.kind, e.text.length])).toEqual([["thank-you", `Thank-you · ${notes.trim()}`.length]]);
	});
});
