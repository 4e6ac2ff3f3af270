/** Superseded rounds over random vaults, against the definition taken pair by pair. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameOpportunity, supersededPaths } from "../../../src/core/rules/superseded";
import { numRuns } from "../../hardening/arbitraries";
import { sampleNote } from "../drafts/sample-note";

describe("supersededPaths", () => {
	// Few companies, roles and days, written in several ways, so that rounds meet.
	const round = fc.record({
		company: fc.constantFrom(null, "Acme", "acme", " Acme  ", "Globex"),
		role: fc.constantFrom(null, "Engineer", "engineer", "Designer"),
		interviewDate: fc.constantFrom(null, "2026-11-02", "2026-11-09", "2026-11-16"),
	});

	it("holds a note exactly when another note of the same opportunity has a later interview", () => {
		fc.assert(
			fc.property(fc.array(round, { maxLength: 14 }), (rounds) => {
				const notes = rounds.map((r, i) => sampleNote({ path: `n${i}.md`, ...r }));
				const expected = notes
					.filter(
						(n) =>
							n.interviewDate !== null &&
							notes.some(
								(m) => m.interviewDate !== null && m.interviewDate > (n.interviewDate as string) && sameOpportunity(n, m),
							),
					)
					.map((n) => n.path);
				expect([...supersededPaths(notes)].sort()).toEqual(expected.sort());
			}),
			{ numRuns },
		);
	});
});
