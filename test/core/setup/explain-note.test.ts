// explainSections: one note as read, in the sections both explain views show.
import { describe, expect, it } from "vitest";
import { readInterviewNote } from "../../../src/core/read-note";
import { explainSections } from "../../../src/core/setup/explain-note";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { NO_LINKS } from "../../../src/core/source";
import { aFollowUp } from "../../builders/follow-up";
import { aSource } from "../../builders/vault";

const frontmatter = { tags: ["interview"], employer: "Birchwood", interview_date: "2026-11-19", salary: "90k", notes_url: "" };
const note = readInterviewNote(aSource("Interviews/Birchwood.md", frontmatter), DEFAULT_SETTINGS, NO_LINKS).note;

function explain(over: Partial<Parameters<typeof explainSections>[0]> = {}) {
	if (note === null) throw new Error("the fixture should read as an interview note");
	return explainSections({
		note,
		frontmatter,
		settings: DEFAULT_SETTINGS,
		today: "2026-11-23",
		followUps: [],
		diagnostics: [],
		...over,
	});
}

describe("explainSections", () => {
	it("gives the sections in order, leaving out the timeline and the problems when there are none", () => {
		expect(explain().map((s) => s.title)).toEqual([
			"Fields read",
			"Properties not read",
			"People",
			"Rounds",
			"Log",
			"Follow-ups on 2026-11-23",
		]);
		expect(explain({ diagnostics: [{ severity: "warning", message: "Check the date." }] }).at(-1)).toMatchObject({
			key: "diagnostics",
			lines: [{ label: "warning", text: "Check the date." }],
		});
	});

	it("names the alias a field came from and says why the other properties were not read", () => {
		const [fields, unread] = explain();
		expect(fields?.lines).toContainEqual({ label: "company", text: "Birchwood", from: "property `employer`" });
		expect(fields?.footer).toMatch(/^not found: role, format, people,/);
		expect(unread?.lines).toEqual([
			{ label: "salary", text: "no field is read from this name (a fieldAliases entry can add it)" },
			{ label: "notes_url", text: "empty" },
		]);
	});

	it("says a field no property gave came from the note's text, not from its frontmatter", () => {
		if (note === null) throw new Error("the fixture should read as an interview note");
		const [fields] = explain({ note: { ...note, role: "Data Engineer" } });
		expect(fields?.lines).toContainEqual({
			label: "role",
			text: "Data Engineer",
			from: "the note's text (an inline field or a bold label)",
		});
	});

	it("lists each round with its source, and the interview date when the note has no rounds at all", () => {
		expect(explain().find((s) => s.key === "rounds")?.lines).toEqual([{ text: "2026-11-19", from: "frontmatter" }]);
		if (note === null) throw new Error("the fixture should read as an interview note");
		const withoutRounds = explain({ note: { ...note, rounds: undefined } }).find((s) => s.key === "rounds");
		expect(withoutRounds?.lines).toEqual([{ text: "2026-11-19 (the note's interview date)" }]);
	});

	it("gives each follow-up its status, what and when, and its reason underneath", () => {
		const f = aFollowUp({
			note: "Interviews/Birchwood.md",
			kind: "check-in",
			to: "Ana Cruz",
			due: "2026-11-25",
			windowEnd: "2026-11-26",
		});
		const section = explain({ followUps: [f] }).find((s) => s.key === "follow-ups");
		expect(section?.lines).toEqual([
			{ label: f.status, text: "check-in → Ana Cruz, 2026-11-25 to 2026-11-26", more: [{ text: f.reason }] },
		]);
		expect(explain().find((s) => s.key === "follow-ups")?.empty).toBe("none pending");
	});
});

describe("explainSections for a person written in a table row", () => {
	it("shows their LinkedIn path once, though the row's title holds it too", () => {
		const body = [
			"## Participants",
			"",
			"| Name | Title | LinkedIn |",
			"|---|---|---|",
			"| Nadia Pereira | Talent Acquisition | /in/nadiapereira |",
			"",
		];
		const read = readInterviewNote(aSource("Interviews/Saltmarsh.md", frontmatter, body.join("\n")), DEFAULT_SETTINGS, NO_LINKS);
		if (read.note === null) throw new Error("the fixture should read as an interview note");
		const people =
			explain({ note: read.note })
				.find((s) => s.key === "people")
				?.lines.map((line) => line.text) ?? [];
		expect(people).toHaveLength(1);
		expect(people[0]).toContain("Nadia Pereira");
		expect(people[0]?.split("/in/nadiapereira")).toHaveLength(2);
	});
});

describe("explainSections for a day of the last contact", () => {
	it("says why the property gave no round", () => {
		const settings = { ...DEFAULT_SETTINGS, fieldAliases: { interview_date: ["Date Last Interaction"] } };
		const fm = { tags: ["interview"], "Date Last Interaction": "2026-11-18" };
		const body = "- 11 Nov: first interview (phone) with the lead\n- 18 Nov: invited back for a second interview\n";
		const read = readInterviewNote({ ...aSource("Jobs/Saltmarsh.md", fm, body), bodyLine: 4 }, settings, NO_LINKS).note;
		if (read === null) throw new Error("the fixture should read as an interview note");
		const rounds = explainSections({ note: read, frontmatter: fm, settings, today: "2026-11-23", followUps: [], diagnostics: [] }).find(
			(s) => s.key === "rounds",
		);
		expect(rounds?.lines).toEqual([
			{ text: "2026-11-11 phone", from: "list item, line 4" },
			{
				text: "2026-11-18 no round: `Date Last Interaction` is the day of the last contact, and that day's entry is no interview (received invite)",
				from: "list item, line 5",
			},
		]);
	});
});
