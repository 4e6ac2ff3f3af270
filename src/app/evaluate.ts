/**
 * The `due` use case over a whole vault: read every source note, evaluate the rules,
 * and return everything sorted. Hosts supply the notes and a link resolver; nothing
 * here touches files or the clock.
 */
import type { Day, Diagnostic, Evaluation, InterviewNote } from "../core/model";
import type { Settings } from "../core/settings";
import type { LinkResolver, SourceNote } from "../core/source";
import { readInterviewNote } from "../core/read-note";
import { compareDiagnostics, evaluateNotes } from "../core/rules";
import { type HolidaySource, calendarFor } from "./calendar";

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
}

/** Reads and evaluates every note; a broken note yields a diagnostic, never an exception. */
export function evaluateVault(sources: readonly SourceNote[], options: EvaluateOptions): Evaluation {
	const { settings, today, resolve } = options;
	const calendar = calendarFor(settings, today, options.countryHolidays);
	const notes: InterviewNote[] = [];
	const diagnostics: Diagnostic[] = [];
	sources.forEach((source, i) => {
		try {
			const result = readInterviewNote(source, settings, resolve, calendar);
			if (result.note) notes.push(result.note);
			diagnostics.push(...result.diagnostics);
		} catch (error) {
			diagnostics.push({
				note: source.path,
				severity: "error",
				code: "invalid-frontmatter",
				message: `This note could not be read (${error instanceof Error ? error.message : String(error)}).`,
			});
		}
		options.onProgress?.(i + 1, sources.length);
	});
	const evaluated = evaluateNotes(notes, { settings, calendar, today });
	return {
		today,
		followUps: evaluated.followUps,
		diagnostics: [...diagnostics, ...evaluated.diagnostics].sort(compareDiagnostics),
	};
}
