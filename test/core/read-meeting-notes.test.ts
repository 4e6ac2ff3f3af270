/**
 * Interviews kept as dated meeting notes of a second brain (`60-Meetings/2026-11-18
 * Interview - Acme.md`): the day of the meeting in the name, people in `attendees`,
 * action items as Tasks-plugin lines that link daily notes, and the meeting's own status.
 */
import { describe, expect, it } from "vitest";
import { evaluateVault } from "../../src/app/evaluate";
import { NoteReading } from "../../src/core/read-note";
import { NO_LINKS, type SourceNote } from "../../src/core/source";
import { SetupDetector } from "../../src/core/setup/detect";
import { defaultSettings } from "../../src/core/settings";
import { aSource, settingsWith } from "../builders/vault";

const TODAY = "2026-11-23";
const settings = settingsWith({ fieldAliases: { people: ["attendees"] } });

function due(sources: SourceNote[]) {
	return evaluateVault(sources, { settings, today: TODAY, resolve: NO_LINKS }).followUps.map((f) => [f.note, f.kind, f.to, f.due]);
}

const meeting = (path: string, date: string, attendees: string[], body = "", status = "done") =>
	aSource(path, { date, type: "meeting", tags: ["meeting", "interview"], attendees, status }, body);

describe("a meeting note's action items", () => {
	it("take a link to a day for a date, never for a person", () => {
		const note = meeting(
			"60-Meetings/2026-11-10 Interview - Acme.md",
			"2026-11-10",
			["Hannah Okafor"],
			"## Action Items\n\n- [x] Thank-you note → [[Hannah Okafor]] by [[2026-11-10]] #task ✅ 2026-11-10\n- [x] Send my availability for the panel → [[Hannah Okafor]] by [[2026-11-11]] #task ✅ 2026-11-10\n",
		);
		const listed = due([note]);
		expect(listed.filter(([, , to]) => to === "2026-11-11" || to === "2026-11-10")).toEqual([]);
		expect(listed.filter(([, kind]) => kind === "thank-you")).toEqual([]);
	});

	it("do not make a link to another dated note a round of this one", () => {
		const first = meeting(
			"60-Meetings/2026-11-10 Interview - Acme.md",
			"2026-11-10",
			["Hannah Okafor"],
			"## Related\n\n**Follow-up meetings:**\n- [[2026-11-18 Interview - Acme]]\n",
		);
		const listed = due([first]);
		expect(listed.find(([, kind]) => kind === "check-in")).toEqual([first.path, "check-in", "Hannah Okafor", "2026-11-16"]);
	});
});

describe("dated meeting notes of one opportunity", () => {
	it("are rounds of one application when their names differ only by the day", () => {
		const notes = [
			meeting("60-Meetings/2026-11-10 Interview - Acme.md", "2026-11-10", ["Hannah Okafor"]),
			meeting("60-Meetings/2026-11-18 Interview - Acme.md", "2026-11-18", ["Marcus Lind"]),
		];
		const first = due(notes).filter(([note]) => note === notes[0]?.path);
		expect(first.map(([, kind]) => kind).sort()).toEqual(["get-contact-info", "thank-you"]);
		expect(due(notes).some(([note, kind]) => note === notes[1]?.path && kind === "check-in")).toBe(true);
	});

	it("but a name that is only a day and a word names no opportunity", () => {
		const notes = [
			meeting("60-Meetings/2026-11-10 Interview.md", "2026-11-10", ["Hannah Okafor"]),
			meeting("60-Meetings/2026-11-18 Interview.md", "2026-11-18", ["Marcus Lind"]),
		];
		expect(due(notes).some(([note, kind]) => note === notes[0]?.path && kind === "check-in")).toBe(true);
	});
});

describe("a meeting whose status says it was cancelled", () => {
	it("yields nothing, in either spelling", () => {
		for (const status of ["cancelled", "Canceled"])
			expect(due([meeting("60-Meetings/2026-11-17 Interview - Fernhill.md", "2026-11-17", ["Nadia Costa"], "", status)])).toEqual([]);
	});
});

describe("setup on meeting notes the settings already select", () => {
	it("reads them as applications without a company, and proposes attendees as their people", () => {
		const detector = new SetupDetector(defaultSettings(), TODAY);
		for (const [day, who] of [
			["2026-11-10", "[[Hannah Okafor]]"],
			["2026-11-13", "[[Dmitri Vance]]"],
			["2026-11-18", "[[Marcus Lind]]"],
		] as const)
			detector.add({
				path: `60-Meetings/${day} Interview - Acme.md`,
				frontmatter: { date: day, type: "meeting", tags: ["meeting", "interview"], attendees: [who], status: "done" },
				body: "# Meeting\n",
			});
		const proposal = detector.propose();
		expect(proposal.applications).toBe(3);
		expect(proposal.settings.fieldAliases?.people).toEqual(["attendees"]);
	});
});

describe("a meeting note's name", () => {
	it("gives the format when none is written: a coffee is informal, owed a want-the-job note, not a thank-you", () => {
		const coffee = meeting("60-Meetings/2026-11-19 Coffee - Quarry Labs.md", "2026-11-19", ["Tom Ashby"]);
		const kinds = due([coffee]).map(([, kind]) => kind);
		expect(kinds).toContain("want-the-job");
		expect(kinds).not.toContain("thank-you");
	});

	it("gives way to a written format, and says nothing when it names none", () => {
		const written = aSource(
			"60-Meetings/2026-11-19 Coffee - Quarry Labs.md",
			{ date: "2026-11-19", tags: ["interview"], attendees: ["Tom Ashby"], format: "onsite" },
			"",
		);
		expect(due([written]).map(([, kind]) => kind)).toContain("thank-you");
		const plain = meeting("60-Meetings/2026-11-18 Interview - Lumen Freight.md", "2026-11-18", ["Ana Beltrán"]);
		expect(due([plain]).map(([, kind]) => kind)).toContain("thank-you");
	});
});

describe("telling someone", () => {
	it("is a message sent, not another meeting: `Tell [[Sofia]] how the coffee went`", () => {
		const coffee = meeting(
			"60-Meetings/2026-11-19 Coffee - Quarry Labs.md",
			"2026-11-19",
			["Tom Ashby"],
			"- [x] Tell [[Sofia Marchetti]] how the coffee went #task ✅ 2026-11-20\n",
		);
		expect(
			due([coffee])
				.filter(([, kind]) => kind === "want-the-job")
				.map(([, , , day]) => day),
		).toEqual(["2026-11-19"]);
	});

	it("is a message received when they told me", () => {
		const note = meeting(
			"60-Meetings/2026-11-18 Interview - Acme.md",
			"2026-11-18",
			["Hannah Okafor"],
			"- 2026-11-20 Hannah told me the panel is next week\n",
		);
		const read = new NoteReading(settings, { today: TODAY }).read(note, NO_LINKS).note;
		expect(read?.log.map((e) => [e.date, e.direction])).toEqual([["2026-11-20", "received"]]);
	});
});
