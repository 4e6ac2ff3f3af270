import { describe, expect, it } from "vitest";
import type { FollowUp } from "../../src/core/model";
import { describeFollowUp, groupFollowUps, summaryPhrase, whenPhrase, windowPhrase } from "../../src/obsidian/ui-text";
import { formatAliasLines, parseAliasLines, parseLines, parseStatusLines, parseWhole } from "../../src/obsidian/settings-fields";

const TODAY = "2026-11-23";

function aFollowUp(partial: Partial<FollowUp>): FollowUp {
	return {
		note: "a.md",
		company: "Acme",
		role: null,
		kind: "check-in",
		to: "Lee Wong",
		channel: "email",
		due: TODAY,
		windowEnd: TODAY,
		status: "due",
		reason: "",
		...partial,
	};
}

describe("panel words", () => {
	it("says when, relative to today", () => {
		expect(whenPhrase(aFollowUp({ status: "overdue", windowEnd: "2026-11-21" }), TODAY)).toBe("2 days overdue");
		expect(whenPhrase(aFollowUp({ status: "overdue", windowEnd: "2026-11-22" }), TODAY)).toBe("1 day overdue");
		expect(whenPhrase(aFollowUp({ status: "due" }), TODAY)).toBe("today");
		expect(whenPhrase(aFollowUp({ status: "due", due: "2026-11-20", windowEnd: "2026-11-24" }), TODAY)).toBe("today");
		expect(windowPhrase(aFollowUp({ due: "2026-11-20", windowEnd: "2026-11-24" }))).toBe("From Fri 20 Nov to Tue 24 Nov");
		expect(whenPhrase(aFollowUp({ status: "upcoming", due: "2026-11-24" }), TODAY)).toBe("tomorrow");
		expect(whenPhrase(aFollowUp({ status: "upcoming", due: "2026-11-30" }), TODAY)).toBe("Mon 30 Nov");
	});

	it("says what to do, to whom and how", () => {
		expect(describeFollowUp(aFollowUp({}))).toBe("Check in with Lee Wong by email");
		expect(describeFollowUp(aFollowUp({ kind: "callback", channel: "phone" }))).toBe("Call Lee Wong back (phone)");
		expect(describeFollowUp(aFollowUp({ kind: "get-contact-info", channel: null }))).toBe("Get contact details for Lee Wong");
		expect(describeFollowUp(aFollowUp({ kind: "stay-in-touch", channel: "linkedin" }))).toBe("Stay in touch with Lee Wong on LinkedIn");
	});

	it("groups by status and leaves upcoming ones past the horizon out, counting them", () => {
		const { groups, beyondHorizon } = groupFollowUps(
			[
				aFollowUp({ status: "overdue" }),
				aFollowUp({ status: "due" }),
				aFollowUp({ status: "upcoming", due: "2026-12-07" }),
				aFollowUp({ status: "upcoming", due: "2026-12-08" }),
			],
			TODAY,
			14,
		);
		expect([groups.overdue.length, groups.due.length, groups.upcoming.length, beyondHorizon]).toEqual([1, 1, 1, 1]);
	});

	it("summarises for the start-up notice, or says nothing", () => {
		expect(summaryPhrase([aFollowUp({ status: "overdue" }), aFollowUp({ status: "due" }), aFollowUp({ status: "due" })])).toBe(
			"1 overdue, 2 due today",
		);
		expect(summaryPhrase([aFollowUp({ status: "upcoming" })])).toBeNull();
	});
});

describe("settings text fields", () => {
	it("reads lists one per line (or comma), dropping blanks", () => {
		expect(parseLines("Jobs\n\n  Interviews/2026 \n")).toEqual(["Jobs", "Interviews/2026"]);
	});

	it("round-trips field aliases", () => {
		const map = parseAliasLines("interview_date: Interview-On, Met-On\ncompany: Firm\nnonsense");
		expect(map).toEqual({ interview_date: ["Interview-On", "Met-On"], company: ["Firm"] });
		expect(parseAliasLines(formatAliasLines(map))).toEqual(map);
	});

	it("reads status aliases and whole numbers", () => {
		expect(parseStatusLines("Under_Review: active\nNo-Go: ended")).toEqual({ Under_Review: "active", "No-Go": "ended" });
		expect(parseWhole(" 14 ")).toBe(14);
		expect(parseWhole("two")).toBeNaN();
	});
});
