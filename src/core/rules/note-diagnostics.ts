/**
 * Per-note warnings that come from the rules rather than from reading: nobody to write
 * to, only HR listed, a rejected or closed note without a status date, a date far off.
 */
import type { Day, Diagnostic, InterviewNote, Severity } from "../model";
import { farDateDiagnostics } from "./far-dates";

/** A warning (or, when said, an insight) about a note, for the list of its diagnostics. */
function warnOn(out: Diagnostic[], note: InterviewNote, code: string, message: string, severity: Severity = "warning"): void {
	out.push({ note: note.path, severity, code, message });
}

/** no-people, hr-only and missing-status-date for one note; unlikely-date too when `today` is given. */
export function noteDiagnostics(note: InterviewNote, today?: Day): Diagnostic[] {
	const out: Diagnostic[] = today === undefined ? [] : farDateDiagnostics(note, today);
	if (note.status === "ended" || note.status === "applying") return out;
	// The people named anywhere: the note's own, and those its rounds name (a log's "with Raj").
	const listed = [...note.people, ...(note.rounds ?? []).flatMap((round) => round.people)];
	const named = listed.length > 0;
	if (!named) {
		if (note.interviewDate !== null) {
			warnOn(
				out,
				note,
				"no-people",
				"Nobody is named for this interview, so its follow-ups are addressed to your interviewers in general. Add the people you met (under `people`) to make each message personal.",
				"info",
			);
		}
	} else if (note.status === "active" && listed.every((p) => p.relation === "hr")) {
		warnOn(
			out,
			note,
			"hr-only",
			"Everyone listed is from HR. Follow-ups go to them for now, but add the hiring manager or interviewers: they are the ones who decide.",
		);
	}
	if ((note.status === "rejected" || note.status === "closed") && note.statusDate === null) {
		warnOn(
			out,
			note,
			"missing-status-date",
			`The status is ${note.statusText ?? note.status} but there is no status_date; the last reply (or today) is used instead. Add \`status_date: YYYY-MM-DD\`.`,
		);
	}
	return out;
}
