import { describe, expect, it } from "vitest";
import { bodyEntries, inlineFields, mayHaveEntries, parseBody, type BodyContext } from "../../../src/core/body";
import { rostersOf } from "../../../src/core/body/rosters";
import { defaultVocabulary } from "../../../src/core/vocabulary";

const ctx: BodyContext = { firstLine: 9, reference: "2026-11-23", dateOrder: "DMY", vocabulary: defaultVocabulary() };

/** One application note's body, in the shape several public templates use (frontmatter ends on line 8). */
const note = [
	"# Acme — Product Designer",
	"",
	"Applied:: 2026-10-20",
	"**Recruiter**:: [[Maya Chen]]",
	"",
	"## Interviews",
	"",
	"| 📅 Date | Round | With |",
	"| :-- | --- | --- |",
	"| 2026-11-10 | Phone screen | [[Maya Chen]] |",
	"| 2026-11-17 | Portfolio review | Raj Patel, Omar Haddad |",
	"",
	"## Follow-up log",
	"",
	"- [x] 10 Nov: thank-you email to Maya",
	"- [x] 17 Nov – thanked Raj and Omar",
	"  - mentioned the design system talk",
	"- [ ] 24 Nov: check in with Maya if no news",
	"- 20 Nov: Maya replied, decision by Friday",
	"",
	"```",
	"- 2026-11-18 sent a draft",
	"Status:: rejected",
	"```",
].join("\n");

describe("bodyEntries: one note read whole", () => {
	it("reads the table and the list in the order of their lines", () => {
		const tree = parseBody(note);
		const result = bodyEntries(tree, ctx);
		expect(result.warnings).toEqual([]);
		expect(result.entries.map((e) => [e.date, e.event, e.kind, e.person, e.origin])).toEqual([
			["2026-11-10", "interview", "phone", "Maya Chen", { from: "table", table: "Interviews", row: 1, line: 18 }],
			["2026-11-17", "interview", "", "Raj Patel, Omar Haddad", { from: "table", table: "Interviews", row: 2, line: 19 }],
			["2026-11-10", "sent", "thank-you", "Maya", { from: "list", line: 23 }],
			["2026-11-17", "sent", "thank-you", "Raj", { from: "list", line: 24 }],
			["2026-11-24", "other", "", "Maya", { from: "list", line: 26 }],
			["2026-11-20", "received", "reply", "Maya", { from: "list", line: 27 }],
		]);
	});
	it("reads the inline fields outside the code block", () => {
		expect(inlineFields(note, ctx.firstLine)).toEqual([
			{ key: "Applied", value: "2026-10-20", line: 11 },
			{ key: "Recruiter", value: "[[Maya Chen]]", line: 12 },
		]);
	});
	it("says the note is worth parsing", () => {
		expect(mayHaveEntries(note, ctx)).toBe(true);
	});
});

describe("sentences and clauses of an entry", () => {
	const log = [
		"## Log",
		"",
		"- 2026-11-10 Phone screen with Maya at 3 p.m. Thanked her by email afterwards.",
		"- 2026-11-12 Interview with Raj Patel; sent a thank-you note",
		"- 2026-11-14 Phone screen with Omar at 10am. He invited me to an onsite.",
		"",
		"### Onsite (2026-11-20)",
		"",
		"- Panel: Dr. Ana Lee, Prof. Ben Ortiz. Went well.",
	].join("\n");

	it("reads an interview and the thank-you after it, cut at a stop after `p.m.` or at `;`", () => {
		expect(bodyEntries(parseBody(log), ctx).entries.map((e) => [e.date, e.event, e.kind, e.person])).toEqual([
			["2026-11-10", "interview", "phone", "Maya"],
			["2026-11-10", "sent", "thank-you", "Maya"],
			["2026-11-12", "interview", "", "Raj Patel"],
			["2026-11-12", "sent", "thank-you", "Raj Patel"],
			// The invitation is in the second sentence (after `10am.`): the first records the interview.
			["2026-11-14", "interview", "phone", "Omar"],
		]);
	});

	it("ends a line of people with its sentence, not at a title's full stop", () => {
		// Both are read, past the full stops of their titles; the titles themselves are no part of the names.
		expect(rostersOf(parseBody(log), ctx).map((r) => [r.date, r.people])).toEqual([["2026-11-20", ["Ana Lee", "Ben Ortiz"]]]);
	});
});
