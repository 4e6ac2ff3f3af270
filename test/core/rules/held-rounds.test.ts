import { describe, expect, it } from "vitest";
import type { SourceNote } from "../../../src/core/source";
import { aSource, evaluate } from "../../builders/vault";

const TODAY = "2026-11-23";
const NADIA = { name: "Nadia Pereira", email: "nadia@saltmarsh.example" };
const HUGO = { name: "Hugo Castellane", email: "hugo@saltmarsh.example" };

const read = aSource;
const listed = (sources: SourceNote[]) =>
	evaluate(sources, TODAY, { interviewFolders: ["Applications"] }).followUps.map((f) => `${f.note}: ${f.kind} ${f.to} ${f.due}`);

/** An application folder: a research note whose timeline repeats the rounds, and a note for each round. */
const research = read(
	"Applications/Saltmarsh - Analyst/notes.md",
	null,
	[
		"## Timeline",
		"",
		"| Date | Event | Notes |",
		"|------|-------|-------|",
		"| 2026-11-06 | Phone screen | with Nadia Pereira |",
		"| 2026-11-19 | Technical | with Hugo Castellane |",
		"",
	].join("\n"),
);
const screen = read("Applications/Saltmarsh - Analyst/Round 1.md", {
	interview_date: "2026-11-06",
	people: [NADIA],
	follow_ups: [{ date: "2026-11-06", kind: "thank-you", to: "Nadia Pereira" }],
});
const technical = read("Applications/Saltmarsh - Analyst/Round 2.md", {
	interview_date: "2026-11-19",
	people: [HUGO],
	follow_ups: [{ date: "2026-11-19", kind: "thank-you", to: "Hugo Castellane" }],
});

describe("a round held by another note of the application", () => {
	it("is dropped from the note that only lists it, and that note's earlier rounds are superseded", () => {
		// Alone, the research note's timeline gives it two rounds and their follow-ups.
		expect(listed([research])).toContain("Applications/Saltmarsh - Analyst/notes.md: thank-you Hugo Castellane 2026-11-19");
		// With the round notes beside it, each round's follow-ups are its own note's: the
		// screen's chain is superseded by the technical, which is checked in on.
		expect(listed([research, screen, technical])).toEqual([
			"Applications/Saltmarsh - Analyst/Round 2.md: check-in Hugo Castellane 2026-11-25",
		]);
	});

	it("drops a next round an earlier note booked, and supersedes that note", () => {
		const booked = read(
			"Applications/Saltmarsh - Analyst/Round 1.md",
			{ interview_date: "2026-11-06", people: [NADIA], follow_ups: [{ date: "2026-11-06", kind: "thank-you", to: "Nadia Pereira" }] },
			"- 2026-11-19: technical interview with Hugo Castellane\n",
		);
		const alone = listed([booked]);
		expect(alone).toContain("Applications/Saltmarsh - Analyst/Round 1.md: thank-you Hugo Castellane 2026-11-19");
		expect(listed([booked, technical])).toEqual(["Applications/Saltmarsh - Analyst/Round 2.md: check-in Hugo Castellane 2026-11-25"]);
	});

	it("needs the same application: another folder and no company, or another company, keep their rounds", () => {
		const elsewhere = read("Applications/Other - Analyst/Round 2.md", {
			interview_date: "2026-11-19",
			people: [HUGO],
			follow_ups: [{ date: "2026-11-19", kind: "thank-you", to: "Hugo Castellane" }],
		});
		const otherCompany = read("Applications/Saltmarsh - Analyst/Round 2.md", {
			company: "Globex",
			interview_date: "2026-11-19",
			people: [HUGO],
		});
		const researchOf = (company: string) =>
			read(
				"Applications/Saltmarsh - Analyst/notes.md",
				{ company },
				"## Timeline\n\n| Date | Event |\n|---|---|\n| 2026-11-19 | Technical with Hugo Castellane |\n",
			);
		for (const other of [elsewhere, otherCompany]) {
			const notes = [researchOf("Saltmarsh"), other];
			expect(listed(notes)).toContain("Applications/Saltmarsh - Analyst/notes.md: thank-you Hugo Castellane 2026-11-19");
		}
	});

	it("drops the rounds it only lists before a held round that has taken place, not before one still ahead", () => {
		const ISOLDE = { name: "Isolde Varga", email: "isolde@zephyr.example" };
		const researchUntil = (onsite: string) =>
			read(
				"Applications/Zephyr - Analyst/notes.md",
				null,
				`## Timeline\n\n| Date | Event | Notes |\n|---|---|---|\n| 2026-11-05 | Phone screen | with Isolde Varga |\n| ${onsite} | Onsite | with Isolde Varga |\n`,
			);
		const onsiteOn = (day: string) => read("Applications/Zephyr - Analyst/Onsite.md", { interview_date: day, people: [ISOLDE] });
		const fromResearch = (sources: SourceNote[]) => listed(sources).filter((line) => line.includes("notes.md"));
		// The onsite has taken place and has its note: the screen the research note repeats is the application's past.
		expect(fromResearch([researchUntil("2026-11-23"), onsiteOn("2026-11-23")])).toEqual([]);
		expect(listed([researchUntil("2026-11-23"), onsiteOn("2026-11-23")])).toContain(
			"Applications/Zephyr - Analyst/Onsite.md: thank-you Isolde Varga 2026-11-23",
		);
		// The onsite is still ahead: the screen's thank-you, kept nowhere else, is still owed.
		expect(fromResearch([researchUntil("2026-11-25"), onsiteOn("2026-11-25")])).toContain(
			"Applications/Zephyr - Analyst/notes.md: thank-you Isolde Varga 2026-11-05",
		);
	});

	it("ties notes of one company in different folders too", () => {
		const application = read(
			"Applications/Saltmarsh.md",
			{ company: "Saltmarsh" },
			"## Timeline\n\n| Date | Event |\n|---|---|\n| 2026-11-19 | Technical with Hugo Castellane |\n",
		);
		const round = read("Applications/Rounds/Saltmarsh technical.md", {
			company: "Saltmarsh",
			interview_date: "2026-11-19",
			people: [HUGO],
			follow_ups: [{ date: "2026-11-19", kind: "thank-you", to: "Hugo Castellane" }],
		});
		expect(listed([application, round])).toEqual(["Applications/Rounds/Saltmarsh technical.md: check-in Hugo Castellane 2026-11-25"]);
	});
});

describe("a call that books the next round, in Chinese", () => {
	const LIN = { name: "林晓", email: "lin.xiao@lanzhou.example" };
	const ZHOU = { name: "周敏", email: "zhou.min@lanzhou.example" };
	const settings = {
		interviewFolders: ["面试记录"],
		eventWords: { 一面: "interview", 二面: "interview", 感谢: "thank-you", 来电: "reply" },
	};
	const firstRound = (booking: string) =>
		read(
			"面试记录/澜舟数据 一面.md",
			{ company: "澜舟数据", interview_date: "2026-11-10", people: [LIN] },
			`## 跟进记录\n\n- 2026-11-10 给林晓发了感谢邮件\n- 2026-11-13 ${booking}\n`,
		);
	const secondRound = read("面试记录/澜舟数据 二面.md", {
		company: "澜舟数据",
		interview_date: "2026-11-20",
		people: [ZHOU],
		follow_ups: [{ date: "2026-11-20", kind: "thank-you", to: "周敏" }],
	});
	const listedWith = (sources: SourceNote[]) =>
		evaluate(sources, TODAY, settings).followUps.map((f) => `${f.note}: ${f.kind} ${f.to} ${f.due}`);

	it.each(["HR 来电，约了 11-20 二面", "HR 来电，约了11月20日二面", "HR 来电，约了 11/20 二面"])(
		"%j is no interview on the day of the call: the first round is thanked and superseded",
		(booking) => {
			expect(listedWith([firstRound(booking), secondRound])).toEqual(["面试记录/澜舟数据 二面.md: check-in 周敏 2026-11-26"]);
		},
	);

	it("an interview entry that names a later day in another sentence stays on its own day", () => {
		const listed = listedWith([firstRound("二面，HR 来电。结果 11-20 出")]);
		expect(listed).toContain("面试记录/澜舟数据 一面.md: thank-you 林晓 2026-11-13");
	});

	it.each([
		"Phone screen with Dana Fox, recruiter replied they'll decide by 11/27",
		"Onsite interview with Dana Fox; got a reply that the decision comes 11/27 after the interview",
	])("%j is a round on its own day: a later day after an answer alone is a decision's", (entry) => {
		const note = read("Jobs/Acme.md", { company: "Acme", status: "active" }, `## Log\n\n- 2026-11-18: ${entry}\n`);
		const listed = evaluate([note], TODAY, { interviewFolders: ["Jobs"] }).followUps.map((f) => `${f.kind} ${f.to} ${f.due}`);
		expect(listed).toContain("thank-you Dana Fox 2026-11-18");
	});

	it("an answer with an invitation's words books the later day in English too", () => {
		const note = read(
			"Jobs/Acme.md",
			{ company: "Acme", status: "active" },
			"## Log\n\n- 2026-11-18: Recruiter replied and booked the onsite interview for 11/27\n",
		);
		const listed = evaluate([note], TODAY, { interviewFolders: ["Jobs"] }).followUps.map((f) => `${f.kind} ${f.due}`);
		expect(listed.some((f) => f.startsWith("thank-you"))).toBe(false);
		expect(listed).toContain("ask-next-steps 2026-11-27");
	});
});
