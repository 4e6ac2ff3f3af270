/**
 * fast-check generators shared by the property tests: hostile frontmatter values (any
 * shape a YAML reader or a sync tool could hand us) and plausible vaults (interview
 * notes around a base day, people with relations, logs with entries). `FC_RUNS` raises
 * the run count; CI runs 1,000.
 */
import fc from "fast-check";
import { addDays } from "../../src/core/dates";
import type { Day } from "../../src/core/model";
import { FOLLOW_UP_KINDS } from "../../src/core/model";
import type { Settings } from "../../src/core/settings";
import type { SourceNote } from "../../src/core/source";

/** Property-test runs: 100 by default, `FC_RUNS` in CI. */
export const numRuns = Number(process.env.FC_RUNS ?? 100);

/** Keys that reach prototypes or name built-in methods, and every field name and alias we read. */
export const TRICKY_KEYS = [
	"__proto__",
	"constructor",
	"prototype",
	"toString",
	"valueOf",
	"hasOwnProperty",
	"__defineGetter__",
	"tags",
	"tag",
	"type",
	"kind",
	"company",
	"Employer",
	"role",
	"title",
	"interview_date",
	"Interview-Date",
	"date",
	"met",
	"format",
	"medium",
	"people",
	"interviewers",
	"decision_date",
	"call_back",
	"status",
	"status_date",
	"source",
	"channel",
	"topics",
	"job_url",
	"follow_ups",
	"log",
	"stay_in_touch",
	"name",
	"relation",
	"relationship",
	"email",
	"phone",
	"linkedin",
	"primary",
	"to",
	"from",
	"dismissed",
	"skipped",
	"snoozed_until",
] as const;

/** Strings that look like something: dates, phrases, links, vocabulary, prototype names, markup, code. */
export const TRICKY_STRINGS = [
	"",
	" ",
	"interview",
	"#interview",
	"job/interview",
	"2026-11-10",
	"2026-11-10T14:00",
	"2026-11-10 09:00+14:00",
	"2026-11-10T23:59:59-12:00",
	"2026-02-30",
	"2026-13-01",
	"0000-01-01",
	"0000-02-29",
	"0050-03-01",
	"1900-02-29",
	"9999-12-28",
	"9999-12-31",
	"26-11-10",
	"[[Jane Doe]]",
	"[[People/Lee Wong|Lee]]",
	"[[constructor]]",
	"[[__proto__|x]]",
	"[[]]",
	"[[|]]",
	"[[#Heading]]",
	"Friday",
	"next friday",
	"next Sun",
	"in 3 business days",
	"in 999 weeks",
	"in twelve working days",
	"a week",
	"constructor",
	"__proto__",
	"toString",
	"valueOf",
	"hasOwnProperty",
	"next constructor",
	"next toString",
	"constructor days",
	"__proto__ weeks",
	"toString business days",
	"informal",
	"coffee chat",
	"onsite",
	"rejected",
	"closed",
	"offer",
	"no-go",
	"hiring manager",
	"staff",
	"referrer",
	"hr",
	"phone",
	"linkedin",
	"email",
	"yes",
	"no",
	"true",
	"false",
	"{{company}}",
	"${process.exit()}",
	"<img src=x onerror=alert(1)>",
	"\u0000",
	"\uFEFF",
	"😀",
	"a\nb",
	...FOLLOW_UP_KINDS,
	"follow-up",
] as const;

/** A single value as YAML (or a sync tool) might hand it over. */
const leaf: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
	{ weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.integer() },
	{ weight: 1, arbitrary: fc.double() },
	{ weight: 1, arbitrary: fc.boolean() },
	{ weight: 1, arbitrary: fc.constantFrom(null, undefined) },
	{ weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
	{ weight: 1, arbitrary: fc.bigInt() },
);

/**
 * A plain object built the way js-yaml builds maps: `__proto__` becomes an own property
 * (defineProperty), never the prototype.
 */
export function objectFrom(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of entries) {
		Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
	}
	return out;
}

const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TRICKY_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });

/** Any value: leaves, lists, maps with tricky keys, and unquoted wikilinks (`[[x]]` as YAML reads it). */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
	value: fc.oneof(
		{ depthSize: "small", maxDepth: 4 },
		{ weight: 5, arbitrary: leaf },
		{ weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 4 }) },
		{ weight: 1, arbitrary: fc.array(fc.tuple(key, tie("value")), { maxLength: 5 }).map(objectFrom) },
		{ weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => [[s]]) },
	),
})).value;

/** A frontmatter map: mostly known fields (so the reader goes deep), with anything as values. */
export const anyFrontmatter: fc.Arbitrary<Record<string, unknown>> = fc
	.tuple(
		fc.constantFrom<unknown>(["interview"], "interview", "#Interview", undefined),
		fc.array(fc.tuple(key, anyValue), { maxLength: 12 }),
	)
	.map(([tags, entries]) => objectFrom(tags === undefined ? entries : [["tags", tags], ...entries]));

/** A source note as any host could hand it: parsed, broken, or missing frontmatter, any body. */
export const anySource = (path: string): fc.Arbitrary<SourceNote> =>
	fc.oneof(
		{ weight: 8, arbitrary: anyFrontmatter.map((frontmatter) => ({ path, frontmatter, frontmatterError: null, body: "" })) },
		{
			weight: 1,
			arbitrary: fc
				.tuple(fc.constantFrom("bad YAML", "frontmatter in js is not read"), fc.constantFrom("", "#interview", "an interview"))
				.map(([frontmatterError, body]) => ({ path, frontmatter: null, frontmatterError, body })),
		},
		{
			weight: 1,
			arbitrary: fc
				.tuple(fc.constantFrom("", "#interview", "`#interview`", "<!-- #interview", "%%#interview%%"), fc.string({ maxLength: 20 }))
				.map(([tag, text]) => ({ path, frontmatter: null, frontmatterError: null, body: `${text} ${tag}` })),
		},
	);

/** Freezes a value and everything it holds, so a reader that writes into its input throws. */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
	if (typeof value !== "object" || value === null || seen.has(value)) return value;
	seen.add(value);
	for (const k of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[k], seen);
	return Object.freeze(value);
}

// ---------------------------------------------------------------------------------------
// Plausible vaults
// ---------------------------------------------------------------------------------------

const COMPANIES = ["Acme", "acme ", "[[Globex]]", "Initech", "Umbrella", null] as const;
const ROLES = ["PM", "pm", "Engineer", null] as const;
const NAMES = ["Jane Doe", "jane doe", "Raj Patel", "Lee Wong", "Maya Chen", "Sam"] as const;
const RELATIONS = [
	"hiring-manager",
	"manager",
	"interviewer",
	"recruiter",
	"hr",
	"staff",
	"receptionist",
	"referrer",
	"talent",
	null,
] as const;
const FORMATS = ["onsite", "phone", "video", "panel", "informal", "coffee chat", null] as const;
const STATUSES = ["interviewing", "waiting", null, "rejected", "not selected", "closed", "ghosted", "offer", "withdrawn", "no-go"] as const;
const SENT_KINDS = [...FOLLOW_UP_KINDS, "follow-up", "message", "thank-you"] as const;
const RECEIVED_KINDS = ["reply", "rejection", "offer", "invite"] as const;

/** A day `offset` days from `base`, written as YAML would hand it over (text, or a Date now and then). */
const dayAround = (base: Day, min: number, max: number): fc.Arbitrary<Day> => fc.integer({ min, max }).map((n) => addDays(base, n));

const person = fc.oneof(
	{ weight: 1, arbitrary: fc.constantFrom(...NAMES) },
	{
		weight: 3,
		arbitrary: fc
			.record(
				{
					name: fc.constantFrom(...NAMES),
					relation: fc.constantFrom(...RELATIONS),
					email: fc.constantFrom("x@example.com", null),
					phone: fc.constantFrom("+1 555 0100", null),
					linkedin: fc.constantFrom("https://linkedin.example/in/x", null),
					channel: fc.constantFrom("email", "phone", "linkedin", "note", null),
					primary: fc.constantFrom(true, false, null),
				},
				{ requiredKeys: ["name"] },
			)
			.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null))),
	},
);

/** One log entry around the interview day: sent (maybe dismissed or snoozed) or received. */
const logEntry = (interview: Day): fc.Arbitrary<Record<string, unknown>> =>
	fc.oneof(
		{
			weight: 3,
			arbitrary: fc
				.record({
					date: dayAround(interview, -3, 45),
					kind: fc.constantFrom(...SENT_KINDS),
					to: fc.constantFrom(...NAMES),
					flag: fc.constantFrom("none", "none", "none", "dismissed", "skipped", "snoozed"),
					snooze: dayAround(interview, 0, 50),
				})
				.map(({ date, kind, to, flag, snooze }) => ({
					date,
					kind,
					to,
					...(flag === "dismissed" ? { dismissed: true } : flag === "skipped" ? { skipped: true } : {}),
					...(flag === "snoozed" ? { snoozed_until: snooze } : {}),
				})),
		},
		{
			weight: 1,
			arbitrary: fc.record({
				date: dayAround(interview, -5, 45),
				kind: fc.constantFrom(...RECEIVED_KINDS),
				from: fc.constantFrom(...NAMES),
			}),
		},
	);

/** A phrase or a date for decision_date / call_back. */
const dateOrPhrase = (interview: Day): fc.Arbitrary<unknown> =>
	fc.oneof(
		dayAround(interview, -3, 20),
		fc.constantFrom("in one week", "in 3 business days", "Friday", "next Monday", "in 2 weeks", "soonish"),
	);

/** The frontmatter of a plausible interview note around `base`. */
export const interviewFrontmatter = (base: Day): fc.Arbitrary<Record<string, unknown>> =>
	dayAround(base, -40, 10).chain((interview) =>
		fc
			.record(
				{
					company: fc.constantFrom(...COMPANIES),
					role: fc.constantFrom(...ROLES),
					format: fc.constantFrom(...FORMATS),
					people: fc.array(person, { maxLength: 4 }),
					status: fc.constantFrom(...STATUSES),
					status_date: dayAround(interview, 0, 30),
					decision_date: dateOrPhrase(interview),
					call_back: dateOrPhrase(interview),
					topics: fc.constantFrom(["pricing"], ["the roadmap", "hiring"]),
					source: fc.constantFrom("linkedin", "referral", "job board"),
					stay_in_touch: fc.constantFrom(false, "no"),
					follow_ups: fc.array(logEntry(interview), { maxLength: 7 }),
				},
				{ requiredKeys: ["people"] },
			)
			.map((fields) => ({
				tags: ["interview"],
				interview_date: interview,
				...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)),
			})),
	);

/** A vault: a base day, a few interview notes around it, and the day to evaluate on. */
export interface PlausibleVault {
	/** The notes, paths `Interviews/n0.md`, … */
	sources: SourceNote[];
	/** The evaluation day. */
	today: Day;
	/** Settings that differ from the defaults. */
	settings: Partial<Settings>;
}

/** Settings a user could plausibly pick: other weekends, holidays near the base day, other gaps. */
const plausibleSettings = (base: Day): fc.Arbitrary<Partial<Settings>> =>
	fc.record(
		{
			weekendDays: fc.constantFrom([0, 6], [5, 6], [0], [], [0, 1, 2, 3, 4, 5]),
			holidays: fc.uniqueArray(dayAround(base, -30, 60), { maxLength: 8 }),
			minGapBusinessDays: fc.integer({ min: 0, max: 5 }),
			stayInTouchWeeks: fc.integer({ min: 1, max: 8 }),
			stayInTouchMax: fc.integer({ min: 0, max: 4 }),
		},
		{ requiredKeys: [] },
	);

/** Plausible vaults: 1–6 interview notes sharing companies and people, a day near them. */
export const plausibleVault: fc.Arbitrary<PlausibleVault> = fc
	.integer({ min: 0, max: 730 })
	.map((n) => addDays("2026-01-01", n))
	.chain((base) =>
		fc.record({
			sources: fc
				.array(interviewFrontmatter(base), { minLength: 1, maxLength: 6 })
				.map((fms) =>
					fms.map((frontmatter, i) => ({ path: `Interviews/n${i}.md`, frontmatter, frontmatterError: null, body: "" })),
				),
			today: dayAround(base, -5, 70),
			settings: plausibleSettings(base),
		}),
	);
