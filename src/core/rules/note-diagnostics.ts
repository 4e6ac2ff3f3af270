/**
 * Per-note warnings that come from the rules rather than from reading: nobody to write
 * to, only HR listed, a rejected or closed note without a status date.
 */
import type { Diagnostic, InterviewNote } from "../model";

/** no-people, hr-only and missing-status-date for one note. */
export function noteDiagnostics(note: InterviewNote): Diagnostic[] {
	const out: Diagnostic[] = [];
	const warn = (code: string, message: string) => out.push({ note: note.path, severity: "warning", code, message });
	if (note.status === "ended") return out;
	if (note.people.length === 0) {
		warn("no-people", "Nobody is listed under `people`, so there is no one to thank or check in with. Add the people you met.");
	} else if (note.status === "active" && note.people.every((p) => p.relation === "hr")) {
		warn(
			"hr-only",
			"Everyone listed is from HR. Follow-ups go to them for now, but add the hiring manager or interviewers: they are the ones who decide.",
		);
	}
	if ((note.status === "rejected" || note.status === "closed") && note.statusDate === null) {
		warn(
			"missing-status-date",
			`The status is ${note.statusText ?? note.status} but there is no status_date; the last reply (or today) is used instead. Add \`status_date: YYYY-MM-DD\`.`,
		);
	}
	return out;
}
