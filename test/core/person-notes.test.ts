/**
 * Person notes' bodies: the address a `Contact Info` table or a bold label writes, and the
 * log their tables, dated items and dated headings keep, joined to the applications that
 * list the person (the log-note rule when several do).
 */
import { describe, expect, it } from "vitest";
import { evaluateVault } from "../../src/app/evaluate";
import { mayHoldPersonText, readPersonNote } from "../../src/core/person-notes";
import { buildVocabulary } from "../../src/core/vocabulary";
import { describeOrigin } from "../../src/core/origin-text";
import type { SourceNote } from "../../src/core/source";
import { aSource, resolverOver, settingsWith } from "../builders/vault";

const TODAY = "2026-11-23";
const ctx = { reference: TODAY, dateOrder: "MDY" as const, vocabulary: buildVocabulary({}).vocabulary };

const PRIYA = [
	"# Priya Raman",
	"",
	"## Contact Info",
	"",
	"| Channel | Details |",
	"|---------|---------|",
	"| Email | priya@northgate.example |",
	"| Phone | |",
	"| LinkedIn |  |",
	"",
	"## Interaction Timeline",
	"",
	"| Date | Type | Context |",
	"|------|------|---------|",
	"| [[2026-11-04]] | Message | reached out about the role |",
	"| [[2026-11-11]] | Call | phone screen |",
	"| [[2026-11-11]] | Email | thank-you for the screen |",
	"| [[2026-11-17]] | Email | check-in on the BI Developer role |",
	"",
].join("\n");

const application = (path: string, date: string, people: unknown[], extra: Record<string, unknown> = {}): SourceNote =>
	aSource(path, { tags: ["interview"], interview_date: date, people, ...extra });

function evaluate(sources: SourceNote[], texts: Record<string, string>) {
	const personText = (path: string) => (texts[path] === undefined ? null : { body: texts[path], bodyLine: 5 });
	return evaluateVault(sources, { settings: settingsWith(), today: TODAY, resolve: resolverOver(sources), personText });
}

describe("readPersonNote", () => {
	it("takes the address from a two-column row or a bold label, never from an empty cell or a log's words", () => {
		expect(readPersonNote("People/Priya.md", { body: PRIYA }, ctx).address).toEqual({ email: "priya@northgate.example" });
		const labelled = "**Email:** ana@lumen.example\n**LinkedIn:** https://www.linkedin.com/in/ana\n\n| Email | sent the thank-you |\n";
		expect(readPersonNote("People/Ana.md", { body: labelled }, ctx).address).toEqual({
			email: "ana@lumen.example",
			linkedin: "https://www.linkedin.com/in/ana",
		});
		expect(readPersonNote("People/Kenji.md", { body: "| Email |  |\n| Phone | n/a |\n" }, ctx).address).toEqual({});
	});

	it("reads the log with the readers of an application's body, saying which note each row is from", () => {
		const { entries } = readPersonNote("People/Priya.md", { body: PRIYA, bodyLine: 12 }, ctx);
		expect(entries.map((e) => `${e.date} ${e.event} ${e.kind}`)).toEqual([
			"2026-11-04 other ",
			"2026-11-11 interview phone",
			"2026-11-11 sent thank-you",
			"2026-11-17 sent check-in",
		]);
		expect(describeOrigin(entries[3]!.origin)).toBe('row 4 of the table under "Interaction Timeline" (line 29 of People/Priya.md)');
	});

	it("reads dated headings as an application's body does", () => {
		const body = "## Conversation History\n\n### 2026-11-20 — Rejection\n\nEmail from Dmitri: they went with an internal candidate.\n";
		const { entries } = readPersonNote("People/Dmitri.md", { body }, ctx);
		expect(entries.map((e) => `${e.date} ${e.event} ${e.kind}`)).toEqual(["2026-11-20 received rejection"]);
	});
});

describe("mayHoldPersonText", () => {
	it("is true for a table, an address, or a line that starts with a day, and false for prose alone", () => {
		for (const text of [
			"| Email | priya@northgate.example |",
			"**LinkedIn:** jane-doe",
			"**Phone:** +44 20 7946 0000",
			"### 2026-11-11 — Phone screen",
			"- [x] **2026-11-17** chased Priya",
			"2026-11-09 — she called about the role.",
		])
			expect(mayHoldPersonText(`# Priya Raman 2\n\nMet at a meetup.\n${text}\n`), text).toBe(true);
		expect(mayHoldPersonText("# Ada Jansen 2\n\nTalked roadmap and hiring plans.\n\n- Design reviews culture.\n")).toBe(false);
		// A day only inside a sentence is not looked for: readPersonNote skips such a text too.
		const sentence = "# Ada Jansen\n\nEmailed Ada a thank-you on 12 Nov.\n";
		expect(mayHoldPersonText(sentence)).toBe(false);
		expect(readPersonNote("People/Ada.md", { body: sentence, bodyLine: 5 }, ctx)).toEqual({
			entries: [],
			address: {},
		});
	});
});

describe("a person note's log and address in the evaluation", () => {
	const priya = aSource("People/Priya Raman.md", { relationship: "recruiter" });

	it("makes the check-in done and the address known: the next step is the second check-in", () => {
		const sources = [application("Jobs/Northgate.md", "2026-11-11", ["[[Priya Raman]]"]), priya];
		const without = evaluate(sources, {}).followUps.map((f) => `${f.kind} ${f.to} ${f.due}`);
		expect(without).toEqual([
			"get-contact-info Priya Raman 2026-11-11",
			"thank-you Priya Raman 2026-11-11",
			"check-in Priya Raman 2026-11-17",
		]);
		const withBody = evaluate(sources, { "People/Priya Raman.md": PRIYA }).followUps.map((f) => `${f.kind} ${f.to} ${f.due}`);
		expect(withBody).toEqual(["second-check-in Priya Raman 2026-11-23"]);
	});

	it("keeps an address the application or the person note's properties give", () => {
		const sources = [
			application("Jobs/Northgate.md", "2026-11-11", [{ name: "[[Priya Raman]]", email: "p.raman@home.example" }]),
			priya,
		];
		const note = evaluateNote(sources, { "People/Priya Raman.md": PRIYA });
		expect(note?.people[0]?.email).toBe("p.raman@home.example");
	});

	it("adds no round: an entry before the application's first day joins nothing, a meeting on another day is a plain event", () => {
		const body =
			"| Date | Type | Context |\n|---|---|---|\n| 2026-11-02 | Call | phone screen for another team |\n| 2026-11-16 | Email | panel logistics |\n";
		const sources = [application("Jobs/Northgate.md", "2026-11-11", ["[[Priya Raman]]"]), priya];
		const note = evaluateNote(sources, { "People/Priya Raman.md": body });
		expect(note?.rounds?.map((r) => r.date)).toEqual(["2026-11-11"]);
		expect(note?.timeline?.map((e) => `${e.date} ${e.event} ${e.person}`)).toEqual(["2026-11-16 other Priya Raman"]);
	});

	it("gives each entry to the application whose latest round on or before its day is the latest", () => {
		const sources = [
			application("Jobs/Northgate screen.md", "2026-11-11", ["[[Priya Raman]]"]),
			application("Jobs/Northgate final.md", "2026-11-18", ["[[Priya Raman]]"]),
			priya,
		];
		const body = "- 2026-11-12 thank-you email to Priya\n- 2026-11-19 thank-you email to Priya\n";
		const notes = new Map<string, string[]>();
		evaluateVault(sources, {
			settings: settingsWith(),
			today: TODAY,
			resolve: resolverOver(sources),
			personText: () => ({ body }),
			onNote: (note) =>
				notes.set(
					note.path,
					(note.timeline ?? []).map((e) => e.date),
				),
		});
		expect(notes.get("Jobs/Northgate screen.md")).toEqual(["2026-11-12"]);
		expect(notes.get("Jobs/Northgate final.md")).toEqual(["2026-11-19"]);
	});

	it("of several, joins only one still going, and none when two tie", () => {
		const body = "- 2026-11-19 thank-you email to Priya\n";
		const joinedTo = (sources: SourceNote[]) => {
			const paths: string[] = [];
			evaluateVault(sources, {
				settings: settingsWith(),
				today: TODAY,
				resolve: resolverOver(sources),
				personText: () => ({ body }),
				onNote: (note) => (note.timeline?.length ? paths.push(note.path) : undefined),
			});
			return paths;
		};
		const open = application("Jobs/Open.md", "2026-11-11", ["[[Priya Raman]]"]);
		const closed = application("Jobs/Closed.md", "2026-11-18", ["[[Priya Raman]]"], { status: "rejected" });
		expect(joinedTo([open, closed, priya])).toEqual(["Jobs/Open.md"]);
		const twin = application("Jobs/Twin.md", "2026-11-11", ["[[Priya Raman]]"]);
		expect(joinedTo([open, twin, priya])).toEqual([]);
	});
});

function evaluateNote(sources: SourceNote[], texts: Record<string, string>) {
	let found;
	evaluateVault(sources, {
		settings: settingsWith(),
		today: TODAY,
		resolve: resolverOver(sources),
		personText: (path) => (texts[path] === undefined ? null : { body: texts[path] }),
		onNote: (note) => {
			if (note.path === sources[0]?.path) found = note;
		},
	});
	return found as import("../../src/core/model").InterviewNote | undefined;
}
