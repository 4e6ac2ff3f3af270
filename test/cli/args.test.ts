import { describe, expect, it } from "vitest";
import { parseArgs, parseDueArgs } from "../../src/cli/args";
import { CliUsageError } from "../../src/cli/io";

const usageError = (argv: string[]): string => {
	try {
		parseDueArgs(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(CliUsageError);
		const message = (error as Error).message;
		expect(message).not.toContain("\n");
		return message;
	}
	throw new Error(`expected ${argv.join(" ")} to be refused`);
};

describe("parseDueArgs", () => {
	it("takes the defaults when only the vault is given", () => {
		expect(parseDueArgs(["notes"])).toEqual({
			help: false,
			vault: "notes",
			today: null,
			format: "table",
			config: null,
			statuses: ["overdue", "due", "upcoming"],
			horizon: null,
		});
	});

	it("reads --opt value and --opt=value, before or after the vault", () => {
		expect(
			parseDueArgs([
				"--today",
				"2026-11-23",
				"notes",
				"--format=json",
				"--status=overdue,due",
				"--horizon",
				"0",
				"--config",
				"s.json",
			]),
		).toEqual({
			help: false,
			vault: "notes",
			today: "2026-11-23",
			format: "json",
			config: "s.json",
			statuses: ["overdue", "due"],
			horizon: 0,
		});
	});

	it("accepts a vault whose name starts with - after --", () => {
		expect(parseDueArgs(["--", "-vault"]).vault).toBe("-vault");
	});

	it("shows help without checking anything else", () => {
		expect(parseDueArgs(["--help", "--today", "nope"]).help).toBe(true);
		expect(parseDueArgs(["-h"]).help).toBe(true);
	});

	it("refuses an unknown option, suggesting a close one", () => {
		expect(usageError(["notes", "--statuses", "due"])).toBe("unknown option --statuses (did you mean --status?)");
		expect(usageError(["notes", "-x"])).toMatch(/^unknown option -x \(options: --today, --format/);
	});

	it("refuses an option without its value", () => {
		expect(usageError(["notes", "--today"])).toBe("--today needs a value, e.g. --today 2026-11-23");
		expect(usageError(["notes", "--format", "--today", "2026-11-23"])).toBe("--format needs a value, e.g. --format json");
	});

	it("refuses an option given twice", () => {
		expect(usageError(["notes", "--today", "2026-11-23", "--today=2026-11-24"])).toBe("--today is given twice: give it once");
	});

	it("refuses a missing vault and extra arguments", () => {
		expect(usageError([])).toBe("missing <vault>");
		expect(usageError(["a", "b"])).toBe('unexpected argument "b"');
	});

	it("refuses a --today that is not a real day, saying the day does not exist when it is well written", () => {
		expect(usageError(["notes", "--today", "2026-02-30"])).toBe(
			"--today: 2026-02-30 is not a day: February 2026 has 28 days, and day 30 does not exist",
		);
		expect(usageError(["notes", "--today", "2028-02-30"])).toBe(
			"--today: 2028-02-30 is not a day: February 2028 has 29 days, and day 30 does not exist",
		);
		expect(usageError(["notes", "--today", "2026-04-31"])).toBe(
			"--today: 2026-04-31 is not a day: April 2026 has 30 days, and day 31 does not exist",
		);
		expect(usageError(["notes", "--today", "2026-13-01"])).toBe(
			"--today: 2026-13-01 is not a day: there is no month 13 (months run 01 to 12)",
		);
		expect(usageError(["notes", "--today", "2026-00-10"])).toBe(
			"--today: 2026-00-10 is not a day: there is no month 0 (months run 01 to 12)",
		);
		expect(usageError(["notes", "--today", "2026-11-00"])).toBe(
			"--today: 2026-11-00 is not a day: November 2026 has 30 days, and day 0 does not exist",
		);
		expect(usageError(["notes", "--today", "23/11/2026"])).toMatch(/^--today must be a date/);
		expect(usageError(["notes", "--today", "2026-11-23T10:00"])).toMatch(/^--today must be a date/);
	});

	it("refuses a --status outside overdue, due and upcoming", () => {
		expect(usageError(["notes", "--status", "due,late"])).toBe('--status: "late" is not one of overdue, due, upcoming');
		expect(usageError(["notes", "--status", ","])).toBe("--status needs at least one of overdue, due, upcoming");
	});

	it("reads --status case-insensitively and drops repeats", () => {
		expect(parseDueArgs(["notes", "--status", "Due, due ,OVERDUE"]).statuses).toEqual(["due", "overdue"]);
	});

	it("refuses a --horizon that is not a whole number from 0 to the limit, naming the limit", () => {
		for (const bad of ["-1", "1.5", "two", "", "3651", "1000000", "99999999999999999999", "1e3"]) {
			expect(usageError(["notes", `--horizon=${bad}`])).toBe(
				`--horizon must be a whole number of days from 0 to 3650 (got "${bad}")`,
			);
		}
		expect(parseDueArgs(["notes", "--horizon", "3650"]).horizon).toBe(3650);
		expect(parseDueArgs(["notes", "--horizon", "0"]).horizon).toBe(0);
	});

	it("refuses an unknown --format", () => {
		expect(usageError(["notes", "--format", "csv"])).toBe('--format must be one of table, json, markdown, ics (got "csv")');
	});
});

describe("parseArgs", () => {
	const spec = { positionals: ["note"], values: { kind: "thank-you", to: "Jane" }, flags: ["write"] };

	it("reads flags", () => {
		const args = parseArgs(["a.md", "--kind", "check-in", "--write"], spec);
		expect(args.positionals).toEqual({ note: "a.md" });
		expect(args.values).toEqual({ kind: "check-in" });
		expect([...args.flags]).toEqual(["write"]);
	});

	it("refuses a value given to a flag", () => {
		expect(() => parseArgs(["a.md", "--write=yes"], spec)).toThrow("--write takes no value");
	});

	it("does not take inherited object keys for options", () => {
		expect(() => parseArgs(["a.md", "--constructor", "x"], spec)).toThrow(/unknown option --constructor/);
	});
});
