/**
 * Log notes joined to their applications (existing-vaults.md §3, item 5), for hosts that
 * hand the notes over one at a time: while the notes go by, the log notes and the links
 * of the application notes are kept (both small); once all are read, the log notes'
 * entries join the applications' timelines.
 */
import { joinLogNotes, isLogNote, type LogApplication, type LogNote, logNoteOf, writtenLinks } from "../core/log-notes";
import type { Day, Diagnostic, InterviewNote } from "../core/model";
import type { Settings } from "../core/settings";
import type { LinkResolver, SourceNote } from "../core/source";
import { withTimeline } from "../core/timeline";
import type { TimelineEntry } from "../core/timeline-types";
import { buildVocabulary } from "../core/vocabulary";
import { type NoteReading, slashedDateOrder } from "../core/read-note";
import type { DateContext } from "../core/body";
import { type PersonNote, type PersonNoteText, readPersonNote, withPersonNotes } from "../core/person-notes";

export { logNotesWanted } from "../core/log-notes";

/** Collects what the join needs as notes are read. */
export class LogNoteCollector {
	readonly #logs: LogNote[] = [];
	/** The text of each log note, by path, for hosts that read its sentences. */
	readonly bodies = new Map<string, { text: string; firstLine: number }>();
	readonly #links = new Map<string, string[]>();

	readonly #settings: Pick<Settings, "logTag" | "logFolders">;
	readonly #resolve: LinkResolver;

	constructor(settings: Pick<Settings, "logTag" | "logFolders">, resolve: LinkResolver) {
		this.#settings = settings;
		this.#resolve = resolve;
	}

	/** One note as read: `note` is the interview note it made, or null when it is none. */
	add(source: SourceNote, note: InterviewNote | null): void {
		if (source.unreadable !== undefined) return;
		if (note !== null) this.#links.set(note.path, this.#resolved(source));
		else if (isLogNote(source, this.#settings)) {
			this.#logs.push(logNoteOf(source, this.#resolved(source), this.#resolve));
			if (source.body !== undefined) this.bodies.set(source.path, { text: source.body, firstLine: source.bodyLine ?? 1 });
		}
	}

	/**
	 * The notes with the log notes' entries joined in, whom they name read from their person
	 * notes by `reading`; `hostDateOrder` reads slashed dates when the settings leave it open.
	 */
	joined(
		notes: readonly InterviewNote[],
		settings: Settings,
		today: Day,
		reading: NoteReading,
		hostDateOrder?: "DMY" | "MDY",
	): InterviewNote[] {
		if (this.#logs.length === 0) return [...notes];
		const applications: LogApplication[] = notes.map((note) => ({ note, links: this.#links.get(note.path) ?? [] }));
		const entries = logEntriesByApplication(this.#logs, applications, settings, today, hostDateOrder);
		return notes.map((note) => {
			const joined = entries.get(note.path);
			return joined === undefined ? note : withTimeline(note, joined, [], reading.noted(joined, note.path, this.#resolve));
		});
	}

	#resolved(source: SourceNote): string[] {
		return resolvedLinks(source, this.#resolve);
	}
}

/**
 * True for a diagnostic of a note read alone that its log notes answer: an application
 * whose rounds come only from its log notes has an interview date after all, so its
 * `missing-interview-date` no longer holds.
 */
export function answeredByLogNotes(diagnostic: Diagnostic, joined: InterviewNote | null | undefined): boolean {
	return diagnostic.code === "missing-interview-date" && joined !== null && joined !== undefined && joined.interviewDate !== null;
}

/** The vault paths a note links to (frontmatter, and the body when kept), as the host resolves them. */
export function resolvedLinks(source: SourceNote, resolve: LinkResolver): string[] {
	const paths = new Set<string>();
	for (const target of writtenLinks(source)) {
		const linked = resolve(target, source.path);
		if (linked !== null) paths.add(linked.path);
	}
	return [...paths];
}

/**
 * The timeline entries the log notes give each application, by its path, read with the
 * settings' date order (the host's when they leave it open), event words and ignored
 * fields; yearless dates are placed against `today`.
 */
export function logEntriesByApplication(
	logs: readonly LogNote[],
	applications: readonly LogApplication[],
	settings: Settings,
	today: Day,
	hostDateOrder?: "DMY" | "MDY",
): Map<string, TimelineEntry[]> {
	return joinLogNotes(logs, applications, joinContext(settings, today, hostDateOrder), settings);
}

/** How the joins read entries' dates and words: yearless dates against `today`, slashed ones in the settings' order (else the host's). */
function joinContext(settings: Settings, today: Day, hostDateOrder?: "DMY" | "MDY"): DateContext {
	return {
		reference: today,
		dateOrder: slashedDateOrder(settings, hostDateOrder),
		vocabulary: buildVocabulary(settings.eventWords).vocabulary,
	};
}

/**
 * The notes with what their people's person notes write in their text joined in
 * (withPersonNotes), after any log notes': `textOf` gives a person note's text by its path
 * (null for none worth reading); each is read once, against `today`.
 */
export function joinPersonNotes(
	notes: readonly InterviewNote[],
	textOf: (path: string) => PersonNoteText | null,
	reading: NoteReading,
	resolve: LinkResolver,
	settings: Settings,
	today: Day,
	hostDateOrder?: "DMY" | "MDY",
): InterviewNote[] {
	const ctx = joinContext(settings, today, hostDateOrder);
	const known = new Map<string, PersonNote | null>();
	const read = (path: string): PersonNote | null => {
		if (!known.has(path)) {
			const text = textOf(path);
			known.set(path, text === null ? null : readPersonNote(path, text, ctx));
		}
		return known.get(path) ?? null;
	};
	return withPersonNotes(notes, read, (note, entries) => withTimeline(note, entries, [], reading.noted(entries, note.path, resolve)));
}
