// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { settingsWith } from "../builders/vault";
import { setMomentLocale } from "../fakes/obsidian";
import { acmeInterview, indexerFixture, leeWong, markdown, settle } from "./harness";

function load(indexer: { load(): void }): void {
	indexer.load();
}

describe("VaultIndexer", () => {
	afterEach(() => vi.useRealTimers());

	it("does nothing until the layout is ready, then indexes the vault once", async () => {
		const { fake, indexer } = indexerFixture();
		fake.vault.put("People/Lee Wong.md", leeWong());
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		fake.vault.put("Recipes/Soup.md", markdown(["tags: [food]"]));
		load(indexer);
		await settle();
		expect(indexer.isReady).toBe(false);
		expect(indexer.index.size).toBe(0);

		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		expect(indexer.isReady).toBe(true);
		expect(indexer.index.notes().map((n) => n.path)).toEqual(["Interviews/Acme.md"]);
		expect(fake.vault.writes).toEqual([]);
	});

	it("reads slashed dates in the order of Obsidian's language when the settings leave it open", async () => {
		const kindsAndDays = async (locale: string, dateOrder: "" | "MDY" = ""): Promise<string[]> => {
			setMomentLocale(locale);
			const { fake, indexer } = indexerFixture(settingsWith({ dateOrder }));
			fake.vault.put("Interviews/Birch.md", markdown(["tags: [interview]", "interview_date: 11/12/2026", "people: [Jane Doe]"]));
			load(indexer);
			fake.workspace.setLayoutReady();
			await indexer.whenIdle();
			return indexer.evaluation().followUps.map((f) => `${f.kind} ${f.due}`);
		};
		const past = ["get-contact-info 2026-11-12", "thank-you 2026-11-12", "check-in 2026-11-18"];
		try {
			expect(await kindsAndDays("en")).toEqual(past);
			// British English writes the day first: 11 December is still ahead.
			expect(await kindsAndDays("en-gb")).toEqual(["ask-next-steps 2026-12-11"]);
			expect(await kindsAndDays("en-gb", "MDY")).toEqual(past);
		} finally {
			setMomentLocale("en");
		}
	});

	it("re-reads a note when the metadata cache reports it changed, and tells listeners once", async () => {
		const { fake, indexer } = indexerFixture();
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		const changes = vi.fn();
		indexer.onChange(changes);

		fake.vault.put("Interviews/Acme.md", acmeInterview(["status: offer"]));
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/Acme.md")?.status).toBe("ended");
		expect(changes).toHaveBeenCalledTimes(1);

		// A body-only edit changes nothing the panel shows: no event.
		fake.vault.put("Interviews/Acme.md", acmeInterview(["status: offer"]).replace("# Notes", "# Notes\nThey liked the case study."));
		await indexer.whenIdle();
		expect(changes).toHaveBeenCalledTimes(1);
	});

	it("re-reads the interview notes that depend on a person note when it changes", async () => {
		const { fake, indexer } = indexerFixture();
		fake.vault.put("People/Lee Wong.md", leeWong("lee@acme.example"));
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/Acme.md")?.people[0]?.email).toBe("lee@acme.example");

		fake.vault.put("People/Lee Wong.md", leeWong("lee.wong@acme.example"));
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/Acme.md")?.people[0]?.email).toBe("lee.wong@acme.example");
	});

	it("builds a linked person note's person once for every note that links it, until it changes", async () => {
		const { fake, indexer } = indexerFixture();
		fake.vault.put("People/Lee Wong.md", leeWong("lee@acme.example"));
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		fake.vault.put("Interviews/Acme 2.md", acmeInterview(["round: 2"]));
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		const lee = (path: string) => indexer.index.note(path)?.people[0];
		expect(lee("Interviews/Acme.md")?.email).toBe("lee@acme.example");
		// One person, not two equal copies: the person note's frontmatter keys the cache.
		expect(lee("Interviews/Acme 2.md")).toBe(lee("Interviews/Acme.md"));

		fake.vault.put("People/Lee Wong.md", leeWong("lee.wong@acme.example"));
		await indexer.whenIdle();
		expect(lee("Interviews/Acme.md")?.email).toBe("lee.wong@acme.example");
		expect(lee("Interviews/Acme 2.md")).toBe(lee("Interviews/Acme.md"));
	});

	it("resolves a person link once the person note is created", async () => {
		const { fake, indexer } = indexerFixture();
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/Acme.md")?.people[0]?.notePath).toBeNull();

		fake.vault.put("People/Lee Wong.md", leeWong());
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/Acme.md")?.people[0]?.notePath).toBe("People/Lee Wong.md");
	});

	it("forgets a deleted note, and re-reads its dependents when a person note is deleted", async () => {
		const { fake, indexer } = indexerFixture();
		fake.vault.put("People/Lee Wong.md", leeWong());
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();

		fake.vault.remove("People/Lee Wong.md");
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/Acme.md")?.people[0]?.notePath).toBeNull();

		fake.vault.remove("Interviews/Acme.md");
		await indexer.whenIdle();
		expect(indexer.index.has("Interviews/Acme.md")).toBe(false);
		expect(indexer.evaluation().followUps).toEqual([]);
	});

	it("follows a rename: the old path goes, the new one is read, dependents follow the person note", async () => {
		const { fake, indexer } = indexerFixture();
		fake.vault.put("People/Lee Wong.md", leeWong());
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();

		fake.vault.move("Interviews/Acme.md", "Interviews/2026/Acme onsite.md");
		await indexer.whenIdle();
		expect(indexer.index.has("Interviews/Acme.md")).toBe(false);
		expect(indexer.index.note("Interviews/2026/Acme onsite.md")?.company).toBe("Acme");
		expect(indexer.evaluation().followUps.every((f) => f.note === "Interviews/2026/Acme onsite.md")).toBe(true);

		fake.vault.move("People/Lee Wong.md", "People/Archive/Lee Wong.md");
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/2026/Acme onsite.md")?.people[0]?.notePath).toBe("People/Archive/Lee Wong.md");
	});

	it("reports a broken properties block in an interview note instead of dropping it silently", async () => {
		const { fake, indexer } = indexerFixture();
		fake.vault.put("Interviews/Broken.md", "---\ntags: [interview\ncompany: Acme\n---\nnotes\n");
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		const problems = indexer.evaluation().diagnostics.filter((d) => d.note === "Interviews/Broken.md");
		expect(problems.map((d) => d.code)).toEqual(["invalid-frontmatter"]);
		expect(problems[0]?.message).toContain("not valid YAML");
	});

	it("lets a slow read finish before a newer update, so the newer one wins", async () => {
		const { fake, indexer } = indexerFixture();
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		// A broken block makes the indexer read the file; make that read slow.
		const read = fake.vault.cachedRead.bind(fake.vault);
		fake.vault.cachedRead = async (file) => {
			await new Promise((resolve) => setTimeout(resolve, 20));
			return read(file);
		};
		fake.vault.put("Interviews/Acme.md", "---\ntags: [interview\n---\n");
		fake.vault.put("Interviews/Acme.md", acmeInterview(["status: waiting"]));
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/Acme.md")?.statusText).toBe("waiting");
		expect(indexer.evaluation().diagnostics.filter((d) => d.code === "invalid-frontmatter")).toEqual([]);
	});

	it("runs updates one after another, in the order they happened", async () => {
		const { fake, indexer } = indexerFixture();
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		for (const status of ["waiting", "rejected", "offer", "interviewing"]) {
			fake.vault.put("Interviews/Acme.md", acmeInterview([`status: ${status}`]));
		}
		await indexer.whenIdle();
		expect(indexer.index.note("Interviews/Acme.md")?.statusText).toBe("interviewing");
	});

	it("notices the day changing (timer or window focus) and re-evaluates without re-reading", async () => {
		let now = new Date(2026, 10, 23, 23, 59);
		const { fake } = indexerFixture();
		const { VaultIndexer } = await import("../../src/obsidian/vault-indexer");
		const { defaultSettings } = await import("../../src/core/settings");
		const indexer = new VaultIndexer(fake as never, defaultSettings(), () => now);
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		indexer.load();
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		expect(indexer.today()).toBe("2026-11-23");
		const changes = vi.fn();
		indexer.onChange(changes);

		now = new Date(2026, 10, 24, 0, 1);
		window.dispatchEvent(new Event("focus"));
		expect(indexer.today()).toBe("2026-11-24");
		await indexer.whenIdle();
		expect(changes).toHaveBeenCalledTimes(1);
		expect(indexer.evaluation().today).toBe("2026-11-24");
	});

	it("reads again on a new day the notes whose timeline was read against the day before", async () => {
		let now = new Date(2026, 10, 23, 23, 59);
		const { fake } = indexerFixture();
		const { VaultIndexer } = await import("../../src/obsidian/vault-indexer");
		const { defaultSettings } = await import("../../src/core/settings");
		const indexer = new VaultIndexer(fake as never, defaultSettings(), () => now);
		// Written the evening before: tomorrow's thank-you, dated ahead, is still a plan tonight.
		fake.vault.put("Interviews/Acme.md", `${acmeInterview()}\n## Log\n- 2026-11-24 Thank-you email to Raj Patel\n`);
		fake.vault.put(
			"Interviews/Birch.md",
			markdown(["tags: [interview]", "company: Birch", "interview_date: 2026-11-20", "people: [Ann Lee]"], "\nWent well.\n"),
		);
		indexer.load();
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		const thanks = (): string[] =>
			indexer
				.evaluation()
				.followUps.filter((f) => f.kind === "thank-you")
				.map((f) => `${f.note} ${f.to}`);
		expect(thanks()).toEqual(["Interviews/Acme.md Lee Wong", "Interviews/Acme.md Raj Patel", "Interviews/Birch.md Ann Lee"]);
		fake.vault.reads.length = 0;

		now = new Date(2026, 10, 24, 0, 1);
		indexer.checkDay();
		await indexer.whenIdle();
		expect(thanks()).toEqual(["Interviews/Acme.md Lee Wong", "Interviews/Birch.md Ann Lee"]);
		// Birch has no timeline: its reading does not depend on the day, so it is not read again.
		expect(fake.vault.reads).toEqual(["Interviews/Acme.md"]);
	});

	it("lets go of every event and timer on unload", async () => {
		const { fake, indexer } = indexerFixture();
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		expect(fake.metadataCache.listenerCount("changed")).toBe(1);
		indexer.unload();
		expect(fake.metadataCache.listenerCount("changed")).toBe(0);
		expect(fake.vault.listenerCount("rename")).toBe(0);
		fake.vault.put("Interviews/Acme.md", acmeInterview());
		await indexer.whenIdle();
		expect(indexer.index.size).toBe(0);
	});

	it("reads everything again with new settings", async () => {
		const { fake, indexer } = indexerFixture();
		fake.vault.put("Jobs/Acme.md", markdown(["company: Acme", "interview_date: 2026-11-20", "people: [Raj Patel]"]));
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		expect(indexer.index.size).toBe(0);
		const { defaultSettings } = await import("../../src/core/settings");
		await indexer.rebuild({ ...defaultSettings(), interviewFolders: ["Jobs"] });
		expect(indexer.index.notes().map((n) => n.path)).toEqual(["Jobs/Acme.md"]);
	});

	it("joins log notes to their application, and follows one written later", async () => {
		const { fake, indexer } = indexerFixture(settingsWith({ logFolders: ["Logs"], interviewFolders: ["Positions"] }), "2026-11-18");
		const logNote = (contacts: string, topic: string, type: string) =>
			markdown(
				[`Topic: ${topic}`, `Contacts: [${contacts}]`, `Comm-Type: ${type}`, "Comm_DateTime: 2026-11-17"],
				"\nNotes from the call.\n",
			);
		fake.vault.put(
			"Positions/Sorrel.md",
			markdown(["company: Sorrel", "status: active", 'Contacts: ["[[Grace Kim]]", "[[Omar Haddad]]"]']),
		);
		fake.vault.put("People/Grace Kim.md", markdown(["Role: hiring manager"]));
		fake.vault.put("People/Omar Haddad.md", markdown(["Role: interviewer"]));
		fake.vault.put("Logs/Interview.md", logNote('"[[Grace Kim]]", "[[Omar Haddad]]"', "Technical interview (video)", "Exchanged"));
		load(indexer);
		fake.workspace.setLayoutReady();
		await indexer.whenIdle();
		const thankYous = () =>
			indexer.index
				.evaluate("2026-11-18")
				.followUps.filter((f) => f.kind === "thank-you")
				.map((f) => f.to);
		expect(thankYous().sort()).toEqual(["Grace Kim", "Omar Haddad"]);

		fake.vault.put("Logs/Thanks.md", logNote('"[[Grace Kim]]"', "Thank you for today's interview", "Sent"));
		await indexer.whenIdle();
		expect(thankYous()).toEqual(["Omar Haddad"]);
	});
});
