// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { CORE_SCHEMA, load } from "js-yaml";
import { Notice } from "../fakes/obsidian";
import { acmeInterview, leeWong, loadPlugin, settle } from "./harness";

const vault = { "People/Lee Wong.md": leeWong(), "Interviews/Acme.md": acmeInterview() };

function frontmatter(text: string): Record<string, unknown> {
	const m = /^---\n([\s\S]*?)\n---/.exec(text);
	return load(m?.[1] ?? "", { schema: CORE_SCHEMA }) as Record<string, unknown>;
}

async function run(fake: Awaited<ReturnType<typeof loadPlugin>>["fake"], id: string): Promise<void> {
	const command = fake.commands.get(`interview-followups:${id}`);
	if (!command) throw new Error(`no command ${id}`);
	command.callback?.();
	await settle();
}

describe("saving the dashboard note", () => {
	it("creates the note, says in its frontmatter that it is generated, and opens it", async () => {
		const { fake } = await loadPlugin(vault);
		await run(fake, "save-dashboard-note");
		const text = fake.vault.text("Follow-up dashboard.md");
		expect(frontmatter(text)).toMatchObject({ generator: "interview-followups", generated: "2026-11-23", horizon_days: 14 });
		expect(String(frontmatter(text).generated_note)).toMatch(/Saving again replaces this note/);
		expect(text).toContain("# Interview follow-ups for Job search on Mon 23 Nov 2026");
		expect(text).toContain("[[Interviews/Acme\\|Acme]]");
		expect(fake.workspace.getActiveFile()?.path).toBe("Follow-up dashboard.md");
	});

	it("replaces its own note through vault.process when saved again", async () => {
		const { fake } = await loadPlugin(vault);
		await run(fake, "save-dashboard-note");
		await run(fake, "save-dashboard-note");
		expect(fake.vault.writes.filter((w) => w.path.startsWith("Follow-up dashboard")).map((w) => w.api)).toEqual(["create", "process"]);
		expect(fake.vault.writes.some((w) => w.api === "modify")).toBe(false);
	});

	it("never overwrites a note of the same name that the plugin did not make", async () => {
		const { fake } = await loadPlugin({ ...vault, "Follow-up dashboard.md": "My own notes.\n" });
		await run(fake, "save-dashboard-note");
		expect(fake.vault.text("Follow-up dashboard.md")).toBe("My own notes.\n");
		expect(fake.vault.text("Follow-up dashboard 2.md")).toContain("generator: interview-followups");
	});
});

describe("saving the calendar file", () => {
	it("writes Follow-ups.ics, one event per follow-up, that ical.js reads", async () => {
		const { fake } = await loadPlugin(vault);
		await run(fake, "save-calendar-file");
		const calendar = new ICAL.Component(ICAL.parse(fake.vault.text("Follow-ups.ics")) as unknown[]);
		const events = calendar.getAllSubcomponents("vevent");
		expect(events.length).toBe(3);
		expect(new Set(events.map((e) => String(e.getFirstPropertyValue("uid")))).size).toBe(3);
		expect(String(events[0]?.getFirstPropertyValue("description"))).toMatch(/obsidian:\/\/open\?vault=Job%20search/);
		expect(Notice.shown.map((notice) => notice.text)).toContainEqual(expect.stringMatching(/^Saved Follow-ups\.ics\./));
	});

	it("replaces its own file when saved again, keeping the UIDs", async () => {
		const { fake } = await loadPlugin(vault);
		await run(fake, "save-calendar-file");
		const first = fake.vault.text("Follow-ups.ics");
		await run(fake, "save-calendar-file");
		expect(fake.vault.getFileByPath("Follow-ups 2.ics")).toBeNull();
		const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
		expect(uids(fake.vault.text("Follow-ups.ics"))).toEqual(uids(first));
	});
});

describe("creating the base", () => {
	it("writes a ready Follow-ups.base with the plugin's view, and never overwrites an existing one", async () => {
		const { fake } = await loadPlugin({ ...vault, "Follow-ups.base": "views: []\n" });
		await run(fake, "create-base-file");
		expect(fake.vault.text("Follow-ups.base")).toBe("views: []\n");
		const base = load(fake.vault.text("Follow-ups 2.base"), { schema: CORE_SCHEMA }) as { views: { type: string }[] };
		expect(base.views.map((v) => v.type)).toEqual(["interview-followups", "table"]);
		expect(fake.workspace.getActiveFile()?.path).toBe("Follow-ups 2.base");
		expect(Notice.shown.map((notice) => notice.text)).toContainEqual(expect.stringMatching(/turn on the property write-back/));
	});
});
