/**
 * The evaluation of a whole vault on one day, kept up to date note by note, for the
 * follow-up index. The result is exactly what `evaluateNotes` gives for all the notes
 * (test/app/day-evaluation.test.ts checks it against that), but one changed note costs
 * only itself and the notes whose follow-ups it can move:
 *
 * - the notes of the same company (superseded rounds are worked out per company);
 * - the notes that list a round it holds as its own, or held one it lists (held-rounds.ts);
 * - the notes with a follow-up to a person whose last message day changed (spacing);
 * - nothing else: per-note diagnostics depend on the note alone, and the keep-looking
 *   insight on a count of opportunities kept as notes come and go.
 *
 * The follow-ups stay sorted: a note's old ones are taken out and its new ones put in
 * by binary search, instead of sorting every follow-up of the vault again.
 */
import type { Day, Diagnostic, FollowUp, InterviewNote } from "../core/model";
import { compareDiagnostics, compareFollowUps, followUpsOrFailure, lastMessages, type EvaluationContext } from "../core/rules/index";
import { keepLookingFor, opportunityOf } from "../core/rules/keep-looking";
import { noteDiagnostics } from "../core/rules/note-diagnostics";
import { HeldRounds } from "../core/rules/held-rounds";
import { companyKey, supersededPaths } from "../core/rules/superseded";
import { nameKey } from "../core/values";

/** One file as the index read it: the note (or null) and the problems found reading it. */
export interface ReadEntry {
	/** The interview note, or null when the file is a broken candidate. */
	note: InterviewNote | null;
	/** Problems found while reading it. */
	diagnostics: readonly Diagnostic[];
}

/** What one note contributes to the day's evaluation. */
interface NoteShare {
	/** Its follow-ups, in the documented order. */
	followUps: FollowUp[];
	/** Name keys of the people its follow-ups go to: their last message day moves them. */
	people: string[];
	/** The opportunity it counts as for the keep-looking insight, or null. */
	opportunity: string | null;
	/** The error when its follow-ups could not be worked out, else null. */
	failure: Diagnostic | null;
}

/** Severity, then code: the order of one note's diagnostics (they share the note). */
function sortBlock(diagnostics: Diagnostic[]): Diagnostic[] {
	return diagnostics.sort(compareDiagnostics);
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
	return a.note === b.note && a.severity === b.severity && a.code === b.code && a.message === b.message;
}

/**
 * The first index from 0 to `length` at which `before` is false, by halving: `before`
 * must hold for a run of indexes from 0 and for none after it (a sorted list's items
 * that sort before what is sought).
 */
function firstNotBefore(length: number, before: (index: number) => boolean): number {
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (before(mid)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First index whose item sorts after `item` (equal items stay in insertion order). */
function upperBound(list: readonly FollowUp[], item: FollowUp): number {
	return firstNotBefore(list.length, (i) => compareFollowUps(list[i] as FollowUp, item) <= 0);
}

/** Index of this very object in the sorted list, or -1. */
function indexOfSorted(list: readonly FollowUp[], item: FollowUp): number {
	const first = firstNotBefore(list.length, (i) => compareFollowUps(list[i] as FollowUp, item) < 0);
	for (let i = first; i < list.length && compareFollowUps(list[i] as FollowUp, item) === 0; i++) if (list[i] === item) return i;
	return -1;
}

function insertSorted(list: string[], value: string): void {
	const at = firstNotBefore(list.length, (i) => (list[i] as string) < value);
	if (list[at] !== value) list.splice(at, 0, value);
}

function removeSorted(list: string[], value: string): void {
	const at = firstNotBefore(list.length, (i) => (list[i] as string) < value);
	if (list[at] === value) list.splice(at, 1);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}

function deleteFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const set = map.get(key);
	set?.delete(value);
	if (set?.size === 0) map.delete(key);
}

/** The company a note is grouped under for superseded rounds, or null when it takes no part. */
function companyOf(note: InterviewNote | null): string | null {
	return note === null || note.interviewDate === null ? null : companyKey(note);
}

/** A vault's evaluation on one day, with settings and calendar fixed. */
export class DayEvaluation {
	/** Comparable company → paths of its dated notes. */
	readonly #companies = new Map<string, Set<string>>();
	readonly #superseded = new Set<string>();
	readonly #held = new HeldRounds();
	/** Person name key → path → that note's last message day to them. */
	readonly #messages = new Map<string, Map<string, Day>>();
	/** Person name key → the last message day across the vault. */
	readonly #sent = new Map<string, Day>();
	/** Person name key → paths with a follow-up to them. */
	readonly #readers = new Map<string, Set<string>>();
	readonly #shares = new Map<string, NoteShare>();
	/** Opportunity → how many notes count as it. */
	readonly #opportunities = new Map<string, number>();
	/** Path → its diagnostics (read problems and rule warnings), sorted; only non-empty ones. */
	readonly #blocks = new Map<string, Diagnostic[]>();
	/** The paths of `blocks`, sorted. */
	readonly #blockPaths: string[] = [];
	#followUps: FollowUp[] = [];
	/** Every block in path order, until a block changes. */
	#diagnostics: Diagnostic[] | null = null;

	/**
	 * Evaluates every entry. `entries` is the whole index; `context.today` is the day this
	 * evaluation stays valid for. Without entries it starts empty, for `fill`.
	 */
	constructor(
		readonly context: EvaluationContext,
		entries?: ReadonlyMap<string, ReadEntry>,
	) {
		if (entries === undefined) return;
		const steps = this.fill(entries);
		while (!steps.next().done) continue;
	}

	/**
	 * Evaluates every entry into this evaluation, made empty: one step per note, so a
	 * caller can give the main thread back between steps (the entries must not change
	 * until the last step).
	 */
	*fill(entries: ReadonlyMap<string, ReadEntry>): Generator<void, void, void> {
		const notes: InterviewNote[] = [];
		for (const entry of entries.values()) if (entry.note) notes.push(entry.note);
		for (const path of supersededPaths(notes)) this.#superseded.add(path);
		yield;
		for (const note of notes) {
			this.#held.add(note);
			const company = companyOf(note);
			if (company !== null) addTo(this.#companies, company, note.path);
			for (const [person, day] of lastMessages([note])) {
				this.#addMessage(person, note.path, day);
				const last = this.#sent.get(person);
				if (last === undefined || day > last) this.#sent.set(person, day);
			}
			yield;
		}
		const all: FollowUp[] = [];
		for (const [path, entry] of entries) {
			if (entry.note) all.push(...this.#share(entry.note).followUps);
			this.#setBlock(path, entry);
			yield;
		}
		this.#followUps = all.sort(compareFollowUps);
	}

	/** The follow-ups (sorted) and every diagnostic (sorted, the insight last). */
	result(): { followUps: FollowUp[]; diagnostics: Diagnostic[] } {
		if (this.#diagnostics === null) {
			this.#diagnostics = [];
			for (const path of this.#blockPaths) for (const d of this.#blocks.get(path) ?? []) this.#diagnostics.push(d);
		}
		const insight = keepLookingFor(this.#opportunities.size);
		return { followUps: this.#followUps, diagnostics: insight.length > 0 ? [...this.#diagnostics, ...insight] : this.#diagnostics };
	}

	/**
	 * Takes in changed files: `changed` maps each path to the note the evaluation last saw
	 * there (null for none); `entries` holds what is there now.
	 */
	apply(changed: ReadonlyMap<string, InterviewNote | null>, entries: ReadonlyMap<string, ReadEntry>): void {
		const noteAt = (path: string): InterviewNote | null => entries.get(path)?.note ?? null;
		const redo = new Set<string>(changed.keys());
		const companies = new Set<string>();
		const people = new Set<string>();
		for (const [path, before] of changed) {
			const after = noteAt(path);
			const [companyBefore, companyAfter] = [companyOf(before), companyOf(after)];
			if (companyBefore !== null) {
				deleteFrom(this.#companies, companyBefore, path);
				companies.add(companyBefore);
			}
			if (companyAfter !== null) {
				addTo(this.#companies, companyAfter, path);
				companies.add(companyAfter);
			}
			if (companyAfter === null) this.#superseded.delete(path);
			if (before) this.#held.remove(before);
			if (after) this.#held.add(after);
			for (const person of before ? lastMessages([before]).keys() : []) {
				this.#messages.get(person)?.delete(path);
				people.add(person);
			}
			for (const [person, day] of after ? lastMessages([after]) : []) {
				this.#addMessage(person, path, day);
				people.add(person);
			}
		}
		// The notes tied to a changed note by a round one holds and another lists, before and now.
		for (const [path, before] of changed) {
			for (const note of [before, noteAt(path)]) if (note) for (const related of this.#held.relatedTo(note)) redo.add(related);
		}
		// Superseded rounds, company by company.
		for (const company of companies) {
			const paths = [...(this.#companies.get(company) ?? [])];
			const now = supersededPaths(paths.map(noteAt).filter((n): n is InterviewNote => n !== null));
			for (const path of paths) {
				if (now.has(path) === this.#superseded.has(path)) continue;
				if (now.has(path)) this.#superseded.add(path);
				else this.#superseded.delete(path);
				redo.add(path);
			}
		}
		// Last messages, person by person; the notes writing to them are spaced anew.
		for (const person of people) {
			let last: Day | undefined;
			const days = this.#messages.get(person);
			for (const day of days?.values() ?? []) if (last === undefined || day > last) last = day;
			if (days?.size === 0) this.#messages.delete(person);
			if (last === this.#sent.get(person)) continue;
			if (last === undefined) this.#sent.delete(person);
			else this.#sent.set(person, last);
			for (const path of this.#readers.get(person) ?? []) redo.add(path);
		}

		const next = this.#followUps.slice();
		for (const path of redo) {
			const old = this.#shares.get(path);
			if (old) {
				for (const f of old.followUps) {
					const at = indexOfSorted(next, f);
					if (at >= 0) next.splice(at, 1);
				}
				this.#forget(path, old);
			}
			const note = noteAt(path);
			if (note) for (const f of this.#share(note).followUps) next.splice(upperBound(next, f), 0, f);
		}
		this.#followUps = next;
		// A re-evaluated note may have started or stopped failing, so its block is checked too.
		for (const path of redo) this.#setBlock(path, entries.get(path) ?? null);
	}

	/** Records a note's last message day to a person (`sent` is worked out by the caller). */
	#addMessage(person: string, path: string, day: Day): void {
		let days = this.#messages.get(person);
		if (!days) this.#messages.set(person, (days = new Map<string, Day>()));
		days.set(path, day);
	}

	/** Works out and records one note's share (its follow-ups are returned for the caller to place). */
	#share(note: InterviewNote): NoteShare {
		const view = this.#held.viewOf(note, this.context.today);
		const superseded = this.#superseded.has(note.path) || view.superseded;
		const { followUps, failure } =
			view.note === null ? { followUps: [], failure: null } : followUpsOrFailure(view.note, this.context, superseded, this.#sent);
		followUps.sort(compareFollowUps);
		const people = [...new Set(followUps.flatMap((f) => (f.to === null ? [] : [nameKey(f.to)])))];
		const opportunity = view.note === null ? null : opportunityOf(view.note, superseded, this.context.today);
		const share: NoteShare = { followUps, people, opportunity, failure };
		this.#shares.set(note.path, share);
		for (const person of people) addTo(this.#readers, person, note.path);
		if (share.opportunity !== null) this.#opportunities.set(share.opportunity, (this.#opportunities.get(share.opportunity) ?? 0) + 1);
		return share;
	}

	#forget(path: string, share: NoteShare): void {
		this.#shares.delete(path);
		for (const person of share.people) deleteFrom(this.#readers, person, path);
		if (share.opportunity !== null) {
			const left = (this.#opportunities.get(share.opportunity) ?? 1) - 1;
			if (left > 0) this.#opportunities.set(share.opportunity, left);
			else this.#opportunities.delete(share.opportunity);
		}
	}

	/** A file's diagnostics: its read problems, then the rules' warnings on its note (or their failure), sorted. */
	#setBlock(path: string, entry: ReadEntry | null): void {
		const failure = entry?.note ? (this.#shares.get(path)?.failure ?? null) : null;
		const block = entry
			? sortBlock([
					...entry.diagnostics,
					...(entry.note ? noteDiagnostics(entry.note, this.context.today) : []),
					...(failure ? [failure] : []),
				])
			: [];
		const before = this.#blocks.get(path) ?? [];
		if (before.length === block.length && before.every((d, i) => sameDiagnostic(d, block[i] as Diagnostic))) return;
		this.#diagnostics = null;
		if (block.length > 0) {
			if (!this.#blocks.has(path)) insertSorted(this.#blockPaths, path);
			this.#blocks.set(path, block);
		} else if (this.#blocks.delete(path)) removeSorted(this.#blockPaths, path);
	}
}
