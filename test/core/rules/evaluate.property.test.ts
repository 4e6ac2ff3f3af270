/**
 * Invariants of evaluating plausible vaults (interview notes around a base day, people
 * shared between notes, logs with messages, replies, dismissals and snoozes, other
 * weekends, holidays and gaps): windows are in order, ended notes are silent, the output
 * is in the documented order, statuses follow from the dates, the result does not
 * depend on the order the notes arrive in, and spacing holds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateVault } from "../../../src/app/evaluate";
import { createLinkResolver } from "../../../src/app/link-index";
import type { Day, Diagnostic, Evaluation, FollowUp, InterviewNote } from "../../../src/core/model";
import { readInterviewNote } from "../../../src/core/read-note";
import type { Settings } from "../../../src/core/settings";
import type { SourceNote } from "../../../src/core/source";
import { settingsWith } from "../../builders/vault";
import { numRuns, plausibleVault, type PlausibleVault } from "../../hardening/arbitraries";

function run(sources: readonly SourceNote[], today: Day, settings: Settings): Evaluation {
	return evaluateVault(sources, { settings, today, resolve: createLinkResolver(sources) });
}

function readAll(vault: PlausibleVault, settings: Settings): Map<string, InterviewNote> {
	const resolve = createLinkResolver(vault.sources);
	const notes = new Map<string, InterviewNote>();
	for (const source of vault.sources) {
		const { note } = readInterviewNote(source, settings, resolve);
		if (note) notes.set(note.path, note);
	}
	return notes;
}

// Oracles written apart from src/core/dates: UTC calendar arithmetic, one day at a time.
const utc = (day: Day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const nextDay = (day: Day) => new Date(utc(day) + 86_400_000).toISOString().slice(0, 10);
/** Business days in (a, b] under the settings' weekend and holidays. */
function businessDaysIn(a: Day, b: Day, settings: Settings): number {
	let count = 0;
	for (let d = nextDay(a); d <= b; d = nextDay(d)) {
		if (!settings.weekendDays.includes(new Date(utc(d)).getUTCDay()) && !settings.holidays.includes(d)) count++;
	}
	return count;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The documented order of follow-ups: due, note, kind, then to (null first). */
function followUpOrder(a: FollowUp, b: FollowUp): number {
	const to = a.to === b.to ? 0 : a.to === null ? -1 : b.to === null ? 1 : cmp(a.to, b.to);
	return cmp(a.due, b.due) || cmp(a.note, b.note) || cmp(a.kind, b.kind) || to;
}
/** The documented order of diagnostics: note (null last), severity (error, warning, info), code. */
function diagnosticOrder(a: Diagnostic, b: Diagnostic): number {
	const note = a.note === b.note ? 0 : a.note === null ? 1 : b.note === null ? -1 : cmp(a.note, b.note);
	const severity = ["error", "warning", "info"];
	return note || severity.indexOf(a.severity) - severity.indexOf(b.severity) || cmp(a.code, b.code);
}

const SPACING_EXEMPT = ["thank-you", "want-the-job", "thank-staff", "update-referrer", "callback", "get-contact-info", "ask-next-steps"];
const TASKS = ["get-contact-info", "ask-next-steps"];
const key = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** The day of the last message sent to each person (by name), over every note of the vault. */
function lastSent(notes: Iterable<InterviewNote>): Map<string, Day> {
	const last = new Map<string, Day>();
	for (const note of notes) {
		for (const e of note.log) {
			const message = e.direction === "sent" && !e.dismissed && e.snoozedUntil === null && !TASKS.includes(e.kind);
			if (!message || e.person === null) continue;
			const seen = last.get(key(e.person));
			if (seen === undefined || e.date > seen) last.set(key(e.person), e.date);
		}
	}
	return last;
}

/** A vault with its sources in another order. */
const shuffledVault = plausibleVault.chain((vault) =>
	fc
		.shuffledSubarray(vault.sources, { minLength: vault.sources.length, maxLength: vault.sources.length })
		.map((shuffled) => ({ vault, shuffled })),
);

describe("evaluating plausible vaults", () => {
	it("holds every invariant", () => {
		fc.assert(
			fc.property(plausibleVault, (vault) => {
				const settings = settingsWith(vault.settings);
				const result = run(vault.sources, vault.today, settings);
				const notes = readAll(vault, settings);
				const sent = lastSent(notes.values());

				for (const f of result.followUps) {
					const note = notes.get(f.note);
					expect(note, `${f.note} is an interview note`).toBeDefined();
					if (!note) continue;
					// Windows are in order.
					expect(f.due <= f.windowEnd, `${f.kind} ${f.due}..${f.windowEnd}`).toBe(true);
					// Ended notes yield nothing; upcoming interviews yield only ask-next-steps.
					expect(note.status).not.toBe("ended");
					if (note.interviewDate !== null && note.interviewDate > vault.today) expect(f.kind).toBe("ask-next-steps");
					// The status follows from today and the window.
					const status = vault.today < f.due ? "upcoming" : vault.today <= f.windowEnd ? "due" : "overdue";
					expect(f.status).toBe(status);
					// Spacing: not sooner than minGap business days after the last message to that person.
					if (f.to !== null && !SPACING_EXEMPT.includes(f.kind)) {
						const last = sent.get(key(f.to));
						if (last !== undefined) {
							expect(f.due >= last, `${f.kind} to ${f.to} on ${f.due}, last message ${last}`).toBe(true);
							expect(
								businessDaysIn(last, f.due, settings),
								`${f.kind} to ${f.to} on ${f.due}, last ${last}`,
							).toBeGreaterThanOrEqual(settings.minGapBusinessDays);
						}
					}
				}
				// The documented order, for both lists.
				for (let i = 1; i < result.followUps.length; i++) {
					expect(followUpOrder(result.followUps[i - 1] as FollowUp, result.followUps[i] as FollowUp)).toBeLessThanOrEqual(0);
				}
				for (let i = 1; i < result.diagnostics.length; i++) {
					expect(
						diagnosticOrder(result.diagnostics[i - 1] as Diagnostic, result.diagnostics[i] as Diagnostic),
					).toBeLessThanOrEqual(0);
				}
			}),
			{ numRuns },
		);
	});

	it("is deterministic: the same vault, in any order, gives the same result", () => {
		fc.assert(
			fc.property(shuffledVault, ({ vault, shuffled }) => {
				const settings = settingsWith(vault.settings);
				const first = run(vault.sources, vault.today, settings);
				expect(run(vault.sources, vault.today, settings)).toEqual(first);
				expect(run(shuffled, vault.today, settings)).toEqual(first);
			}),
			{ numRuns },
		);
	});
});
