/**
 * Superseded rounds: a note whose company and role have a later interview elsewhere
 * in the vault belongs to an earlier round; its chain and stay-in-touch are not
 * produced (follow-up-rules.md, "Which rules apply").
 */
import type { Day, InterviewNote } from "../model";
import { nameKey } from "../values";

/** Company or role as compared: lower-cased, whitespace collapsed (links are already display text). */
export function comparable(value: string | null): string | null {
	return value === null ? null : nameKey(value);
}

/**
 * The company a note is compared by: its own, else, for a note in a folder named `rounds`
 * (`northwind/rounds/R2-onsite.md`, one file per round as interview kits keep them), that
 * folder, which holds the rounds of one application; else, for a note named by its day and
 * what it is about (`2026-11-18 Interview - Acme.md`, as dated meeting notes are), that name
 * without the day: each round of one opportunity gets the same.
 */
export function companyKey(note: InterviewNote): string | null {
	const folder = note.path.slice(0, note.path.lastIndexOf("/") + 1);
	const dated = /(?:^|\/)\d{4}-\d\d-\d\d\W+([^/]+ [-@] [^/]+)\.md$/.exec(note.path);
	return comparable(note.company) ?? (/(?:^|\/)rounds\/$/i.test(folder) ? folder : dated ? comparable(dated[1] as string) : null);
}

/** True when the two notes are rounds of one opportunity: same company, and same role unless either has none. */
export function sameOpportunity(a: InterviewNote, b: InterviewNote): boolean {
	const companyA = companyKey(a);
	if (companyA === null || companyA !== companyKey(b)) return false;
	const roleA = comparable(a.role);
	const roleB = comparable(b.role);
	return roleA === null || roleB === null || roleA === roleB;
}

/** Before every Day, as text. */
const NO_DAY = "";

function laterOf(a: Day, b: Day): Day {
	return a > b ? a : b;
}

/** The paths of notes for which a later round exists (any status, past or future). */
export function supersededPaths(notes: readonly InterviewNote[]): Set<string> {
	const byCompany = new Map<string, { note: InterviewNote; interview: Day; role: string | null }[]>();
	for (const note of notes) {
		const company = companyKey(note);
		if (company === null || note.interviewDate === null) continue;
		const round = { note, interview: note.interviewDate, role: comparable(note.role) };
		const group = byCompany.get(company);
		if (group) group.push(round);
		else byCompany.set(company, [round]);
	}
	// Within a company, a note without a role is a round of every note, and a note with
	// one is a round of the notes with that role or none (sameOpportunity). So it is
	// superseded when the latest interview among those is later than its own.
	const superseded = new Set<string>();
	for (const group of byCompany.values()) {
		if (group.length < 2) continue;
		let latest = NO_DAY;
		let latestWithoutRole = NO_DAY;
		const latestByRole = new Map<string, Day>();
		for (const { interview, role } of group) {
			latest = laterOf(latest, interview);
			if (role === null) latestWithoutRole = laterOf(latestWithoutRole, interview);
			else latestByRole.set(role, laterOf(latestByRole.get(role) ?? NO_DAY, interview));
		}
		for (const { note, interview, role } of group) {
			const latestRound = role === null ? latest : laterOf(latestWithoutRole, latestByRole.get(role) ?? NO_DAY);
			if (latestRound > interview) superseded.add(note.path);
		}
	}
	return superseded;
}
