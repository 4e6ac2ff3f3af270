// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { Menu, Modal, Notice, type App as FakeApp, type View } from "../fakes/obsidian";
import { ROWS_PER_PAGE, initialPanelState, renderPanel, type PanelHandlers, type PanelModel } from "../../src/obsidian/panel-render";
import { TODAY, acmeInterview, caughtUp, indexerOf, leeWong, loadPlugin, markdown, settle } from "./harness";

const vault = { "People/Lee Wong.md": leeWong(), "Interviews/Acme.md": acmeInterview() };

async function openPanel(fake: FakeApp): Promise<HTMLElement> {
	fake.commands.get("interview-followups:open-panel")?.callback?.();
	await settle();
	const view = fake.workspace.getLeavesOfType("interview-follow-ups")[0]?.view;
	if (!view) throw new Error("panel did not open");
	return (view as unknown as { contentEl: HTMLElement }).contentEl;
}

/** The panel's view (its leaf must be open). */
function viewOf(fake: FakeApp): View {
	const view = fake.workspace.getLeavesOfType("interview-follow-ups")[0]?.view;
	if (!view) throw new Error("panel is not open");
	return view;
}

/** Opens the panel without waiting on timers (for tests on fake timers). */
async function openPanelNow(fake: FakeApp): Promise<HTMLElement> {
	fake.commands.get("interview-followups:open-panel")?.callback?.();
	for (let i = 0; i < 20; i++) await Promise.resolve();
	return (viewOf(fake) as unknown as { contentEl: HTMLElement }).contentEl;
}

const texts = (root: HTMLElement, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? "");
/** Row titles as the tooltip spells them: "Company · Role". */
const titles = (root: HTMLElement): string[] => [...root.querySelectorAll(".ifu-row-title")].map((el) => el.getAttribute("title") ?? "");

describe("the side panel", () => {
	it("groups follow-ups and says who, what, how and when", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		expect(texts(panel, ".ifu-group-title")).toEqual(["Due today", "Upcoming"]);
		expect(texts(panel, ".ifu-group-due .ifu-row-what")).toEqual([
			"Send a thank-you note to Lee Wong by email",
			"Send a thank-you note to Raj Patel by email",
		]);
		expect(texts(panel, ".ifu-group-due .ifu-when")).toEqual(["today", "today"]);
		expect(texts(panel, ".ifu-group-upcoming .ifu-when")).toEqual(["Thu 26 Nov"]);
		expect(titles(panel)[0]).toBe("Acme · Product manager");
	});

	it("shows the reason when a row is expanded", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		expect(panel.querySelector(".ifu-row-reason")).toBeNull();
		panel.querySelector<HTMLElement>(".ifu-row-main")?.click();
		expect(panel.querySelector(".ifu-row-reason")?.textContent).toMatch(/\S/);
		expect(panel.querySelector(".ifu-row-main")?.getAttribute("aria-expanded")).toBe("true");
	});

	it("renders a company name made of markup as text", async () => {
		const evil = acmeInterview().replace("company: Acme", 'company: "<img src=x onerror=alert(1)>"');
		const { fake } = await loadPlugin({ "Interviews/Evil.md": evil });
		const panel = await openPanel(fake);
		expect(panel.querySelector("img")).toBeNull();
		expect(titles(panel)[0]).toBe("<img src=x onerror=alert(1)> · Product manager");
		expect(texts(panel, ".ifu-company")[0]).toBe("<img src=x onerror=alert(1)>");
	});

	it("filters by company and by kind", async () => {
		const other = acmeInterview().replace("company: Acme", "company: Zenith");
		const { fake } = await loadPlugin({ ...vault, "Interviews/Zenith.md": other });
		const panel = await openPanel(fake);
		expect(panel.querySelectorAll(".ifu-row")).toHaveLength(6);
		const company = panel.querySelector<HTMLSelectElement>(".ifu-filter-company");
		if (!company) throw new Error("no company filter");
		company.value = "zenith";
		company.dispatchEvent(new Event("change"));
		expect(new Set(titles(panel))).toEqual(new Set(["Zenith · Product manager"]));
		const kind = panel.querySelector<HTMLSelectElement>(".ifu-filter-kind");
		if (!kind) throw new Error("no kind filter");
		kind.value = "check-in";
		kind.dispatchEvent(new Event("change"));
		expect(texts(panel, ".ifu-row-what")).toEqual(["Check in with Lee Wong by email"]);
	});

	it("lists notes that need attention, each a link to the note", async () => {
		const { fake } = await loadPlugin({ ...vault, "Interviews/Broken.md": "---\ntags: [interview\n---\n" });
		const panel = await openPanel(fake);
		expect(panel.querySelector(".ifu-attention-summary")?.textContent).toContain("1 note needs attention");
		// The list is drawn when it is opened (a large vault can have thousands).
		expect(panel.querySelector(".ifu-attention-list")).toBeNull();
		const details = panel.querySelector<HTMLDetailsElement>(".ifu-attention");
		if (!details) throw new Error("no attention list");
		details.open = true;
		details.dispatchEvent(new Event("toggle"));
		panel.querySelector<HTMLElement>(".ifu-attention-list a")?.click();
		await settle();
		expect(fake.workspace.getActiveFile()?.path).toBe("Interviews/Broken.md");
	});

	it("shows the keep-looking insight when only one opportunity is active", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		expect(panel.querySelector(".ifu-insight")?.textContent).toMatch(/\S/);
	});

	it("explains how to start when there are no interview notes, with a button that makes one", async () => {
		const { fake } = await loadPlugin({ "Recipes/Soup.md": "# Soup\n" });
		const panel = await openPanel(fake);
		expect(panel.querySelector(".ifu-empty-title")?.textContent).toBe("No interview notes yet");
		panel.querySelector<HTMLButtonElement>(".ifu-empty button")?.click();
		await settle();
		expect(fake.vault.getMarkdownFiles().map((f) => f.path)).toContain("Interviews/Interview 2026-11-23.md");
	});

	it("draws the active interview note's timeline", async () => {
		const text = acmeInterview([
			"follow_ups:",
			"  - {date: 2026-11-20, kind: thank-you, to: Raj Patel}",
			"  - {date: 2026-11-21, from: Raj Patel, kind: reply}",
		]);
		const { fake } = await loadPlugin({ ...vault, "Interviews/Acme.md": text });
		const panel = await openPanel(fake);
		expect(panel.querySelector(".ifu-timeline")).toBeNull();
		const acme = fake.vault.getFileByPath("Interviews/Acme.md");
		if (acme) await fake.workspace.getLeaf().openFile(acme);
		await settle();
		const labels = texts(panel, ".ifu-tl-label");
		expect(labels.slice(0, 4)).toEqual(["Interview (video)", "Thank-you to Raj Patel", "Reply from Raj Patel", "Today"]);
		expect(panel.querySelectorAll(".ifu-tl-item.is-next").length).toBeGreaterThan(0);
	});

	it("snoozes from the menu to the next business day", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		panel.querySelector<HTMLButtonElement>('.ifu-action[aria-label="Snooze"]')?.click();
		expect(Menu.last?.items.map((i) => i.title)).toEqual([
			"Next business day (Tue 24 Nov)",
			"In 3 business days (Thu 26 Nov)",
			"Pick a date…",
		]);
		Menu.last?.click("Next business day (Tue 24 Nov)");
		await settle();
		expect(fake.vault.text("Interviews/Acme.md")).toContain("snoozed_until: 2026-11-24");
	});

	it("is drawn again when its hidden tab is shown (Obsidian resizes it), and keeps no timer running", async () => {
		const { fake, plugin } = await loadPlugin(vault);
		vi.useFakeTimers();
		try {
			const timers = vi.getTimerCount();
			const panel = await openPanelNow(fake);
			expect(vi.getTimerCount()).toBe(timers);
			panel.parentElement?.setAttribute("hidden", "");
			fake.vault.put("Interviews/Zenith.md", acmeInterview().replace("company: Acme", "company: Zenith"));
			await indexerOf(plugin).whenIdle();
			expect(titles(panel)).not.toContain("Zenith · Product manager");
			panel.parentElement?.removeAttribute("hidden");
			viewOf(fake).onResize();
			expect(titles(panel)).toContain("Zenith · Product manager");
		} finally {
			vi.useRealTimers();
		}
	});

	it("does not redraw while hidden, and catches up when shown", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		const before = panel.querySelector(".ifu-rows");
		panel.parentElement?.setAttribute("hidden", "");
		fake.vault.put("Interviews/Zenith.md", acmeInterview().replace("company: Acme", "company: Zenith"));
		await settle();
		expect(panel.querySelector(".ifu-rows")).toBe(before);
		panel.parentElement?.removeAttribute("hidden");
		fake.workspace.trigger("layout-change");
		expect(titles(panel)).toContain("Zenith · Product manager");
	});

	it("counts a thousand rows, draws each group's first page, and shows more on request", async () => {
		const notes: Record<string, string> = {};
		for (let i = 0; i < 250; i++) {
			notes[`Interviews/N${i}.md`] = markdown([
				"tags: [interview]",
				`company: Company ${i}`,
				"interview_date: 2026-11-20",
				"people: [A, B, C, D]",
			]);
		}
		const { fake } = await loadPlugin(notes);
		const panel = await openPanel(fake);
		const counts = texts(panel, ".ifu-count").map(Number);
		expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1000);
		expect(panel.querySelectorAll(".ifu-row")).toHaveLength(ROWS_PER_PAGE * counts.length);
		panel.querySelector<HTMLButtonElement>(".ifu-show-more")?.click();
		expect(panel.querySelectorAll(".ifu-row")).toHaveLength(ROWS_PER_PAGE * (counts.length + 1));
	});
});

describe("while the vault is first read", () => {
	it("says what it waits for instead of drawing a half-read list", async () => {
		const { fake, plugin } = await loadPlugin(vault, null, { cache: "honest", stopBeforeLayout: true });
		const panel = await openPanel(fake);
		fake.workspace.setLayoutReady();
		await indexerOf(plugin).whenIdle();
		expect(panel.querySelector(".ifu-loading-title")?.textContent).toBe("Reading your interview notes…");
		expect(panel.querySelector(".ifu-progress-text")?.textContent).toBe("Waiting for Obsidian to finish indexing 2 notes.");
		expect(panel.querySelector(".ifu-row")).toBeNull();
		await caughtUp(fake, indexerOf(plugin));
		expect(panel.querySelector(".ifu-loading")).toBeNull();
		expect(texts(panel, ".ifu-group-title")).toEqual(["Due today", "Upcoming"]);
	});

	it("shows how many notes have been looked at, of how many", () => {
		const root = document.createElement("div");
		const model: PanelModel = {
			today: TODAY,
			evaluation: { today: TODAY, followUps: [], diagnostics: [] },
			horizonDays: 14,
			interviewCount: 0,
			ready: false,
			progress: { done: 3200, total: 10000, waiting: 0 },
			active: null,
		};
		renderPanel(root, model, initialPanelState(), {} as PanelHandlers);
		expect(root.querySelector(".ifu-progress-text")?.textContent).toBe("3,200 of 10,000 notes looked at");
		const bar = root.querySelector("progress");
		expect([bar?.getAttribute("value"), bar?.getAttribute("max")]).toEqual(["3200", "10000"]);
	});
});

describe("keyboard", () => {
	it("keeps the focus on a row after Enter opens it", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		const second = panel.querySelectorAll<HTMLElement>(".ifu-row-main")[1];
		second?.focus();
		second?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		const focused = document.activeElement;
		expect(focused?.classList.contains("ifu-row-main")).toBe(true);
		expect(focused?.getAttribute("aria-expanded")).toBe("true");
		expect(focused).toBe(panel.querySelectorAll(".ifu-row-main")[1]);
	});

	it("keeps the focus on a filter after choosing from it", async () => {
		const other = acmeInterview().replace("company: Acme", "company: Zenith");
		const { fake } = await loadPlugin({ ...vault, "Interviews/Zenith.md": other });
		const panel = await openPanel(fake);
		const company = panel.querySelector<HTMLSelectElement>(".ifu-filter-company");
		company?.focus();
		if (company) company.value = "zenith";
		company?.dispatchEvent(new Event("change"));
		expect(document.activeElement).toBe(panel.querySelector(".ifu-filter-company"));
		expect(document.activeElement).not.toBe(company);
	});

	it("moves the focus to the next row when Mark sent takes the focused one away", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		const next = panel.querySelectorAll(".ifu-row")[1]?.getAttribute("data-key");
		const button = panel.querySelector<HTMLButtonElement>('.ifu-row .ifu-action[aria-label="Mark sent"]');
		button?.focus();
		button?.click();
		await settle();
		expect(document.activeElement?.closest(".ifu-row")?.getAttribute("data-key")).toBe(next);
		expect(document.activeElement?.classList.contains("ifu-row-main")).toBe(true);
	});

	it("opens the snooze menu under its button when Enter or Space pressed it", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		const button = panel.querySelector<HTMLButtonElement>('.ifu-action[aria-label="Snooze"]');
		if (!button) throw new Error("no snooze button");
		button.getBoundingClientRect = () =>
			({ left: 120, right: 150, top: 310, bottom: 340, width: 30, height: 30, x: 120, y: 310 }) as DOMRect;
		// What a browser dispatches for Enter on a focused button: a click without a pointer.
		button.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 0 }));
		expect(Menu.last?.shownAt).toEqual({ x: 120, y: 340 });
		button.dispatchEvent(new MouseEvent("click", { bubbles: true, detail: 1, clientX: 40, clientY: 50 }));
		expect(Menu.last?.shownAt).toEqual({ x: 40, y: 50 });
	});
});

describe("row actions", () => {
	it("dismisses a follow-up: logged as dismissed, gone from the list", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		const before = panel.querySelectorAll(".ifu-row").length;
		panel.querySelector<HTMLButtonElement>('.ifu-action[aria-label="Dismiss"]')?.click();
		await settle();
		expect(fake.vault.text("Interviews/Acme.md")).toContain("dismissed: true");
		expect(panel.querySelectorAll(".ifu-row").length).toBe(before - 1);
	});

	it("snoozes to a picked date, refusing one that is not a date", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		panel.querySelector<HTMLButtonElement>('.ifu-action[aria-label="Snooze"]')?.click();
		Menu.last?.click("Pick a date…");
		const modal = Modal.current;
		const input = modal?.contentEl.querySelector("input");
		if (!input) throw new Error("no date input");
		input.value = "next week";
		input.dispatchEvent(new Event("input"));
		modal?.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		expect(Modal.current).toBe(modal);
		input.value = "2026-12-01";
		input.dispatchEvent(new Event("input"));
		modal?.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await settle();
		expect(fake.vault.text("Interviews/Acme.md")).toContain("snoozed_until: 2026-12-01");
	});

	it("inserts a draft into a note that is not open with vault.process, under the follow-up heading", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		panel.querySelector<HTMLButtonElement>('.ifu-action[aria-label="Insert draft into the note"]')?.click();
		await settle();
		const text = fake.vault.text("Interviews/Acme.md");
		expect(fake.vault.writes.map((w) => w.api)).toEqual(["process"]);
		expect(text.indexOf("## Follow-ups")).toBeGreaterThan(text.indexOf("# Notes"));
		expect(text).toMatch(/> .*Lee/);
	});

	it("starts the clipboard write inside the click, before any file is read (iOS refuses it later)", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		const items: { data: Record<string, Promise<Blob>> }[] = [];
		vi.stubGlobal(
			"ClipboardItem",
			class {
				constructor(readonly data: Record<string, Promise<Blob>>) {}
			},
		);
		Object.defineProperty(navigator, "clipboard", {
			configurable: true,
			value: {
				write: async (list: { data: Record<string, Promise<Blob>> }[]) => void items.push(...list),
				writeText: async () => Promise.reject(new Error("too late: not inside the click")),
			},
		});
		try {
			panel.querySelector<HTMLButtonElement>('.ifu-action[aria-label="Copy draft"]')?.click();
			expect(items).toHaveLength(1);
			const blob = await items[0]?.data["text/plain"];
			expect(await blob?.text()).toMatch(/Lee/);
			await settle();
			expect(Notice.shown.map((n) => n.text)).toContain("Draft copied.");
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it("copies a draft to the clipboard", async () => {
		const { fake } = await loadPlugin(vault);
		const panel = await openPanel(fake);
		let copied = "";
		Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
		panel.querySelector<HTMLButtonElement>('.ifu-action[aria-label="Copy draft"]')?.click();
		await settle();
		expect(copied).toMatch(/Lee/);
		expect(fake.vault.writes).toEqual([]);
	});
});
