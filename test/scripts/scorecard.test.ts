// The scorecard's fixtures and its judging. Only "record mode" runs on the real fixtures
// (are they well-formed?); the scores themselves are not asserted here: they measure the
// tool, and raising them is the work, not a test.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type ExpectedFollowUp, FIXTURES, loadFixtures, type Trap } from "../../scripts/scorecard/fixtures";
import { businessDaysBetween, type ListedFollowUp, scoreVault } from "../../scripts/scorecard/score";

const projectRoot = join(__dirname, "../..");

// The repo's own fixtures, and the held-out vaults written apart from the code (never edited to match it).
const HELD_OUT = join(projectRoot, "test/fixtures/held-out-vaults");

describe.each([
	{ name: "other-vaults", root: FIXTURES, atLeast: 7 },
	{ name: "held-out-vaults", root: HELD_OUT, atLeast: 9 },
])("the $name fixtures (record mode)", ({ root, atLeast }) => {
	it("are well-formed: expected.json parses, notes exist, days are real, no vault has the plugin's data.json", () => {
		const { fixtures, problems } = loadFixtures(root);
		expect(problems).toEqual([]);
		expect(fixtures.length).toBeGreaterThanOrEqual(atLeast);
		expect(new Set(fixtures.map((fixture) => fixture.template)).size).toBe(fixtures.length);
		for (const fixture of fixtures) {
			expect(fixture.followUps.filter((item) => item.optional !== true).length, fixture.name).toBeGreaterThan(0);
			expect(fixture.mustNotList.length, fixture.name).toBeGreaterThan(0);
			expect(fixture.settingsFile, fixture.name).not.toBeNull();
		}
	});

	it("pass `npm run scorecard -- --record`", () => {
		const tsx = join(projectRoot, "node_modules/.bin/tsx");
		const child = spawnSync(tsx, ["scripts/scorecard.ts", "--fixtures", root, "--record"], {
			cwd: projectRoot,
			encoding: "utf8",
		});
		expect(child.stderr).toBe("");
		expect(child.status).toBe(0);
		expect(child.stdout).toContain("fixtures are well-formed");
	});
});

describe("record mode on a broken fixture", () => {
	let root = "";
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	function write(path: string, text: string): void {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}

	it("names each problem: a note that is not in the vault, a day that does not exist, a data.json, an item both expected and a trap", () => {
		root = mkdtempSync(join(tmpdir(), "scorecard-fixtures-"));
		write("SOURCES.md", "`broken`\n");
		write("broken/vault/Jobs/Acme.md", "---\ncompany: Acme\n---\n");
		write("broken/vault/.obsidian/plugins/interview-followups/data.json", "{}");
		write(
			"broken/expected.json",
			JSON.stringify({
				today: "2026-11-23",
				template: "someone/some-template",
				readings: [],
				followUps: [
					{ note: "Jobs/Acme.md", kind: "thank-you", to: "Ann", due: "2026-11-31", windowEnd: "2026-12-01", why: "a bad day" },
					{
						note: "Jobs/Missing.md",
						kind: "check-in",
						to: null,
						due: "2026-11-24",
						windowEnd: "2026-11-25",
						why: "no such note",
					},
					{ note: "Jobs/Acme.md", kind: "check-in", to: null, due: "2026-11-24", windowEnd: "2026-11-25", why: "also a trap" },
				],
				mustNotList: [{ note: "Jobs/Acme.md", kind: "check-in", why: "the trap" }],
			}),
		);
		const { problems } = loadFixtures(root);
		expect(problems).toEqual([
			"broken: the vault has .obsidian/plugins/interview-followups/data.json (setup must find the settings by itself)",
			'broken/expected.json followUps[0]: "due" "2026-11-31" is not a day',
			'broken/expected.json followUps[1]: note "Jobs/Missing.md" is not a note of the vault',
			"broken/expected.json: check-in to nobody in Jobs/Acme.md is both expected and a trap (the trap)",
		]);
	});

	it("says when expected.json is not JSON", () => {
		root = mkdtempSync(join(tmpdir(), "scorecard-fixtures-"));
		write("SOURCES.md", "`broken`\n");
		write("broken/vault/A.md", "");
		write("broken/expected.json", "{ not json");
		const { problems } = loadFixtures(root);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^broken\/expected\.json: /);
	});
});

const expected = (item: Partial<ExpectedFollowUp>): ExpectedFollowUp => ({
	note: "Jobs/Acme.md",
	kind: "check-in",
	to: "Grace Kim",
	due: "2026-11-24",
	windowEnd: "2026-11-25",
	why: "test",
	...item,
});
const listed = (item: Partial<ListedFollowUp>): ListedFollowUp => ({
	note: "Jobs/Acme.md",
	kind: "check-in",
	to: "Grace Kim",
	due: "2026-11-24",
	...item,
});

describe("judging a vault", () => {
	it("counts the same note, kind, addressee and due day as right", () => {
		const score = scoreVault([expected({})], [], [listed({})]);
		expect(score).toMatchObject({ right: 1, near: 0, missing: 0, wrong: 0, listed: 1 });
	});

	it("counts a due day two business days off as near, and three as one wrong and one missing", () => {
		const late = scoreVault([expected({})], [], [listed({ due: "2026-11-26" })]);
		expect(late).toMatchObject({ right: 0, near: 1, missing: 0, wrong: 0 });
		expect(late.items[0]).toMatchObject({ verdict: "near", offBy: 2, listedDue: "2026-11-26" });
		const farLate = scoreVault([expected({})], [], [listed({ due: "2026-11-27" })]);
		expect(farLate).toMatchObject({ right: 0, near: 0, missing: 1, wrong: 1 });
	});

	it("pairs exact due days before near ones, so a second listing of the same follow-up is wrong", () => {
		const score = scoreVault([expected({})], [], [listed({ due: "2026-11-25" }), listed({})]);
		expect(score).toMatchObject({ right: 1, near: 0, wrong: 1 });
	});

	it("compares names without case, spaces or link brackets, and null only with null", () => {
		expect(scoreVault([expected({})], [], [listed({ to: "[[grace-kim|grace  KIM]]" })]).right).toBe(1);
		expect(scoreVault([expected({})], [], [listed({ to: null })])).toMatchObject({ right: 0, missing: 1, wrong: 1 });
		expect(scoreVault([expected({ toAlso: [null] })], [], [listed({ to: null })]).right).toBe(1);
	});

	it("does not count a different kind as right, even on the same day", () => {
		const score = scoreVault([expected({ kind: "decision-check-in" })], [], [listed({})]);
		expect(score).toMatchObject({ right: 0, missing: 1, wrong: 1 });
	});

	it("names a wrong follow-up caught by a must-not-list item as a trap", () => {
		const traps: Trap[] = [{ note: "Jobs/Acme.md", kind: ["thank-you"], to: "Grace Kim", why: "sent on 17 Nov" }];
		const score = scoreVault([], traps, [listed({ kind: "thank-you" }), listed({ kind: "thank-you", to: "Omar" })]);
		expect(score).toMatchObject({ wrong: 2, trapsHit: 1 });
		expect(score.items.map((item) => item.trap)).toEqual(["sent on 17 Nov", undefined]);
	});

	it("counts an optional expectation neither as missing when absent nor as wrong when listed", () => {
		const optional = expected({ kind: "get-contact-info", optional: true });
		expect(scoreVault([optional], [], [])).toMatchObject({ missing: 0, wrong: 0, optionalListed: 0 });
		expect(scoreVault([optional], [], [listed({ kind: "get-contact-info" })])).toMatchObject({ right: 0, wrong: 0, optionalListed: 1 });
	});
});

describe("business days between two days", () => {
	it("counts Monday to Friday only, signed by direction", () => {
		expect(businessDaysBetween("2026-11-20", "2026-11-23")).toBe(1); // Fri → Mon
		expect(businessDaysBetween("2026-11-23", "2026-11-20")).toBe(-1);
		expect(businessDaysBetween("2026-11-23", "2026-11-27")).toBe(4);
		expect(businessDaysBetween("2026-11-23", "2026-11-23")).toBe(0);
	});

	it("puts a weekend day one away from the Friday before it", () => {
		expect(businessDaysBetween("2026-11-20", "2026-11-21")).toBe(1);
	});
});
