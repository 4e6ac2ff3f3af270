/**
 * Draft subject lines for exported follow-ups (the calendar file quotes them): the same
 * draft the panel and the `draft` command build, from the note, the user's templates and
 * the settings. Hosts say how to find a note; the plugin asks its index, the CLI reads
 * the sources it scanned.
 */
import { draftSubject, templateFileName, userTemplateFrom, type UserTemplates } from "../core/drafts/index";
import { FOLLOW_UP_KINDS, type Day, type FollowUp, type InterviewNote } from "../core/model";
import type { Settings } from "../core/settings";
import type { SourceNote } from "../core/source";

/** What building subjects needs. */
export interface DraftSubjectOptions {
	/** The interview note at a vault path, or null when there is none. */
	noteFor: (path: string) => InterviewNote | null;
	/** The settings (`maxDraftWords`, `myName`). */
	settings: Pick<Settings, "maxDraftWords" | "myName">;
	/** The day drafts are written for. */
	today: Day;
	/** The user's templates by kind; the built-in ones otherwise. */
	userTemplates?: UserTemplates;
}

/**
 * A function giving each follow-up's draft subject, or null when it cannot be built
 * (the note or the person is gone, or a template fails): an export never fails for it.
 */
export function draftSubjects(options: DraftSubjectOptions): (followUp: FollowUp) => string | null {
	return (f) => {
		const note = options.noteFor(f.note);
		if (note === null) return null;
		const wanted = f.to?.trim().toLowerCase() ?? null;
		const person = wanted === null ? null : (note.people.find((p) => p.name.trim().toLowerCase() === wanted) ?? null);
		if (wanted !== null && person === null) return null;
		try {
			const subject = draftSubject({
				kind: f.kind,
				note,
				person,
				today: options.today,
				settings: options.settings,
				userTemplates: options.userTemplates,
			});
			return subject.trim() === "" ? null : subject;
		} catch {
			return null;
		}
	};
}

/** The user's templates found among already-read sources: `<folder>/<kind>.md` for each kind. */
export function userTemplatesFromSources(sources: readonly SourceNote[], templateFolder: string): UserTemplates {
	const folder = templateFolder.trim().replace(/^\/+|\/+$/g, "");
	if (folder === "") return {};
	const byPath = new Map(sources.map((s) => [s.path, s]));
	const templates: UserTemplates = {};
	for (const kind of FOLLOW_UP_KINDS) {
		const source = byPath.get(`${folder}/${templateFileName(kind)}`);
		if (source) templates[kind] = userTemplateFrom(source.frontmatter, source.body ?? "");
	}
	return templates;
}
