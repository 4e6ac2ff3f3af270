/**
 * `plugin.api`: what other plugins and DataviewJS scripts may ask. Typed, read-only,
 * and built over a small port (no obsidian), so its behaviour is tested without an
 * app. Callers get copies: changing a returned object never changes the plugin's index.
 *
 *     const api = app.plugins.plugins["interview-followups"]?.api;
 *     api?.due({ status: "overdue, due" });
 */
import type { Day, Diagnostic, Evaluation, FollowUp, FollowUpKind, FollowUpStatus, InterviewNote } from "../core/model";
import { parseFollowUpQuery, runFollowUpQuery } from "../core/follow-up-query";
import { logError } from "./log-error";

/** The options `due()` takes: the code block's options (grouping and columns are ignored). */
export interface DueOptions {
	/** `overdue`, `due`, `upcoming`, `now` (overdue and due) or `all`; a list or `"a, b"`. */
	status?: string | string[];
	/** Follow-up kinds such as `thank-you` or `check-in`; a list or `"a, b"`. */
	kinds?: string | string[];
	/** Company names (case does not matter); a list or `"a, b"`. */
	company?: string | string[];
	/** Days ahead for upcoming follow-ups; the settings' horizon when left out. */
	horizon?: number;
	/** At most this many, earliest first. */
	limit?: number;
}

/** Why one follow-up is due, with its dates. */
export interface Explanation {
	/** What to do. */
	kind: FollowUpKind;
	/** To whom; null for tasks. */
	to: string | null;
	/** The first day it should be done. */
	due: Day;
	/** The last day it is still on time. */
	windowEnd: Day;
	/** Upcoming, due or overdue today. */
	status: FollowUpStatus;
	/** The advice it follows and the date arithmetic, in a sentence. */
	reason: string;
}

/** Everything the plugin can say about one note. */
export interface NoteExplanation {
	/** The note's path. */
	path: string;
	/** The day it was evaluated for. */
	today: Day;
	/** True when the note reads as an interview note. */
	isInterview: boolean;
	/** Its pending follow-ups with their reasons, earliest first. */
	followUps: Explanation[];
	/** Problems found in the note (bad dates, unknown values…), with what to do. */
	diagnostics: Diagnostic[];
}

/** The plugin's public API, at `app.plugins.plugins["interview-followups"].api`. */
export interface InterviewFollowUpsApi {
	/** The API's version; additions keep it, breaking changes raise it. */
	readonly version: 1;
	/** The day follow-ups are evaluated for (`YYYY-MM-DD`, local time). */
	today(): Day;
	/** Pending follow-ups across the vault, earliest first. Throws on an unknown option or value, with what is allowed. */
	due(options?: DueOptions): FollowUp[];
	/** Every pending follow-up of one note (no horizon), earliest first; empty for other notes. */
	forNote(path: string): FollowUp[];
	/** The reasons, with their date arithmetic, and the problems of one note. */
	explain(path: string): NoteExplanation;
	/** Calls back after the follow-ups may have changed (a note changed, the day turned). Returns the unsubscribe. */
	onChange(callback: () => void): () => void;
}

/** What the API reads: the plugin's index, behind a port. */
export interface ApiSource {
	/** The current evaluation (memoised by the index). */
	evaluation(): Evaluation;
	/** The interview note at a path, or null. */
	note(path: string): InterviewNote | null;
	/** The settings' horizon in days. */
	horizonDays(): number;
	/** Subscribes to changes; returns the unsubscribe. */
	subscribe(callback: () => void): () => void;
}

const copy = (f: FollowUp): FollowUp => ({ ...f });

/** Builds the API over a source. */
export function createApi(source: ApiSource): InterviewFollowUpsApi {
	return Object.freeze({
		version: 1 as const,
		today: () => source.evaluation().today,
		due(options?: DueOptions): FollowUp[] {
			const parsed = parseFollowUpQuery(options ?? null);
			if (!parsed.ok) throw new TypeError(`Interview follow-ups: ${parsed.problems.join(" ")}`);
			const evaluation = source.evaluation();
			return runFollowUpQuery(evaluation.followUps, evaluation.today, parsed.query, source.horizonDays()).shown.map(copy);
		},
		forNote(path: string): FollowUp[] {
			return source
				.evaluation()
				.followUps.filter((f) => f.note === path)
				.map(copy);
		},
		explain(path: string): NoteExplanation {
			const evaluation = source.evaluation();
			return {
				path,
				today: evaluation.today,
				isInterview: source.note(path) !== null,
				followUps: evaluation.followUps
					.filter((f) => f.note === path)
					.map((f) => ({ kind: f.kind, to: f.to, due: f.due, windowEnd: f.windowEnd, status: f.status, reason: f.reason })),
				diagnostics: evaluation.diagnostics.filter((d) => d.note === path).map((d) => ({ ...d })),
			};
		},
		onChange(callback: () => void): () => void {
			let subscribed = true;
			const unsubscribe = source.subscribe(() => {
				// A throwing script must not stop the plugin's own listeners.
				try {
					callback();
				} catch (error) {
					logError("an onChange callback failed", error);
				}
			});
			return () => {
				if (!subscribed) return;
				subscribed = false;
				unsubscribe();
			};
		},
	});
}
