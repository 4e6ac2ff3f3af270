/**
 * The in-memory follow-up index: what each markdown file read as, which person notes
 * each interview note depends on, and a revision number that moves only when a read
 * result really changed. Pure (no obsidian, no clock): the plugin's vault indexer feeds
 * it from the metadata cache, the benchmark feeds it from files, and both ask it for
 * `evaluate(today)`, which is memoised per revision and day.
 */
import type { Day, Diagnostic, Evaluation, InterviewNote } from "../core/model";
import { readInterviewNote } from "../core/read-note";
import { compareDiagnostics, evaluateNotes } from "../core/rules/index";
import type { Settings } from "../core/settings";
import type { LinkResolver, SourceNote } from "../core/source";
import { calendarFor, type HolidaySource } from "./calendar";

/** What reading one note gave: the interview note (or null) and its own diagnostics. */
export interface IndexedNote {
	/** The normalised interview note; null when the file is not one or is broken. */
	note: InterviewNote | null;
	/** Problems found while reading this note. */
	diagnostics: Diagnostic[];
}

/** The follow-up index of one vault under one set of settings. */
export class FollowUpIndex {
	private settingsInUse: Settings;
	/** Only files that read as something (an interview note or a diagnostic) are kept. */
	private readonly entries = new Map<string, IndexedNote & { fingerprint: string }>();
	/** Person-note path → interview notes that resolved a person to it. */
	private readonly dependents = new Map<string, Set<string>>();
	private rev = 0;
	private memo: { revision: number; today: Day; evaluation: Evaluation } | null = null;

	/**
	 * Starts empty, reading notes with these settings. `countryHolidays` supplies a
	 * country's public holidays when the settings name one (the CLI passes date-holidays).
	 */
	constructor(
		settings: Settings,
		private readonly countryHolidays?: HolidaySource,
	) {
		this.settingsInUse = settings;
	}

	/** Moves whenever the evaluation could differ; views compare it to what they drew. */
	get revision(): number {
		return this.rev;
	}

	/** The settings notes are read and evaluated with. */
	get settings(): Settings {
		return this.settingsInUse;
	}

	/** How many files read as something (interview notes and broken candidates). */
	get size(): number {
		return this.entries.size;
	}

	/**
	 * Forgets everything and takes new settings (the caller then feeds every file
	 * again): field aliases, the tag and folders all change what a note reads as.
	 */
	reset(settings: Settings): void {
		this.settingsInUse = settings;
		this.entries.clear();
		this.dependents.clear();
		this.bump();
	}

	/**
	 * Reads one file and stores the result. Returns true when the index changed, so a
	 * save that only touched a note's body does not re-render anything.
	 */
	update(source: SourceNote, resolve: LinkResolver): boolean {
		const read = readInterviewNote(source, this.settingsInUse, resolve);
		const kept = read.note !== null || read.diagnostics.length > 0;
		if (!kept) return this.remove(source.path);
		const fingerprint = JSON.stringify(read);
		const before = this.entries.get(source.path);
		if (before?.fingerprint === fingerprint) return false;
		this.unlinkDependencies(source.path, before?.note ?? null);
		this.entries.set(source.path, { note: read.note, diagnostics: read.diagnostics, fingerprint });
		for (const person of read.note?.people ?? []) {
			if (person.notePath === null) continue;
			let set = this.dependents.get(person.notePath);
			if (!set) this.dependents.set(person.notePath, (set = new Set()));
			set.add(source.path);
		}
		this.bump();
		return true;
	}

	/** Drops a file (deleted, renamed away, or no longer an interview note). */
	remove(path: string): boolean {
		const before = this.entries.get(path);
		if (!before) return false;
		this.unlinkDependencies(path, before.note);
		this.entries.delete(path);
		this.bump();
		return true;
	}

	/** Interview notes that took a person's details from the note at this path. */
	dependentsOf(personPath: string): string[] {
		return [...(this.dependents.get(personPath) ?? [])].sort();
	}

	/**
	 * Interview notes with a person link that resolved to nothing: a note created or
	 * renamed later may be the one they meant, so they are worth reading again.
	 */
	withUnresolvedPeople(): string[] {
		const out: string[] = [];
		for (const [path, entry] of this.entries) {
			if (entry.diagnostics.some((d) => d.code === "unresolved-person")) out.push(path);
		}
		return out.sort();
	}

	/** True when the file at this path is indexed (an interview note or a broken candidate). */
	has(path: string): boolean {
		return this.entries.has(path);
	}

	/** The interview note read from this path, or null. */
	note(path: string): InterviewNote | null {
		return this.entries.get(path)?.note ?? null;
	}

	/** Every interview note, by path. */
	notes(): InterviewNote[] {
		const out: InterviewNote[] = [];
		for (const path of [...this.entries.keys()].sort()) {
			const note = this.entries.get(path)?.note;
			if (note) out.push(note);
		}
		return out;
	}

	/**
	 * The due list and diagnostics for a day. Computed once per revision and day: the
	 * panel, the status bar and the commands all ask, usually for the same answer.
	 */
	evaluate(today: Day): Evaluation {
		if (this.memo && this.memo.revision === this.rev && this.memo.today === today) return this.memo.evaluation;
		const settings = this.settingsInUse;
		const result = evaluateNotes(this.notes(), { settings, calendar: calendarFor(settings, today, this.countryHolidays), today });
		const readProblems: Diagnostic[] = [];
		for (const entry of this.entries.values()) readProblems.push(...entry.diagnostics);
		const evaluation: Evaluation = {
			today,
			followUps: result.followUps,
			diagnostics: [...readProblems, ...result.diagnostics].sort(compareDiagnostics),
		};
		this.memo = { revision: this.rev, today, evaluation };
		return evaluation;
	}

	private unlinkDependencies(path: string, note: InterviewNote | null): void {
		for (const person of note?.people ?? []) {
			if (person.notePath === null) continue;
			const set = this.dependents.get(person.notePath);
			set?.delete(path);
			if (set?.size === 0) this.dependents.delete(person.notePath);
		}
	}

	private bump(): void {
		this.rev += 1;
	}
}
