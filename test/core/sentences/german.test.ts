import { describe, expect, it } from "vitest";
import { STANDARD_CALENDAR } from "../../../src/core/dates";
import { findStatedDates, type SentenceContext } from "../../../src/core/sentences";
import { dueOnNote } from "../../builders/due-on-note";

// Wednesday 18 November 2026: the day of the interview the sentences are read from.
const WEDNESDAY: SentenceContext = { reference: "2026-11-18", calendar: STANDARD_CALENDAR };

const stated = (text: string) => findStatedDates(text, WEDNESDAY).map((s) => [s.kind, s.day, s.text]);

describe("decision dates stated in German", () => {
	it("reads a dotted day, an ISO day and a weekday after their decision or answer and `bis`", () => {
		expect(stated("Dr. Reuter am Ende: „Wir entscheiden bis Freitag, 27.11., und rufen Sie dann an.“")).toEqual([
			["decision", "2026-11-27", "27.11."],
		]);
		expect(stated("Rückmeldung bis 2026-11-30.")).toEqual([["decision", "2026-11-30", "2026-11-30"]]);
		expect(stated("Eine Entscheidung bis Freitag, hieß es.")).toEqual([["decision", "2026-11-20", "Freitag"]]);
	});

	it("reads no date the user must decide by, no offer's deadline, no question and no entry's own date", () => {
		expect(stated("Ich muss mich bis Freitag entscheiden.")).toEqual([]);
		expect(stated("Antwort auf das Angebot bis 27.11.")).toEqual([]);
		expect(stated("Entscheiden sie bis Freitag?")).toEqual([]);
		expect(stated("- 19.11.: Bei Dr. Winter nachgehakt, noch keine Rückmeldung.")).toEqual([]);
	});

	it("reads a paragraph from the dotted date that opens it, which it does not state", () => {
		expect(findStatedDates("25.11.: Rückmeldung bis Freitag.", WEDNESDAY).map((s) => [s.kind, s.day, s.text, s.reference])).toEqual([
			["decision", "2026-11-27", "Freitag", "2026-11-25"],
		]);
	});

	it("holds the check-in until the business day after the stated day", async () => {
		const dated = await dueOnNote("Bewerbungen", "Rheinfels.md", "- „Wir entscheiden bis Freitag, 27.11.“");
		expect(dated).toContainEqual({ kind: "decision-check-in", due: "2026-11-30" });
		expect(dated.map((f) => f.kind)).not.toContain("check-in");
	});
});
