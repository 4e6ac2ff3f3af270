// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { CORE_SCHEMA, load } from "js-yaml";
import { readBlockOptions } from "../../src/obsidian/code-block";
import { renderCodeBlock, type App as FakeApp } from "../fakes/obsidian";
import { TODAY, acmeInterview, changeListeners, indexerOf, leeWong, loadPlugin, settle } from "./harness";

const vault = { "People/Lee Wong.md": leeWong(), "Interviews/Acme.md": acmeInterview(), "Dashboard.md": "# Dashboard\n" };

const block = (fake: FakeApp, source: string) => renderCodeBlock(fake, "interview-followups", source, "Dashboard.md");
const texts = (root: HTMLElement, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? "");
/** Each body row's cells as text. */
const rows = (root: HTMLElement): string[][] =>
	[...root.querySelectorAll("tbody tr.ifu-dash-row")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""));

function log(text: string): unknown {
	const m = /^---\n([\s\S]*?)\n---/.exec(text);
	return (load(m?.[1] ?? "", { schema: CORE_SCHEMA }) as Record<string, unknown>).follow_ups;
}

describe("reading a block's options", () => {
	it("takes an empty block as every default", () => {
		expect(readBlockOptions("  \n")).toMatchObject({ ok: true, query: { groupBy: "status", limit: null } });
	});

	it("turns broken YAML into a message, not an exception", () => {
		const result = readBlockOptions("status: [overdue\n");
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]).toMatch(/^The options are not valid YAML: /);
	});
});

describe("the interview-followups code block", () => {
	it("draws one table, a heading row per status, with when, what, to, company and a link to the note", async () => {
		const { fake } = await loadPlugin(vault);
		const { el } = await block(fake, "");
		expect(texts(el, ".ifu-dash-group-title")).toEqual(["Due now", "Upcoming"]);
		expect(el.querySelectorAll("table")).toHaveLength(1);
		expect(texts(el, "thead th")).toEqual(["When", "Follow-up", "To", "Company", "Note", ""]);
		expect(rows(el)[0]).toEqual(["today", "Thank-you note", "Lee Wong", "Acme", "Acme", ""]);
		expect(texts(el, ".ifu-dash-group-due .ifu-dash-row .ifu-col-to")).toEqual(["Lee Wong", "Raj Patel"]);
		expect(el.querySelector("tr.ifu-dash-row")?.getAttribute("title")).toMatch(/\S/);
	});

	it("applies the block's options: status, columns, limit, grouping", async () => {
		const { fake } = await loadPlugin(vault);
		const { el } = await block(fake, "status: due\ncolumns: [what, why]\ngroupBy: none\nlimit: 1");
		expect(el.querySelector(".ifu-dash-group-title")).toBeNull();
		expect(rows(el)).toHaveLength(1);
		expect(rows(el)[0]?.[0]).toBe("Send a thank-you note to Lee Wong by email");
		expect(el.querySelector(".ifu-dash-footer")?.textContent).toBe("1 more not shown (limit).");
	});

	it("shows a clear message for a bad option, and nothing else", async () => {
		const { fake } = await loadPlugin(vault);
		const { el } = await block(fake, "status: late\ngroupby: person");
		expect(el.querySelector(".ifu-dash-problems-title")?.textContent).toBe("This follow-ups block has a problem");
		expect(texts(el, ".ifu-dash-problems li")).toEqual([
			'status: "late" is not known. Use overdue, due, upcoming.',
			'groupBy: "person" is not known. Use status, company, kind, none.',
		]);
		expect(el.querySelector(".ifu-dash-hint")?.textContent).toBe(
			'Write one option per line, for example "status: overdue, due" or "groupBy: company".',
		);
		expect(el.querySelector("table")).toBeNull();
	});

	it("says when nothing matches", async () => {
		const { fake } = await loadPlugin(vault);
		const { el } = await block(fake, "company: Globex");
		expect(el.querySelector(".ifu-dash-empty")?.textContent).toBe(
			"Nothing to do: no follow-ups are overdue, due now or coming up in the next 14 days.",
		);
	});

	it("opens the note from its link", async () => {
		const { fake } = await loadPlugin(vault);
		const { el } = await block(fake, "");
		el.querySelector<HTMLElement>(".ifu-col-note a")?.click();
		await settle();
		expect(fake.workspace.getActiveFile()?.path).toBe("Interviews/Acme.md");
	});

	it("marks a row sent through the shared action, and redraws without it", async () => {
		const { fake } = await loadPlugin(vault);
		const { el } = await block(fake, "status: due");
		expect(rows(el).map((r) => r[2])).toEqual(["Lee Wong", "Raj Patel"]);
		el.querySelector<HTMLElement>('tbody tr [data-action="check"]')?.click();
		await settle();
		expect(log(fake.vault.text("Interviews/Acme.md"))).toEqual([{ date: TODAY, kind: "thank-you", to: "Lee Wong", channel: "email" }]);
		expect(rows(el).map((r) => r[2])).toEqual(["Raj Patel"]);
	});

	it("inserts a row's draft into the note through the shared action", async () => {
		const { fake } = await loadPlugin(vault);
		const { el } = await block(fake, "status: due\nlimit: 1");
		el.querySelector<HTMLElement>('tbody tr [data-action="file-input"]')?.click();
		await settle();
		expect(fake.vault.text("Interviews/Acme.md")).toContain("## Follow-ups");
		expect(fake.vault.writes.map((w) => w.api)).toEqual(["process"]);
	});

	it("updates when a note changes", async () => {
		const { fake } = await loadPlugin(vault);
		const { el } = await block(fake, "groupBy: company\nstatus: due");
		expect(texts(el, ".ifu-dash-group-title")).toEqual(["Acme"]);
		fake.vault.put("Interviews/Globex.md", acmeInterview().replace("company: Acme", "company: Globex"));
		await settle();
		expect(texts(el, ".ifu-dash-group-title")).toEqual(["Acme", "Globex"]);
	});

	it("stops listening to the index when Obsidian unloads it", async () => {
		const { fake, plugin } = await loadPlugin(vault);
		const listeners = (): number => changeListeners(indexerOf(plugin));
		const before = listeners();
		const rendered = await block(fake, "");
		expect(listeners()).toBe(before + 1);
		rendered.unload();
		expect(listeners()).toBe(before);
		const drawn = rendered.el.textContent;
		fake.vault.put("Interviews/Globex.md", acmeInterview().replace("company: Acme", "company: Globex"));
		await settle();
		expect(rendered.el.textContent).toBe(drawn);
	});

	it("renders a company name made of markup as text", async () => {
		const evil = acmeInterview().replace("company: Acme", 'company: "<img src=x onerror=alert(1)>"');
		const { fake } = await loadPlugin({ "Interviews/Evil.md": evil });
		const { el } = await block(fake, "columns: company");
		expect(el.querySelector("img")).toBeNull();
		expect(rows(el)[0]).toEqual(["<img src=x onerror=alert(1)>"]);
	});
});
