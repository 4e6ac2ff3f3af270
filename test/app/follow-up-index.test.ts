import { describe, expect, it } from "vitest";
import { FollowUpIndex, READING_SETTINGS, changesReading } from "../../src/app/follow-up-index";
import { readInterviewNote } from "../../src/core/read-note";
import { defaultSettings, type Settings } from "../../src/core/settings";
import type { LinkResolver, SourceNote } from "../../src/core/source";

const TODAY = "2026-11-23";

/** An interview note's source, frontmatter given as a map (as the metadata cache hands it over). */
function interview(path: string, fm: Record<string, unknown>): SourceNote {
	return { path, frontmatter: { tags: ["interview"], ...fm }, frontmatterError: null, inlineTags: [] };
}

const acme = interview("Interviews/Acme.md", {
	company: "Acme",
	role: "Product manager",
	interview_date: "2026-11-20",
	format: "video",
	people: ["[[Lee Wong]]"],
});

/** Resolves `Lee Wong` to a person note whose frontmatter the test controls. */
function people(records: Record<string, Record<string, unknown>>): LinkResolver {
	return (target) => {
		const fm = records[target];
		return fm ? { path: `People/${target}.md`, frontmatter: fm } : null;
	};
}

describe("FollowUpIndex", () => {
	it("keeps interview notes, ignores other notes, and moves the revision only on real changes", () => {
		const index = new FollowUpIndex(defaultSettings());
		const resolve = people({ "Lee Wong": { relation: "hiring-manager", email: "lee@acme.example" } });
		expect(index.update(acme, resolve)).toBe(true);
		const afterAcme = index.revision;
		expect(index.update({ path: "Recipes/Soup.md", frontmatter: { tags: ["food"] }, frontmatterError: null }, resolve)).toBe(false);
		expect(index.update(acme, resolve)).toBe(false);
		expect(index.revision).toBe(afterAcme);
		expect(index.has("Recipes/Soup.md")).toBe(false);
		expect(index.notes().map((n) => n.path)).toEqual(["Interviews/Acme.md"]);
	});

	it("records which interview notes depend on a person note, and forgets it when the link goes", () => {
		const index = new FollowUpIndex(defaultSettings());
		const resolve = people({ "Lee Wong": { relation: "hiring-manager" } });
		index.update(acme, resolve);
		expect(index.dependentsOf("People/Lee Wong.md")).toEqual(["Interviews/Acme.md"]);
		index.update(interview(acme.path, { ...acme.frontmatter, people: ["Raj Patel"] }), resolve);
		expect(index.dependentsOf("People/Lee Wong.md")).toEqual([]);
	});

	it("records a person note that only a timeline entry links, and forgets it when the entry goes", () => {
		const index = new FollowUpIndex(defaultSettings(), undefined, undefined, () => TODAY);
		const resolve = people({ "Lee Wong": { linkedin: "https://linkedin.com/in/lee-wong" } });
		const timeline = (body: string): SourceNote => ({ ...interview(acme.path, { company: "Acme", status: "active" }), body });
		index.update(timeline("## Timeline\n- 2026-11-20 — Video interview with [[Lee Wong]]\n"), resolve);
		expect(index.dependentsOf("People/Lee Wong.md")).toEqual(["Interviews/Acme.md"]);
		index.update(timeline("## Timeline\n- 2026-11-20 — Video interview with Raj Patel\n"), resolve);
		expect(index.dependentsOf("People/Lee Wong.md")).toEqual([]);
	});

	it("sees a person note's new details when the dependent note is read again", () => {
		const index = new FollowUpIndex(defaultSettings());
		index.update(acme, people({ "Lee Wong": { relation: "hiring-manager" } }));
		const before = index.revision;
		expect(index.update(acme, people({ "Lee Wong": { relation: "hiring-manager", email: "lee@acme.example" } }))).toBe(true);
		expect(index.revision).toBeGreaterThan(before);
		expect(index.note(acme.path)?.people[0]?.email).toBe("lee@acme.example");
	});

	it("finds the notes that linked to a name, found or not, so a new note of that name reads them again", () => {
		const index = new FollowUpIndex(defaultSettings());
		index.update(acme, people({}));
		index.update(interview("Interviews/Globex.md", { ...acme.frontmatter, people: ["[[People/Lee Wong#Contact|Lee]]"] }), people({}));
		expect(index.linkingTo("Lee Wong")).toEqual(["Interviews/Acme.md", "Interviews/Globex.md"]);
		expect(index.linkingTo("lee wong")).toEqual(["Interviews/Acme.md", "Interviews/Globex.md"]);
		expect(index.linkingTo("Raj Patel")).toEqual([]);
		index.update(interview(acme.path, { ...acme.frontmatter, people: ["Raj Patel"] }), people({}));
		index.remove("Interviews/Globex.md");
		expect(index.linkingTo("Lee Wong")).toEqual([]);
	});

	it("removes a note and reports whether anything was removed", () => {
		const index = new FollowUpIndex(defaultSettings());
		index.update(acme, people({}));
		expect(index.remove(acme.path)).toBe(true);
		expect(index.remove(acme.path)).toBe(false);
		expect(index.size).toBe(0);
	});

	it("keeps a broken interview note as a diagnostic", () => {
		const index = new FollowUpIndex(defaultSettings());
		index.update(
			{ path: "Interviews/Broken.md", frontmatter: null, frontmatterError: "not valid YAML", body: "tags: [interview" },
			people({}),
		);
		const evaluation = index.evaluate(TODAY);
		expect(evaluation.diagnostics.map((d) => [d.note, d.code])).toContainEqual(["Interviews/Broken.md", "invalid-frontmatter"]);
	});

	it("evaluates once per revision and day", () => {
		const index = new FollowUpIndex(defaultSettings());
		index.update(acme, people({ "Lee Wong": { relation: "hiring-manager", email: "lee@acme.example" } }));
		const first = index.evaluate(TODAY);
		expect(index.evaluate(TODAY)).toBe(first);
		expect(first.followUps.map((f) => f.kind)).toContain("thank-you");
		const tomorrow = index.evaluate("2026-11-24");
		expect(tomorrow).not.toBe(first);
		index.remove(acme.path);
		expect(index.evaluate("2026-11-24").followUps).toEqual([]);
	});
});

describe("evaluating in steps", () => {
	const notes = Array.from({ length: 12 }, (_, i) =>
		interview(`Interviews/${i}.md`, { company: `Co ${i % 4}`, interview_date: `2026-11-${10 + i}`, people: ["Lee Wong", "Raj Patel"] }),
	);

	it("gives the evaluation the one-go evaluation gives, a step per note", () => {
		const stepped = new FollowUpIndex(defaultSettings());
		const whole = new FollowUpIndex(defaultSettings());
		for (const n of notes) {
			stepped.update(n, people({}));
			whole.update(n, people({}));
		}
		let steps = 0;
		const running = stepped.evaluationSteps(TODAY);
		while (!running.next().done) steps += 1;
		expect(steps).toBeGreaterThanOrEqual(notes.length);
		expect(stepped.hasEvaluation(TODAY)).toBe(true);
		expect(stepped.evaluate(TODAY)).toEqual(whole.evaluate(TODAY));
	});

	it("drops its work when a note changes before the last step, and evaluate still answers right", () => {
		const index = new FollowUpIndex(defaultSettings());
		for (const n of notes) index.update(n, people({}));
		const steps = index.evaluationSteps(TODAY);
		steps.next();
		steps.next();
		index.remove("Interviews/0.md");
		while (!steps.next().done) continue;
		expect(index.hasEvaluation(TODAY)).toBe(false);
		expect(index.evaluate(TODAY).followUps.some((f) => f.note === "Interviews/0.md")).toBe(false);
	});
});

describe("READING_SETTINGS", () => {
	/** A valid value other than the default, for every setting (a new setting must be added here). */
	const OTHER: { [K in keyof Settings]: Settings[K] } = {
		interviewTag: "job",
		interviewFolders: ["Jobs"],
		fieldAliases: { company: ["firm"] },
		statusAliases: { pending: "active" },
		weekendDays: [5, 6],
		holidays: ["2026-11-23"],
		holidayCountry: "US",
		minGapBusinessDays: 5,
		stayInTouchWeeks: 2,
		stayInTouchMax: 1,
		maxDraftWords: 10,
		templateFolder: "Templates",
		followUpHeading: "## Sent",
		myName: "Sam",
		horizonDays: 3,
		startupNotice: false,
		newNoteFolder: "Elsewhere",
		writeBackProperties: true,
		relationAliases: { boss: "hiring-manager" },
		ignoredFields: ["company"],
		timelineFields: ["steps"],
		logTag: "joblog",
		logFolders: ["Log"],
		dateOrder: "DMY",
		eventWords: { poked: "check-in" },
	};
	/** Notes on which each setting that changes reading shows it. */
	const notes: SourceNote[] = [
		acme,
		{ path: "Jobs/Untagged.md", frontmatter: { company: "Initech", interview_date: "2026-11-20" }, frontmatterError: null },
		interview("Interviews/Aliased.md", { firm: "Globex", interview_date: "2026-11-20", status: "pending" }),
		// Friday 20 November: "in 1 business day" is Monday 23, or Sunday with a Friday–Saturday weekend, or Tuesday with a holiday.
		interview("Interviews/Relative.md", { company: "Hooli", interview_date: "2026-11-20", decision_date: "in 1 business day" }),
		interview("Interviews/Shapes.md", {
			company: "Umbrella",
			interview_date: "2026-11-10",
			people: [{ name: "Kim Park", relation: "boss" }],
			steps: [{ date: "2026-11-12", action: "thank-you email", to: "Kim Park" }],
		}),
		{
			...interview("Interviews/Body.md", { company: "Stark", interview_date: "2026-11-02", people: ["Ada Byron"] }),
			body: "## Log\n\n- 03/11/2026 thank-you email to Ada Byron\n- 2026-11-09 poked Ada Byron\n",
		},
	];
	/** Settings that change which notes join an application (log notes), not how one note reads: the hosts test them. */
	const JOINING: readonly string[] = ["logTag", "logFolders"];

	it("lists exactly the settings that change how a note reads", () => {
		const base = defaultSettings();
		const read = (settings: Settings): string =>
			JSON.stringify(notes.map((n) => readInterviewNote(n, settings, people({ "Lee Wong": { relation: "hiring-manager" } }))));
		const changing = (Object.keys(OTHER) as (keyof Settings)[]).filter((key) => read({ ...base, [key]: OTHER[key] }) !== read(base));
		expect(changing.sort()).toEqual(READING_SETTINGS.filter((key) => !JOINING.includes(key)).sort());
	});

	it("tells a change that needs the vault read again from one that does not", () => {
		const base = defaultSettings();
		expect(changesReading(base, { ...base, horizonDays: 3, myName: "Sam" })).toBe(false);
		expect(changesReading(base, { ...base, interviewFolders: ["Jobs"] })).toBe(true);
	});
});
