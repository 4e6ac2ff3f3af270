// A note that makes a rule fail (our bug, met by a value nobody foresaw) must not take
// the other notes down with it: it gets an error saying so, and no follow-ups.
import { describe, expect, it } from "vitest";
import { DayEvaluation } from "../../../src/app/day-evaluation";
import type { InterviewNote } from "../../../src/core/model";
import { readInterviewNote } from "../../../src/core/read-note";
import { evaluateNotes } from "../../../src/core/rules/index";
import { defaultSettings } from "../../../src/core/settings";
import { NO_LINKS } from "../../../src/core/source";
import { STANDARD_CALENDAR } from "../../../src/core/dates";

const TODAY = "2026-11-23";
const settings = defaultSettings();
const context = { settings, calendar: STANDARD_CALENDAR, today: TODAY };

function note(path: string, company: string): InterviewNote {
	const frontmatter = { tags: ["interview"], company, interview_date: "2026-11-16", people: ["Lee Wong"] };
	const read = readInterviewNote({ path, frontmatter, frontmatterError: null, inlineTags: [] }, settings, NO_LINKS, STANDARD_CALENDAR);
	if (read.note === null) throw new Error("the fixture is not an interview note");
	return read.note;
}

/** The same note, but reading its call-back day throws, as a rule bug would. */
function failing(base: InterviewNote): InterviewNote {
	const copy = { ...base };
	Object.defineProperty(copy, "callBack", {
		enumerable: true,
		get() {
			throw new Error("a rule met something it did not expect");
		},
	});
	return copy;
}

describe("a rule that fails on one note", () => {
	const good = note("Interviews/Acme.md", "Acme");
	const bad = failing(note("Interviews/Globex.md", "Globex"));

	it("reports an error on that note and still evaluates the others", () => {
		const alone = evaluateNotes([good], context);
		const result = evaluateNotes([good, bad], context);
		expect(alone.followUps.length).toBeGreaterThan(0);
		expect(result.followUps).toEqual(alone.followUps);
		const error = result.diagnostics.find((d) => d.note === "Interviews/Globex.md" && d.severity === "error");
		expect(error?.code).toBe("invalid-frontmatter");
		expect(error?.message).toContain("a rule met something it did not expect");
		expect(error?.message).toContain("the other notes are not affected");
	});

	it("gives the plugin's kept-up-to-date evaluation the same result", () => {
		const entries = new Map([
			[good.path, { note: good, diagnostics: [] }],
			[bad.path, { note: bad, diagnostics: [] }],
		]);
		const kept = new DayEvaluation(context, entries).result();
		const full = evaluateNotes([good, bad], context);
		expect(kept.followUps).toEqual(full.followUps);
		expect(kept.diagnostics).toEqual(full.diagnostics);
	});

	it("clears the error once the note no longer fails", () => {
		const entries = new Map([
			[good.path, { note: good, diagnostics: [] }],
			[bad.path, { note: bad, diagnostics: [] }],
		]);
		const evaluation = new DayEvaluation(context, entries);
		const fixed = note("Interviews/Globex.md", "Globex");
		const now = new Map(entries).set(bad.path, { note: fixed, diagnostics: [] });
		evaluation.apply(new Map([[bad.path, bad]]), now);
		const full = evaluateNotes([good, fixed], context);
		expect(evaluation.result().followUps).toEqual(full.followUps);
		expect(evaluation.result().diagnostics.some((d) => d.severity === "error")).toBe(false);
	});
});
