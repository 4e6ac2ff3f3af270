import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, parseFollowUpQuery, runFollowUpQuery, type FollowUpQuery } from "../../src/core/follow-up-query";
import type { FollowUp } from "../../src/core/model";

const TODAY = "2026-11-23";

const followUp = (over: Partial<FollowUp>): FollowUp => ({
	note: "Interviews/Acme.md",
	company: "Acme",
	role: "Product manager",
	kind: "thank-you",
	to: "Lee Wong",
	channel: "email",
	due: "2026-11-20",
	windowEnd: "2026-11-20",
	status: "overdue",
	reason: "Thank each interviewer within a day.",
	...over,
});

/** Earliest first, as the rules return them. */
const list: FollowUp[] = [
	followUp({}),
	followUp({
		note: "Interviews/Globex.md",
		company: "Globex",
		kind: "check-in",
		to: "Ann Lee",
		due: "2026-11-23",
		windowEnd: "2026-11-25",
		status: "due",
	}),
	followUp({ kind: "decision-check-in", due: "2026-11-26", windowEnd: "2026-11-27", status: "upcoming" }),
	followUp({
		note: "Interviews/Initech.md",
		company: null,
		kind: "ask-next-steps",
		to: null,
		channel: null,
		due: "2026-11-30",
		windowEnd: "2026-11-30",
		status: "upcoming",
	}),
	followUp({ kind: "stay-in-touch", due: "2027-01-10", windowEnd: "2027-01-15", status: "upcoming" }),
];

function parsed(raw: unknown): FollowUpQuery {
	const result = parseFollowUpQuery(raw);
	if (!result.ok) throw new Error(result.problems.join(" "));
	return result.query;
}

function problems(raw: unknown): string[] {
	const result = parseFollowUpQuery(raw);
	if (result.ok) throw new Error("expected problems");
	return result.problems;
}

describe("reading query options", () => {
	it("gives everything within the settings' horizon, grouped by status, when there are no options", () => {
		expect(parsed(null)).toEqual({
			statuses: ["overdue", "due", "upcoming"],
			kinds: null,
			companies: null,
			horizonDays: null,
			groupBy: "status",
			columns: [...DEFAULT_COLUMNS],
			limit: null,
		});
	});

	it("reads every option, as lists or as comma-separated text", () => {
		expect(
			parsed({
				status: "due, overdue",
				kinds: ["check-in", "Thank-You"],
				company: "Acme, Globex",
				horizon: "7 days",
				groupBy: "company",
				columns: "when, what, note",
				limit: 5,
			}),
		).toEqual({
			statuses: ["overdue", "due"],
			kinds: ["check-in", "thank-you"],
			companies: ["acme", "globex"],
			horizonDays: 7,
			groupBy: "company",
			columns: ["when", "what", "note"],
			limit: 5,
		});
	});

	it("accepts the spellings people write: group_by, group-by, kind, statuses, now, all", () => {
		expect(parsed({ group_by: "kind" }).groupBy).toBe("kind");
		expect(parsed({ "group-by": "none" }).groupBy).toBe("none");
		expect(parsed({ kind: "check-in" }).kinds).toEqual(["check-in"]);
		expect(parsed({ statuses: "now" }).statuses).toEqual(["overdue", "due"]);
		expect(parsed({ status: "all" }).statuses).toEqual(["overdue", "due", "upcoming"]);
	});

	it("names an unknown option and lists the known ones", () => {
		expect(problems({ colour: "red" })).toEqual([
			'"colour" is not an option. Known options: status, kinds, company, horizon, groupBy, columns, limit.',
		]);
	});

	it("says which values are wrong and what would be right", () => {
		expect(problems({ status: "late" })).toEqual(['status: "late" is not known. Use overdue, due, upcoming.']);
		expect(problems({ groupBy: "person" })).toEqual(['groupBy: "person" is not known. Use status, company, kind, none.']);
		expect(problems({ groupBy: "company, kind" })).toEqual(['"groupBy" takes one value: status, company, kind, none.']);
		expect(problems({ kinds: "check-ins" })[0]).toMatch(/^kinds: "check-ins" is not known\. Use thank-you, want-the-job, /);
		expect(problems({ limit: 0 })).toEqual(['"limit" must be a whole number, 1 or more (got 0).']);
		expect(problems({ horizon: "two weeks" })).toEqual(['"horizon" must be a whole number of days from 0 to 3650 (got "two weeks").']);
		expect(problems({ horizon: 1e12 })).toEqual(['"horizon" must be a whole number of days from 0 to 3650 (got 1000000000000).']);
	});

	it("reports every problem at once, not only the first", () => {
		expect(problems({ status: "late", limit: -1, foo: 1 })).toHaveLength(3);
	});

	it("refuses options that are not a map, such as a bare word or a list", () => {
		expect(problems("overdue")[0]).toMatch(/^Options must be lines of "name: value"/);
		expect(problems(["status", "overdue"])[0]).toMatch(/^Options must be lines/);
	});

	it("ignores options left empty", () => {
		expect(parsed({ status: null, limit: undefined })).toEqual(parsed(null));
	});
});

describe("running a query", () => {
	const run = (raw: unknown, horizon = 14) => runFollowUpQuery(list, TODAY, parsed(raw), horizon);

	it("groups by status in list order and leaves out what is beyond the horizon", () => {
		const result = run(null);
		expect(result.groups.map((g) => [g.title, g.followUps.map((f) => f.kind)])).toEqual([
			["Overdue", ["thank-you"]],
			["Due now", ["check-in"]],
			["Upcoming", ["decision-check-in", "ask-next-steps"]],
		]);
		expect(result.later.map((f) => f.kind)).toEqual(["stay-in-touch"]);
	});

	it("uses the block's horizon over the settings'", () => {
		expect(run({ horizon: 3 }).shown.map((f) => f.kind)).toEqual(["thank-you", "check-in", "decision-check-in"]);
		expect(run({ horizon: 60 }).later).toEqual([]);
	});

	it("filters by status, kind and company (case does not matter)", () => {
		expect(run({ status: "overdue, due" }).shown.map((f) => f.kind)).toEqual(["thank-you", "check-in"]);
		expect(run({ kinds: "check-in, ask-next-steps" }).shown.map((f) => f.kind)).toEqual(["check-in", "ask-next-steps"]);
		expect(run({ company: "GLOBEX" }).shown.map((f) => f.note)).toEqual(["Interviews/Globex.md"]);
	});

	it("groups by company and by kind in the order of each group's earliest row", () => {
		expect(run({ groupBy: "company" }).groups.map((g) => [g.title, g.followUps.length])).toEqual([
			["Acme", 2],
			["Globex", 1],
			["(no company)", 1],
		]);
		expect(run({ groupBy: "kind" }).groups.map((g) => g.title)).toEqual([
			"Thank-you note",
			"Check-in",
			"Decision check-in",
			"Ask about next steps",
		]);
		expect(run({ groupBy: "none" }).groups).toEqual([{ id: "all", title: "", followUps: run(null).shown }]);
	});

	it("keeps the earliest rows within the limit and counts the rest", () => {
		const result = run({ limit: 2 });
		expect(result.shown.map((f) => f.kind)).toEqual(["thank-you", "check-in"]);
		expect(result.overLimit).toBe(2);
	});

	it("finds nothing without failing", () => {
		const result = run({ company: "Nobody" });
		expect(result).toMatchObject({ groups: [], shown: [], overLimit: 0, later: [], horizonDays: 14 });
	});
});
