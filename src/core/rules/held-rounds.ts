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

/** The keys a day of a note is found under: its folder's, and its company's when it names one. */
function keysOf(note: InterviewNote, day: Day): string[] {
	const folder = `${note.path.slice(0, note.path.lastIndexOf("/") + 1)}\n${day}`;
	const company = companyKey(note);
	return company === null ? [folder] : [folder, `\t${company}\n${day}`];
}

/** True when two notes found under one key (a folder's, or with `byCompany` a company's) are of one application. */
function sameApplication(lister: InterviewNote, owner: InterviewNote, byCompany: boolean): boolean {
	if (byCompany) return sameOpportunity(lister, owner);
	const [a, b] = [companyKey(lister), companyKey(owner)];
	return a === null || b === null || a === b;
}

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function removeFrom(map: Map<string, InterviewNote[]>, key: string, path: string): void {
	const list = map.get(key)?.filter((note) => note.path !== path);
	if (list === undefined || list.length === 0) map.delete(key);
	else map.set(key, list);
}

/** The notes of a vault by the days they hold and the days they list, kept as notes come and go. */
export class HeldRounds {
	/** Folder or company key and day → the notes holding that day as their own. */
	readonly #owners = new Map<string, InterviewNote[]>();
	/** The same keys → the notes listing that day. */
	readonly #listers = new Map<string, InterviewNote[]>();

	constructor(notes: Iterable<InterviewNote> = []) {
		for (const note of notes) this.add(note);
	}

	add(note: InterviewNote): void {
		for (const day of ownDays(note)) for (const key of keysOf(note, day)) addTo(this.#owners, key, note);
		for (const day of listedDays(note)) for (const key of keysOf(note, day)) addTo(this.#listers, key, note);
	}

	remove(note: InterviewNote): void {
		for (const day of ownDays(note)) for (const key of keysOf(note, day)) removeFrom(this.#owners, key, note.path);
		for (const day of listedDays(note)) for (const key of keysOf(note, day)) removeFrom(this.#listers, key, note.path);
	}

	/**
	 * The paths of the notes whose view this note's coming or going can change: the notes
	 * listing a day it holds, and the notes holding a day it or those list.
	 */
	relatedTo(note: InterviewNote): Set<string> {
		const notes = new Set<InterviewNote>([note]);
		for (const day of ownDays(note))
			for (const key of keysOf(note, day)) for (const lister of this.#listers.get(key) ?? []) notes.add(lister);
		const paths = new Set<string>();
		for (const lister of notes) {
			paths.add(lister.path);
			for (const day of listedDays(lister))
				for (const key of keysOf(lister, day)) for (const owner of this.#owners.get(key) ?? []) paths.add(owner.path);
		}
		paths.delete(note.path);
		return paths;
	}

	/** True when a note of the lister's application other than `except` holds this day. */
	#heldBy(lister: InterviewNote, day: Day, except: string): boolean {
		return keysOf(lister, day).some((key, i) =>
			this.#owners.get(key)?.some((owner) => owner.path !== except && sameApplication(lister, owner, i > 0)),
		);
	}

	/**
	 * True when a note listing one of this note's days also lists a later one another note
	 * holds: the three are one application, and this note's rounds came first.
	 */
	#laterHeld(note: InterviewNote, latest: Day): boolean {
		return ownDays(note).some((day) =>
			keysOf(note, day).some((key, i) =>
				this.#listers
					.get(key)
					?.some(
						(lister) =>
							sameApplication(lister, note, i > 0) &&
							listedDays(lister).some((later) => later > latest && this.#heldBy(lister, later, note.path)),
					),
			),
		);
	}

	/** The note without the rounds another note of its application holds. */
	viewOf(note: InterviewNote): HeldView {
		if (this.#listers.size === 0) return { note, superseded: false };
		const held = listedDays(note).filter((day) => this.#heldBy(note, day, note.path));
		const rounds = (note.rounds ?? []).filter((round) => !held.includes(round.date));
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
