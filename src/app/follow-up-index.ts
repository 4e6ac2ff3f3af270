/**
 * The in-memory follow-up index: what each markdown file read as, which person notes
 * each interview note depends on, and a revision number that moves only when a read
 * result really changed. Pure (no obsidian, no clock): the plugin's vault indexer feeds
 * it from the metadata cache, the benchmark feeds it from files, and both ask it for
 * `evaluate(today)`, which is memoised per revision and day. After the first evaluation
 * of a day, a changed note is evaluated again on its own (with the few notes it can
 * affect: see day-evaluation.ts), so a save costs about a millisecond at 10,000 notes.
 */
import { isLogNote, type LogApplication, type LogNote, logNoteOf, logNotesWanted } from "../core/log-notes";
import type { Day, Diagnostic, Evaluation, InterviewNote, Person } from "../core/model";
import { NoteReading } from "../core/read-note";
import type { Settings } from "../core/settings";
import type { LinkResolver, SourceNote } from "../core/source";
import { linkBasename } from "../core/values";
import { calendarFor, type HolidaySource } from "./calendar";
import { withTimeline } from "../core/timeline";
import type { TimelineEntry } from "../core/timeline-types";
import { DayEvaluation } from "./day-evaluation";
import { answeredByLogNotes, logEntriesByApplication, resolvedLinks } from "./log-note-join";

/**
 * The settings a note is read with (classification, field, status and relation aliases,
 * where timelines and logs are found, how dates and event words read, and the calendar
 * relative dates are counted on). A change to any other setting changes only
 * how the notes already read are evaluated or shown: `reconfigure`, not `reset`.
 */
export const READING_SETTINGS = [
	"interviewTag",
	"interviewFolders",
	"fieldAliases",
	"statusAliases",
	"weekendDays",
	"holidays",
	"relationAliases",
	"ignoredFields",
	"timelineFields",
	"logTag",
	"logFolders",
	"dateOrder",
	"eventWords",
] as const satisfies readonly (keyof Settings)[];

/** True when notes read under `before` could read differently under `after`. */
export function changesReading(before: Settings, after: Settings): boolean {
	return READING_SETTINGS.some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * The name a wikilink target is found by, as a new or renamed note's name is compared
 * with it: the last path segment, without heading, block or `.md`, in lower case.
 */
export function linkName(target: string): string {
	const path = target.replace(/[#^].*$/, "").trim();
	return linkBasename(path).toLowerCase();
}

const NO_LINKS_ASKED: ReadonlySet<string> = new Set();

/** What reading one note gave: the interview note (or null) and its own diagnostics. */
export interface IndexedNote {
	/** The normalised interview note; null when the file is not one or is broken. */
	note: InterviewNote | null;
	/** Problems found while reading this note. */
	diagnostics: Diagnostic[];
}

/** What the index keeps of a file that read as something. */
interface Entry extends IndexedNote {
	fingerprint: string;
	/** Its timeline was read against the host's day (ReadResult.againstDay). */
	againstDay?: boolean;
	/**
	 * When the settings select log notes: the note as its own file reads, the notes it
	 * links to, and the log entries joined into `note` (as JSON; "" for none).
	 */
	joining?: { own: InterviewNote; diagnostics: Diagnostic[]; links: string[]; joined: string };
}

/** The follow-up index of one vault under one set of settings. */
export class FollowUpIndex {
	#settingsInUse: Settings;
	/** Only files that read as something (an interview note or a diagnostic) are kept. */
	readonly #entries = new Map<string, Entry>();
	/**
	 * Log notes (existing-vaults.md §3) by path. Their entries join the applications'
	 * timelines lazily, before the index answers (settleJoin): the join looks across every
	 * application, so it runs once after a batch of changes, not once per note.
	 */
	readonly #logs = new Map<string, LogNote>();
	/** The resolver of the last update, for whom the log notes' entries name. */
	#resolve: LinkResolver = () => null;
	/** A log note or an application changed since the last join. */
	#joinDirty = false;
	/** The day the last join placed yearless dates against. */
	#joinDay: Day | null = null;
	/** Person-note path → interview notes that resolved a person to it. */
	readonly #dependents = new Map<string, Set<string>>();
	/** Link name (see linkName) → interview notes that asked for a note by it, found or not. */
	readonly #linkers = new Map<string, Set<string>>();
	/** Interview note → the link names it asked for. */
	readonly #linksAsked = new Map<string, Set<string>>();
	#rev = 0;
	#memo: { revision: number; today: Day; evaluation: Evaluation } | null = null;
	/** The evaluation kept up to date note by note, for the last day asked (null: none yet). */
	#day: DayEvaluation | null = null;
	/** Paths changed since `day` last saw them → the note it saw there. */
	readonly #changed = new Map<string, InterviewNote | null>();
	/** The entries' paths in order, until an entry comes or goes. */
	#sortedPaths: string[] | null = null;
	#interviewNotes = 0;
	/** Reads notes under the settings in use. */
	#reading: NoteReading;

	/**
	 * Starts empty, reading notes with these settings. `countryHolidays` supplies a
	 * country's public holidays when the settings name one (the CLI passes date-holidays);
	 * `hostDateOrder` how slashed dates read when the settings leave it to the locale;
	 * `day` the host's today, for notes whose dates are all in their text (ReadingOptions.day).
	 */
	readonly #countryHolidays: HolidaySource | undefined;

	constructor(
		settings: Settings,
		countryHolidays?: HolidaySource,
		readonly hostDateOrder?: "DMY" | "MDY",
		private readonly day?: () => Day,
	) {
		this.#countryHolidays = countryHolidays;
		this.#settingsInUse = settings;
		this.#reading = this.#readingFor(settings);
	}

	/** Reads notes under `settings`, slashed dates in the host's order when they leave it open. */
	#readingFor(settings: Settings): NoteReading {
		return new NoteReading(settings, { dateOrder: this.hostDateOrder, day: this.day });
	}

	/** Moves whenever the evaluation could differ; views compare it to what they drew. */
	get revision(): number {
		return this.#rev;
	}

	/** The settings notes are read and evaluated with. */
	get settings(): Settings {
		return this.#settingsInUse;
	}

	/** How many files read as something (interview notes and broken candidates). */
	get size(): number {
		return this.#entries.size;
	}

	/** How many interview notes there are (what `notes().length` says, without building the list). */
	get interviewCount(): number {
		return this.#interviewNotes;
	}

	/**
	 * Takes new settings, keeping every note read so far and evaluating them again. With
	 * settings that change how notes read (see READING_SETTINGS), the caller reads the
	 * notes again (VaultIndexer.rebuild); later reads use a NoteReading for them.
	 */
	reconfigure(settings: Settings): void {
		if (changesReading(this.#settingsInUse, settings)) this.#reading = this.#readingFor(settings);
		this.#settingsInUse = settings;
		this.#day = null;
		this.#changed.clear();
		this.#bump();
	}

	/**
	 * Reads one file and stores the result. Returns true when the index changed, so a
	 * save that only touched a note's body does not re-render anything.
	 */
	update(source: SourceNote, resolve: LinkResolver): boolean {
		const asked = new Set<string>();
		this.#resolve = resolve;
		const read = this.#reading.read(source, (target, fromPath) => {
			asked.add(linkName(target));
			return resolve(target, fromPath);
		});
		const kept = read.note !== null || read.diagnostics.length > 0;
		const joining = logNotesWanted(this.#settingsInUse);
		// A log note is joined even with a diagnostic (broken properties: its text and name still tell).
		const log = joining && read.note === null && isLogNote(source, this.#settingsInUse) ? this.#logNote(source, resolve) : null;
		const logChanged = this.#setLog(source.path, log);
		if (!kept) return this.#removeEntry(source.path) || logChanged;
		this.#recordLinks(source.path, asked);
		const links = joining && read.note !== null ? resolvedLinks(source, resolve) : null;
		const fingerprint = links === null ? JSON.stringify(read) : JSON.stringify([read, links]);
		const before = this.#entries.get(source.path);
		if (before?.fingerprint === fingerprint) return logChanged;
		this.#unlinkDependencies(source.path, before?.note ?? null);
		this.#noteChange(source.path, before);
		const entry: Entry = { note: read.note, diagnostics: read.diagnostics, fingerprint, againstDay: read.againstDay };
		if (links !== null && read.note !== null) {
			entry.joining = { own: read.note, diagnostics: read.diagnostics, links, joined: "" };
			this.#joinDirty = true;
		}
		this.#entries.set(source.path, entry);
		if (read.note) this.#interviewNotes += 1;
		for (const person of peopleOf(read.note)) {
			if (person.notePath === null) continue;
			let set = this.#dependents.get(person.notePath);
			if (!set) this.#dependents.set(person.notePath, (set = new Set()));
			set.add(source.path);
		}
		this.#bump();
		return true;
	}

	/** Drops a file (deleted, renamed away, or no longer an interview or log note). */
	remove(path: string): boolean {
		const removed = this.#removeEntry(path);
		return this.#setLog(path, null) || removed;
	}

	/** Drops what a file read as, keeping it if it is a log note. */
	#removeEntry(path: string): boolean {
		const before = this.#entries.get(path);
		if (!before) return false;
		this.#recordLinks(path, NO_LINKS_ASKED);
		this.#unlinkDependencies(path, before.note);
		this.#noteChange(path, before);
		this.#entries.delete(path);
		this.#sortedPaths = null;
		this.#bump();
		return true;
	}

	/** Notes whose timeline was read against the host's day (a plan then may be done now): a new day reads them again. */
	readAgainstDay(): string[] {
		return [...this.#entries].filter(([, entry]) => entry.againstDay).map(([path]) => path);
	}

	/** Interview notes that took a person's details from the note at this path. */
	dependentsOf(personPath: string): string[] {
		return [...(this.#dependents.get(personPath) ?? [])].sort();
	}

	/**
	 * Interview notes with a link to a note of this name, resolved or not: a note created
	 * or renamed to the name may be the one they meant, so only they need reading again.
	 */
	linkingTo(name: string): string[] {
		return [...(this.#linkers.get(linkName(name)) ?? [])].sort();
	}

	/** True when the file at this path is indexed (an interview note or a broken candidate). */
	has(path: string): boolean {
		return this.#entries.has(path);
	}

	/** The interview note read from this path (with its log notes joined), or null. */
	note(path: string): InterviewNote | null {
		if (this.#joinDay !== null) this.#settleJoin(this.#joinDay);
		return this.#entries.get(path)?.note ?? null;
	}

	/** Every interview note, by path. */
	notes(): InterviewNote[] {
		if (this.#joinDay !== null) this.#settleJoin(this.#joinDay);
		this.#sortedPaths ??= [...this.#entries.keys()].sort();
		const out: InterviewNote[] = [];
		for (const path of this.#sortedPaths) {
			const note = this.#entries.get(path)?.note;
			if (note) out.push(note);
		}
		return out;
	}

	/**
	 * The due list and diagnostics for a day. Computed once per revision and day: the
	 * panel, the status bar and the commands all ask, usually for the same answer.
	 */
	evaluate(today: Day): Evaluation {
		this.#settleJoin(today);
		if (this.#memo && this.#memo.revision === this.#rev && this.#memo.today === today) return this.#memo.evaluation;
		if (this.#day === null || this.#day.context.today !== today) {
			const settings = this.#settingsInUse;
			this.#day = new DayEvaluation(
				{ settings, calendar: calendarFor(settings, today, this.#countryHolidays), today },
				this.#entries,
			);
		} else if (this.#changed.size > 0) {
			this.#day.apply(this.#changed, this.#entries);
		}
		this.#changed.clear();
		const evaluation: Evaluation = { today, ...this.#day.result() };
		this.#memo = { revision: this.#rev, today, evaluation };
		return evaluation;
	}

	/** True when evaluate(today) has a day's evaluation to start from (no full evaluation is due). */
	hasEvaluation(today: Day): boolean {
		return this.#day !== null && this.#day.context.today === today;
	}

	/**
	 * Works out the day's evaluation from scratch, one note per step, for a caller that
	 * spreads the work over several tasks; evaluate(today) then answers from it. When the
	 * index changes before the last step, the work is dropped (evaluate does it again).
	 */
	*evaluationSteps(today: Day): Generator<void, void, void> {
		this.#settleJoin(today);
		const revision = this.#rev;
		const settings = this.#settingsInUse;
		const day = new DayEvaluation({ settings, calendar: calendarFor(settings, today, this.#countryHolidays), today });
		for (const step of day.fill(this.#entries)) {
			if (this.#rev !== revision) return;
			yield step;
		}
		if (this.#rev !== revision) return;
		this.#day = day;
		this.#changed.clear();
		this.#memo = null;
	}

	/** A log note as the join needs it: its frontmatter, the notes it links to, its text's first paragraph. */
	#logNote(source: SourceNote, resolve: LinkResolver): LogNote {
		return logNoteOf(source, resolvedLinks(source, resolve), resolve);
	}

	/** Keeps, replaces or (with null) forgets the log note at a path; true when that changed anything. */
	#setLog(path: string, log: LogNote | null): boolean {
		const before = this.#logs.get(path);
		if (log === null) {
			if (before === undefined) return false;
			this.#logs.delete(path);
		} else {
			if (before !== undefined && JSON.stringify(before) === JSON.stringify(log)) return false;
			this.#logs.set(path, log);
		}
		this.#joinDirty = true;
		this.#bump();
		return true;
	}

	/**
	 * Joins the log notes' entries into the applications' notes, once after a batch of
	 * changes (or for a new day: yearless dates are placed against it). Only the notes
	 * whose joined entries changed are replaced, and the day's evaluation told so.
	 */
	#settleJoin(today: Day): void {
		if (!this.#joinDirty && (this.#logs.size === 0 || this.#joinDay === today)) return;
		this.#joinDirty = false;
		this.#joinDay = today;
		const applications: LogApplication[] = [];
		for (const entry of this.#entries.values())
			if (entry.joining) applications.push({ note: entry.joining.own, links: entry.joining.links });
		const byApplication: ReadonlyMap<string, TimelineEntry[]> =
			this.#logs.size === 0
				? new Map()
				: logEntriesByApplication([...this.#logs.values()], applications, this.#settingsInUse, today, this.hostDateOrder);
		for (const [path, entry] of this.#entries) {
			if (entry.joining === undefined) continue;
			const joined = byApplication.get(path);
			const key = joined === undefined ? "" : JSON.stringify(joined);
			if (key === entry.joining.joined) continue;
			if (this.#day !== null && !this.#changed.has(path)) this.#changed.set(path, entry.note);
			const note =
				joined === undefined
					? entry.joining.own
					: withTimeline(entry.joining.own, joined, [], this.#reading.noted(joined, path, this.#resolve));
			const diagnostics = entry.joining.diagnostics.filter((d) => !answeredByLogNotes(d, note));
			this.#entries.set(path, { ...entry, note, diagnostics, joining: { ...entry.joining, joined: key } });
			this.#bump();
		}
	}

	/** Before an entry changes: remember what the day's evaluation saw there, and keep the counts. */
	#noteChange(path: string, before: IndexedNote | undefined): void {
		if (this.#day !== null && !this.#changed.has(path)) this.#changed.set(path, before?.note ?? null);
		if (before === undefined) this.#sortedPaths = null;
		else if (before.note) this.#interviewNotes -= 1;
	}

	/** Replaces the link names a note asked for. */
	#recordLinks(path: string, asked: ReadonlySet<string>): void {
		for (const name of this.#linksAsked.get(path) ?? []) {
			if (asked.has(name)) continue;
			const set = this.#linkers.get(name);
			set?.delete(path);
			if (set?.size === 0) this.#linkers.delete(name);
		}
		for (const name of asked) {
			let set = this.#linkers.get(name);
			if (!set) this.#linkers.set(name, (set = new Set()));
			set.add(path);
		}
		if (asked.size > 0) this.#linksAsked.set(path, new Set(asked));
		else this.#linksAsked.delete(path);
	}

	#unlinkDependencies(path: string, note: InterviewNote | null): void {
		for (const person of peopleOf(note)) {
			if (person.notePath === null) continue;
			const set = this.#dependents.get(person.notePath);
			set?.delete(path);
			if (set?.size === 0) this.#dependents.delete(person.notePath);
		}
	}

	#bump(): void {
		this.#rev += 1;
	}
}

/** A note's people and its rounds' (a person note may give someone met at one round only). */
function peopleOf(note: InterviewNote | null): Person[] {
	return note === null ? [] : [...note.people, ...(note.rounds ?? []).flatMap((round) => round.people)];
}
