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

	it("refuses a --today that is not a real day", () => {
		expect(usageError(["notes", "--today", "2026-02-30"])).toBe(
			'--today must be a date written YYYY-MM-DD, e.g. 2026-11-23 (got "2026-02-30")',
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

	it("refuses a --horizon that is not a whole number of 0 or more", () => {
		for (const bad of ["-1", "1.5", "two", ""]) {
			expect(usageError(["notes", `--horizon=${bad}`])).toMatch(/^--horizon must be a whole number of days, 0 or more/);
		}
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
