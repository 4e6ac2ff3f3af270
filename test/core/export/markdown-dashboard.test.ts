import { describe, expect, it } from "vitest";
import { escapeMarkdown, noteLink, obsidianOpenUrl } from "../../../src/core/export/links";
import { markdownDashboard, type DashboardOptions } from "../../../src/core/export/markdown-dashboard";
import type { Diagnostic, Evaluation, FollowUp } from "../../../src/core/model";
import { aFollowUp } from "../../builders/follow-up";

const evaluation = (followUps: FollowUp[], diagnostics: Diagnostic[] = []): Evaluation => ({ today: "2026-11-23", followUps, diagnostics });

const options: DashboardOptions = { horizonDays: 14, vaultName: "Job search" };

const sample = evaluation(
	[
		aFollowUp({}),
		aFollowUp({
			note: "Interviews/Globex.md",
			company: "Globex",
			role: null,
			kind: "check-in",
			to: "Lee Wong",
			channel: "linkedin",
			due: "2026-11-23",
			windowEnd: "2026-11-25",
			status: "due",
			reason: "Four business days after the interview.",
		}),
		aFollowUp({
			note: "Interviews/Initech.md",
			company: null,
			role: null,
			kind: "ask-next-steps",
			to: null,
			channel: null,
			due: "2026-11-30",
			windowEnd: "2026-11-30",
			status: "upcoming",
			reason: "Ask what happens next.",
		}),
		aFollowUp({ kind: "stay-in-touch", due: "2027-01-04", windowEnd: "2027-01-11", status: "upcoming", reason: "Six weeks later." }),
	],
	[
		{ note: "Interviews/Broken.md", severity: "error", code: "invalid-frontmatter", message: "The frontmatter could not be read." },
		{ note: null, severity: "info", code: "keep-looking", message: "Only one opportunity is active." },
	],
);

/** The cells of a table row, split on pipes that are not escaped. */
function cells(row: string): string[] {
	return row.replace(/^\| | \|$/g, "").split(/(?<!\\) \| /);
}

describe("markdownDashboard", () => {
	it("writes frontmatter, a dated title, a table per status, what lies further ahead, and what needs attention", () => {
		expect(markdownDashboard(sample, options)).toBe(
			[
				"---",
				"generated: 2026-11-23",
				"horizon_days: 14",
				"---",
				"",
				"# Interview follow-ups for Job search on Mon 23 Nov 2026",
				"",
				"## Overdue (1)",
				"",
				"| When | What | To | Channel | Interview | Note | Why |",
				"| --- | --- | --- | --- | --- | --- | --- |",
				"| 3 days overdue | Thank-you note | Jane Doe | Email | Acme — Product Manager | [[Interviews/Acme onsite\\|Acme onsite]] | Thank each interviewer on the day of the interview. |",
				"",
				"## Due (1)",
				"",
				"| When | What | To | Channel | Interview | Note | Why |",
				"| --- | --- | --- | --- | --- | --- | --- |",
				"| until Wed 25 Nov | Check-in | Lee Wong | LinkedIn | Globex | [[Interviews/Globex\\|Globex]] | Four business days after the interview. |",
				"",
				"## Upcoming in the next 14 days (1)",
				"",
				"| When | What | To | Channel | Interview | Note | Why |",
				"| --- | --- | --- | --- | --- | --- | --- |",
				"| Mon 30 Nov | Ask about next steps | — | — | (no company) | [[Interviews/Initech\\|Initech]] | Ask what happens next. |",
				"",
				"1 more follow-up is further ahead, the next on Mon 4 Jan (in 42 days).",
				"",
				"## Needs attention (1)",
				"",
				"- **Error** · [[Interviews/Broken|Broken]]: The frontmatter could not be read.",
				"",
				"## Good to know",
				"",
				"- Only one opportunity is active.",
				"",
			].join("\n"),
		);
	});

	it("leaves the vault out of the title when it has no name", () => {
		expect(markdownDashboard(sample, { horizonDays: 14 })).toContain("\n# Interview follow-ups on Mon 23 Nov 2026\n");
	});

	it("keeps every row at seven cells: pipes in text are escaped, the wikilink's alias pipe too", () => {
		const piped = evaluation([
			aFollowUp({ company: "A|B Corp", role: "PM | Platform", to: "Jane | Doe", reason: "Because | reasons\nand a second line" }),
		]);
		const rows = markdownDashboard(piped, options)
			.split("\n")
			.filter((line) => line.startsWith("| "));
		expect(rows).toHaveLength(3);
		for (const row of rows) expect(cells(row)).toHaveLength(7);
		const row = cells(rows[2] ?? "");
		expect(row[2]).toBe("Jane \\| Doe");
		expect(row[4]).toBe("A\\|B Corp — PM \\| Platform");
		expect(row[5]).toBe("[[Interviews/Acme onsite\\|Acme onsite]]");
		expect(row[6]).toBe("Because \\| reasons<br>and a second line");
	});

	it("escapes markdown in text so names and reasons read as written", () => {
		expect(escapeMarkdown("*Acme* _Labs_ #hiring $100k [[x]] <b> ==hi== a\\b 50% %%c%% ~~s~~ `c`")).toBe(
			"\\*Acme\\* \\_Labs\\_ \\#hiring \\$100k \\[\\[x\\]\\] \\<b\\> \\=\\=hi\\=\\= a\\\\b 50\\% \\%\\%c\\%\\% \\~\\~s\\~\\~ \\`c\\`",
		);
		expect(escapeMarkdown("1 + 1 = 2")).toBe("1 + 1 = 2");
	});

	it("links notes by path without .md, with the file name as the alias; outside tables the pipe stays plain", () => {
		expect(noteLink("Interviews/2026/Acme onsite.md", { inTable: true })).toBe("[[Interviews/2026/Acme onsite\\|Acme onsite]]");
		expect(noteLink("Interviews/2026/Acme onsite.md", { inTable: false })).toBe("[[Interviews/2026/Acme onsite|Acme onsite]]");
		expect(noteLink("Acme.md", { inTable: false })).toBe("[[Acme|Acme]]");
	});

	it("falls back to a percent-encoded markdown link when the path holds characters a wikilink cannot", () => {
		expect(noteLink("Interviews/Acme #2 [final].md", { inTable: true })).toBe(
			"[Acme \\#2 \\[final\\]](Interviews/Acme%20%232%20%5Bfinal%5D.md)",
		);
		expect(noteLink("Interviews/A|B.md", { inTable: true })).toBe("[A\\|B](Interviews/A%7CB.md)");
	});

	it("says so when nothing is due, naming what was asked for", () => {
		const empty = markdownDashboard(evaluation([]), options);
		expect(empty).toContain("\nNothing due. No follow-ups are overdue, due now or coming up in the next 14 days.\n");
		expect(empty).not.toContain("| When |");
		const onlyUpcoming = markdownDashboard(sample, { ...options, statuses: ["upcoming"], horizonDays: 3 });
		expect(onlyUpcoming).toContain("Nothing due. No follow-ups are coming up in the next 3 days.");
		expect(onlyUpcoming).toContain("2 more follow-ups are further ahead, the next on Mon 30 Nov (in 7 days).");
	});

	it("lists only the statuses asked for", () => {
		const dashboard = markdownDashboard(sample, { ...options, statuses: ["due"] });
		expect(dashboard).toContain("## Due (1)");
		expect(dashboard).not.toContain("## Overdue");
		expect(dashboard).not.toContain("## Upcoming");
		expect(dashboard).not.toContain("further ahead");
	});
});

describe("obsidianOpenUrl", () => {
	it("encodes the vault and the path without .md, and survives a lone surrogate", () => {
		expect(obsidianOpenUrl("My vault", "Interviews/Acme (final).md")).toBe(
			"obsidian://open?vault=My%20vault&file=Interviews%2FAcme%20%28final%29",
		);
		expect(obsidianOpenUrl("v", "a\uD800b.md")).toBe("obsidian://open?vault=v&file=a%EF%BF%BDb");
	});
});
