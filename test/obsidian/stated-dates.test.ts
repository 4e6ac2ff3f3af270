// @vitest-environment happy-dom
/**
 * "Make the dates written in this note's text properties": a date the note states only in
 * a sentence becomes `decision_date` (or `call_back`) in one text edit of the frontmatter,
 * never through processFrontMatter, and nothing else in the note changes.
 *
 * The plugin's note source does not hand the core the bodies of notes with frontmatter
 * yet (that is the hosts' part of issue 18), so the index here reads each note as the
 * core would with its body: the real note, with the dates its body states.
 */
import { describe, expect, it, vi } from "vitest";
import { makeCalendar } from "../../src/core/dates";
import { withStatedDates } from "../../src/core/read/stated";
import type { MarkdownView } from "../fakes/obsidian";
import { Notice } from "../fakes/obsidian";
import { indexerOf, loadPlugin, markdown, settle } from "./harness";

const FRONTMATTER = ["tags: [interview]  # tracked", "company: Acme", "interview_date: 2026-11-19", "people: [Priya Shah]"];
const BODY = "\n# Notes\n\nGood chat about the roadmap.\n- Priya: decision by Fri 27 Nov\n";
const NOTE = markdown(FRONTMATTER, BODY);

async function pluginWithBodies(notes: Record<string, string>) {
	const loaded = await loadPlugin(notes);
	const index = indexerOf(loaded.plugin).index;
	const read = index.note.bind(index);
	vi.spyOn(index, "note").mockImplementation((path) => {
		const note = read(path);
		if (note === null) return null;
		const text = loaded.fake.vault.text(path);
		const close = text.indexOf("\n---", 3) + 4;
		const firstLine = text.slice(0, close).split("\n").length + 1;
		return withStatedDates(note, { text: text.slice(close + 1), firstLine }, makeCalendar([0, 6], []), "MDY");
	});
	return loaded;
}

async function open(fake: Awaited<ReturnType<typeof loadPlugin>>["fake"], path: string): Promise<MarkdownView> {
	const file = fake.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	const leaf = fake.workspace.getLeaf();
	await leaf.openFile(file);
	return leaf.view as MarkdownView;
}

describe("making a date written in a sentence a property", () => {
	it("adds decision_date to the frontmatter and changes nothing else", async () => {
		const { fake } = await pluginWithBodies({ "Interviews/Acme.md": NOTE });
		const command = fake.commands.get("interview-followups:make-stated-dates-properties");
		await open(fake, "Interviews/Acme.md");
		expect(command?.checkCallback?.(true)).toBe(true);
		command?.checkCallback?.(false);
		await settle();
		expect(fake.vault.text("Interviews/Acme.md")).toBe(markdown([...FRONTMATTER, "decision_date: 2026-11-27"], BODY));
		expect(fake.fileManager.frontmatterWrites).toBe(0);
		// Among the notices, not necessarily the last: on a loaded machine the start-up summary can come after it.
		expect(Notice.shown.map((notice) => notice.text)).toContain("Added decision_date: 2026-11-27 to Acme.");
	});

	it("goes through the open editor as one transaction, so one undo takes it back", async () => {
		const { fake } = await pluginWithBodies({ "Interviews/Acme.md": NOTE });
		const view = await open(fake, "Interviews/Acme.md");
		fake.commands.get("interview-followups:make-stated-dates-properties")?.checkCallback?.(false);
		await settle();
		expect(view.editor.transactions).toHaveLength(1);
		expect(view.editor.getValue()).toContain("decision_date: 2026-11-27\n---");
	});

	it("writes a call-back day as call_back, with a decision date in the same edit", async () => {
		const body = "\nShe asked me to call her back on Tuesday.\nDecision by Fri 27 Nov.\n";
		const { fake } = await pluginWithBodies({ "Interviews/Acme.md": markdown(FRONTMATTER, body) });
		await open(fake, "Interviews/Acme.md");
		fake.commands.get("interview-followups:make-stated-dates-properties")?.checkCallback?.(false);
		await settle();
		expect(fake.vault.text("Interviews/Acme.md")).toBe(
			markdown([...FRONTMATTER, "decision_date: 2026-11-27", "call_back: 2026-11-24"], body),
		);
	});

	it("is not offered once the date is a property, nor for a note that states none", async () => {
		const { fake } = await pluginWithBodies({
			"Interviews/Acme.md": markdown([...FRONTMATTER, "decision_date: 2026-11-30"], BODY),
			"Interviews/Globex.md": markdown(
				FRONTMATTER.map((l) => l.replace("Acme", "Globex")),
				"\nGood chat.\n",
			),
		});
		const command = fake.commands.get("interview-followups:make-stated-dates-properties");
		await open(fake, "Interviews/Acme.md");
		expect(command?.checkCallback?.(true)).toBe(false);
		await open(fake, "Interviews/Globex.md");
		expect(command?.checkCallback?.(true)).toBe(false);
	});
});
