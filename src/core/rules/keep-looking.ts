/**
 * The keep-looking insight: exactly one active opportunity in the whole vault is a
 * fragile position (seeds 004, 000). Vault-wide, so its note is null.
 */
import type { Day, Diagnostic, InterviewNote } from "../model";
import { comparable } from "./superseded";

/** The insight, when the active, current, already-interviewed opportunities number exactly one. */
export function keepLooking(notes: readonly InterviewNote[], superseded: ReadonlySet<string>, today: Day): Diagnostic[] {
	const opportunities = new Set<string>();
	for (const note of notes) {
		if (note.status !== "active" || superseded.has(note.path)) continue;
		if (note.interviewDate === null || note.interviewDate > today) continue;
		const company = comparable(note.company);
		opportunities.add(company === null ? `note:${note.path}` : `${company}\u0000${comparable(note.role) ?? ""}`);
	}
	if (opportunities.size !== 1) return [];
	return [
		{
			note: null,
			severity: "info",
			code: "keep-looking",
			message: "Only one opportunity is active. While you wait to hear back, keep applying and booking conversations: no single job should hold all your hopes.",
		},
	];
}
