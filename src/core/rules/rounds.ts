/**
 * An application's rounds, as the rules see them (existing-vaults.md §1): each round is
 * looked at as an interview note of its own, with the round's day, format, people and
 * stated dates, and the note's status and log. Every round but the latest of its note is
 * superseded, exactly as an earlier note of the same company is.
 */
import type { Day, InterviewNote } from "../model";

/** One round of a note, as an interview note of its own. */
export interface RoundView {
	/** The note as this round sees it. */
	note: InterviewNote;
	/** The round's interview day when the note has several rounds; null when it has one or none. */
	round: Day | null;
	/** A later round of the same note exists. */
	supersededInNote: boolean;
}

/** The rounds of a note as notes of their own; a note with one round (or none) is its own only view. */
export function roundViews(note: InterviewNote): RoundView[] {
	const rounds = note.rounds ?? [];
	if (rounds.length <= 1) return [{ note, round: null, supersededInNote: false }];
	const latest = rounds[rounds.length - 1]?.date ?? "";
	return rounds.map((round) => ({
		note: {
			...note,
			interviewDate: round.date,
			format: round.format,
			people: round.people.length > 0 ? round.people : note.people,
			decisionDate: round.decisionDate,
			decisionOrigin: round.decisionOrigin,
			callBack: round.callBack,
			rounds: [round],
		},
		round: round.date,
		supersededInNote: round.date < latest,
	}));
}
