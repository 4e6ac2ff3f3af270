// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORE_SCHEMA, load } from "js-yaml";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { Editor, Modal, Notice, type MarkdownView, type Plugin as FakePlugin } from "../fakes/obsidian";
import { TODAY, acmeInterview, leeWong, loadPlugin, settle } from "./harness";

const vault = { "People/Lee Wong.md": leeWong(), "Interviews/Acme.md": acmeInterview() };

function log(text: string): unknown {
	const m = /^---\n([\s\S]*?)\n---/.exec(text);
	return (load(m?.[1] ?? "", { schema: CORE_SCHEMA }) as Record<string, unknown>).follow_ups;
}

describe("the plugin's lifecycle", () => {
	it("writes nothing at start-up and shows one summary notice when follow-ups are due", async () => {
		const { fake } = await loadPlugin(vault);
		expect(fake.vault.writes).toEqual([]);
		expect(Notice.shown.map((n) => n.text)).toEqual(["Interview follow-ups: 2 due today."]);
	});

	it("writes nothing at start-up with the property write-back on either: it waits for a quiet moment", async () => {
		const { fake, plugin } = await loadPlugin(vault, { writeBackProperties: true });
		expect(fake.vault.writes).toEqual([]);
		expect(fake.fileManager.frontmatterWrites).toBe(0);
		plugin.unload();
	});

	it("shows no notice when the setting is off", async () => {
		await loadPlugin(vault, { startupNotice: false });
		expect(Notice.shown).toEqual([]);
	});

	it("reads settings from anything in data.json without touching the defaults", async () => {
		const { plugin } = await loadPlugin(vault, { horizonDays: "soon", myName: "Sam", junk: 1 });
		const store = (plugin as unknown as { store: { get(): { horizonDays: number; myName: string }; problems: { key: string }[] } })
			.store;
		expect(store.get().horizonDays).toBe(14);
		expect(store.get().myName).toBe("Sam");
		expect(store.problems.map((p) => p.key)).toEqual(["horizonDays"]);
		expect(DEFAULT_SETTINGS.myName).toBe("");
	});

	it("applies settings synced from another device and re-reads the vault with them", async () => {
		const { fake, plugin } = await loadPlugin({ "Jobs/Acme.md": acmeInterview().replace("tags: [interview]\n", "") });
		expect(fake.workspace.getLeavesOfType("interview-follow-ups")).toHaveLength(0);
		(plugin as unknown as { data: unknown }).data = { interviewFolders: ["Jobs"] };
		await plugin.onExternalSettingsChange();
		await new Promise((resolve) => setTimeout(resolve, 600));
		await settle();
		const command = fake.commands.get("interview-followups:open-panel");
		command?.callback?.();
		await settle();
		const panel = fake.workspace.getLeavesOfType("interview-follow-ups")[0]?.view?.containerEl;
		expect(panel?.querySelector(".ifu-row-title")?.getAttribute("title")).toBe("Acme · Product manager");
	});

	it("adds a status-bar count on desktop", async () => {
		const { plugin } = await loadPlugin(vault);
		expect((plugin as unknown as FakePlugin).statusBar.map((el) => el.textContent)).toEqual(["2 follow-ups due"]);
	});

	it("registers commands without default hotkeys", async () => {
		const { fake } = await loadPlugin(vault);
		const ids = [...fake.commands.keys()].sort();
		expect(ids).toEqual(
			[
				"create-base-file",
				"explain-note",
				"insert-next-draft",
				"log-reply",
				"mark-next-sent",
				"new-interview-note",
				"open-panel",
				"refresh",
				"save-calendar-file",
				"save-dashboard-note",
			].map((id) => `interview-followups:${id}`),
		);
		expect([...fake.commands.values()].every((c) => c.hotkeys === undefined)).toBe(true);
	});

	it("registers the code block and the Bases view, and unregisters them on unload", async () => {
		const { fake, plugin } = await loadPlugin(vault);
		expect([...fake.codeBlockProcessors.keys()]).toEqual(["interview-followups"]);
		expect([...fake.basesViews.keys()]).toEqual(["interview-followups"]);
		plugin.unload();
		expect(fake.codeBlockProcessors.size + fake.basesViews.size).toBe(0);
	});

	it("unloads cleanly: no listeners left on the vault or the cache", async () => {
		const { fake, plugin } = await loadPlugin(vault);
		plugin.unload();
		expect(fake.metadataCache.listenerCount("changed")).toBe(0);
		expect(fake.vault.listenerCount("delete")).toBe(0);
		expect(fake.commands.size).toBe(0);
	});
});

describe("commands", () => {
	it("offers note commands only when the active note is an interview note", async () => {
		const { fake } = await loadPlugin({ ...vault, "Recipes/Soup.md": "# Soup\n" });
		const mark = fake.commands.get("interview-followups:mark-next-sent");
		expect(mark?.checkCallback?.(true)).toBe(false);
		const soup = fake.vault.getFileByPath("Recipes/Soup.md");
		if (soup) await fake.workspace.getLeaf().openFile(soup);
		expect(mark?.checkCallback?.(true)).toBe(false);
		const acme = fake.vault.getFileByPath("Interviews/Acme.md");
		if (acme) await fake.workspace.getLeaf().openFile(acme);
		expect(mark?.checkCallback?.(true)).toBe(true);
	});

	it("marks the note's next follow-up as sent, and undo takes the entry back out", async () => {
		const { fake } = await loadPlugin(vault);
		const before = fake.vault.text("Interviews/Acme.md");
		const acme = fake.vault.getFileByPath("Interviews/Acme.md");
		if (acme) await fake.workspace.getLeaf().openFile(acme);
		fake.commands.get("interview-followups:mark-next-sent")?.checkCallback?.(false);
		await settle();
		expect(log(fake.vault.text("Interviews/Acme.md"))).toEqual([{ date: TODAY, kind: "thank-you", to: "Lee Wong", channel: "email" }]);
		const notice = Notice.shown[Notice.shown.length - 1];
		expect(notice?.text).toBe("Thank-you to Lee Wong marked sent. Undo");
		notice?.noticeEl.querySelector("button")?.click();
		await settle();
		expect(fake.vault.text("Interviews/Acme.md")).toBe(before);
		expect(fake.fileManager.frontmatterWrites).toBe(0);
	});

	it("inserts the next draft into the open editor", async () => {
		const { fake } = await loadPlugin(vault);
		const acme = fake.vault.getFileByPath("Interviews/Acme.md");
		const leaf = fake.workspace.getLeaf();
		if (acme) await leaf.openFile(acme);
		const view = leaf.view as MarkdownView;
		const command = fake.commands.get("interview-followups:insert-next-draft");
		expect(command?.editorCheckCallback?.(true, view.editor, view)).toBe(true);
		command?.editorCheckCallback?.(false, view.editor, view);
		await settle();
		expect(view.editor.getValue()).toContain("## Follow-ups");
		expect(view.editor.transactions).toHaveLength(1);
		expect(fake.vault.writes).toEqual([]);
	});

	it("inserts the next draft through the editor Obsidian passes, such as a canvas card's", async () => {
		const { fake } = await loadPlugin(vault);
		const acme = fake.vault.getFileByPath("Interviews/Acme.md");
		if (!acme) throw new Error("no note");
		// A card on a canvas: an editor on the note, in no Markdown tab.
		const card = new Editor(fake.vault.text("Interviews/Acme.md"));
		const ctx = { app: fake, file: acme, editor: card } as unknown as MarkdownView;
		const command = fake.commands.get("interview-followups:insert-next-draft");
		expect(command?.editorCheckCallback?.(true, card, ctx)).toBe(true);
		command?.editorCheckCallback?.(false, card, ctx);
		await settle();
		expect(card.getValue()).toContain("## Follow-ups");
		expect(card.transactions).toHaveLength(1);
		expect(fake.vault.writes).toEqual([]);
	});

	it("logs a reply through the dialog", async () => {
		const { fake } = await loadPlugin(vault);
		const acme = fake.vault.getFileByPath("Interviews/Acme.md");
		if (acme) await fake.workspace.getLeaf().openFile(acme);
		fake.commands.get("interview-followups:log-reply")?.checkCallback?.(false);
		const modal = Modal.current;
		expect(modal?.titleEl.textContent).toBe("Log a reply");
		const selects = modal?.contentEl.querySelectorAll("select");
		expect([...(selects?.[0]?.options ?? [])].map((o) => o.value)).toEqual(["Lee Wong", "Raj Patel"]);
		modal?.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await settle();
		expect(log(fake.vault.text("Interviews/Acme.md"))).toEqual([{ date: TODAY, from: "Lee Wong", kind: "reply" }]);
	});

	it("creates a new interview note in the configured folder and opens it", async () => {
		const { fake } = await loadPlugin({}, { newNoteFolder: "Job hunt/Interviews" });
		fake.commands.get("interview-followups:new-interview-note")?.callback?.();
		await settle();
		const path = `Job hunt/Interviews/Interview ${TODAY}.md`;
		expect(fake.vault.text(path)).toContain(`interview_date: ${TODAY}`);
		expect(fake.workspace.getActiveFile()?.path).toBe(path);
	});
});

describe("tabs Obsidian restored in the background (deferred)", () => {
	it("opens the panel in its restored tab, loading it, rather than in a second one", async () => {
		const { fake } = await loadPlugin(vault);
		const restored = fake.workspace.restoreDeferredLeaf("right", "interview-follow-ups");
		expect(restored.isDeferred).toBe(true);
		fake.commands.get("interview-followups:open-panel")?.callback?.();
		await settle();
		expect(fake.workspace.getLeavesOfType("interview-follow-ups")).toEqual([restored]);
		expect(restored.isDeferred).toBe(false);
		expect(restored.view?.containerEl.querySelectorAll(".ifu-row").length).toBeGreaterThan(0);
	});

	it("writes a draft to the file when the note's only tab is deferred (it has no editor yet)", async () => {
		const { fake } = await loadPlugin(vault);
		const acme = fake.vault.getFileByPath("Interviews/Acme.md");
		if (!acme) throw new Error("no note");
		fake.workspace.restoreDeferredLeaf("main", "markdown", acme);
		fake.commands.get("interview-followups:open-panel")?.callback?.();
		await settle();
		const panel = fake.workspace.getLeavesOfType("interview-follow-ups")[0]?.view?.containerEl;
		panel?.querySelector<HTMLButtonElement>('.ifu-action[aria-label="Insert draft into the note"]')?.click();
		await settle();
		expect(fake.vault.writes.map((w) => w.api)).toEqual(["process"]);
		expect(fake.vault.text("Interviews/Acme.md")).toContain("## Follow-ups");
	});
});

describe("plugin.api", () => {
	it("answers from the plugin's index: due, forNote, explain", async () => {
		const { plugin } = await loadPlugin(vault);
		expect(plugin.api.today()).toBe(TODAY);
		expect(plugin.api.due({ status: "due" }).map((f) => [f.kind, f.to])).toEqual([
			["thank-you", "Lee Wong"],
			["thank-you", "Raj Patel"],
		]);
		expect(plugin.api.forNote("Interviews/Acme.md").length).toBeGreaterThan(2);
		const explained = plugin.api.explain("Interviews/Acme.md");
		expect(explained.isInterview).toBe(true);
		expect(explained.followUps[0]?.reason).toMatch(/\S/);
		expect(plugin.api.explain("People/Lee Wong.md")).toMatchObject({ isInterview: false, followUps: [] });
	});

	it("calls onChange callbacks when a note changes, until unsubscribed", async () => {
		const { fake, plugin } = await loadPlugin(vault);
		let calls = 0;
		const off = plugin.api.onChange(() => (calls += 1));
		fake.vault.put("Interviews/Globex.md", acmeInterview().replace("company: Acme", "company: Globex"));
		await settle();
		expect(calls).toBe(1);
		off();
		fake.vault.remove("Interviews/Globex.md");
		await settle();
		expect(calls).toBe(1);
	});

	it("is not put on window", async () => {
		await loadPlugin(vault);
		expect(Object.keys(window).filter((k) => /follow/i.test(k))).toEqual([]);
	});
});

describe("writing the README's example note", () => {
	// Tests run from the repository's root (happy-dom gives this module no file URL).
	const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
	const example = /## Write an interview note[\s\S]*?```yaml\n(---\n[\s\S]*?\n---\n)```/.exec(readme)?.[1] ?? "";
	const note = `${example}\n# Notes\n\nThey liked the demo.\n`;
	const path = "Interviews/Acme onsite.md";
	/** The text with one line inserted after the log's last entry, or null when the edit was anything else. */
	const insertedLine = (before: string, after: string): string | null => {
		const anchor = "  - {date: 2026-11-27, from: Jane Doe, kind: reply}\n";
		const at = before.indexOf(anchor) + anchor.length;
		const line = after.slice(at, after.indexOf("\n", at) + 1);
		return after === before.slice(0, at) + line + before.slice(at) ? line : null;
	};

	it("is found in the README, with its comments and flow lists", () => {
		expect(example).toContain("# onsite, phone, video");
		expect(example).toContain("topics: [onboarding churn, pricing experiments]");
	});

	it("Mark sent from the panel adds one line and keeps every comment and flow list", async () => {
		const { fake } = await loadPlugin({ [path]: note });
		fake.commands.get("interview-followups:open-panel")?.callback?.();
		await settle();
		const panel = (fake.workspace.getLeavesOfType("interview-follow-ups")[0]?.view as unknown as { contentEl: HTMLElement }).contentEl;
		panel.querySelector<HTMLButtonElement>('.ifu-action[aria-label="Mark sent"]')?.click();
		await settle();
		const line = insertedLine(note, fake.vault.text(path));
		expect(line).toMatch(/^ {2}- \{date: 2026-11-23, kind: [a-z-]+(, to: [^}]+)?(, channel: \w+)?\}\n$/);
		expect(fake.vault.writes.map((w) => w.api)).toEqual(["process"]);
	});

	it("Mark sent on the open note goes through the editor and does the same", async () => {
		const { fake } = await loadPlugin({ [path]: note });
		const file = fake.vault.getFileByPath(path);
		const leaf = fake.workspace.getLeaf();
		if (file) await leaf.openFile(file);
		fake.commands.get("interview-followups:mark-next-sent")?.checkCallback?.(false);
		await settle();
		expect(insertedLine(note, fake.vault.text(path))).toMatch(/^ {2}- \{date: 2026-11-23, kind: /);
		expect((leaf.view as MarkdownView).editor.transactions).toHaveLength(1);
	});
});
