/**
 * Superseded rounds: a note whose company and role have a later interview elsewhere
 * in the vault belongs to an earlier round; its chain and stay-in-touch are not
 * produced (follow-up-rules.md, "Which rules apply").
 */
import type { InterviewNote } from "../model";
import { nameKey } from "../values";

/** Company or role as compared: lower-cased, whitespace collapsed (links are already display text). */
export function comparable(value: string | null): string | null {
	return value === null ? null : nameKey(value);
}

/** True when the two notes are rounds of one opportunity: same company, and same role unless either has none. */
export function sameOpportunity(a: InterviewNote, b: InterviewNote): boolean {
	const companyA = comparable(a.company);
	if (companyA === null || companyA !== comparable(b.company)) return false;
	const roleA = comparable(a.role);
	const roleB = comparable(b.role);
	return roleA === null || roleB === null || roleA === roleB;
}

/** The paths of notes for which a later round exists (any status, past or future). */
export function supersededPaths(notes: readonly InterviewNote[]): Set<string> {
	const byCompany = new Map<string, InterviewNote[]>();
	for (const note of notes) {
		const company = comparable(note.company);
		if (company === null || note.interviewDate === null) continue;
		const group = byCompany.get(company) ?? [];
		group.push(note);
		byCompany.set(company, group);
	}
	const superseded = new Set<string>();
	for (const group of byCompany.values()) {
		if (group.length < 2) continue;
		for (const note of group) {
			const I = note.interviewDate as string;
			if (group.some((other) => other !== note && (other.interviewDate as string) > I && sameOpportunity(note, other))) {
				superseded.add(note.path);
			}
		}
	}
	return superseded;
}
