// @vitest-environment happy-dom
/**
 * The indexer against the fake timed as Obsidian times its metadata cache (honest: the
 * cache fills after the layout is ready, over several tasks; `changed` comes after a
 * write): correct at any indexing state, no reading of notes that cannot be interview
 * notes, a build that lets the app draw, and no storms from bursts of new notes.
 */
import { describe, expect, it, vi } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import { Notice } from "../fakes/obsidian";
import { acmeInterview, caughtUp, honestFixture, indexerFixture, indexerOf, leeWong, loadPlugin, markdown } from "./harness";

/** A note that is plainly not an interview note, without frontmatter. */
const journal = (i: number): string => `# Day ${i}\n\nWrote some code, walked the dog.\n`;

/** An interview note linking a person nobody has written a note for yet. */
const waitingFor = (name: string): string => acmeInterview().replace('"[[Lee Wong]]"', `"[[${name}]]"`);

describe("start-up while Obsidian is still indexing", () => {
	it("skips notes the cache has not reached, reads them once it has, and reports none as broken", async () => {
		// One slice for the whole build: on a loaded machine a 5 ms slice can give the main
		// thread back, and the cache's first batch would then land before the check below.
		const { fake, indexer } = honestFixture({ sliceMs: 60_000 });
		fake.vault.put("People/Lee Wong.md", leeWong());
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		fake.vault.put("Journal/Monday.md", journal(1));
		indexer.load();
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		// The cache has not indexed anything yet: nothing is guessed at.
		expect(indexer.evaluation().diagnostics.filter((d) => d.code === "invalid-frontmatter")).toEqual([]);
		expect(indexer.isReady).toBe(false);

		await caughtUp(fake, indexer);
		expect(indexer.isReady).toBe(true);
		expect(indexer.index.notes().map((n) => n.path)).toEqual(["Interviews/Acme.md"]);
		expect(indexer.index.note("Interviews/Acme.md")?.people[0]?.email).toBe("lee@acme.example");
		expect(indexer.evaluation().diagnostics.filter((d) => d.severity === "error")).toEqual([]);
	});

	it("still reports a truly broken block once the cache has the note", async () => {
		const { fake, indexer } = honestFixture();
		fake.vault.put("Interviews/Broken.md", "---\ntags: [interview\ncompany: Acme\n---\nnotes\n");
		indexer.load();
		fake.workspace.setLayoutReady();
		await caughtUp(fake, indexer);
		expect(indexer.evaluation().diagnostics.map((d) => d.code)).toEqual(["invalid-frontmatter"]);
	});

	it("shows the start-up notice once, counted over the complete index", async () => {
		const { plugin } = await loadPlugin(
			{ "People/Lee Wong.md": leeWong(), "Interviews/Acme.md": acmeInterview(), "Journal/Monday.md": journal(1) },
			null,
			{ cache: "honest" },
		);
		expect(indexerOf(plugin).isReady).toBe(true);
		expect(Notice.shown.map((n) => n.text)).toEqual(["Interview follow-ups: 2 due today."]);
	});

	it("reads a note again when its `changed` arrives after the write, not inside it", async () => {
		const { fake, indexer } = honestFixture();
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		indexer.load();
		fake.workspace.setLayoutReady();
		await caughtUp(fake, indexer);
		const file = fake.vault.getFileByPath("Interviews/Acme.md");
		if (!file) throw new Error("no note");
		await fake.vault.process(file, (text) => text.replace("company: Acme", "company: Acme Corp"));
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/Acme.md")?.company).toBe("Acme");
		await caughtUp(fake, indexer);
		expect(indexer.index.note("Interviews/Acme.md")?.company).toBe("Acme Corp");
	});
});

describe("what is read at start-up", () => {
	it("reads the text of interview notes with words in their body only, never of a note the cache shows cannot be one", async () => {
		const { fake, indexer } = honestFixture();
		for (let i = 0; i < 30; i++) fake.vault.put(`Journal/${i}.md`, journal(i));
		for (let i = 0; i < 10; i++) fake.vault.put(`Recipes/${i}.md`, markdown(["tags: [food]", `serves: ${i}`]));
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		fake.vault.put("Interviews/Inline.md", "# Globex call\n\nA quick chat. #interview\n");
		fake.vault.put("Interviews/Broken.md", "---\ntags: [interview\n---\nnotes\n");
		fake.vault.put("Interviews/Headings.md", "---\ntags: [interview]\n---\n# Initech\n");
		fake.metadataCache.fillNow();
		indexer.load();
		fake.workspace.setLayoutReady();
		await caughtUp(fake, indexer);
		// Inline.md has a paragraph (the core reads its logs and sentences); Headings.md only a heading.
		expect([...fake.vault.reads].sort()).toEqual(["Interviews/Broken.md", "Interviews/Inline.md"]);
		expect(indexer.index.notes().map((n) => n.path)).toEqual(["Interviews/Acme.md", "Interviews/Headings.md", "Interviews/Inline.md"]);
		expect(
			indexer
				.evaluation()
				.diagnostics.filter((d) => d.code === "invalid-frontmatter")
				.map((d) => d.note),
		).toEqual(["Interviews/Broken.md"]);
	});

	it("reads nothing again when a setting changes that does not change how notes read", async () => {
		const { fake, indexer } = honestFixture();
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		fake.vault.put("Interviews/Broken.md", "---\ntags: [interview\n---\nnotes\n");
		indexer.load();
		fake.workspace.setLayoutReady();
		await caughtUp(fake, indexer);
		const update = vi.spyOn(indexer.index, "update");
		const reads = fake.vault.reads.length;
		const upcoming = (): number => indexer.evaluation().followUps.filter((f) => f.status === "upcoming").length;
		expect(upcoming()).toBeGreaterThan(0);

		await indexer.applySettings({ ...defaultSettings(), horizonDays: 0, minGapBusinessDays: 5, myName: "Sam" });
		expect(update).not.toHaveBeenCalled();
		expect(fake.vault.reads.length).toBe(reads);
		expect(indexer.index.settings.minGapBusinessDays).toBe(5);

		await indexer.applySettings({ ...defaultSettings(), interviewFolders: ["Interviews"] });
		expect(update).toHaveBeenCalled();
	});
});

describe("a first build in slices", () => {
	it("lets other tasks run between slices, and says how far it has got", async () => {
		const { fake, indexer } = honestFixture({ sliceMs: 0 });
		for (let i = 0; i < 40; i++) fake.vault.put(`Interviews/${i}.md`, acmeInterview().replace("company: Acme", `company: Co ${i}`));
		fake.metadataCache.fillNow();
		indexer.load();
		const seen: { ready: boolean; done: number; total: number }[] = [];
		fake.workspace.setLayoutReady();
		// A timer queued now runs only when the build gives the main thread back.
		await new Promise<void>((resolve) =>
			setTimeout(() => {
				seen.push({ ready: indexer.isReady, ...indexer.progress });
				resolve();
			}, 0),
		);
		await caughtUp(fake, indexer);
		expect(seen[0]?.ready).toBe(false);
		expect(seen[0]?.total).toBe(40);
		expect(seen[0]?.done).toBeLessThan(40);
		expect(indexer.index.interviewCount).toBe(40);
	});
});

describe("bursts of new and renamed notes", () => {
	async function vaultWithWaitingLinks(): Promise<ReturnType<typeof honestFixture>> {
		const fixture = honestFixture();
		const { fake, indexer } = fixture;
		for (let i = 0; i < 10; i++) fake.vault.put(`Interviews/${i}.md`, waitingFor(`Ghost ${i}`));
		fake.metadataCache.fillNow();
		indexer.load();
		fake.workspace.setLayoutReady();
		await caughtUp(fake, indexer);
		return fixture;
	}

	it("reads no interview note again when fifty unrelated notes arrive at once", async () => {
		const { fake, indexer } = await vaultWithWaitingLinks();
		const update = vi.spyOn(indexer.index, "update");
		for (let i = 0; i < 50; i++) fake.vault.put(`Synced/${i}.md`, journal(i));
		await caughtUp(fake, indexer);
		expect(update).not.toHaveBeenCalled();
	});

	it("reads again only the note whose link a new note answers", async () => {
		const { fake, indexer } = await vaultWithWaitingLinks();
		const update = vi.spyOn(indexer.index, "update");
		fake.vault.put("People/Ghost 3.md", leeWong("ghost@acme.example"));
		await caughtUp(fake, indexer);
		// Once when the note appears, once when its cache (the person's details) arrives.
		expect(new Set(update.mock.calls.map(([source]) => source.path))).toEqual(new Set(["Interviews/3.md"]));
		expect(indexer.index.note("Interviews/3.md")?.people[0]?.email).toBe("ghost@acme.example");
	});

	it("reads no interview note again when a folder of unrelated notes is moved", async () => {
		const { fake, indexer } = await vaultWithWaitingLinks();
		for (let i = 0; i < 20; i++) fake.vault.put(`Archive/${i}.md`, journal(i));
		await caughtUp(fake, indexer);
		const update = vi.spyOn(indexer.index, "update");
		for (let i = 0; i < 20; i++) fake.vault.move(`Archive/${i}.md`, `Old/Archive/${i}.md`);
		await caughtUp(fake, indexer);
		expect(update).not.toHaveBeenCalled();
	});

	it("reads a note once for a burst of changes to it", async () => {
		// The default fake fires `changed` inside each write: four events in one task.
		const { fake, indexer } = indexerFixture();
		indexer.load();
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		const update = vi.spyOn(indexer.index, "update");
		for (const status of ["waiting", "rejected", "offer", "interviewing"]) {
			fake.vault.put("Interviews/1.md", waitingFor("Ghost 1").replace("format: video", `format: video\nstatus: ${status}`));
		}
		await caughtUp(fake, indexer);
		expect(update).toHaveBeenCalledTimes(1);
		expect(indexer.index.note("Interviews/1.md")?.statusText).toBe("interviewing");
	});
});
