// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { Plugin as FakePlugin, PluginSettingTab } from "../fakes/obsidian";
import { loadPlugin, settle } from "./harness";

function tabOf(plugin: unknown): PluginSettingTab {
	const tab = (plugin as FakePlugin).settingTabs[0];
	if (!tab) throw new Error("no settings tab");
	tab.display();
	return tab;
}

function input(tab: PluginSettingTab, name: string): HTMLInputElement | HTMLTextAreaElement {
	const item = [...tab.containerEl.querySelectorAll(".setting-item")].find(
		(el) => el.querySelector(".setting-item-name")?.textContent === name,
	);
	const el = item?.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
	if (!el) throw new Error(`no setting named ${name}`);
	return el;
}

describe("the settings tab", () => {
	it("shows every setting under its section", async () => {
		const { plugin } = await loadPlugin({});
		const tab = tabOf(plugin);
		const headings = [...tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")].map((el) => el.textContent);
		expect(headings).toEqual(["Interview notes", "Business days", "Follow-up rules", "Drafts", "Panel and new notes", "Dashboards"]);
		expect((input(tab, "Weekend days") as HTMLInputElement).value).toBe("Saturday, Sunday");
	});

	it("saves a valid value, and refuses an invalid one with a message instead of saving it", async () => {
		const { plugin } = await loadPlugin({});
		const tab = tabOf(plugin);
		const days = input(tab, "Days ahead");
		days.value = "21";
		days.dispatchEvent(new Event("input"));
		await settle();
		expect((plugin as unknown as FakePlugin).data).toMatchObject({ horizonDays: 21 });
		days.value = "three weeks";
		days.dispatchEvent(new Event("input"));
		await settle();
		expect((plugin as unknown as FakePlugin).data).toMatchObject({ horizonDays: 21 });
		expect(tab.containerEl.textContent).toContain('"horizonDays" must be a whole number of days');
		const weekend = input(tab, "Weekend days");
		weekend.value = "Fri, Sat";
		weekend.dispatchEvent(new Event("input"));
		await settle();
		expect((plugin as unknown as FakePlugin).data).toMatchObject({ weekendDays: [5, 6] });
	});

	it("refuses a field alias that points the log at another field, saying which", async () => {
		const { plugin } = await loadPlugin({});
		const tab = tabOf(plugin);
		const aliases = input(tab, "Field aliases");
		aliases.value = "follow_ups: people";
		aliases.dispatchEvent(new Event("input"));
		await settle();
		expect(tab.containerEl.textContent).toContain('"fieldAliases": "people" (under "follow_ups") is the name of another field');
		expect((plugin as unknown as FakePlugin).data ?? {}).not.toHaveProperty("fieldAliases");
	});

	it("shows the problem when data.json (synced, or edited by hand) has such an alias", async () => {
		const { plugin } = await loadPlugin({}, { fieldAliases: { follow_ups: ["next_follow_up"] } });
		expect(tabOf(plugin).containerEl.textContent).toContain(
			'"fieldAliases": "next_follow_up" (under "follow_ups") is a property the plugin writes itself',
		);
	});

	it("declares the same settings for Obsidian 1.13's searchable settings", async () => {
		const { plugin } = await loadPlugin({});
		const tab = (plugin as unknown as FakePlugin).settingTabs[0] as unknown as {
			getSettingDefinitions(): { heading: string; items: { name: string }[] }[];
			getControlValue(k: string): unknown;
		};
		const defs = tab.getSettingDefinitions();
		expect(defs.map((d) => d.heading)).toEqual([
			"Interview notes",
			"Business days",
			"Follow-up rules",
			"Drafts",
			"Panel and new notes",
			"Dashboards",
		]);
		expect(defs.flatMap((d) => d.items).length).toBe(19);
		expect(tab.getControlValue("horizonDays")).toBe("14");
	});

	it("shows the saved values that could not be used on Obsidian 1.13 too, above the sections", async () => {
		const { plugin } = await loadPlugin({}, { horizonDays: "soon" });
		const tab = (plugin as unknown as FakePlugin).settingTabs[0] as unknown as {
			getSettingDefinitions(): { name?: string; heading?: string; desc?: DocumentFragment }[];
			setControlValue(k: string, v: unknown): Promise<void>;
		};
		const [first, ...rest] = tab.getSettingDefinitions();
		expect(first?.name).toMatch(/could not be used/);
		expect(first?.desc?.textContent).toContain('"horizonDays" must be a whole number of days');
		expect(rest.map((d) => d.heading)).toEqual([
			"Interview notes",
			"Business days",
			"Follow-up rules",
			"Drafts",
			"Panel and new notes",
			"Dashboards",
		]);
		await tab.setControlValue("horizonDays", "21");
		expect(tab.getSettingDefinitions()[0]?.heading).toBe("Interview notes");
	});
});
