// @vitest-environment happy-dom
import type { App, TFile } from "obsidian";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultSettings } from "../../src/core/settings";
import { planDraftInsertion } from "../../src/core/markdown/plan-insertion";
import { appendLogEntry, type LogEntryToAppend } from "../../src/core/markdown/append-log-entry";
import { valuesOf } from "../../src/core/markdown/frontmatter-text";
import { setProperties } from "../../src/core/markdown/set-properties";
import { numRuns } from "../hardening/arbitraries";
import { entryArb, loggedNoteArb } from "../hardening/note-shapes";
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

const PATH = "Interviews/Acme.md";

function setup(text: string) {
	const fake = createFakeApp();
	const file = fake.vault.put(PATH, text);
	const writer = new NoteWriter(fake as unknown as App, defaultSettings);
	return { fake, file, writer, real: file as unknown as TFile };
}

async function openInEditor(fake: ReturnType<typeof createFakeApp>, file: FakeFile): Promise<MarkdownView> {
	const leaf = fake.workspace.getLeaf();
	await leaf.openFile(file);
	return leaf.view as MarkdownView;
}

describe("NoteWriter.editBody", () => {
	it("edits a note open in an editor through the editor: one transaction, one undo, cursor kept on its text", async () => {
		const before = withCursor("---\ntags: [interview]\n---\n# Notes\nThey li|ked the demo.\n\n## Follow-ups\n\nNothing yet.\n");
		const { fake, file, writer, real } = setup(before.text);
		const view = await openInEditor(fake, file);
		view.editor.setCursor(view.editor.offsetToPos(before.cursor));

		expect(await writer.editBody(real, plan)).toEqual({ ok: true, route: "editor" });

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
		expect(await writer.editBody(real, plan)).toEqual({ ok: true, route: "file" });
		expect(fake.vault.writes.map((w) => w.api)).toEqual(["process"]);
		expect(fake.vault.text("Interviews/Acme.md")).toContain("> Hi Lee,");
	});

	it("does not write when the plan has nothing to change (the draft is already there)", async () => {
		const { fake, writer, real } = setup("# Notes\n\n## Follow-ups\n");
		await writer.editBody(real, plan);
		expect(await writer.editBody(real, plan)).toEqual({ ok: true, route: "unchanged" });
		expect(fake.vault.text("Interviews/Acme.md").match(/Still keen/g)).toHaveLength(1);
	});
});

describe("NoteWriter log entries", () => {
	const entry: LogEntryToAppend = { date: "2026-11-23", kind: "check-in", to: "Lee Wong", channel: "email" };

	async function append(writer: NoteWriter, file: TFile, e: LogEntryToAppend = entry) {
		const result = await writer.appendLogEntry(file, e);
		if (!result.ok) throw new Error(result.message);
		return result.appended;
	}

	it("inserts the entry through vault.process, changing no other byte", async () => {
		const text = acmeInterview(["follow_ups: # what I sent", "  - {date: 2026-11-20, kind: thank-you, to: Raj Patel}"]);
		const { fake, writer, real } = setup(text);
		await append(writer, real);
		const anchor = "  - {date: 2026-11-20, kind: thank-you, to: Raj Patel}\n";
		expect(fake.vault.text(PATH)).toBe(
			text.replace(anchor, `${anchor}  - {date: 2026-11-23, kind: check-in, to: Lee Wong, channel: email}\n`),
		);
		expect(fake.vault.writes.map((w) => w.api)).toEqual(["process"]);
		expect(fake.fileManager.frontmatterWrites).toBe(0);
	});

	it("writes where readers take the log from: an empty follow_ups does not hide a filled log", async () => {
		const { fake, writer, real } = setup(
			acmeInterview(["follow_ups:", "log:", "  - {date: 2026-11-20, kind: thank-you, to: Raj Patel}"]),
		);
		await append(writer, real);
		expect(valuesOf(fake.vault.text(PATH))).toMatchObject({
			follow_ups: null,
			log: [
				{ date: "2026-11-20", kind: "thank-you", to: "Raj Patel" },
				{ date: "2026-11-23", kind: "check-in", to: "Lee Wong", channel: "email" },
			],
		});
	});

	it("uses the user's alias of follow_ups, read at each write", async () => {
		const fake = createFakeApp();
		const file = fake.vault.put(PATH, acmeInterview(["Sent Messages:", "  - {date: 2026-11-20, kind: thank-you, to: Raj Patel}"]));
		let settings = defaultSettings();
		const writer = new NoteWriter(fake as unknown as App, () => settings);
		settings = { ...settings, fieldAliases: { follow_ups: ["sent messages"] } };
		await append(writer, file as unknown as TFile);
		expect((valuesOf(fake.vault.text(PATH))?.["Sent Messages"] as unknown[]).length).toBe(2);
	});

	it("undo takes out exactly what it added, byte for byte, and refuses once the entry was retyped", async () => {
		const text = acmeInterview(["follow_ups: [] # none yet"]);
		const { fake, writer, real } = setup(text);
		const first = await append(writer, real);
		await append(writer, real, { date: "2026-11-23", kind: "thank-you", to: "Raj Patel" });
		expect(await writer.removeLogEntry(real, first)).toEqual({ ok: true, route: "file" });
		expect(fake.vault.text(PATH)).toBe(text.replace("[]", "[{date: 2026-11-23, kind: thank-you, to: Raj Patel}]"));
		const again = await append(writer, real);
		fake.vault.put(PATH, fake.vault.text(PATH).replace("to: Lee Wong", "to: Lee W."));
		const before = fake.vault.text(PATH);
		const refused = await writer.removeLogEntry(real, again);
		expect(!refused.ok && refused.message).toContain("no longer in the note");
		expect(fake.vault.text(PATH)).toBe(before);
	});

	it("refuses a hand-written text value, leaving the file untouched and unwritten", async () => {
		const { fake, writer, real } = setup(acmeInterview(["follow_ups: sent a thank-you"]));
		const before = fake.vault.text(PATH);
		const refused = await writer.appendLogEntry(real, entry);
		expect(!refused.ok && refused.message).toContain("not a list");
		expect(fake.vault.text(PATH)).toBe(before);
		expect(fake.vault.writes).toEqual([]);
	});

	it("plans on the text as it is when the write happens, keeping an edit made a moment before", async () => {
		const { fake, writer, real } = setup(acmeInterview(["follow_ups:"]));
		const process = fake.vault.process.bind(fake.vault);
		fake.vault.process = async (file, fn) => {
			fake.vault.put(PATH, fake.vault.text(PATH).replace("# Notes", "# Notes\nTyped just now."));
			return process(file, fn);
		};
		await append(writer, real);
		const after = fake.vault.text(PATH);
		expect(after).toContain("Typed just now.");
		expect(after).toContain("  - {date: 2026-11-23, kind: check-in, to: Lee Wong, channel: email}\n");
	});

	it("goes through the editor when the note is open: one transaction, one undo, then saved", async () => {
		const text = acmeInterview(["follow_ups: # log"]).replace(/\n/g, "\r\n");
		const { fake, file, writer, real } = setup(text);
		const view = await openInEditor(fake, file);
		view.editor.setValue(`${view.editor.getValue()}Typed, not saved yet.\n`);
		const shown = view.editor.getValue();
		await append(writer, real);
		expect(view.editor.transactions).toHaveLength(1);
		expect(view.editor.getValue()).toBe(
			shown.replace(
				"follow_ups: # log\n",
				"follow_ups: # log\n  - {date: 2026-11-23, kind: check-in, to: Lee Wong, channel: email}\n",
			),
		);
		expect(fake.vault.text(PATH)).toBe(view.editor.getValue());
		view.editor.undo();
		expect(view.editor.getValue()).toBe(shown);
		expect(fake.vault.writes).toEqual([]);
	});

	it("refuses through the editor too, leaving its text as it is", async () => {
		const { fake, file, writer, real } = setup(acmeInterview(["follow_ups: {a: 1}"]));
		const view = await openInEditor(fake, file);
		expect(await writer.appendLogEntry(real, entry)).toMatchObject({ ok: false });
		expect(view.editor.transactions).toHaveLength(0);
	});
});

describe("NoteWriter, any note shape", () => {
	it("through vault.process: the file gets exactly the planned insertion, and undo gives it back", async () => {
		await fc.assert(
			fc.asyncProperty(loggedNoteArb, entryArb, async (note, e) => {
				const { fake, writer, real } = setup(note.text);
				const planned = appendLogEntry(note.text, e);
				const result = await writer.appendLogEntry(real, e);
				expect(result.ok).toBe(true);
				if (!result.ok || !planned.ok) return;
				expect(fake.vault.text(PATH)).toBe(planned.text);
				const { from, to, insert } = result.appended.splice;
				expect(planned.text).toBe(note.text.slice(0, from) + insert + note.text.slice(to));
				expect(await writer.removeLogEntry(real, result.appended)).toEqual({ ok: true, route: "file" });
				expect(fake.vault.text(PATH)).toBe(note.text);
			}),
			{ numRuns },
		);
	});

	it("through the editor: one transaction whose text is exactly the entry, undone in one step", async () => {
		await fc.assert(
			fc.asyncProperty(loggedNoteArb, entryArb, async (note, e) => {
				const { fake, file, writer, real } = setup(note.text);
				const view = await openInEditor(fake, file);
				const shown = view.editor.getValue();
				const result = await writer.appendLogEntry(real, e);
				expect(result.ok).toBe(true);
				expect(view.editor.transactions).toHaveLength(1);
				const planned = appendLogEntry(shown, e);
				expect(planned.ok && view.editor.getValue()).toBe(planned.ok && planned.text);
				view.editor.undo();
				expect(view.editor.getValue()).toBe(shown);
			}),
			{ numRuns },
		);
	});

	it("sets properties through vault.process only, whether or not the note is open", async () => {
		await fc.assert(
			fc.asyncProperty(loggedNoteArb, fc.boolean(), async (note, open) => {
				const { fake, file, writer, real } = setup(note.text);
				if (open) await openInEditor(fake, file);
				const values = { next_follow_up: "2026-11-26", next_follow_up_kind: "check-in", next_follow_up_to: null };
				const planned = setProperties(note.text, values);
				const result = await writer.setProperties(real, values);
				expect(result).toEqual({ ok: true, route: "file" });
				expect(planned.ok && fake.vault.text(PATH)).toBe(planned.ok && planned.text);
			}),
			{ numRuns },
		);
	});
});
