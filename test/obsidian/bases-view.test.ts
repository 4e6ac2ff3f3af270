// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { openBasesView } from "../fakes/obsidian";
import { acmeInterview, changeListeners, indexerOf, leeWong, loadPlugin, settle } from "./harness";

const globex = acmeInterview().replace("company: Acme", "company: Globex");
const vault = {
	"People/Lee Wong.md": leeWong(),
	"Interviews/Acme.md": acmeInterview(),
	"Interviews/Globex.md": globex,
	"Recipes/Soup.md": "# Soup\n",
};

const texts = (root: HTMLElement, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? "");
const companies = (root: HTMLElement): string[] => texts(root, "tbody .ifu-col-company");

describe("the Follow-ups view for Bases", () => {
	it("registers as a Bases view type named Follow-ups", async () => {
		const { fake } = await loadPlugin(vault);
		expect(fake.basesViews.get("interview-followups")).toMatchObject({ name: "Follow-ups", icon: "calendar-clock" });
		const options = fake.basesViews.get("interview-followups")?.options?.({} as never) as { key: string }[];
		expect(options.map((o) => o.key)).toEqual(["status", "groupBy", "horizon"]);
	});

	it("lists the pending follow-ups of the notes the base selects, and only those", async () => {
		const { fake } = await loadPlugin(vault);
		const base = openBasesView(fake, "interview-followups", ["Interviews/Globex.md", "Recipes/Soup.md"]);
		expect(new Set(companies(base.containerEl))).toEqual(new Set(["Globex"]));
		expect(base.containerEl.querySelector(".ifu-dash-summary")?.textContent).toBe(
			"2 notes in this base; 1 is an interview note, with 3 follow-ups pending.",
		);
		expect(texts(base.containerEl, ".ifu-dash-group-title")).toEqual(["Due now", "Upcoming"]);
	});

	it("draws into its own element, leaving Bases' container, its classes and its children alone", async () => {
		const { fake } = await loadPlugin(vault);
		const base = openBasesView(fake, "interview-followups", ["Interviews/Globex.md"]);
		// Bases keeps its own things in the container it hands the view.
		const theirs = base.containerEl.createDiv({ cls: "bases-own-child" });
		base.setFiles(["Interviews/Acme.md"]);
		expect(base.containerEl.contains(theirs)).toBe(true);
		const mine = base.containerEl.querySelector<HTMLElement>(".ifu-bases-view");
		expect(mine?.parentElement).toBe(base.containerEl);
		expect([...base.containerEl.classList]).toEqual(["bases-view"]);
		expect(new Set(companies(base.containerEl))).toEqual(new Set(["Acme"]));
		base.close();
		expect(base.containerEl.querySelector(".ifu-bases-view")).toBeNull();
		expect(base.containerEl.contains(theirs)).toBe(true);
	});

	it("follows the base when its filters select other notes", async () => {
		const { fake } = await loadPlugin(vault);
		const base = openBasesView(fake, "interview-followups", ["Interviews/Globex.md"]);
		base.setFiles(["Interviews/Acme.md", "Interviews/Globex.md"]);
		expect(new Set(companies(base.containerEl))).toEqual(new Set(["Acme", "Globex"]));
		base.setFiles([]);
		expect(base.containerEl.querySelector(".ifu-dash-empty")?.textContent).toMatch(/^Nothing to do/);
	});

	it("uses the view's options from the toolbar", async () => {
		const { fake } = await loadPlugin(vault);
		const base = openBasesView(fake, "interview-followups", ["Interviews/Acme.md", "Interviews/Globex.md"], {
			status: "now",
			groupBy: "company",
		});
		expect(texts(base.containerEl, ".ifu-dash-group-title")).toEqual(["Acme", "Globex"]);
		expect(base.containerEl.querySelectorAll("tbody tr.is-upcoming")).toHaveLength(0);
	});

	it("keeps the base's own groups when it groups its notes", async () => {
		const { fake } = await loadPlugin(vault);
		const base = openBasesView(fake, "interview-followups", ["Interviews/Acme.md", "Interviews/Globex.md"]);
		base.setFiles(
			["Interviews/Acme.md", "Interviews/Globex.md"],
			[
				{ key: "Second round", paths: ["Interviews/Globex.md"] },
				{ key: "First round", paths: ["Interviews/Acme.md"] },
			],
		);
		expect(texts(base.containerEl, ".ifu-bases-group-title")).toEqual(["Second round", "First round"]);
		expect(companies(base.containerEl.querySelector(".ifu-bases-group") as HTMLElement).every((c) => c === "Globex")).toBe(true);
	});

	it("updates when a selected note changes, and stops listening when closed", async () => {
		const { fake, plugin } = await loadPlugin(vault);
		const before = changeListeners(indexerOf(plugin));
		const base = openBasesView(fake, "interview-followups", ["Interviews/Acme.md"]);
		expect(changeListeners(indexerOf(plugin))).toBe(before + 1);
		const rowsBefore = base.containerEl.querySelectorAll("tr.ifu-dash-row").length;
		fake.vault.put("Interviews/Acme.md", acmeInterview(["status: rejected", "status_date: 2026-11-22"]));
		await settle();
		expect(base.containerEl.querySelectorAll("tr.ifu-dash-row").length).not.toBe(rowsBefore);
		base.close();
		expect(changeListeners(indexerOf(plugin))).toBe(before);
	});

	it("marks a row sent through the shared action", async () => {
		const { fake } = await loadPlugin(vault);
		const base = openBasesView(fake, "interview-followups", ["Interviews/Acme.md"]);
		base.containerEl.querySelector<HTMLElement>('tbody tr [data-action="check"]')?.click();
		await settle();
		expect(fake.vault.text("Interviews/Acme.md")).toContain("follow_ups:");
	});
});
