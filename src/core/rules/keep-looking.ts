/**
 * The keep-looking insight: exactly one active opportunity in the whole vault is a
 * fragile position (seeds 004, 000). Vault-wide, so its note is null.
 */
import type { Day, Diagnostic, InterviewNote } from "../model";
import { comparable } from "./superseded";

/**
 * The opportunity a note counts as for the insight (company and role, or the note when it
 * names no company), or null when it does not count: not active, superseded, or its
 * interview is still ahead.
 */
export function opportunityOf(note: InterviewNote, superseded: boolean, today: Day): string | null {
	if (note.status !== "active" || superseded) return null;
	if (note.interviewDate === null || note.interviewDate > today) return null;
	const company = comparable(note.company);
	return company === null ? `note:${note.path}` : `${company}\u0000${comparable(note.role) ?? ""}`;
}

/** The insight for a number of distinct active opportunities: shown when there is exactly one. */
export function keepLookingFor(opportunities: number): Diagnostic[] {
	if (opportunities !== 1) return [];
	return [
		{
			note: null,
			severity: "info",
			code: "keep-looking",
			message:
				"Only one opportunity is active. While you wait to hear back, keep applying and booking conversations: no single job should hold all your hopes.",
		},
	];
}

/** The insight, when the active, current, already-interviewed opportunities number exactly one. */
export function keepLooking(notes: readonly InterviewNote[], superseded: ReadonlySet<string>, today: Day): Diagnostic[] {
	const opportunities = new Set<string>();
	for (const note of notes) {
		const opportunity = opportunityOf(note, superseded.has(note.path), today);
		if (opportunity !== null) opportunities.add(opportunity);
		if (opportunities.size > 1) break; // only "exactly one" matters
	}
	return keepLookingFor(opportunities.size);
}
