import { describe, expect, it } from "vitest";
import { calendarFor } from "../../src/app/calendar";
import { FollowUpIndex } from "../../src/app/follow-up-index";
import type { Diagnostic, Evaluation } from "../../src/core/model";
import { readInterviewNote } from "../../src/core/read-note";
import { compareDiagnostics, evaluateNotes } from "../../src/core/rules/index";
import { defaultSettings } from "../../src/core/settings";
import { NO_LINKS, type SourceNote } from "../../src/core/source";

const TODAY = "2026-11-23";

/** mulberry32, so a failure replays. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Interview notes drawn from small pools, so that notes share companies (superseded
 * rounds), people (spacing between messages), opportunities (the keep-looking insight),
 * and folders and days (a round one note lists and another holds).
 */
function noteSource(path: string, next: () => number): SourceNote {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	const day = (offset: number): string => {
		const d = new Date(Date.UTC(2026, 10, 23 + offset));
		return d.toISOString().slice(0, 10);
	};
	const people = ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Eve", "Ed Fox"];
	const met = Array.from({ length: Math.floor(next() * 3) }, () => pick(people));
	const log = Array.from({ length: Math.floor(next() * 3) }, () =>
		next() < 0.7
			? { date: day(-Math.floor(next() * 20)), kind: pick(["thank-you", "check-in"]), to: pick(people) }
			: { date: day(-Math.floor(next() * 10)), from: pick(people) },
	);
	const frontmatter: Record<string, unknown> = {
		tags: ["interview"],
		company: pick(["Acme", "Globex", "Initech", null]),
		role: pick(["PM", "Engineer", null]),
		interview_date: next() < 0.9 ? day(-Math.floor(next() * 40) + 3) : "not a date",
		status: pick(["active", "active", "rejected", "offer", "closed", "withdrawn", "who knows"]),
		people: met.map((name) => (next() < 0.3 ? { name, relation: pick(["hr", "recruiter", "hiring manager"]) } : name)),
		follow_ups: log,
	};
	if (next() < 0.1) return { path, frontmatter: null, frontmatterError: "bad YAML", body: "---\ntags: [interview\n---\n" };
	const timeline = Array.from(
		{ length: next() < 0.5 ? 0 : 1 + Math.floor(next() * 2) },
		() => `- ${day(-Math.floor(next() * 40) + 3)}: interview with ${pick(people)}`,
	);
	return { path, frontmatter, frontmatterError: null, inlineTags: [], body: timeline.join("\n") };
}

/** Notes in two folders: a folder of one application's rounds, and a folder of many. */
function pathOf(n: number): string {
	return `Interviews/${n % 3 === 0 ? "Acme/" : ""}${String(n).padStart(2, "0")}.md`;
}

/** What the index gave before it kept its evaluation up to date: everything, from scratch. */
function fromScratch(sources: ReadonlyMap<string, SourceNote>): Evaluation {
	const settings = defaultSettings();
	const calendar = calendarFor(settings, TODAY);
	const reads = [...sources.values()]
		.sort((a, b) => (a.path < b.path ? -1 : 1))
		.map((s) => readInterviewNote(s, settings, NO_LINKS, calendar));
	const notes = reads.flatMap((r) => (r.note ? [r.note] : []));
	const result = evaluateNotes(notes, { settings, calendar, today: TODAY });
	const readProblems: Diagnostic[] = reads.flatMap((r) => r.diagnostics);
	return { today: TODAY, followUps: result.followUps, diagnostics: [...readProblems, ...result.diagnostics].sort(compareDiagnostics) };
}

describe("the index's evaluation, kept up to date note by note", () => {
	for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
		it(`equals evaluating every note from scratch after each change (seed ${seed})`, () => {
			const next = random(seed);
			const index = new FollowUpIndex(defaultSettings());
			const sources = new Map<string, SourceNote>();
			for (let i = 0; i < 40; i++) {
				const source = noteSource(pathOf(i), next);
				sources.set(source.path, source);
				index.update(source, NO_LINKS);
			}
			expect(index.evaluate(TODAY)).toEqual(fromScratch(sources));
			for (let step = 0; step < 80; step++) {
				const path = pathOf(Math.floor(next() * 45));
				if (next() < 0.15) {
					sources.delete(path);
					index.remove(path);
				} else {
					const source = noteSource(path, next);
					sources.set(path, source);
					index.update(source, NO_LINKS);
				}
				// Sometimes several changes land before the panel asks again.
				if (next() < 0.7) expect(index.evaluate(TODAY)).toEqual(fromScratch(sources));
			}
			expect(index.evaluate(TODAY)).toEqual(fromScratch(sources));
			expect(index.interviewCount).toBe(index.notes().length);
		});
	}

	it("starts again for another day", () => {
		const next = random(9);
		const index = new FollowUpIndex(defaultSettings());
		for (let i = 0; i < 10; i++) index.update(noteSource(`N${i}.md`, next), NO_LINKS);
		const today = index.evaluate(TODAY);
		const tomorrow = index.evaluate("2026-11-24");
		expect(tomorrow.today).toBe("2026-11-24");
		expect(index.evaluate(TODAY)).toEqual(today);
	});
});
