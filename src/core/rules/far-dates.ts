/**
 * Dates a note most likely got wrong: more than a year after today, or before 1990. A
 * year typed `9026` instead of `2026` would otherwise push an interview out of every
 * list without a word. Such a date is still used as written; the warning says where.
 */
import type { Day, Diagnostic, InterviewNote } from "../model";

/** Dates before this day are taken for typos (a job search in the 1980s is not tracked here). */
export const EARLIEST_LIKELY_DAY = "1990-01-01";

/** Why a day is unlikely on `today` ("before 1990", "more than a year after today (…)"), or null when it is not. */
export function unlikely(day: Day, today: Day): string | null {
	if (day < EARLIEST_LIKELY_DAY) return "before 1990";
	// A year from today, as text: `2027-11-23` for `2026-11-23` (a 29 February still compares right).
	const yearAhead = `${String(Number(today.slice(0, 4)) + 1).padStart(4, "0")}${today.slice(4)}`;
	return day > yearAhead ? `more than a year after today (${today})` : null;
}

/**
 * An `unlikely-date` warning for each date of the note that is unlikely on `today`. Never
 * throws: a note that makes the rules fail is reported by them, once.
 */
export function farDateDiagnostics(note: InterviewNote, today: Day): Diagnostic[] {
	try {
		return unlikelyDates(note, today);
	} catch {
		return [];
	}
}

function unlikelyDates(note: InterviewNote, today: Day): Diagnostic[] {
	const out: Diagnostic[] = [];
	const check = (day: Day | null, what: string, advice: string): void => {
		const why = day === null ? null : unlikely(day, today);
		if (why !== null)
			out.push({ note: note.path, severity: "warning", code: "unlikely-date", message: `${what} ${day} is ${why}. ${advice}` });
	};
	const typo = "If the year is a typo, correct it; until then it is used as written.";
	check(note.interviewDate, "The interview date", typo);
	check(note.decisionDate, "The decision date", typo);
	check(note.callBack, "The call-back date", typo);
	check(note.statusDate, "The status date", typo);
	for (const entry of note.log) {
		const which = `Entry ${entry.index + 1} of the follow-up log`;
		check(entry.date, `${which} is dated`, typo);
		check(entry.snoozedUntil, `${which} snoozes until`, `${typo} To stop a follow-up for good, dismiss it.`);
	}
	return out;
}
