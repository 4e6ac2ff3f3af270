/**
 * No frontmatter value can make the reader or the rules throw, invent a value outside
 * the model's vocabularies, write into its input, or reach Object.prototype.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { evaluateVault } from "../../src/app/evaluate";
import { createLinkResolver } from "../../src/app/link-index";
import { isDay } from "../../src/core/dates";
import { FOLLOW_UP_KINDS, type InterviewNote } from "../../src/core/model";
import { readInterviewNote } from "../../src/core/read-note";
import { defaultSettings } from "../../src/core/settings";
import type { SourceNote } from "../../src/core/source";
import { anyFrontmatter, anySource, deepFreeze, numRuns } from "../hardening/arbitraries";

const settings = defaultSettings();
const RELATIONS = ["hiring-manager", "interviewer", "recruiter", "hr", "staff", "referrer"];
const CHANNELS = ["email", "phone", "linkedin", "note", null];
const FORMATS = ["onsite", "phone", "video", "panel", "informal", null];
const STATUS_GROUPS = ["active", "ended", "rejected", "closed"];
const SEVERITIES = ["error", "warning", "info"];

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
	expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
});

const dayOrNull = (day: string | null) => day === null || isDay(day);

/** Every value of a read note lies in the model's vocabularies; every day is a real YYYY-MM-DD. */
function expectWellFormed(note: InterviewNote): void {
	expect(note.interviewDate === null || isDay(note.interviewDate)).toBe(true);
	expect(dayOrNull(note.decisionDate) && dayOrNull(note.callBack) && dayOrNull(note.statusDate)).toBe(true);
	expect(FORMATS).toContain(note.format);
	expect(STATUS_GROUPS).toContain(note.status);
	for (const text of [note.company, note.role, note.statusText, note.source, note.jobUrl, ...note.topics]) {
		expect(text === null || typeof text === "string").toBe(true);
	}
	for (const person of note.people) {
		expect(typeof person.name).toBe("string");
		expect(RELATIONS).toContain(person.relation);
		expect(CHANNELS).toContain(person.channel);
		expect(typeof person.primary).toBe("boolean");
	}
	for (const entry of note.log) {
		expect(isDay(entry.date)).toBe(true);
		expect(dayOrNull(entry.snoozedUntil)).toBe(true);
		expect(typeof entry.kind).toBe("string");
	}
}

describe("reading arbitrary frontmatter", () => {
	it("never throws, and what it reads is well formed", () => {
		fc.assert(
			fc.property(anyFrontmatter, (frontmatter) => {
				const source: SourceNote = deepFreeze({ path: "Interviews/a.md", frontmatter, frontmatterError: null, body: "" });
				const result = readInterviewNote(source, settings, () => null);
				if (result.note) expectWellFormed(result.note);
				for (const d of result.diagnostics) {
					expect(d.note).toBe("Interviews/a.md");
					expect(SEVERITIES).toContain(d.severity);
					expect(typeof d.message).toBe("string");
					expect(d.message.length).toBeLessThan(1000);
				}
			}),
			{ numRuns },
		);
	});

	it("person notes reached through links may hold anything too", () => {
		fc.assert(
			fc.property(anyFrontmatter, anyFrontmatter, (frontmatter, personFrontmatter) => {
				const note = { ...frontmatter, people: ["[[Jane]]", { name: "[[Jane|J]]", relation: "hr" }] };
				const source: SourceNote = deepFreeze({ path: "a.md", frontmatter: note, frontmatterError: null, body: "#interview" });
				const linked = deepFreeze({ path: "People/Jane.md", frontmatter: personFrontmatter });
				const result = readInterviewNote(source, settings, () => linked);
				if (result.note) expectWellFormed(result.note);
			}),
			{ numRuns },
		);
	});
});

describe("evaluating a vault of arbitrary notes", () => {
	const vault = fc
		.array(fc.nat(), { minLength: 1, maxLength: 5 })
		.chain((ids) => fc.tuple(...ids.map((_, i) => anySource(`Interviews/n${i}.md`))))
		.chain((sources) => fc.tuple(fc.constant(sources), fc.integer({ min: -400, max: 400 })));

	it("never throws; every follow-up has real days in order and known words; it serialises", () => {
		fc.assert(
			fc.property(vault, ([sources, offset]) => {
				const frozen = deepFreeze(sources);
				const today = new Date(Date.UTC(2026, 10, 23 + offset)).toISOString().slice(0, 10);
				const result = evaluateVault(frozen, { settings, today, resolve: createLinkResolver(frozen) });
				for (const f of result.followUps) {
					expect(isDay(f.due) && isDay(f.windowEnd)).toBe(true);
					expect(f.due <= f.windowEnd).toBe(true);
					expect(FOLLOW_UP_KINDS).toContain(f.kind);
					expect(CHANNELS).toContain(f.channel);
					expect(["upcoming", "due", "overdue"]).toContain(f.status);
					expect(typeof f.reason).toBe("string");
				}
				// The catch-all in evaluateVault ("could not be read") must never be what saved us.
				const parsed = new Set(frozen.filter((s) => s.frontmatterError === null).map((s) => s.path));
				for (const d of result.diagnostics) {
					expect(d.code === "invalid-frontmatter" && d.note !== null && parsed.has(d.note)).toBe(false);
				}
				expect(() => JSON.stringify(result)).not.toThrow();
			}),
			{ numRuns },
		);
	});
});
