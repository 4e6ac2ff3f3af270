import { describe, expect, it } from "vitest";
import { aSource, evaluate } from "../../builders/vault";

const TODAY = "2026-11-23";
const listed = (sources: ReturnType<typeof aSource>[], eventWords: Record<string, string> = {}) =>
	evaluate(sources, TODAY, { interviewFolders: ["Interviews"], eventWords }).followUps.map((f) => `${f.note}: ${f.kind} ${f.to}`);

describe("a mock or practice interview is no round of an application", () => {
	it.each([
		"Interviews/Mock interview - Acme.md",
		"Interviews/acme-practice-interview.md",
		"Interviews/2026-11-18-星河游戏-用户研究员-模拟面试.md",
		"Interviews/模擬面接 アオバ.md",
		"Interviews/Entrevista simulada - Acme.md",
		"Interviews/Entretien blanc Acme.md",
	])("a note named %j owes nothing", (path) => {
		const note = aSource(path, { company: "Acme", interview_date: "2026-11-20", people: ["Sam Lee"] });
		expect(listed([note])).toEqual([]);
	});

	it("a note of a real interview is still read", () => {
		const note = aSource("Interviews/Acme.md", { company: "Acme", interview_date: "2026-11-20", people: ["Sam Lee"] });
		expect(listed([note])).toContain("Interviews/Acme.md: thank-you Sam Lee");
	});

	it.each([
		"Mock interview with Sam Lee",
		"Practice interview with Sam Lee over video",
		"模拟面试，Sam Lee 扮演面试官",
		"Entrevista de práctica con Sam Lee",
		"Entretien blanc avec Sam Lee",
	])("an entry %j is no round: the application's own interview is the one thanked", (text) => {
		const note = aSource(
			"Interviews/Acme.md",
			{
				company: "Acme",
				interview_date: "2026-11-10",
				people: ["Ana Ruiz"],
				follow_ups: [{ date: "2026-11-10", kind: "thank-you", to: "Ana Ruiz" }],
			},
			`## Log\n\n- 2026-11-18 ${text}\n`,
		);
		const follow = listed([note], { 面试: "interview", entrevista: "interview", entretien: "interview" });
		expect(follow.filter((f) => f.includes("thank-you"))).toEqual([]);
		expect(follow).toContain("Interviews/Acme.md: check-in Ana Ruiz");
	});
});
