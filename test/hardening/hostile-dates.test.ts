/**
 * Dates and numbers a person got wrong, through the real command line: a year typed
 * `9026` or `1926` is warned about, hints never suggest a value the command line would
 * refuse, and each refusal names the real rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PLUGIN_DATA_PATH } from "../../src/cli/config";
import { cli, dueJson, dueTable, makeVault, removeVaults, snapshot } from "./vaults";

afterAll(removeVaults);

const note = (date: string, company = "Acme", extra = "") => `---
tags: [interview]
company: ${company}
interview_date: ${date}
people:
  - name: Jane Doe
    email: jane@acme.example
${extra}---
`;

describe("a date far from today is warned about", () => {
	it("an interview in 9026: a warning naming the date, and the hint prints the year without suggesting a refused --horizon", async () => {
		const vault = makeVault({ "Interviews/Typo.md": note("9026-11-19"), "Interviews/Acme.md": note("2026-11-19", "Globex") });
		const json = await dueJson(vault);
		expect(json.diagnostics.filter((d) => d.code === "unlikely-date")).toEqual([
			{
				note: "Interviews/Typo.md",
				severity: "warning",
				code: "unlikely-date",
				message:
					"The interview date 9026-11-19 is more than a year after today (2026-11-23). If the year is a typo, correct it; until then it is used as written.",
			},
		]);
		const table = await dueTable(vault);
		expect(table).toContain(
			"1 more follow-up is further ahead, the next on Sun 19 Nov 9026: further than --horizon reaches (3650 days); --format json lists it.",
		);
		expect(table).toContain("Interviews/Typo.md: The interview date 9026-11-19 is more than a year after today");
		expect(table).not.toMatch(/--horizon \d{5,}/);
	});

	it("a hint within reach suggests a --horizon the command line accepts, and names the year of a day over half a year off", async () => {
		const vault = makeVault({ "Interviews/Later.md": note("2027-06-01") });
		const table = await dueTable(vault);
		expect(table).toContain("1 more follow-up is further ahead, the next on Tue 1 Jun 2027: --horizon 190 shows it.");
		expect((await cli(["due", vault, "--today", "2026-11-23", "--horizon", "190"])).out).toContain("Tue 1 Jun 2027");
	});

	it("dates before 1990 and far-off dates in the log, decision, call-back, status and snoozes are each named", async () => {
		const vault = makeVault({
			"Interviews/Old.md": note("1926-11-19"),
			"Interviews/Log.md": note(
				"2026-11-10",
				"Globex",
				[
					"decision_date: 2062-01-01",
					"call_back: 1989-12-31",
					"follow_ups:",
					"  - {date: 2062-11-12, kind: thank-you, to: Jane Doe}",
					"  - {date: 2026-11-12, kind: check-in, to: Jane Doe, snoozed_until: 9999-12-31}",
					"",
				].join("\n"),
			),
		});
		const json = await dueJson(vault);
		const messages = json.diagnostics.filter((d) => d.code === "unlikely-date").map((d) => `${d.note}: ${d.message.split(".")[0]}`);
		expect(messages).toEqual([
			"Interviews/Log.md: The decision date 2062-01-01 is more than a year after today (2026-11-23)",
			"Interviews/Log.md: The call-back date 1989-12-31 is before 1990",
			"Interviews/Log.md: Entry 1 of the follow-up log is dated 2062-11-12 is more than a year after today (2026-11-23)",
			"Interviews/Log.md: Entry 2 of the follow-up log snoozes until 9999-12-31 is more than a year after today (2026-11-23)",
			"Interviews/Old.md: The interview date 1926-11-19 is before 1990",
		]);
	});

	it("log says so when --date or --snooze-until is far off, and writes it as given", async () => {
		const vault = makeVault({ ".obsidian/app.json": "{}", "Interviews/Acme.md": note("2026-11-19") });
		const path = join(vault, "Interviews/Acme.md");
		const result = await cli(["log", path, "--kind", "thank-you", "--to", "Jane Doe", "--today", "2026-11-23", "--date", "9026-11-19"]);
		expect(result.code).toBe(0);
		expect(result.err).toBe("warning: --date 9026-11-19 is more than a year after today (2026-11-23); it is written as given\n");
		expect(readFileSync(path, "utf8")).toContain("9026-11-19");
	});
});

describe("messages name the real rule", () => {
	it("--today 2026-02-30 is told the day does not exist, in every command", async () => {
		const vault = makeVault({ ".obsidian/app.json": "{}", "Interviews/Acme.md": note("2026-11-19") });
		const path = join(vault, "Interviews/Acme.md");
		for (const argv of [
			["due", vault, "--today", "2026-02-30"],
			["draft", path, "--kind", "thank-you", "--today", "2026-02-30"],
			["log", path, "--kind", "thank-you", "--to", "Jane Doe", "--date", "2026-02-30"],
		]) {
			const result = await cli(argv);
			expect(result.code).toBe(2);
			expect(result.err).toMatch(/: 2026-02-30 is not a day: February 2026 has 28 days, and day 30 does not exist\n$/);
		}
	});

	it("--horizon 1000000 is told the real limit, and horizonDays in the settings is held to it", async () => {
		const vault = makeVault({ "Interviews/Acme.md": note("2026-11-19") });
		const flag = await cli(["due", vault, "--today", "2026-11-23", "--horizon", "1000000"]);
		expect(flag.err).toBe('interview-followups: --horizon must be a whole number of days from 0 to 3650 (got "1000000")\n');
		const settings = makeVault({ "Interviews/Acme.md": note("2026-11-19"), [PLUGIN_DATA_PATH]: '{"horizonDays": 1e12}' });
		const fromSettings = await cli(["due", settings, "--today", "2026-11-23"]);
		expect(fromSettings.code).toBe(2);
		expect(fromSettings.err).toContain('"horizonDays" must be a whole number of days from 0 to 3650');
	});

	it("a followUpHeading of several lines is refused, and nothing is written into the note", async () => {
		const vault = makeVault({
			".obsidian/app.json": "{}",
			"Interviews/Acme.md": note("2026-11-19"),
			[PLUGIN_DATA_PATH]: JSON.stringify({ followUpHeading: "## Follow-ups\n\nInjected: [[Secret]]" }),
		});
		const before = snapshot(vault);
		const result = await cli(["draft", join(vault, "Interviews/Acme.md"), "--kind", "thank-you", "--today", "2026-11-23", "--write"]);
		expect(result.code).toBe(2);
		expect(result.err).toContain('"followUpHeading" must be a markdown heading on one line');
		expect(snapshot(vault)).toEqual(before);
	});
});
