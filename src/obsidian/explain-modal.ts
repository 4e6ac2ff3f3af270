/**
 * "Explain this note": how the plugin read the open note, in a dialog. The sections are
 * the command line's `explain` (src/core/setup/explain-note.ts); here each becomes a
 * heading and a list, every value with its source underneath, names in backticks as code.
 */
import { Notice, type App, type TFile } from "obsidian";
import type { Day } from "../core/model";
import { explainSections, type ExplainLine, type ExplainSection } from "../core/setup/explain-note";
import { isRecord } from "../core/values";
import { openDialog } from "./modals";
import type { VaultIndexer } from "./vault-indexer";

/** Sections whose labels are names a user types (fields, properties): shown as code. */
const NAME_LABELS = new Set<ExplainSection["key"]>(["fields", "unread"]);

/** Appends text, with each `name` in backticks as a code element. */
function appendWithCode(el: HTMLElement, text: string): void {
	text.split(/`([^`\n]*)`/).forEach((part, i) => {
		if (i % 2 === 1) el.createEl("code", { text: part });
		else if (part !== "") el.append(part);
	});
}

function renderLine(list: HTMLElement, line: ExplainLine, section: ExplainSection["key"]): void {
	const item = list.createEl("li", { cls: "ifu-explain-item" });
	if (line.label !== undefined) {
		item.addClasses(["has-label", `is-${line.label}`]);
		const label = item.createSpan({ cls: "ifu-explain-label" });
		if (NAME_LABELS.has(section)) label.createEl("code", { text: line.label });
		else label.setText(line.label);
	}
	const body = item.createDiv({ cls: "ifu-explain-body" });
	appendWithCode(body.createDiv({ cls: "ifu-explain-text" }), line.text);
	if (line.from !== undefined) appendWithCode(body.createDiv({ cls: "ifu-explain-from", text: "from " }), line.from);
	const more = line.more ?? [];
	if (more.length === 0) return;
	const sub = body.createEl("ul", { cls: "ifu-explain-more" });
	for (const m of more) renderLine(sub, m, section);
}

/** Draws the sections into an element (the dialog's content). */
export function renderExplanation(el: HTMLElement, today: Day, sections: readonly ExplainSection[]): void {
	const root = el.createDiv({ cls: "ifu-explain" });
	root.createEl("p", { cls: "ifu-muted", text: `Each value the plugin read, where it found it, and what it makes of it on ${today}.` });
	for (const section of sections) {
		const block = root.createDiv({ cls: `ifu-explain-section ifu-explain-${section.key}` });
		block.createEl("h4", { cls: "ifu-explain-heading", text: section.title });
		if (section.lines.length === 0 && section.empty !== null) block.createEl("p", { cls: "ifu-muted", text: section.empty });
		if (section.lines.length > 0) {
			const list = block.createEl("ul", { cls: "ifu-explain-list" });
			for (const line of section.lines) renderLine(list, line, section.key);
		}
		if (section.footer !== null) block.createEl("p", { cls: "ifu-muted ifu-explain-footer", text: section.footer });
	}
}

/**
 * Explains a note from what the plugin already holds: the note as indexed, its
 * frontmatter from the metadata cache, and today's evaluation. A file that is not an
 * interview note gets a notice saying why (or that the vault is still being read).
 */
export function explainNote(app: App, indexer: VaultIndexer, file: TFile): void {
	const note = indexer.index.note(file.path);
	const evaluation = indexer.evaluation();
	const diagnostics = evaluation.diagnostics.filter((d) => d.note === file.path);
	if (note === null) {
		const tag = indexer.index.settings.interviewTag;
		const problem = diagnostics[0];
		let message = `"${file.basename}" is not an interview note: tag it #${tag} or set type: ${tag} in its properties.`;
		if (problem !== undefined) message = `"${file.basename}" could not be read as an interview note: ${problem.message}`;
		else if (!indexer.isReady) message = "Interview follow-ups is still reading the vault: try again in a moment.";
		new Notice(message);
		return;
	}
	const frontmatter: unknown = app.metadataCache.getFileCache(file)?.frontmatter;
	const sections = explainSections({
		note,
		frontmatter: isRecord(frontmatter) ? frontmatter : null,
		settings: indexer.index.settings,
		today: evaluation.today,
		followUps: evaluation.followUps.filter((f) => f.note === file.path),
		diagnostics,
	});
	openDialog(app, (modal) => {
		modal.setTitle(`How "${file.basename}" is read`);
		modal.modalEl.addClass("ifu-explain-modal");
		renderExplanation(modal.contentEl, evaluation.today, sections);
	});
}
