/**
 * The `due` use case over a whole vault: read every source note, evaluate the rules,
 * and return everything sorted. Hosts supply the notes and a link resolver; nothing
 * here touches files or the clock.
 */
import type { Day, Diagnostic, Evaluation, InterviewNote } from "../core/model";
import type { Settings } from "../core/settings";
import type { LinkResolver, SourceNote } from "../core/source";
import { withLogNoteStatedDates, withStatedDatesForRules } from "../core/read/stated";
import { NoteReading, type ReadResult, slashedDateOrder } from "../core/read-note";
import { compareDiagnostics, evaluateNotes } from "../core/rules";
import { type HolidaySource, calendarFor } from "./calendar";
import { answeredByLogNotes, joinPersonNotes, LogNoteCollector, logNotesWanted } from "./log-note-join";
import type { PersonNoteText } from "../core/person-notes";
import { errorMessage } from "../core/values";

/** What evaluating a vault needs. */
export interface EvaluateOptions {
	/** The user's settings. */
	settings: Settings;
	/** The day to evaluate for. */
	today: Day;
	/** Resolves person wikilinks. */
	resolve: LinkResolver;
	/** Country holidays, when the settings name a country. */
	countryHolidays?: HolidaySource;
	/** Called as notes are read, for progress display. */
	onProgress?: (done: number, total: number) => void;
	/** Called with each interview note read, for hosts that need the notes too. */
	onNote?: (note: InterviewNote) => void;
	/** How slashed dates read when the settings leave it to the language (the host's locale); MDY when absent. */
	dateOrder?: "DMY" | "MDY";
	/** The text of a person note linked from an application's people, by its path; without it, person notes give only their properties. */
	personText?: (path: string) => PersonNoteText | null;
}

/**
 * How a whole vault's notes are read for their follow-ups: on `today`, with the sentences
 * of notes still under way (the command line's hosts; the plugin reads no sentences).
 */
export function vaultReading(settings: Settings, today: Day, dateOrder?: "DMY" | "MDY"): NoteReading {
	return new NoteReading(settings, { today, dateOrder, sentences: withStatedDatesForRules });
}

/** Reads and evaluates every note; a broken note yields a diagnostic, never an exception. */
export function evaluateVault(sources: readonly SourceNote[], options: EvaluateOptions): Evaluation {
	return evaluateNotesAsRead(sources, sources.length, options);
}

/**
 * evaluateVault over notes handed over one at a time (`count` of them, for progress): each
 * is read into an interview note as it comes, so a host reading files need not hold them all.
 */
export function evaluateNotesAsRead(sources: Iterable<SourceNote>, count: number, options: EvaluateOptions): Evaluation {
	const { settings, today, resolve, onNote, onProgress } = options;
	const calendar = calendarFor(settings, today, options.countryHolidays);
	const reading = vaultReading(settings, today, options.dateOrder);
	let notes: InterviewNote[] = [];
	let diagnostics: Diagnostic[] = [];
	const logs = logNotesWanted(settings) ? new LogNoteCollector(settings, resolve) : null;
	let done = 0;
	for (const source of sources) {
		let read: ReadResult;
		try {
			read = reading.read(source, resolve, calendar);
		} catch (error) {
			const message = `This note could not be read (${errorMessage(error)}).`;
			read = { note: null, diagnostics: [{ note: source.path, severity: "error", code: "invalid-frontmatter", message }] };
		}
		if (read.note) notes.push(read.note);
		logs?.add(source, read.note);
		if (read.diagnostics.length > 0) diagnostics.push(...read.diagnostics);
		onProgress?.(++done, count);
	}
	if (logs !== null) {
		const dateOrder = slashedDateOrder(settings, options.dateOrder);
		notes = logs
			.joined(notes, settings, today, reading, options.dateOrder)
			.map((note) => withLogNoteStatedDates(note, logs.bodies, calendar, dateOrder));
		const byPath = new Map(notes.map((note) => [note.path, note]));
		diagnostics = diagnostics.filter((d) => d.note === null || !answeredByLogNotes(d, byPath.get(d.note)));
	}
	if (options.personText) notes = joinPersonNotes(notes, options.personText, reading, resolve, settings, today, options.dateOrder);
	if (onNote) for (const note of notes) onNote(note);
	const evaluated = evaluateNotes(notes, { settings, calendar, today });
	return {
		today,
		followUps: evaluated.followUps,
		diagnostics: [...diagnostics, ...evaluated.diagnostics].sort(compareDiagnostics),
	};
}
