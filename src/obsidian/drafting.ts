/**
 * Drafts for the panel: the core's buildDraft, fed with the user's own templates when
 * the settings name a template folder (one note per kind, e.g. `Templates/check-in.md`).
 */
import { normalizePath, TFile, type App } from "obsidian";
import { buildDraft, templateFileName, userTemplateFrom, type UserTemplates } from "../core/drafts/index";
import { FOLLOW_UP_KINDS, type Day, type FollowUp, type FollowUpKind, type InterviewNote } from "../core/model";
import type { Settings } from "../core/settings";

/** A draft ready to copy or insert, with the checks' warnings as sentences. */
export interface PanelDraft {
	/** The follow-up kind. */
	kind: FollowUpKind;
	/** Who it is for; null for tasks. */
	to: string | null;
	/** Subject line (a checklist's title for tasks). */
	subject: string;
	/** The message or checklist. */
	text: string;
	/** Draft checks that found something (too long, pressure phrases…); never blocking. */
	warnings: string[];
}

/** Reads `<folder>/<kind>.md` for every kind that has one; frontmatter from the cache. */
export async function loadUserTemplates(app: App, folder: string): Promise<UserTemplates> {
	const out: UserTemplates = {};
	if (folder.trim() === "") return out;
	for (const kind of FOLLOW_UP_KINDS) {
		const file = app.vault.getAbstractFileByPath(normalizePath(`${folder}/${templateFileName(kind)}`));
		if (!(file instanceof TFile)) continue;
		const cache = app.metadataCache.getFileCache(file);
		const text = await app.vault.cachedRead(file);
		const body = text.slice(cache?.frontmatterPosition?.end.offset ?? 0).replace(/^\r?\n/, "");
		out[kind] = userTemplateFrom(cache?.frontmatter ?? null, body);
	}
	return out;
}

/** Builds the draft for one follow-up of a note. */
export async function makeDraft(app: App, f: FollowUp, note: InterviewNote, settings: Settings, today: Day): Promise<PanelDraft> {
	const person = note.people.find((p) => p.name === f.to) ?? null;
	const userTemplates = await loadUserTemplates(app, settings.templateFolder);
	const draft = buildDraft({ kind: f.kind, note, person, today, settings, userTemplates });
	return { kind: f.kind, to: draft.to, subject: draft.subject, text: draft.text, warnings: draft.warnings.map((w) => w.message) };
}
