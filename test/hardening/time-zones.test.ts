/**
 * Calendar days must not move with the clock's zone. CI runs the whole suite under four
 * zones (.ci/run); these tests also switch `process.env.TZ` themselves (Node applies it
 * at once), so every zone is covered in every run, around the 2026 daylight-saving
 * changes of the US (8 Mar, 1 Nov) and New Zealand (5 Apr, 27 Sep).
 */
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { addDays, readDay } from "../../src/core/dates";
import type { Day, Evaluation } from "../../src/core/model";
import { aSource, evaluate } from "../builders/vault";
import { cli, makeVault, removeVaults, type DueJson } from "./vaults";

const ZONES = [
	"UTC",
	"America/Los_Angeles",
	"America/New_York",
	"Pacific/Auckland",
	"Asia/Kolkata",
	"Pacific/Chatham",
	"Pacific/Kiritimati",
	"Pacific/Pago_Pago",
];
const ambientZone = process.env["TZ"];

function setZone(zone: string | undefined): void {
	if (zone === undefined) delete process.env["TZ"];
	else process.env["TZ"] = zone;
}
afterEach(() => {
	setZone(ambientZone);
	vi.useRealTimers();
});
afterAll(removeVaults);

/** Runs `body` once per zone, restoring the zone after. */
function inEachZone(body: (zone: string) => void): void {
	for (const zone of ZONES) {
		setZone(zone);
		body(zone);
	}
}

const brief = (r: Evaluation) => r.followUps.map((f) => `${f.note} ${f.kind} ${f.to ?? "-"} ${f.due}..${f.windowEnd} ${f.status}`);
const person = (name: string) => [{ name, relation: "hiring-manager", email: `${name.toLowerCase()}@x.example` }];
const interview = (fields: Record<string, unknown>) => ({ tags: ["interview"], format: "onsite", ...fields });

/**
 * Notes around a daylight-saving Sunday X: interviews on the Friday before, a call-back
 * phrase, a decision phrase, spacing after a message sent across the change, and a
 * stay-in-touch six calendar weeks on.
 */
function aroundSunday(x: Day) {
	const at = (n: number) => addDays(x, n);
	const sources = [
		aSource("a-plain.md", interview({ company: "A", interview_date: at(-2), people: person("Ann") })),
		aSource("b-callback.md", interview({ company: "B", interview_date: at(-2), call_back: "in 3 days", people: person("Bo") })),
		aSource("c-decision.md", interview({ company: "C", interview_date: at(-2), decision_date: "next Monday", people: person("Cy") })),
		aSource("d-spaced.md", interview({ company: "D", interview_date: at(-2), people: person("Di") })),
		aSource(
			"e-later.md",
			interview({
				company: "E",
				interview_date: at(3),
				people: person("Di"),
				follow_ups: [{ date: at(3), kind: "thank-you", to: "Di" }],
			}),
		),
		aSource(
			"f-closed.md",
			interview({ company: "F", interview_date: at(-10), status: "closed", status_date: at(-3), people: person("Fay") }),
		),
	];
	const expected = [
		`a-plain.md thank-you Ann ${at(-2)}..${at(1)} due`,
		`b-callback.md thank-you Bo ${at(-2)}..${at(1)} due`,
		`c-decision.md thank-you Cy ${at(-2)}..${at(1)} due`,
		`d-spaced.md thank-you Di ${at(-2)}..${at(1)} due`,
		// call_back "in 3 days" from Friday: Monday, that day only.
		`b-callback.md callback Bo ${at(1)}..${at(1)} upcoming`,
		// decision "next Monday" from Friday: the Monday after, + 1 and 2 business days.
		`c-decision.md decision-check-in Cy ${at(2)}..${at(3)} upcoming`,
		// interview Sunday + 3 (Wednesday) is today + 3.
		`e-later.md ask-next-steps - ${at(3)}..${at(3)} upcoming`,
		// Friday + 4 business days = Thursday.
		`a-plain.md check-in Ann ${at(4)}..${at(5)} upcoming`,
		// Thursday would come 1 business day after Di's thank-you on Wednesday: moved to Friday, window kept (1 business day: Monday).
		`d-spaced.md check-in Di ${at(5)}..${at(8)} upcoming`,
		// closed on Thursday: six calendar weeks later, a Thursday; window 5 business days.
		`f-closed.md stay-in-touch Fay ${at(39)}..${at(46)} upcoming`,
	];
	return { sources, expected };
}

describe("a daylight-saving change moves no day", () => {
	const changes: [string, Day][] = [
		["US spring forward", "2026-03-08"],
		["US fall back", "2026-11-01"],
		["NZ end of summer time", "2026-04-05"],
		["NZ start of summer time", "2026-09-27"],
	];
	for (const [name, sunday] of changes) {
		it(`${name} (${sunday}): business days, calendar weeks, phrases, spacing and statuses agree in every zone`, () => {
			const { sources, expected } = aroundSunday(sunday);
			setZone("UTC");
			const reference = evaluate(sources, sunday);
			inEachZone((zone) => {
				const result = evaluate(sources, sunday);
				expect(brief(result), zone).toEqual(expected);
				// Reasons show the days by name; they must not shift either.
				expect(result, zone).toEqual(reference);
			});
		});
	}

	it("the day of a date-time or a YAML timestamp is the day written, in every zone", () => {
		inEachZone((zone) => {
			expect(readDay("2026-03-08T02:30"), zone).toBe("2026-03-08");
			expect(readDay("2026-04-05T02:30:00+13:00"), zone).toBe("2026-04-05");
			expect(readDay("2026-11-01T23:59:59-12:00"), zone).toBe("2026-11-01");
			expect(readDay(new Date(Date.UTC(2026, 8, 27))), zone).toBe("2026-09-27");
		});
	});

	it("the command line gives the same JSON in every zone on the change day", { timeout: 60_000 }, async () => {
		const { sources } = aroundSunday("2026-11-01");
		const files = Object.fromEntries(sources.map((s) => [join("Interviews", s.path), `---\n${JSON.stringify(s.frontmatter)}\n---\n`]));
		const vault = makeVault(files);
		const outputs = new Map<string, string>();
		for (const zone of ZONES) {
			setZone(zone);
			const result = await cli(["due", vault, "--today", "2026-11-01", "--format", "json"]);
			expect(result.code, zone).toBe(0);
			outputs.set(zone, result.out);
		}
		expect(new Set(outputs.values()).size).toBe(1);
	});
});

describe("the default today is the local calendar day", () => {
	const localDay = (d: Date) =>
		`${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

	async function defaultToday(vault: string): Promise<string> {
		const result = await cli(["due", vault, "--format", "json"]);
		expect(result.code).toBe(0);
		return (JSON.parse(result.out) as DueJson).today;
	}

	it("without --today, due evaluates for the machine's local date (in its own zone)", { timeout: 30_000 }, async () => {
		const vault = makeVault({ "a.md": "# nothing\n" });
		const before = localDay(new Date());
		const today = await defaultToday(vault);
		const after = localDay(new Date());
		expect([before, after]).toContain(today);
	});

	it("at moments when the zones disagree on the date, each gets its own", { timeout: 30_000 }, async () => {
		const vault = makeVault({ "a.md": "# nothing\n" });
		// Instants near local midnights and daylight-saving changes; the UTC date differs from some zones' dates.
		const instants = [
			"2026-11-23T20:00:00Z",
			"2026-11-01T06:59:00Z",
			"2026-11-01T09:30:00Z",
			"2026-03-08T10:30:00Z",
			"2026-04-04T13:30:00Z",
			"2026-09-26T14:30:00Z",
			"2026-12-31T18:45:00Z",
		];
		vi.useFakeTimers({ toFake: ["Date"] });
		for (const instant of instants) {
			vi.setSystemTime(new Date(instant));
			for (const zone of ZONES) {
				setZone(zone);
				expect(await defaultToday(vault), `${instant} in ${zone}`).toBe(localDay(new Date()));
			}
		}
		// Spot checks written out, so the test does not only trust Date's local getters.
		vi.setSystemTime(new Date("2026-11-01T06:59:00Z"));
		const expected: Record<string, string> = {
			UTC: "2026-11-01",
			"America/Los_Angeles": "2026-10-31",
			"Pacific/Auckland": "2026-11-01",
			"Asia/Kolkata": "2026-11-01",
		};
		for (const [zone, day] of Object.entries(expected)) {
			setZone(zone);
			expect(await defaultToday(vault), zone).toBe(day);
		}
		vi.setSystemTime(new Date("2026-12-31T18:45:00Z"));
		const newYear: Record<string, string> = {
			UTC: "2026-12-31",
			"America/Los_Angeles": "2026-12-31",
			"Pacific/Auckland": "2027-01-01",
			"Asia/Kolkata": "2027-01-01",
		};
		for (const [zone, day] of Object.entries(newYear)) {
			setZone(zone);
			expect(await defaultToday(vault), zone).toBe(day);
		}
	});
});
