/**
 * Rounds held by another note (existing-vaults.md §1, "One round, two notes"): an
 * application's research note lists its rounds in a timeline, and an earlier round's note
 * books the next one ("technical on 19 Nov"), while each round also has a note of its own.
 * The round belongs to the note that holds it as its own interview day (a property, a
 * frontmatter list of rounds, a labelled date line); a note that only lists it in its body
 * drops it, and a round of its own that came before is superseded by it.
 *
 * Two notes are of one application when they name the same company (and roles that do not
 * differ), or when they sit in the same folder and neither names another company than the
 * other: a folder per application is how many vaults keep their rounds. The same day in
 * both is what ties them, so a folder of many applications (`Interviews/`) loses nothing
 * unless two of its notes name the same day for one company.
 */
import type { Day, InterviewNote, Round } from "../model";
import { companyKey, sameOpportunity } from "./superseded";

/** The note as the rules see it once the rounds other notes hold are taken out. */
export interface HeldView {
	/** The note without those rounds, or null when every round it has is held elsewhere. */
	note: InterviewNote | null;
	/** A round taken out came after every round left: the note is an earlier round. */
	superseded: boolean;
}

/** A round the note holds as its own: from a property, a frontmatter list or a labelled line, not from its body's entries. */
function isOwn(round: Round): boolean {
	return round.origin === null || round.origin.from === "property" || round.origin.from === "inline-field";
}

/** The days a note holds as its own interview days. */
function ownDays(note: InterviewNote): Day[] {
	if (note.rounds === undefined || note.rounds.length === 0) return note.interviewDate === null ? [] : [note.interviewDate];
	return note.rounds.filter(isOwn).map((round) => round.date);
}

/** The days a note only lists (a timeline row, a dated item, a sentence), not among its own. */
function listedDays(note: InterviewNote): Day[] {
	const rounds = note.rounds ?? [];
	return rounds.filter((round) => !isOwn(round)).map((round) => round.date);
}

/** The folder a note sits in, with its trailing `/` (the vault's root: ""). */
function folderOf(note: InterviewNote): string {
	return note.path.slice(0, note.path.lastIndexOf("/") + 1);
}

/**
 * True when two notes are of one application: the same company (and roles that do not
 * differ), or the same folder with no two different companies named.
 */
function sameApplication(a: InterviewNote, b: InterviewNote): boolean {
	if (a.path === b.path) return false;
	const [companyA, companyB] = [companyKey(a), companyKey(b)];
	if (companyA !== null && companyB !== null) return companyA === companyB && sameOpportunity(a, b);
	return folderOf(a) === folderOf(b);
}

function addTo(map: Map<Day, InterviewNote[]>, day: Day, note: InterviewNote): void {
	const list = map.get(day);
	if (list) list.push(note);
	else map.set(day, [note]);
}

function removeFrom(map: Map<Day, InterviewNote[]>, day: Day, path: string): void {
	const list = map.get(day)?.filter((note) => note.path !== path);
	if (list === undefined || list.length === 0) map.delete(day);
	else map.set(day, list);
}

/** The notes of a vault by the days they hold and the days they list, kept as notes come and go. */
export class HeldRounds {
	/** Day → the notes holding it as their own (by day alone: the application is checked when one is looked up). */
	readonly #owners = new Map<Day, InterviewNote[]>();
	/** Day → the notes listing it. */
	readonly #listers = new Map<Day, InterviewNote[]>();

	constructor(notes: Iterable<InterviewNote> = []) {
		for (const note of notes) this.add(note);
	}

	add(note: InterviewNote): void {
		for (const day of ownDays(note)) addTo(this.#owners, day, note);
		for (const day of listedDays(note)) addTo(this.#listers, day, note);
	}

	remove(note: InterviewNote): void {
		for (const day of ownDays(note)) removeFrom(this.#owners, day, note.path);
		for (const day of listedDays(note)) removeFrom(this.#listers, day, note.path);
	}

	/**
	 * The paths of the notes whose view this note's coming or going can change: the notes
	 * listing a day it holds, and the notes holding a day it or those list.
	 */
	relatedTo(note: InterviewNote): Set<string> {
		const notes = new Set<InterviewNote>([note]);
		for (const day of ownDays(note))
			for (const lister of this.#listers.get(day) ?? []) if (sameApplication(note, lister)) notes.add(lister);
		const paths = new Set<string>();
		for (const lister of notes) {
			paths.add(lister.path);
			for (const day of listedDays(lister))
				for (const owner of this.#owners.get(day) ?? []) if (sameApplication(lister, owner)) paths.add(owner.path);
		}
		paths.delete(note.path);
		return paths;
	}

	/** True when a note of the lister's application other than `except` holds this day. */
	#heldBy(lister: InterviewNote, day: Day, except: string): boolean {
		return this.#owners.get(day)?.some((owner) => owner.path !== except && sameApplication(lister, owner)) ?? false;
	}

	/**
	 * True when a note listing one of this note's days also lists a later one another note
	 * holds: the three are one application, and this note's rounds came first.
	 */
	#laterHeld(note: InterviewNote, latest: Day): boolean {
		return ownDays(note).some((day) =>
			this.#listers
				.get(day)
				?.some(
					(lister) =>
						sameApplication(lister, note) &&
						listedDays(lister).some((later) => later > latest && this.#heldBy(lister, later, note.path)),
				),
		);
	}

	/**
	 * The note without the rounds another note of its application holds, nor the rounds it
	 * only lists before such a round held by `today`: once the next round has its own note
	 * and has taken place, the earlier rounds the note repeats are the application's past.
	 */
	viewOf(note: InterviewNote, today: Day): HeldView {
		if (this.#listers.size === 0) return { note, superseded: false };
		const held = listedDays(note).filter((day) => this.#heldBy(note, day, note.path));
		const past = held.filter((day) => day <= today).pop() ?? "";
		const rounds = (note.rounds ?? []).filter((round) => !held.includes(round.date) && (isOwn(round) || round.date > past));
		const last = rounds[rounds.length - 1];
		const latest = last?.date ?? note.interviewDate;
		const superseded = latest === null ? held.length > 0 : held.some((day) => day > latest) || this.#laterHeld(note, latest);
		if (held.length === 0) return { note, superseded };
		if (last === undefined) return { note: null, superseded };
		const { date, format, decisionDate, decisionOrigin, callBack, callBackOrigin } = last;
		return {
			note: { ...note, rounds, interviewDate: date, format, decisionDate, decisionOrigin, callBack, callBackOrigin },
			superseded,
		};
	}
}
