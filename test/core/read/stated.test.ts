/**
 * Dates a note states only in its body (existing-vaults.md §6), read into the note: only
 * when no property gives them, relative to the current round, with the sentence and its
 * line of the file as the origin.
 */
import { describe, expect, it } from "vitest";
import { makeCalendar } from "../../../src/core/dates";
import { NoteReading } from "../../../src/core/read/note";
import { withStatedDates, withStatedDatesForRules } from "../../../src/core/read/stated";
import { RULE_EXAMPLES } from "../../../src/core/rules/examples";
import { findStatedDates, mayStateDate } from "../../../src/core/sentences";
import type { SourceNote } from "../../../src/core/source";
import { NO_LINKS } from "../../../src/core/source";
import { settingsWith } from "../../builders/vault";
import { HELD_OUT_NEGATIVES, HELD_OUT_POSITIVES, NEGATIVES, POSITIVES } from "../sentences/corpus";

/** An interview note on Thursday 19 November 2026 whose frontmatter takes six lines of the file. */
function noteWith(body: string, fields: Record<string, unknown> = {}, more: Partial<SourceNote> = {}): SourceNote {
	return {
		path: "Interviews/Acme.md",
		frontmatter: { tags: ["interview"], interview_date: "2026-11-19", people: ["Priya Shah"], ...fields },
		frontmatterError: null,
		body,
		bodyLine: 7,
		...more,
	};
}

function read(source: SourceNote, settings = settingsWith()) {
	// The command line reads sentences; the plugin does not (main.js budget), so the reader is given.
	const { note } = new NoteReading(settings, { sentences: withStatedDates }).read(source, NO_LINKS);
	if (note === null) throw new Error("not read as an interview note");
	return note;
}

const BODY = ["## Notes", "", "Met the team, good chat about the roadmap.", "- Priya: decision by Fri 27 Nov", ""].join("\n");

describe("a decision date written in the body", () => {
	it("becomes the note's decision date, with the sentence and its line of the file", () => {
		const note = read(noteWith(BODY));
		expect(note.decisionDate).toBe("2026-11-27");
		expect(note.decisionOrigin).toEqual({ from: "sentence", line: 10, quote: "Priya: decision by Fri 27 Nov" });
	});

	it("is the current round's too, so the rules see it round by round", () => {
		const round = read(noteWith(BODY)).rounds?.at(-1);
		expect(round?.decisionDate).toBe("2026-11-27");
		expect(round?.decisionOrigin).toEqual({ from: "sentence", line: 10, quote: "Priya: decision by Fri 27 Nov" });
	});

	it("is read relative to the interview date", () => {
		const note = read(noteWith("They'll get back to me early next week.", { interview_date: "2026-11-23" }));
		// The week after Monday 23 November; `early` stands for its Tuesday.
		expect(note.decisionDate).toBe("2026-12-01");
	});

	it("counts lines from 1 when the host does not say where the body starts", () => {
		const note = read(noteWith(BODY, {}, { bodyLine: undefined }));
		expect(note.decisionOrigin).toEqual({ from: "sentence", line: 4, quote: "Priya: decision by Fri 27 Nov" });
	});

	it("loses to a decision_date property, which keeps no origin", () => {
		const note = read(noteWith(BODY, { decision_date: "2026-11-30" }));
		expect(note.decisionDate).toBe("2026-11-30");
		expect(note.decisionOrigin ?? null).toBeNull();
	});

	it("is not read without an interview date to read it from", () => {
		const note = read(noteWith(BODY, { interview_date: undefined, status: "applied" }));
		expect(note.decisionDate).toBeNull();
	});

	it("is not looked for when the host passes no body", () => {
		const note = read(noteWith(BODY, {}, { body: undefined }));
		expect(note.decisionDate).toBeNull();
	});

	it("is not taken from the user's own decision or an offer deadline", () => {
		const note = read(noteWith("I need to decide by Friday.\nRespond to the offer by Dec 1."));
		expect(note.decisionDate).toBeNull();
	});
});

describe("a call-back day written in the body", () => {
	it("becomes the note's call-back day, with its sentence and line", () => {
		const note = read(noteWith("Notes\n\nShe asked me to call her back on Tuesday."));
		expect(note.callBack).toBe("2026-11-24");
		expect(note.callBackOrigin).toEqual({ from: "sentence", line: 9, quote: "She asked me to call her back on Tuesday." });
	});

	it("loses to a call_back property while the decision date is still read", () => {
		const note = read(noteWith("Call me back on Tuesday. Decision by Fri 27 Nov.", { call_back: "2026-11-25" }));
		expect(note.callBack).toBe("2026-11-25");
		expect(note.callBackOrigin ?? null).toBeNull();
		expect(note.decisionDate).toBe("2026-11-27");
	});
});

describe("the quick check before parsing dates", () => {
	const all = [...POSITIVES, ...HELD_OUT_POSITIVES, ...NEGATIVES, ...HELD_OUT_NEGATIVES];

	it("lets through every sentence of the corpus that states a date", () => {
		const missed = all.filter((row) => row.expected !== null && !mayStateDate(row.text)).map((row) => row.text);
		expect(missed).toEqual([]);
	});

	it("spares the parser text with no cue, or a cue and no date on the same line", () => {
		expect(mayStateDate("Talked about the roadmap and hiring plans.")).toBe(false);
		expect(mayStateDate("They will get back to me.")).toBe(false);
		expect(mayStateDate("They will get back to me by 3 Dec.")).toBe(true);
		expect(mayStateDate("They will de**cide** by **Fri**")).toBe(true);
	});

	it("skips only text in which the full reading finds nothing", () => {
		const skipped = all.filter((row) => !mayStateDate(row.text));
		const stated = skipped.filter(
			(row) =>
				findStatedDates(row.text, {
					reference: row.reference,
					calendar: makeCalendar([0, 6], row.holidays ?? []),
					dateOrder: row.dateOrder ?? "MDY",
				}).length > 0,
		);
		expect(stated.map((row) => row.text)).toEqual([]);
		// Some do get skipped: the check is not a pass-through.
		expect(skipped.length).toBeGreaterThan(0);
	});
});

describe("sentences read for a vault's follow-ups", () => {
	const readForRules = (source: SourceNote) =>
		new NoteReading(settingsWith(), { sentences: withStatedDatesForRules }).read(source, NO_LINKS).note;

	it("are read for a note still under way", () => {
		expect(readForRules(noteWith(BODY))?.decisionDate).toBe("2026-11-27");
	});

	it("are left alone for a rejected, closed or ended note", () => {
		for (const status of ["rejected", "closed", "offer"]) {
			const note = readForRules(noteWith(BODY, { status }));
			expect(note?.status).not.toBe("active");
			expect(note?.decisionDate).toBeNull();
		}
	});

	it("can be skipped there because only rules of active notes look at the dates they give", () => {
		const usesStatedDates = RULE_EXAMPLES.filter(({ kind }) =>
			["callback", "decision-check-in", "check-in", "second-check-in", "closing-note"].includes(kind),
		);
		expect(usesStatedDates.map(({ kind }) => kind).sort()).toEqual(
			["callback", "check-in", "closing-note", "decision-check-in", "second-check-in"].sort(),
		);
		for (const { rule } of usesStatedDates) expect(rule.statuses).toEqual(["active"]);
	});
});

describe("a decision date written in a status history kept in the frontmatter", () => {
	const tracked = noteWith("", {
		interview_date: undefined,
		status_history: [
			{ date: "2026-11-10", status: "一次面接予定", note: "2026-11-18 14:00 オンライン面接" },
			{ date: "2026-11-18", status: "一次面接完了", note: "面接官：佐藤 健一（開発部長）。結果は11月25日までに連絡するとのこと" },
		],
	});

	it("is read from the entry's own text, relative to its day, with the entry as its origin", () => {
		const settings = settingsWith({ timelineFields: ["status_history"] });
		const note = new NoteReading(settings, { today: "2026-11-23", sentences: withStatedDates }).read(tracked, NO_LINKS).note;
		expect(note?.rounds?.map((r) => r.date)).toEqual(["2026-11-18"]);
		expect([note?.decisionDate, note?.decisionOrigin]).toEqual(["2026-11-25", { from: "property", path: "status_history[1]" }]);
	});
});
