/**
 * Log notes joined to their applications (existing-vaults.md §3, item 5), for hosts that
 * hand the notes over one at a time: while the notes go by, the log notes and the links
 * of the application notes are kept (both small); once all are read, the log notes'
 * entries join the applications' timelines.
 */
import { joinLogNotes, isLogNote, type LogApplication, type LogNote, writtenLinks } from "../core/log-notes";
import type { Day, InterviewNote } from "../core/model";
import type { Settings } from "../core/settings";
import type { LinkResolver, SourceNote } from "../core/source";
import { withTimeline } from "../core/timeline";
import { buildVocabulary } from "../core/vocabulary";

export { logNotesWanted } from "../core/log-notes";

/** Collects what the join needs as notes are read. */
export class LogNoteCollector {
	private readonly logs: LogNote[] = [];
	private readonly links = new Map<string, string[]>();

	constructor(
		private readonly settings: Pick<Settings, "logTag" | "logFolders">,
		private readonly resolve: LinkResolver,
	) {}

	/** One note as read: `note` is the interview note it made, or null when it is none. */
	add(source: SourceNote, note: InterviewNote | null): void {
		if (source.unreadable !== undefined) return;
		if (note !== null) this.links.set(note.path, this.resolved(source));
		else if (isLogNote(source, this.settings))
			this.logs.push({ path: source.path, frontmatter: source.frontmatter, links: this.resolved(source) });
	}

	/** The notes with the log notes' entries joined in; `hostDateOrder` reads slashed dates when the settings leave it open. */
	joined(notes: readonly InterviewNote[], settings: Settings, today: Day, hostDateOrder?: "DMY" | "MDY"): InterviewNote[] {
		if (this.logs.length === 0) return [...notes];
		const applications: LogApplication[] = notes.map((note) => ({ note, links: this.links.get(note.path) ?? [] }));
		const ctx = {
			reference: today,
			dateOrder: settings.dateOrder === "" ? (hostDateOrder ?? ("DMY" as const)) : settings.dateOrder,
			vocabulary: buildVocabulary(settings.eventWords).vocabulary,
		};
		const entries = joinLogNotes(this.logs, applications, ctx);
		return notes.map((note) => {
			const joined = entries.get(note.path);
			return joined === undefined ? note : withTimeline(note, joined);
		});
	}

	/** The vault paths a note links to, as the host resolves them. */
	private resolved(source: SourceNote): string[] {
		const paths = new Set<string>();
		for (const target of writtenLinks(source)) {
			const linked = this.resolve(target, source.path);
			if (linked !== null) paths.add(linked.path);
		}
		return [...paths];
	}
}
