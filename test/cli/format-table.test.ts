import { describe, expect, it } from "vitest";
import { formatTable, type TableOptions } from "../../src/cli/format-table";
import type { Diagnostic, Evaluation, FollowUp } from "../../src/core/model";
import { aFollowUp } from "../builders/follow-up";

const evaluation = (followUps: FollowUp[], diagnostics: Diagnostic[] = []): Evaluation => ({ today: "2026-11-23", followUps, diagnostics });

const options: TableOptions = { vault: "~/Notes", statuses: ["overdue", "due", "upcoming"], horizon: 14, color: false };

const sample = evaluation(
	[
		aFollowUp({}),
		aFollowUp({
			kind: "get-contact-info",
			to: "Raj Patel",
			channel: null,
			due: "2026-11-20",
			windowEnd: "2026-11-23",
			status: "due",
			reason: "No contact details for Raj Patel.",
		}),
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
		{ note: "Interviews/Globex.md", severity: "warning", code: "bad-date", message: 'The decision date "soonish" is not a date.' },
		{ note: null, severity: "info", code: "keep-looking", message: "Only one opportunity is active." },
	],
);

describe("formatTable", () => {
	it("groups follow-ups by status, with when, what, to whom, the interview, the note and the reason", () => {
		expect(formatTable(sample, options)).toBe(
			[
				"Interview follow-ups for ~/Notes on Mon 23 Nov 2026",
				"",
				"Overdue: 1",
				"  3 days overdue    Thank-you note        Jane Doe by email     Acme — Product Manager  Interviews/Acme onsite.md",
				"                    Thank each interviewer on the day of the interview.",
				"",
				"Due: 2",
				"  today             Get contact details   Raj Patel             Acme — Product Manager  Interviews/Acme onsite.md",
				"                    No contact details for Raj Patel.",
				"  until Wed 25 Nov  Check-in              Lee Wong on LinkedIn  Globex                  Interviews/Globex.md",
				"                    Four business days after the interview.",
				"",
				"Upcoming (next 14 days): 1",
				"  Mon 30 Nov        Ask about next steps  —                     (no company)            Interviews/Initech.md",
				"                    Ask what happens next.",
				"",
				"1 more follow-up is further ahead, the next on Mon 4 Jan: --horizon 42 shows it.",
				"",
				"Needs attention: 2",
				"  error    Interviews/Broken.md: The frontmatter could not be read.",
				'  warning  Interviews/Globex.md: The decision date "soonish" is not a date.',
				"",
				"Info: Only one opportunity is active.",
				"",
			].join("\n"),
		);
	});

	it("shows only the statuses asked for", () => {
		const text = formatTable(sample, { ...options, statuses: ["overdue"] });
		expect(text).toContain("Overdue: 1");
		expect(text).not.toContain("Due:");
		expect(text).not.toContain("Upcoming");
		expect(text).not.toContain("further ahead");
	});

	it("applies the horizon to upcoming follow-ups only", () => {
		const text = formatTable(sample, { ...options, horizon: 60 });
		expect(text).toContain("Upcoming (next 60 days): 2");
		expect(text).toContain("Mon 4 Jan");
		expect(formatTable(sample, { ...options, horizon: 0 })).toContain(
			"2 more follow-ups are further ahead, the next on Mon 30 Nov: --horizon 7 shows it.",
		);
	});

	it("says so helpfully when nothing is due", () => {
		expect(formatTable(evaluation([]), options)).toBe(
			[
				"Interview follow-ups for ~/Notes on Mon 23 Nov 2026",
				"",
				"Nothing due. No follow-ups are overdue, due now or coming up in the next 14 days.",
				"If that is a surprise: interview notes are the ones tagged #interview, with type: interview, or in the interview folders set in the settings.",
				"",
			].join("\n"),
		);
	});

	it("says what was filtered when a status filter leaves nothing", () => {
		const text = formatTable(evaluation([aFollowUp({ status: "due", windowEnd: "2026-11-23" })]), {
			...options,
			statuses: ["overdue", "upcoming"],
		});
		expect(text).toContain("Nothing due. No follow-ups are overdue or coming up in the next 14 days.");
		expect(text).not.toContain("If that is a surprise");
	});

	it("uses ANSI colours only when asked", () => {
		expect(formatTable(sample, options)).not.toContain("\x1b[");
		const coloured = formatTable(sample, { ...options, color: true });
		expect(coloured).toContain("\x1b[31m3 days overdue");
		expect(coloured).toContain("\x1b[1mInterview follow-ups for ~/Notes");
	});

	it("writes one day overdue in the singular", () => {
		const text = formatTable(evaluation([aFollowUp({ windowEnd: "2026-11-22" })]), options);
		expect(text).toContain("  1 day overdue  ");
	});
});
