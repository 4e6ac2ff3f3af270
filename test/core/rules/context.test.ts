/** The facts rules share, over random people and logs, against their definitions written out plainly. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LogEntry, Relation } from "../../../src/core/model";
import { orderedLog, primaryContact } from "../../../src/core/rules/context";
import { numRuns } from "../../hardening/arbitraries";
import { person } from "../drafts/sample-note";

const RELATIONS: Relation[] = ["hiring-manager", "interviewer", "recruiter", "hr", "staff", "referrer"];

const aPerson = fc
	.record({
		name: fc.constantFrom("Amy", "Zed", "Kim"),
		relation: fc.constantFrom(...RELATIONS),
		primary: fc.constantFrom(false, false, false, true),
	})
	.map(({ name, ...fields }) => person(name, fields));

describe("primaryContact", () => {
	it("is the first person marked primary, else the first of the most senior relation, else the first listed", () => {
		fc.assert(
			fc.property(fc.array(aPerson, { maxLength: 6 }), (people) => {
				const byRelation = ["hiring-manager", "interviewer", "recruiter", "hr"].map((relation) =>
					people.find((p) => p.relation === relation),
				);
				const expected = people.find((p) => p.primary) ?? byRelation.find((p) => p !== undefined) ?? people[0] ?? null;
				expect(primaryContact(people)).toBe(expected);
			}),
			{ numRuns },
		);
	});
});

describe("orderedLog", () => {
	const days = fc.constantFrom("2026-11-02", "2026-11-09", "2026-11-16");

	it("orders the log by day, then by written position, and hands back a log already in that order as it is", () => {
		fc.assert(
			fc.property(fc.array(days, { maxLength: 8 }), (dates) => {
				const log: LogEntry[] = dates.map((date, index) => ({
					date,
					direction: "sent",
					kind: "message",
					person: null,
					dismissed: false,
					snoozedUntil: null,
					index,
				}));
				const expected = [...log].sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index);
				const ordered = orderedLog(log);
				expect(ordered).toEqual(expected);
				if (expected.every((entry, i) => entry === log[i])) expect(ordered).toBe(log);
			}),
			{ numRuns },
		);
	});
});
