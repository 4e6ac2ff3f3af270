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

describe("round files without a company", () => {
	const round = (path: string, interviewDate: string, company: string | null = null) =>
		sampleNote({ path, company, role: null, interviewDate });

	it("are rounds of one application when they share a folder named rounds", () => {
		const notes = [
			round("kit/northwind/rounds/R0-recruiter.md", "2026-11-05"),
			round("kit/northwind/rounds/R1-technical.md", "2026-11-12"),
			round("kit/northwind/rounds/R2-hiring-manager.md", "2026-11-19"),
			round("kit/castellan/Rounds/R0-recruiter.md", "2026-11-16"),
		];
		expect([...supersededPaths(notes)].sort()).toEqual([
			"kit/northwind/rounds/R0-recruiter.md",
			"kit/northwind/rounds/R1-technical.md",
		]);
	});

	it("but notes without a company elsewhere never match, and a company written wins over the folder", () => {
		expect(supersededPaths([round("Interviews/a.md", "2026-11-05"), round("Interviews/b.md", "2026-11-12")]).size).toBe(0);
		const named = [round("kit/acme/rounds/R0.md", "2026-11-05", "Acme"), round("kit/acme/rounds/R1.md", "2026-11-12", "Globex")];
		expect(supersededPaths(named).size).toBe(0);
	});
});
