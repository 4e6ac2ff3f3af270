// @vitest-environment happy-dom
/**
 * "Explain this note" in the plugin: the open note's fields with their sources, the
 * properties left unread, and its follow-ups with their reasons, in a dialog; a notice
 * for a note that is not an interview note.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Modal, Notice, type App as FakeApp } from "../fakes/obsidian";
import { acmeInterview, leeWong, loadPlugin, markdown } from "./harness";

const EXPLAIN = "interview-followups:explain-note";

async function open(fake: FakeApp, path: string): Promise<void> {
	const file = fake.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path} in the fake vault`);
	await fake.workspace.getLeaf().openFile(file);
}

/** The dialog's list items of one section, as text. */
function items(modal: Modal | null, section: string): string[] {
	const list = modal?.contentEl.querySelectorAll(`.ifu-explain-${section} > ul > li`) ?? [];
	return [...list].map((li) => li.textContent ?? "");
}

const employer = markdown(
	[
		"tags: [interview]",
		"employer: Birchwood",
		"position: Data engineer",
		"interview_date: 2026-11-19",
		"people:",
		"  - name: Ana Cruz",
		"    email: ana@birchwood.example",
		"salary: 90k",
	],
	"\n# Notes\n\nDecision:: 2026-11-27\n",
);

describe("Explain this note", () => {
	afterEach(() => Modal.current?.close());

	it("shows each field with the property or line it came from, and the properties left unread", async () => {
		const { fake } = await loadPlugin({ "Interviews/Birchwood.md": employer });
		await open(fake, "Interviews/Birchwood.md");
		fake.commands.get(EXPLAIN)?.checkCallback?.(false);
		const modal = Modal.current;
		expect(modal?.titleEl.textContent).toBe('How "Birchwood" is read');
		const fields = items(modal, "fields");
		expect(fields).toContain("companyBirchwoodfrom property employer");
		expect(fields).toContain("roleData engineerfrom property position");
		expect(fields).toContain("decision_date2026-11-27from inline field Decision::, line 14");
		expect(modal?.contentEl.querySelector(".ifu-explain-fields .ifu-explain-from code")?.textContent).toBe("employer");
		expect(items(modal, "unread")).toEqual(["salaryno field is read from this name (a fieldAliases entry can add it)"]);
	});

	it("lists the note's follow-ups for today with the reason for each", async () => {
		const { fake, plugin } = await loadPlugin({ "People/Lee Wong.md": leeWong(), "Interviews/Acme.md": acmeInterview() });
		await open(fake, "Interviews/Acme.md");
		fake.commands.get(EXPLAIN)?.checkCallback?.(false);
		const followUps = plugin.api.forNote("Interviews/Acme.md");
		expect(followUps.length).toBeGreaterThan(0);
		const shown = items(Modal.current, "follow-ups");
		expect(shown).toHaveLength(followUps.length);
		for (const [i, f] of followUps.entries()) {
			expect(shown[i]).toContain(f.status);
			expect(shown[i]).toContain(f.kind);
			expect(shown[i]).toContain(f.reason);
		}
		expect(items(Modal.current, "people")[0]).toMatch(/^Lee Wong \(hiring-manager, lee@acme\.example/);
	});

	it("says in a notice that an open note is not an interview note, and is not offered without a note", async () => {
		const { fake } = await loadPlugin({ "Recipes/Soup.md": "# Soup\n" });
		const command = fake.commands.get(EXPLAIN);
		expect(command?.checkCallback?.(true)).toBe(false);
		await open(fake, "Recipes/Soup.md");
		expect(command?.checkCallback?.(true)).toBe(true);
		command?.checkCallback?.(false);
		expect(Modal.current).toBeNull();
		expect(Notice.shown.map((notice) => notice.text)).toContain(
			'"Soup" is not an interview note: tag it #interview or set type: interview in its properties.',
		);
	});

	it("says in a notice why a note with a broken frontmatter block could not be read", async () => {
		const broken = "---\ntags: [interview\ncompany: Acme\n---\n\n# Notes\n";
		const { fake } = await loadPlugin({ "Interviews/Broken.md": broken });
		await open(fake, "Interviews/Broken.md");
		fake.commands.get(EXPLAIN)?.checkCallback?.(false);
		expect(Modal.current).toBeNull();
		expect(Notice.shown.map((notice) => notice.text)).toContainEqual(
			expect.stringMatching(/^"Broken" could not be read as an interview note: .*YAML/),
		);
	});
});
