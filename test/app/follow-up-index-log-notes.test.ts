/**
 * Log notes in the plugin's index (existing-vaults.md §3, item 5): the index joins them to
 * their applications as the command line does, and keeps the join right as notes change.
 */
import { describe, expect, it } from "vitest";
import { evaluateVault } from "../../src/app/evaluate";
import { FollowUpIndex } from "../../src/app/follow-up-index";
import type { Evaluation } from "../../src/core/model";
import type { SourceNote } from "../../src/core/source";
import { aSource, resolverOver, settingsWith } from "../builders/vault";

const settings = settingsWith({ logFolders: ["Logs"], interviewFolders: ["Positions"] });
const TODAY = "2026-11-18";

const position = aSource("Positions/Sorrel.md", {
	company: "Sorrel",
	status: "active",
	Contacts: ["[[Grace Kim]]", "[[Omar Haddad]]"],
});
const people = [
	aSource("People/Grace Kim.md", { Role: "hiring manager", Email: "grace@example.com" }),
	aSource("People/Omar Haddad.md", { Role: "interviewer", Email: "omar@example.com" }),
];
const log = (file: string, topic: string, type: string, contacts: string[]): SourceNote =>
	aSource(`Logs/${file}.md`, {
		Topic: topic,
		Contacts: contacts.map((c) => `[[${c}]]`),
		"Comm-Type": type,
		Comm_DateTime: "2026-11-17",
	});
const interviewLog = log("Interview", "Technical interview (video)", "Exchanged", ["Grace Kim", "Omar Haddad"]);
const thanks = log("Thanks", "Thank you for today's interview", "Sent", ["Grace Kim"]);

const lines = (evaluation: Evaluation): string[] => evaluation.followUps.map((f) => `${f.kind} ${f.to ?? "nobody"} ${f.due}`).sort();

/** What the command line lists for these notes. */
const commandLine = (sources: SourceNote[]): string[] =>
	lines(evaluateVault(sources, { settings, today: TODAY, resolve: resolverOver(sources) }));

function indexOver(sources: SourceNote[]): { index: FollowUpIndex; all: SourceNote[] } {
	const all = [...sources];
	const index = new FollowUpIndex(settings);
	for (const source of all) index.update(source, resolverOver(all));
	return { index, all };
}

describe("log notes in the index", () => {
	it("join their application as on the command line: the round they make, the thank-you they log as sent", () => {
		const sources = [position, ...people, interviewLog, thanks];
		const { index } = indexOver(sources);
		const listed = lines(index.evaluate(TODAY));
		expect(listed).toEqual(commandLine(sources));
		expect(listed.filter((l) => l.startsWith("thank-you"))).toEqual(["thank-you Omar Haddad 2026-11-17"]);
		expect(index.note("Positions/Sorrel.md")?.timeline?.map((e) => e.origin)).toContainEqual({
			from: "log-note",
			path: "Logs/Thanks.md",
		});
	});

	it("follow a log note that is added, changed or deleted after the day was evaluated", () => {
		const { index, all } = indexOver([position, ...people, interviewLog]);
		const thankYous = () => lines(index.evaluate(TODAY)).filter((l) => l.startsWith("thank-you"));
		expect(thankYous()).toEqual(["thank-you Grace Kim 2026-11-17", "thank-you Omar Haddad 2026-11-17"]);

		all.push(thanks);
		expect(index.update(thanks, resolverOver(all))).toBe(true);
		expect(thankYous()).toEqual(["thank-you Omar Haddad 2026-11-17"]);

		const both = log("Thanks", "Thank you for today's interview", "Sent", ["Grace Kim", "Omar Haddad"]);
		index.update(both, resolverOver(all));
		expect(thankYous()).toEqual([]);

		expect(index.remove("Logs/Thanks.md")).toBe(true);
		expect(thankYous()).toEqual(["thank-you Grace Kim 2026-11-17", "thank-you Omar Haddad 2026-11-17"]);
	});

	it("leave the application as its own note reads once the settings select no log notes", () => {
		const sources = [position, ...people, interviewLog, thanks];
		const index = new FollowUpIndex(settingsWith({ interviewFolders: ["Positions"] }));
		for (const source of sources) index.update(source, resolverOver(sources));
		expect(index.note("Positions/Sorrel.md")?.timeline ?? []).toEqual([]);
		expect(index.interviewCount).toBe(1);
	});

	it("read a received log note's first paragraph for its outcome, as on the command line", () => {
		const answer = { ...log("Answer", "Your application", "Received", ["Grace Kim"]), body: "Unsuccessful this time.\n" };
		const sources = [position, ...people, interviewLog, answer];
		const listed = lines(indexOver(sources).index.evaluate(TODAY));
		expect(listed).toEqual(commandLine(sources));
		expect(listed.filter((l) => l.startsWith("rejection-reply"))).toEqual(["rejection-reply Grace Kim 2026-11-18"]);
	});

	it("report an unchanged log note as no change", () => {
		const { index, all } = indexOver([position, ...people, interviewLog, thanks]);
		index.evaluate(TODAY);
		expect(index.update(thanks, resolverOver(all))).toBe(false);
	});
});

describe("diagnostics in the index with log notes", () => {
	it("drop missing-interview-date once a log note gives the application its round, as on the command line", () => {
		const sources = [position, ...people, interviewLog];
		const { index } = indexOver(sources);
		const codes = index.evaluate(TODAY).diagnostics.map((d) => d.code);
		expect(codes).not.toContain("missing-interview-date");
		const alone = indexOver([position, ...people])
			.index.evaluate(TODAY)
			.diagnostics.map((d) => d.code);
		expect(alone).toContain("missing-interview-date");
	});
});

describe("daily notes in the index", () => {
	it("join the application each list item links, as on the command line", () => {
		const daily = settingsWith({ logFolders: ["/"], interviewFolders: ["Jobs"] });
		const sources = [
			aSource("Jobs/Orrin.md", null, "**Company:** Orrin\n**Status:** Interviewing\n"),
			aSource("2026-11-17.md", null, "- [[Orrin]]: case study presentation to Wen Li.\n- Thanked Wen by email tonight.\n"),
		];
		const index = new FollowUpIndex(daily);
		for (const source of sources) index.update(source, resolverOver(sources));
		const listed = lines(index.evaluate(TODAY));
		expect(listed).toEqual(lines(evaluateVault(sources, { settings: daily, today: TODAY, resolve: resolverOver(sources) })));
		expect(listed.filter((l) => l.startsWith("thank-you"))).toEqual([]);
		expect(index.note("Jobs/Orrin.md")?.timeline?.map((e) => `${e.date} ${e.event} ${e.person}`)).toEqual([
			"2026-11-17 interview Wen Li",
			"2026-11-17 sent Wen",
		]);
	});
});
