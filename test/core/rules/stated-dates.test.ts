/**
 * Follow-ups that rest on a date the note states in a sentence say so: the reason quotes
 * the sentence and its line before the usual reasoning (existing-vaults.md §6).
 */
import { describe, expect, it } from "vitest";
import type { SourceNote } from "../../../src/core/source";
import { evaluate } from "../../builders/vault";

function interview(body: string, fields: Record<string, unknown> = {}): SourceNote {
	return {
		path: "Interviews/Acme.md",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-19", people: ["Priya Shah"], ...fields },
		frontmatterError: null,
		body,
		bodyLine: 6,
	};
}

const followUp = (source: SourceNote, today: string, kind: string) => evaluate([source], today).followUps.find((f) => f.kind === kind);

describe("a decision date from a sentence", () => {
	const source = interview("## Debrief\n\nGood chat.\n- Priya: decision by Fri 27 Nov\n");

	it("plans the check-in the business day after it", () => {
		const checkIn = followUp(source, "2026-11-30", "decision-check-in");
		expect(checkIn).toMatchObject({ due: "2026-11-30", windowEnd: "2026-12-01" });
	});

	it("quotes the sentence and its line, then gives the usual reasoning", () => {
		const reason = followUp(source, "2026-11-30", "decision-check-in")?.reason ?? "";
		expect(reason).toMatch(/^Your note says "Priya: decision by Fri 27 Nov" \(line 9\)\. They said they would decide by /);
	});

	it("quotes nothing when the date is a property", () => {
		const reason = followUp(interview("", { decision_date: "2026-11-27" }), "2026-11-30", "decision-check-in")?.reason ?? "";
		expect(reason).toMatch(/^They said they would decide by /);
	});

	it("cuts a long sentence short in the quote", () => {
		const long = `They said they would make a decision by Fri 27 Nov, ${"after talking to the wider team and the board and everyone else involved ".repeat(3)}`;
		const reason = followUp(interview(long), "2026-11-30", "decision-check-in")?.reason ?? "";
		expect(reason).toMatch(/^Your note says "They said they would make a decision by Fri 27 Nov, after [^"]{20,}…" \(line 6\)\. /);
	});
});

describe("a call-back day from a sentence", () => {
	it("plans the call for exactly that day and quotes the sentence", () => {
		const call = followUp(interview("Priya asked me to call her back on Tuesday."), "2026-11-23", "callback");
		expect(call).toMatchObject({ due: "2026-11-24", windowEnd: "2026-11-24" });
		expect(call?.reason).toMatch(
			/^Your note says "Priya asked me to call her back on Tuesday\." \(line 6\)\. Priya Shah asked you to call back/,
		);
	});
});
