// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CORE_SCHEMA, load } from "js-yaml";
import { Events, type App } from "obsidian";
import { defaultSettings, type Settings } from "../../src/core/settings";
import { NoteWriter } from "../../src/obsidian/note-writer";
import { PropertyWriteBack, type WriteBackPace } from "../../src/obsidian/property-write-back";
import type { SettingsStore } from "../../src/obsidian/settings-store";
import { markdown, indexerFixture } from "./harness";

const PACE: WriteBackPace = { startDelayMs: 10_000, debounceMs: 2_000, batchSize: 10, batchGapMs: 500 };

/** An interview on Friday 20 November with one interviewer: a thank-you is due on Monday 23rd. */
function interview(company: string, extra: string[] = []): string {
	return markdown([
		"tags: [interview]",
		`company: ${company}`,
		"interview_date: 2026-11-20",
		"format: video",
		"people: [{name: Ann Lee, email: ann@example.com}]",
		...extra,
	]);
}

function frontmatter(text: string): Record<string, unknown> {
	const m = /^---\n([\s\S]*?)\n---/.exec(text);
	return load(m?.[1] ?? "", { schema: CORE_SCHEMA }) as Record<string, unknown>;
}

/** How many notes the write-back wrote (each through one `vault.process`). */
function written(fake: { vault: { writes: { api: string }[] } }): number {
	return fake.vault.writes.filter((w) => w.api === "process").length;
}

/** A settings store over a plain object; `set` changes it and tells listeners, as the real one does. */
function storeWith(settings: Settings): SettingsStore & { set(patch: Partial<Settings>): void } {
	const events = new Events();
	let current = settings;
	return {
		get: () => current,
		onChange: (cb: (s: Settings) => void) => events.on("changed", () => cb(current)),
		set(patch: Partial<Settings>) {
			current = { ...current, ...patch };
			events.trigger("changed");
		},
	} as unknown as SettingsStore & { set(patch: Partial<Settings>): void };
}

/** A vault of `n` interview notes, the indexer and the write-back, loaded with the layout ready. */
async function start(n: number, on = true) {
	const settings = { ...defaultSettings(), writeBackProperties: on };
	const { fake, indexer } = indexerFixture(settings);
	for (let i = 0; i < n; i++) fake.vault.put(`Interviews/Company ${String(i).padStart(2, "0")}.md`, interview(`Company ${i}`));
	const store = storeWith(settings);
	const app = fake as unknown as App;
	const writeBack = new PropertyWriteBack(app, store, indexer, new NoteWriter(app, () => store.get()), PACE);
	indexer.load();
	writeBack.load();
	fake.workspace.setLayoutReady();
	await indexer.whenIdle();
	await vi.advanceTimersByTimeAsync(0);
	return { fake, indexer, store, writeBack };
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
	vi.setSystemTime(new Date(2026, 10, 23, 9));
});
afterEach(() => {
	vi.useRealTimers();
});

describe("the property write-back", () => {
	it("writes nothing while Obsidian starts: the first pass waits for the index and a delay", async () => {
		const { fake } = await start(25);
		await vi.advanceTimersByTimeAsync(PACE.startDelayMs - 100);
		expect(written(fake)).toBe(0);
		expect(fake.vault.writes).toEqual([]);
	});

	it("then writes a few notes per tick, never all at once", async () => {
		const { fake } = await start(25);
		await vi.advanceTimersByTimeAsync(PACE.startDelayMs);
		expect(written(fake)).toBe(10);
		await vi.advanceTimersByTimeAsync(PACE.batchGapMs);
		expect(written(fake)).toBe(20);
		await vi.advanceTimersByTimeAsync(PACE.batchGapMs);
		expect(written(fake)).toBe(25);
		expect(frontmatter(fake.vault.text("Interviews/Company 07.md"))).toMatchObject({
			company: "Company 7",
			next_follow_up: "2026-11-20",
			next_follow_up_kind: "thank-you",
			next_follow_up_to: "Ann Lee",
		});
		expect(fake.vault.writes.every((w) => w.api === "process")).toBe(true);
		expect(fake.fileManager.frontmatterWrites).toBe(0);
	});

	it("writes a note only when its values change", async () => {
		const { fake, writeBack } = await start(3);
		await vi.advanceTimersByTimeAsync(PACE.startDelayMs + 5 * PACE.batchGapMs);
		expect(written(fake)).toBe(3);
		expect(writeBack.plan()).toEqual([]);

		// A body edit, and a note re-saved with the same properties: nothing to write.
		const text = fake.vault.text("Interviews/Company 01.md");
		fake.vault.put("Interviews/Company 01.md", `${text}\nMore notes.\n`);
		await vi.advanceTimersByTimeAsync(PACE.debounceMs * 3);
		expect(written(fake)).toBe(3);

		// The thank-you logged as sent: the next follow-up moves on, in that note only.
		fake.vault.put(
			"Interviews/Company 01.md",
			text.replace(/^company:/m, "follow_ups:\n  - {date: 2026-11-23, to: Ann Lee, kind: thank-you}\ncompany:"),
		);
		await vi.advanceTimersByTimeAsync(PACE.debounceMs * 3);
		expect(written(fake)).toBe(4);
		expect(fake.vault.writes.slice(-1)).toEqual([{ api: "process", path: "Interviews/Company 01.md" }]);
		expect(frontmatter(fake.vault.text("Interviews/Company 01.md")).next_follow_up_kind).not.toBe("thank-you");
	});

	it("waits until changes settle: a burst of edits gives one pass", async () => {
		const { fake } = await start(2);
		await vi.advanceTimersByTimeAsync(PACE.startDelayMs + 5 * PACE.batchGapMs);
		const writes = written(fake);
		for (let i = 0; i < 5; i++) {
			fake.vault.put(
				"Interviews/Company 00.md",
				interview("Company 0", [`interview_date: 2026-11-1${i}`]).replace("interview_date: 2026-11-20\n", ""),
			);
			await vi.advanceTimersByTimeAsync(PACE.debounceMs / 2);
		}
		expect(written(fake)).toBe(writes);
		await vi.advanceTimersByTimeAsync(PACE.debounceMs);
		expect(written(fake)).toBe(writes + 1);
	});

	it("removes the properties when nothing is pending any more", async () => {
		const { fake } = await start(1);
		await vi.advanceTimersByTimeAsync(PACE.startDelayMs);
		const path = "Interviews/Company 00.md";
		expect(frontmatter(fake.vault.text(path)).next_follow_up).toBe("2026-11-20");
		fake.vault.put(path, fake.vault.text(path).replace(/^company:/m, "status: closed\nstay_in_touch: false\ncompany:"));
		await vi.advanceTimersByTimeAsync(PACE.debounceMs * 2);
		const fm = frontmatter(fake.vault.text(path));
		expect(fm).not.toHaveProperty("next_follow_up");
		expect(fm).not.toHaveProperty("next_follow_up_kind");
		expect(fm).not.toHaveProperty("next_follow_up_to");
		expect(fm.company).toBe("Company 0");
	});

	it("edits only its own lines: comments, flow lists and quoting elsewhere stay as written", async () => {
		const { fake } = await start(0);
		const path = "Interviews/Hand written.md";
		const text = [
			"---",
			"tags: [interview] # job search",
			"company: 'Acme'",
			"interview_date: 2026-11-20",
			"format: video",
			"people: [{name: Ann Lee, email: ann@example.com}]",
			"next_follow_up: 2026-11-19 # kept up to date by the plugin",
			"---",
			"Body",
		].join("\n");
		fake.vault.put(path, text);
		await vi.advanceTimersByTimeAsync(PACE.startDelayMs + PACE.debounceMs);
		expect(fake.vault.text(path)).toBe(
			text
				.replace("next_follow_up: 2026-11-19", "next_follow_up: 2026-11-20")
				.replace("\n---\nBody", "\nnext_follow_up_kind: thank-you\nnext_follow_up_to: Ann Lee\n---\nBody"),
		);
	});

	it("leaves a note it cannot edit as it is, and goes on with the others", async () => {
		const { fake } = await start(1);
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const path = "Interviews/Odd.md";
		const text = interview("Odd", ["next_follow_up:", "  - a list the user keeps here"]);
		fake.vault.put(path, text);
		await vi.advanceTimersByTimeAsync(PACE.startDelayMs + PACE.debounceMs);
		expect(fake.vault.text(path)).toBe(text);
		expect(frontmatter(fake.vault.text("Interviews/Company 00.md")).next_follow_up).toBe("2026-11-20");
		expect(warn).toHaveBeenCalledWith(expect.stringContaining("Interviews/Odd.md"));
		warn.mockRestore();
	});

	it("writes nothing when the setting is off (the default), and starts when it is turned on", async () => {
		const { fake, store } = await start(3, false);
		await vi.advanceTimersByTimeAsync(PACE.startDelayMs * 3);
		expect(written(fake)).toBe(0);
		store.set({ writeBackProperties: true });
		await vi.advanceTimersByTimeAsync(PACE.debounceMs);
		expect(written(fake)).toBe(3);
	});

	it("stops between batches when turned off or unloaded", async () => {
		const { fake, store, writeBack } = await start(25);
		await vi.advanceTimersByTimeAsync(PACE.startDelayMs);
		expect(written(fake)).toBe(10);
		store.set({ writeBackProperties: false });
		await vi.advanceTimersByTimeAsync(PACE.batchGapMs * 5);
		expect(written(fake)).toBe(10);
		store.set({ writeBackProperties: true });
		await vi.advanceTimersByTimeAsync(PACE.debounceMs);
		expect(written(fake)).toBe(20);
		writeBack.unload();
		await vi.advanceTimersByTimeAsync(PACE.batchGapMs * 5);
		expect(written(fake)).toBe(20);
	});
});
