import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/cli/format-json";
import type { Evaluation, FollowUp } from "../../src/core/model";

const followUp = (over: Partial<FollowUp>): FollowUp => ({
	reason: "Thank each interviewer on the day of the interview.",
	status: "overdue",
	windowEnd: "2026-11-20",
	due: "2026-11-19",
	channel: "email",
	to: "Jane Doe",
	kind: "thank-you",
	role: "Product Manager",
	company: "Acme",
	note: "Interviews/Acme onsite.md",
	...over,
});

const evaluation: Evaluation = {
	today: "2026-11-23",
	followUps: [
		followUp({}),
		followUp({ kind: "stay-in-touch", due: "2027-03-01", windowEnd: "2027-03-08", status: "upcoming", reason: "Later." }),
	],
	diagnostics: [
		{ message: "The frontmatter could not be read.", code: "invalid-frontmatter", severity: "error", note: "Interviews/Broken.md" },
	],
};

describe("formatJson", () => {
	it("prints exactly the documented object, keys in the documented order, with 2-space indents", () => {
		const text = formatJson(evaluation, { statuses: ["overdue", "due", "upcoming"] });
		expect(text.endsWith("}\n")).toBe(true);
		expect(text).toContain('\n  "followUps": [\n    {\n      "note": "Interviews/Acme onsite.md",\n');
		const parsed = JSON.parse(text) as Evaluation;
		expect(Object.keys(parsed)).toEqual(["today", "followUps", "diagnostics"]);
		expect(Object.keys(parsed.followUps[0] ?? {})).toEqual([
			"note",
			"company",
			"role",
			"kind",
			"to",
			"channel",
			"due",
			"windowEnd",
			"status",
			"reason",
		]);
		expect(Object.keys(parsed.diagnostics[0] ?? {})).toEqual(["note", "severity", "code", "message"]);
		expect(parsed.today).toBe("2026-11-23");
	});

	it("lists every pending follow-up, however far ahead", () => {
		const parsed = JSON.parse(formatJson(evaluation, { statuses: ["overdue", "due", "upcoming"] })) as Evaluation;
		expect(parsed.followUps.map((f: FollowUp) => f.kind)).toEqual(["thank-you", "stay-in-touch"]);
	});

	it("keeps only the statuses asked for, and every diagnostic", () => {
		const parsed = JSON.parse(formatJson(evaluation, { statuses: ["upcoming"] })) as Evaluation;
		expect(parsed.followUps.map((f: FollowUp) => f.kind)).toEqual(["stay-in-touch"]);
		expect(parsed.diagnostics).toHaveLength(1);
	});

	it("writes null for a task without a person, and null notes for vault-wide insights", () => {
		const parsed = JSON.parse(
			formatJson(
				{
					today: "2026-11-23",
					followUps: [followUp({ kind: "ask-next-steps", to: null, channel: null })],
					diagnostics: [{ note: null, severity: "info", code: "keep-looking", message: "…" }],
				},
				{ statuses: ["overdue"] },
			),
		) as Evaluation;
		expect(parsed.followUps[0]?.to).toBeNull();
		expect(parsed.followUps[0]?.channel).toBeNull();
		expect(parsed.diagnostics[0]?.note).toBeNull();
	});
});
