/** The facts rules share, over random people and logs, against their definitions written out plainly. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Relation } from "../../../src/core/model";
import { primaryContact } from "../../../src/core/rules/context";
import { numRuns } from "../../hardening/arbitraries";
import { person } from "../drafts/sample-note";

const RELATIONS: Relation[] = ["hiring-manager", "interviewer", "recruiter", "hr", "staff", "referrer"];

const aPerson = fc
	.record({ name: fc.constantFrom("Amy", "Zed", "Kim"), relation: fc.constantFrom(...RELATIONS), primary: fc.constantFrom(false, false, false, true) })
	.map(({ name, ...fields }) => person(name, fields));

describe("primaryContact", () => {
	it("is the first person marked primary, else the first of the most senior relation, else the first listed", () => {
		fc.assert(
			fc.property(fc.array(aPerson, { maxLength: 6 }), (people) => {
				const byRelation = ["hiring-manager", "interviewer", "recruiter", "hr"].map((relation) => people.find((p) => p.relation === relation));
				const expected = people.find((p) => p.primary) ?? byRelation.find((p) => p !== undefined) ?? people[0] ?? null;
				expect(primaryContact(people)).toBe(expected);
			}),
			{ numRuns },
		);
	});
});
