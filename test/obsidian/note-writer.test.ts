// @vitest-environment happy-dom
import type { App, TFile } from "obsidian";
import { describe, expect, it } from "vitest";
import { CORE_SCHEMA, load } from "js-yaml";
import { defaultSettings } from "../../src/core/settings";
import { planDraftInsertion } from "../../src/core/markdown/plan-insertion";
import { NoteWriter } from "../../src/obsidian/note-writer";
import { createFakeApp, MarkdownView, type TFile as FakeFile } from "../fakes/obsidian";
import { acmeInterview } from "./harness";

const draft = { kind: "check-in" as const, to: "Lee Wong", subject: "Checking in", text: "Hi Lee,\n\nStill keen.\n\nSam" };
const plan = (text: string) => planDraftInsertion(text, draft, { heading: "## Follow-ups", due: "2026-11-26" });

/** `|` marks the cursor, as in obsidian-tasks' editor tests. */
function withCursor(text: string): { text: string; cursor: number } {
	const cursor = text.indexOf("|");
	return { text: text.replace("|", ""), cursor };
}

function setup(text: string) {
	const fake = createFakeApp();
	const file = fake.vault.put("Interviews/Acme.md", text);
	const writer = new NoteWriter(fake as unknown as App, defaultSettings);
	return { fake, file, writer, real: file as unknown as TFile };
}

async function openInEditor(fake: ReturnType<typeof createFakeApp>, file: FakeFile): Promise<MarkdownView> {
	const leaf = fake.workspace.getLeaf();
	await leaf.openFile(file);
	return leaf.view as MarkdownView;
}

function frontmatterOf(text: string): Record<string, unknown> {
	const m = /^---\n([\s\S]*?)\n---/.exec(text);
	return load(m?.[1] ?? "", { schema: CORE_SCHEMA }) as Record<string, unknown>;
}

describe("NoteWriter.editBody", () => {
	it("edits a note open in an editor through the editor: one transaction, one undo, cursor kept on its text", async () => {
		const before = withCursor("---\ntags: [interview]\n---\n# Notes\nThey li|ked the demo.\n\n## Follow-ups\n\nNothing yet.\n");
		const { fake, file, writer, real } = setup(before.text);
		const view = await openInEditor(fake, file);
		view.editor.setCursor(view.editor.offsetToPos(before.cursor));

		expect(await writer.editBody(real, plan)).toBe("editor");

		const after = view.editor.getValue();
		expect(after).toContain("> Still keen.");
		expect(after.indexOf("> Still keen.")).toBeGreaterThan(after.indexOf("## Follow-ups"));
		expect(view.editor.transactions).toHaveLength(1);
		const cursor = view.editor.posToOffset(view.editor.getCursor());
		expect(after.slice(cursor - 7, cursor) + "|" + after.slice(cursor, cursor + 9)).toBe("They li|ked the d");
		// Nothing went to disk behind the editor's back.
		expect(fake.vault.writes).toEqual([]);
		view.editor.undo();
		expect(view.editor.getValue()).toBe(before.text);
	});

	it("keeps the cursor where it was when the draft lands before it", async () => {
		const before = withCursor("# Notes\n\n## Follow-ups\n\n## Later\nwrit|ing here\n");
		const { fake, file, writer, real } = setup(before.text);
		const view = await openInEditor(fake, file);
		view.editor.setCursor(view.editor.offsetToPos(before.cursor));
		await writer.editBody(real, plan);
		const text = view.editor.getValue();
		const cursor = view.editor.posToOffset(view.editor.getCursor());
		expect(text.slice(cursor - 4, cursor + 3)).toBe("writing");
	});

	it("uses vault.process when the note is not open, never vault.modify", async () => {
		const { fake, writer, real } = setup("# Notes\n\n## Follow-ups\n");
		expect(await writer.editBody(real, plan)).toBe("file");
		expect(fake.vault.writes.map((w) => w.api)).toEqual(["process"]);
		expect(fake.vault.text("Interviews/Acme.md")).toContain("> Hi Lee,");
	});

	it("does not write when the plan has nothing to change (the draft is already there)", async () => {
		const { fake, writer, real } = setup("# Notes\n\n## Follow-ups\n");
		await writer.editBody(real, plan);
		expect(await writer.editBody(real, plan)).toBe("unchanged");
		expect(fake.vault.text("Interviews/Acme.md").match(/Still keen/g)).toHaveLength(1);
	});
});

describe("NoteWriter log entries", () => {
	it("appends to follow_ups through processFrontMatter, leaving the body alone", async () => {
		const { fake, writer, real } = setup(acmeInterview(["follow_ups:", "  - {date: 2026-11-20, kind: thank-you, to: Raj Patel}"]));
		const body = fake.vault.text("Interviews/Acme.md").split("\n---\n")[1];
		await writer.appendLogEntry(real, { date: "2026-11-23", kind: "check-in", to: "Lee Wong", channel: "email" });
		const text = fake.vault.text("Interviews/Acme.md");
		expect(fake.vault.writes.map((w) => w.api)).toEqual(["processFrontMatter"]);
		expect(frontmatterOf(text).follow_ups).toEqual([
			{ date: "2026-11-20", kind: "thank-you", to: "Raj Patel" },
			{ date: "2026-11-23", kind: "check-in", to: "Lee Wong", channel: "email" },
		]);
		expect(text.split("\n---\n")[1]).toBe(body);
	});

	it("writes to the log key the note already uses (touches) and starts a list when there is none", async () => {
		const { fake, writer, real } = setup(acmeInterview(["Touches:"]));
		await writer.appendLogEntry(real, { date: "2026-11-23", kind: "reply", from: "Lee Wong" });
		const fm = frontmatterOf(fake.vault.text("Interviews/Acme.md"));
		expect(fm.Touches).toEqual([{ date: "2026-11-23", kind: "reply", from: "Lee Wong" }]);
		expect(fm.follow_ups).toBeUndefined();
	});

	it("removes exactly the entry it added (undo), the last equal one", async () => {
		const { fake, writer, real } = setup(acmeInterview());
		const entry = { date: "2026-11-23", kind: "check-in", to: "Lee Wong" };
		await writer.appendLogEntry(real, entry);
		await writer.appendLogEntry(real, { date: "2026-11-23", kind: "thank-you", to: "Raj Patel" });
		expect(await writer.removeLogEntry(real, entry)).toBe(true);
		expect(frontmatterOf(fake.vault.text("Interviews/Acme.md")).follow_ups).toEqual([
			{ date: "2026-11-23", kind: "thank-you", to: "Raj Patel" },
		]);
		expect(await writer.removeLogEntry(real, entry)).toBe(false);
	});

	it("refuses to turn a hand-written text value into a list", async () => {
		const { writer, real } = setup(acmeInterview(["follow_ups: sent a thank-you"]));
		await expect(writer.appendLogEntry(real, { date: "2026-11-23", kind: "check-in" })).rejects.toThrow(/not a list/);
	});
});
