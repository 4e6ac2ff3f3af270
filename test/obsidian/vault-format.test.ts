// @vitest-environment happy-dom
/**
 * "Read my vault's format" in the settings tab: the same detection as `setup`, over the
 * notes as Obsidian's metadata cache holds them, shown with a preview and applied to the
 * settings only. The vault in another shape is a fixture the scorecard uses too.
 */
import { join } from "node:path";
import type { App } from "obsidian";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../src/core/settings";
import { FormatReadingStopped, readVaultFormat, type FormatProgress } from "../../src/obsidian/vault-format";
import { Modal, Notice, type Plugin as FakePlugin, type PluginSettingTab } from "../fakes/obsidian";
import { acmeInterview, indexerOf, leeWong, loadPlugin, notesOnDisk, settle } from "./harness";

/** Every markdown file of a fixture vault, as {vault-relative path: text}. */
function fixtureVault(name: string): Record<string, string> {
	return notesOnDisk(join(__dirname, "../fixtures/other-vaults", name, "vault"));
}

function tabOf(plugin: unknown): PluginSettingTab {
	const tab = (plugin as FakePlugin).settingTabs[0];
	if (!tab) throw new Error("no settings tab");
	tab.display();
	return tab;
}

function button(root: HTMLElement, text: string): HTMLButtonElement {
	const found = [...root.querySelectorAll("button")].find((b) => b.textContent === text);
	if (!found) throw new Error(`no button "${text}" in: ${root.textContent ?? ""}`);
	return found;
}

/** Clicks the settings button and waits for the proposal (or the "nothing" message) to show. */
async function readFormat(plugin: unknown): Promise<HTMLElement> {
	const tab = tabOf(plugin);
	button(tab.containerEl, "Read my vault's format").click();
	const modal = Modal.current;
	if (!modal) throw new Error("no dialog opened");
	for (let i = 0; i < 50 && modal.contentEl.querySelector(".ifu-format-preview") === null; i++) await settle();
	return modal.contentEl;
}

/** Clicks "Apply to settings" and waits for the notice that says the index has read the vault again. */
async function apply(el: HTMLElement): Promise<void> {
	button(el, "Apply to settings").click();
	for (let i = 0; i < 50 && !Notice.shown.some((n) => n.text.startsWith("Settings applied")); i++) await settle();
}

function previewRows(el: HTMLElement): string[][] {
	return [...el.querySelectorAll(".ifu-format-preview tbody tr")].map((tr) =>
		[...tr.querySelectorAll("th, td")].map((cell) => cell.textContent ?? ""),
	);
}

function savedData(plugin: unknown): Record<string, unknown> {
	return ((plugin as FakePlugin).data ?? {}) as Record<string, unknown>;
}

describe("reading the vault's format from the settings tab", () => {
	it("proposes settings with their evidence for a vault in another shape, and previews what they find", async () => {
		const { plugin } = await loadPlugin(fixtureVault("dataview-history"));
		const el = await readFormat(plugin);
		const items = [...el.querySelectorAll(".ifu-format-item")].map((li) => li.textContent ?? "");
		expect(items).toContainEqual(expect.stringContaining('"jobs"'));
		expect(items).toContainEqual(expect.stringContaining("Because Date Last Interaction holds a date in 6 of 6 notes"));
		expect([...el.querySelectorAll(".ifu-format-evidence code")].map((c) => c.textContent)).toContain("Date Last Interaction");
		expect(el.textContent).toContain("6 notes look like applications; your settings read 0 of them.");
		const [before, after] = previewRows(el);
		expect(before).toEqual(["Your settings", "0", "0", "0"]);
		expect(after?.[0]).toBe("With the proposal");
		expect(Number(after?.[1])).toBe(6);
		expect(Number(after?.[2])).toBeGreaterThan(0);
		expect(savedData(plugin)).not.toHaveProperty("interviewFolders");
	});

	it("applies the proposal to the settings, and the index reads the vault with it", async () => {
		const { plugin } = await loadPlugin(fixtureVault("dataview-history"));
		const indexer = indexerOf(plugin);
		expect(indexer.index.interviewCount).toBe(0);
		const el = await readFormat(plugin);
		const expected = previewRows(el)[1];
		await apply(el);
		expect(savedData(plugin)).toMatchObject({
			interviewFolders: ["jobs"],
			fieldAliases: { interview_date: ["Date Last Interaction"] },
		});
		expect(Modal.current).toBeNull();
		expect(indexer.index.interviewCount).toBe(6);
		expect(String(indexer.evaluation().followUps.length)).toBe(expected?.[2]);
		expect(Notice.shown.map((n) => n.text)).toContainEqual(expect.stringContaining("Settings applied: 6 interview notes read"));
	});

	it("proposes the folder old applications were moved to, beside the chosen one, and applying it reads them", async () => {
		const job = (company: string, status: string): string =>
			`---\ncompany: ${company}\nrole: Analyst\napplied_on: 2026-10-20\njob_status: ${status}\n---\n`;
		const { plugin } = await loadPlugin({
			"search/index.md": "# Search\n\nRejected listings move under old/.\n",
			"search/jobs/Orrin.md": job("Orrin", "applied"),
			"search/jobs/Kelpie.md": job("Kelpie", "applied"),
			"search/jobs/Talden.md": job("Talden", "applied"),
			"search/old/rejected/Fennel.md": job("Fennel", "rejected"),
			"networking/Dana Reyes.md": "---\ncontact_name: Dana Reyes\ncompany: Orrin\ndate_initiated: 2026-11-02\n---\n",
		});
		const el = await readFormat(plugin);
		const items = [...el.querySelectorAll(".ifu-format-item")].map((li) => li.textContent ?? "");
		expect(items).toContainEqual(expect.stringContaining("holds 1 more note with the same properties"));
		await apply(el);
		expect(savedData(plugin)).toMatchObject({ interviewFolders: ["search/jobs", "search/old"] });
		expect(indexerOf(plugin).index.interviewCount).toBe(4);
	});

	it("keeps the settings the user chose, adding only what they lack", async () => {
		const own = { horizonDays: 21, fieldAliases: { company: ["Employer"] }, statusAliases: { "On hold": "active" } };
		const { plugin } = await loadPlugin(fixtureVault("dataview-history"), own);
		const el = await readFormat(plugin);
		await apply(el);
		expect(savedData(plugin)).toMatchObject({
			horizonDays: 21,
			interviewFolders: ["jobs"],
			fieldAliases: { company: ["Employer"], interview_date: ["Date Last Interaction"] },
			statusAliases: { "On hold": "active" },
		});
	});

	it("says a user's own value is kept when it differs from the one proposed", async () => {
		const { plugin } = await loadPlugin(fixtureVault("tracker-plugin-yaml"), { interviewTag: "job" });
		const el = await readFormat(plugin);
		const tagItem = [...el.querySelectorAll(".ifu-format-item")].find((li) => li.textContent?.includes("job-application"));
		expect(tagItem?.textContent).toContain("Your own value is kept instead.");
		await apply(el);
		expect(savedData(plugin)).toMatchObject({ interviewTag: "job" });
	});

	it("has nothing to propose for a vault already in the plugin's own format", async () => {
		const { plugin } = await loadPlugin({
			"Interviews/Acme.md": acmeInterview(),
			"People/Lee Wong.md": leeWong(),
		});
		const el = await readFormat(plugin);
		expect(el.textContent).toContain("Nothing to propose: your settings already read this vault as it is.");
		expect(el.querySelector(".ifu-format-item")).toBeNull();
		expect(previewRows(el)).toHaveLength(1);
		expect(() => button(el, "Apply to settings")).toThrow();
		button(el, "Close").click();
		expect(Modal.current).toBeNull();
		expect((plugin as unknown as FakePlugin).data).toBeNull();
	});

	it("is offered in Obsidian 1.13's declared settings too, as an action that opens the dialog", async () => {
		const { plugin } = await loadPlugin(fixtureVault("dataview-history"));
		const tab = (plugin as unknown as FakePlugin).settingTabs[0] as unknown as {
			getSettingDefinitions(): { heading?: string; items?: { name: string; action?: () => void }[] }[];
		};
		const first = tab.getSettingDefinitions().find((d) => d.heading === "Interview notes")?.items?.[0];
		expect(first?.name).toBe("Read my vault's format");
		first?.action?.();
		expect(Modal.current?.titleEl.textContent).toBe("Your vault's format");
		Modal.current?.close();
	});

	it("reads the text of no note with properties of its own beyond those the index already reads", async () => {
		const notes = fixtureVault("dataview-history");
		const { plugin, fake } = await loadPlugin(notes);
		fake.vault.reads.length = 0;
		await readFormat(plugin);
		// The look reads frontmatter from the cache, and the text only of notes without any
		// (their facts can only be there); the preview then reads the six notes the proposal selects.
		const withProperties = (path: string): boolean => notes[path]?.startsWith("---\n") === true;
		const read = [...new Set(fake.vault.reads)];
		expect(read.filter((path) => path.startsWith("jobs/"))).toHaveLength(6);
		expect(read.filter((path) => !path.startsWith("jobs/")).every((path) => !withProperties(path))).toBe(true);
	});

	it("previews the follow-ups of a vault whose dates are all in its notes' text", async () => {
		const { plugin } = await loadPlugin(fixtureVault("timeline-bullets"));
		const el = await readFormat(plugin);
		// No frontmatter at all: the #jobsearch tag and the dated timeline are in the text; the
		// preview reads the timelines as of today (it found no follow-up when it did not).
		expect(el.textContent).toContain("5 notes look like applications");
		expect(Number(previewRows(el)[1]?.[1])).toBe(5);
		expect(Number(previewRows(el)[1]?.[2])).toBeGreaterThan(0);
	});

	it("finds applications in notes with no properties and no tag, as the command line's setup does", async () => {
		const notes: Record<string, string> = {
			"Entrevistas/Kubo.md":
				"# Entrevista: Kubo\n\n**Fecha:** 2026-11-19 09:30\n\n**Empresa:** Kubo Sistemas\n\n**Rol:** Backend\n\n- Entrevistadora: Marta Gil (HR)\n",
			"Entrevistas/Nimbo.md":
				"# Entrevista: Nimbo\n\n**Fecha:** 2026-11-20 10:00\n\n**Empresa:** Nimbo Energía\n\n**Rol:** SRE\n\n- Entrevistador: Luis Gómez\n",
			"Notas/Compra.md": "Leche, pan.\n",
		};
		const { plugin } = await loadPlugin(notes);
		const el = await readFormat(plugin);
		expect(el.textContent).toContain("2 notes look like applications");
		const items = [...el.querySelectorAll(".ifu-format-item")].map((li) => li.textContent ?? "");
		expect(items).toContainEqual(expect.stringContaining('"Entrevistas"'));
		expect(Number(previewRows(el)[1]?.[1])).toBe(2);
	});
});

describe("reading the format of a large vault", () => {
	it("gives the main thread back between slices and reports how far it has got", async () => {
		const notes = fixtureVault("dataview-history");
		for (let i = 0; i < 300; i++) notes[`Daily/2026-${String(i).padStart(3, "0")}.md`] = `Day ${i}: nothing about jobs.\n`;
		const { plugin, fake } = await loadPlugin(notes);
		const seen: FormatProgress[] = [];
		const reading = await readVaultFormat(fake as unknown as App, {
			settings: defaultSettings(),
			indexer: indexerOf(plugin),
			onProgress: (p) => seen.push({ ...p }),
			sliceMs: 0,
		});
		expect(reading.after.notes).toBe(6);
		const looking = seen.filter((p) => p.stage === "looking");
		expect(looking.length).toBeGreaterThan(300);
		expect(looking.at(-1)).toEqual({ stage: "looking", done: 308, total: 308 });
		expect(seen.some((p) => p.stage === "previewing" && p.done > 0)).toBe(true);
	});

	it("stops when the dialog closes", async () => {
		const { plugin, fake } = await loadPlugin(fixtureVault("dataview-history"));
		const stop = new AbortController();
		stop.abort();
		const reading = readVaultFormat(fake as unknown as App, {
			settings: defaultSettings(),
			indexer: indexerOf(plugin),
			signal: stop.signal,
			sliceMs: 0,
		});
		await expect(reading).rejects.toBeInstanceOf(FormatReadingStopped);
	});
});
