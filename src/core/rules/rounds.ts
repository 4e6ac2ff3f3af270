/**
 * An application's rounds, as the rules see them (existing-vaults.md §1): each round is
 * looked at as an interview note of its own, with the round's day, format, people and
 * stated dates, and the note's status and log. Every round but the latest of its note is
 * superseded, exactly as an earlier note of the same company is.
 */
import type { Day, InterviewNote, Person, Round } from "../model";
import { personMatcher } from "../timeline";
import { nameKey } from "../values";

/** One round of a note, as an interview note of its own. */
export interface RoundView {
	/** The note as this round sees it. */
	note: InterviewNote;
	/** The round's interview day when the note has several rounds; null when it has one or none. */
	round: Day | null;
	/** A later round of the same note exists. */
	supersededInNote: boolean;
	/** Whom the primary contact is chosen from: the round's people, then the application's. */
	contacts: Person[];
}

/**
 * The rounds of a note as notes of their own; a note with one round (or none) is its own
 * only view. A round's thank-yous go to the people of that round; its chain to the primary
 * contact among them and the application's people (the recruiter or hiring manager who
 * runs the process is often named once, on the application).
 */
export function roundViews(note: InterviewNote): RoundView[] {
	if (note.rounds === undefined || note.rounds.length === 0) return onlyView(note);
	// A round's people written as text (`interviewers: Hannah Voss (Engineering Manager)`)
	// are the application's person of that name, with their address and relation.
	let match: ReturnType<typeof personMatcher>["match"] | null = null;
	const applicationPerson = (person: Person): Person => {
		if (note.people.includes(person)) return person;
		const matched = (match ??= personMatcher(note.people).match)(person.name);
		return note.people.find((p) => p.name === matched) ?? person;
	};
	const rounds = note.rounds.map((round) => ({ ...round, people: round.people.map(applicationPerson) }));
	if (rounds.length === 1) {
		const round = rounds[0] as Round;
		if (!namesOwnPeople(round, note)) return onlyView(note);
		return onlyView({ ...note, people: withReferrers(round, note) }, withApplicationPeople(round, note));
	}
	const latest = rounds[rounds.length - 1]?.date ?? "";
	return rounds.map((round) => ({
		note: {
			...note,
			interviewDate: round.date,
			format: round.format,
			people: round.people.length > 0 ? withReferrers(round, note) : note.people,
			decisionDate: round.decisionDate,
			decisionOrigin: round.decisionOrigin,
			callBack: round.callBack,
			callBackOrigin: round.callBackOrigin,
			rounds: [round],
		},
		round: round.date,
		supersededInNote: round.date < latest,
		contacts: withApplicationPeople(round, note),
	}));
}

/** A note that is its own only view, its contacts chosen from its people unless others are given. */
function onlyView(note: InterviewNote, contacts = note.people): RoundView[] {
	return [{ note, round: null, supersededInNote: false, contacts }];
}

/**
 * A round that names people other than the application's (an interview log note with its
 * own Contacts): its thank-yous go to them, not to everyone on the application.
 */
function namesOwnPeople(round: Round, note: InterviewNote): boolean {
	if (round.people.length === 0) return false;
	if (round.people.length === note.people.length && round.people.every((p) => note.people.includes(p))) return false;
	const own = new Set(round.people.map((p) => nameKey(p.name)));
	return own.size !== note.people.length || note.people.some((p) => !own.has(nameKey(p.name)));
}

/**
 * A round's people and the application's referrers: whoever referred the user is owed an
 * update after every round, though they were not at it.
 */
function withReferrers(round: Round, note: InterviewNote): Person[] {
	const referrers = note.people.filter(
		(p) => p.relation === "referrer" && !round.people.some((r) => nameKey(r.name) === nameKey(p.name)),
	);
	return referrers.length === 0 ? round.people : [...round.people, ...referrers];
}

/** The round's people, then the application's people the round does not name. */
function withApplicationPeople(round: Round, note: InterviewNote): Person[] {
	return [...round.people, ...note.people.filter((p) => !round.people.some((r) => nameKey(r.name) === nameKey(p.name)))];
}
