import { describe, expect, it } from "vitest";
import { createLinkResolver } from "../../src/app/link-index";
import { readInterviewNote } from "../../src/core/read-note";
import { isInterviewNote } from "../../src/core/classify";
import { aBrokenSource, aSource, resolverOver, settingsWith } from "../builders/vault";
import type { SourceNote } from "../../src/core/source";

const settings = settingsWith();
const read = (source: SourceNote, others: SourceNote[] = [], s = settings) =>
	readInterviewNote(source, s, resolverOver([source, ...others]));
const codes = (source: SourceNote, others: SourceNote[] = [], s = settings) => read(source, others, s).diagnostics.map((d) => d.code);

describe("which notes are interview notes", () => {
	const is = (source: SourceNote, s = settings) => isInterviewNote(source, s);
	it("a frontmatter tag, with or without #, any case, nested either way", () => {
		expect(is(aSource("a.md", { tags: ["Interview"] }))).toBe(true);
		expect(is(aSource("a.md", { tags: "#interview" }))).toBe(true);
		expect(is(aSource("a.md", { tag: "job/interview" }))).toBe(true);
		expect(is(aSource("a.md", { tags: ["interview/onsite"] }))).toBe(true);
		expect(is(aSource("a.md", { tags: "job, interview" }))).toBe(true);
	});
	it("a different tag that merely starts with the word does not count", () => {
		expect(is(aSource("a.md", { tags: ["interviewing"] }))).toBe(false);
		expect(is(aSource("a.md", null, "Prep for #interviewing next week"))).toBe(false);
	});
	it("an inline tag in the body counts, but not inside code or comments", () => {
		expect(is(aSource("a.md", null, "Met Jane today. #interview"))).toBe(true);
		expect(is(aSource("a.md", null, "```\n#interview\n```\n"))).toBe(false);
		expect(is(aSource("a.md", null, "~~~md\nsome #interview\n~~~"))).toBe(false);
		expect(is(aSource("a.md", null, "Use `#interview` to tag notes"))).toBe(false);
		expect(is(aSource("a.md", null, "%% #interview %%"))).toBe(false);
		expect(is(aSource("a.md", null, "<!-- #interview -->"))).toBe(false);
		expect(is(aSource("a.md", null, "# Interview with Acme\nno tag here"))).toBe(false);
	});
	it("type or kind: interview counts", () => {
		expect(is(aSource("a.md", { type: "Interview" }))).toBe(true);
		expect(is(aSource("a.md", { Kind: "interview" }))).toBe(true);
	});
	it("a note under an interview folder counts", () => {
		const s = settingsWith({ interviewFolders: ["Job search/Interviews/"] });
		expect(is(aSource("Job search/Interviews/Acme.md", {}), s)).toBe(true);
		expect(is(aSource("Job search/Interviews-old/Acme.md", {}), s)).toBe(false);
	});
	it("the interview tag is a setting", () => {
		const s = settingsWith({ interviewTag: "gesprek" });
		expect(is(aSource("a.md", { tags: ["gesprek"] }), s)).toBe(true);
		expect(is(aSource("a.md", { tags: ["interview"] }), s)).toBe(false);
	});
});

describe("fields and aliases", () => {
	it("reads aliases case-insensitively, with -, _ and spaces alike", () => {
		const { note } = read(aSource("a.md", { type: "interview", Employer: "Acme", "Job Title": "PM", "Interview-Date": "2026-11-19" }));
		expect(note).toMatchObject({ company: "Acme", role: "PM", interviewDate: "2026-11-19" });
	});
	it("the canonical name wins over aliases, and empty values are skipped", () => {
		const { note } = read(
			aSource("a.md", {
				type: "interview",
				org: "Wrong",
				company: "Acme",
				date: "2026-11-01",
				interview_date: "",
				interviewed: "2026-11-19",
			}),
		);
		expect(note?.company).toBe("Acme");
		expect(note?.interviewDate).toBe("2026-11-19");
	});
	it("takes extra aliases from the settings", () => {
		const s = settingsWith({ fieldAliases: { "interview-date": ["Interview-On"], company: ["Firm"] } });
		const { note } = read(aSource("a.md", { type: "interview", interview_on: "2026-11-19", firm: "Acme" }), [], s);
		expect(note).toMatchObject({ company: "Acme", interviewDate: "2026-11-19" });
	});
	it("reads wikilinked company and role as their display text", () => {
		const { note } = read(aSource("a.md", { type: "interview", company: "[[acme-inc|Acme]]", role: [["Staff Engineer"]] }));
		expect(note).toMatchObject({ company: "Acme", role: "Staff Engineer" });
	});
	it("maps formats, including informal synonyms", () => {
		for (const [written, format] of [
			["Coffee chat", "informal"],
			["networking", "informal"],
			["On-site", "onsite"],
			["video", "video"],
		]) {
			expect(read(aSource("a.md", { type: "interview", format: written })).note?.format).toBe(format);
		}
	});
	it("maps statuses to groups, with user aliases", () => {
		const s = settingsWith({ statusAliases: { Under_Review: "active", "No-Go": "ended", "Final round": "active" } });
		const group = (status: string) => read(aSource("a.md", { type: "interview", status }), [], s).note?.status;
		expect(group("Declined by them")).toBe("rejected");
		expect(group("declined")).toBe("ended");
		expect(group("no_response")).toBe("closed");
		expect(group("final-round")).toBe("active");
		expect(group("NO GO")).toBe("ended");
	});
	it("resolves relative decision and call-back phrases from the interview day", () => {
		const { note } = read(
			aSource("a.md", { type: "interview", interview_date: "2026-11-10", decision: "in one week", callback: "next Friday" }),
		);
		expect(note).toMatchObject({ decisionDate: "2026-11-17", callBack: "2026-11-20" });
	});
	it("stay_in_touch: false turns stay-in-touch off", () => {
		expect(read(aSource("a.md", { type: "interview", stay_in_touch: false })).note?.stayInTouch).toBe(false);
		expect(read(aSource("a.md", { type: "interview" })).note?.stayInTouch).toBe(true);
	});
});

describe("people", () => {
	const jane = aSource("People/Jane Doe.md", {
		Relationship: "Hiring manager",
		title: "Director of Product",
		email: "jane@acme.example",
	});
	const lee = aSource("People/Lee Wong.md", { Role: "Recruiter", phone: "+1 555 0199", channel: "phone" });
	const kim = aSource("People/Kim Ito.md", { role: "Staff Engineer" });

	it("give a note's only person the note's own address fields, and several people none", () => {
		const one = read(
			aSource("Interviews/r0.md", { type: "interview", interviewer: "Hannah Cole", linkedin: "https://www.linkedin.com/in/hc" }),
		).note;
		expect(one?.people.map((p) => [p.name, p.linkedin])).toEqual([["Hannah Cole", "https://www.linkedin.com/in/hc"]]);
		// From a metadata table too (`| **Interviewer** | Hannah Cole |`, `| **Email** | … |`).
		const table =
			"| Field | Value |\n|---|---|\n| **Date** | 2026-11-05 |\n| **Interviewer** | Hannah Cole |\n| **Email** | hc@northwind.example |\n";
		const fromTable = read(aSource("Interviews/r1.md", { type: "interview" }, table)).note;
		expect(fromTable?.people.map((p) => [p.name, p.email])).toEqual([["Hannah Cole", "hc@northwind.example"]]);
		const placeholder = read(
			aSource("Interviews/r3.md", { type: "interview", interviewer: "Maya Osei", linkedin: "—", email: "n/a" }),
		).note;
		expect(placeholder?.people.map((p) => [p.linkedin, p.email])).toEqual([[null, null]]);
		const two = read(
			aSource("Interviews/r2.md", { type: "interview", people: ["Hannah Cole", "Raj Patel"], email: "me@example.com" }),
		).note;
		expect(two?.people.map((p) => p.email)).toEqual([null, null]);
	});

	it("reads bare names, maps and wikilinks to person notes", () => {
		const { note } = read(
			aSource("Interviews/a.md", {
				type: "interview",
				people: [
					"Raj Patel",
					{ name: "Ann Park", relation: "receptionist", primary: true },
					"[[Jane Doe]]",
					"[[People/Lee Wong|Lee]]",
					"[[Kim Ito]]",
				],
			}),
			[jane, lee, kim],
		);
		expect(note?.people.map((p) => [p.name, p.relation, p.title, p.notePath])).toEqual([
			["Raj Patel", "interviewer", null, null],
			["Ann Park", "staff", null, null],
			["Jane Doe", "hiring-manager", "Director of Product", "People/Jane Doe.md"],
			["Lee", "recruiter", null, "People/Lee Wong.md"],
			["Kim Ito", "interviewer", "Staff Engineer", "People/Kim Ito.md"],
		]);
		expect(note?.people[1]?.primary).toBe(true);
		expect(note?.people[3]).toMatchObject({ phone: "+1 555 0199", channel: "phone" });
	});
	it("fields written in the interview note win over the person note", () => {
		const { note } = read(
			aSource("Interviews/a.md", {
				type: "interview",
				people: [{ name: "[[Jane Doe]]", email: "jane.d@acme.example", relation: "interviewer" }],
			}),
			[jane],
		);
		expect(note?.people[0]).toMatchObject({
			name: "Jane Doe",
			email: "jane.d@acme.example",
			relation: "interviewer",
			title: "Director of Product",
		});
	});
	it("an unresolved link is still a person, with a warning", () => {
		const source = aSource("Interviews/a.md", { type: "interview", interview_date: "2026-11-19", people: ["[[Nobody Here]]"] });
		expect(read(source).note?.people[0]?.name).toBe("Nobody Here");
		expect(codes(source)).toContain("unresolved-person");
	});
	it("a person note linked from many notes reads the same in each, and each note gets its warnings", () => {
		const mentor = aSource("People/Bo Chen.md", { relation: "mentor", email: "bo@acme.example" });
		const first = read(aSource("Interviews/a.md", { type: "interview", interview_date: "2026-11-19", people: ["[[Bo Chen]]"] }), [
			mentor,
		]);
		const second = read(
			aSource("Interviews/b.md", { type: "interview", interview_date: "2026-11-20", people: ["[[Bo Chen|Bo]]", "[[Bo Chen]]"] }),
			[mentor],
		);
		expect(first.note?.people).toEqual([second.note?.people[1]]);
		expect(second.note?.people.map((p) => [p.name, p.email, p.notePath])).toEqual([
			["Bo", "bo@acme.example", "People/Bo Chen.md"],
			["Bo Chen", "bo@acme.example", "People/Bo Chen.md"],
		]);
		expect(first.diagnostics.map((d) => [d.note, d.code])).toEqual([["Interviews/a.md", "unknown-relation"]]);
		expect(second.diagnostics.map((d) => [d.note, d.code])).toEqual([
			["Interviews/b.md", "unknown-relation"],
			["Interviews/b.md", "unknown-relation"],
		]);
	});
	it("people written the same way in many notes read the same, with each note's warnings, and a path link from each note's folder", () => {
		const vault = [
			aSource("Interviews/2026/a.md", {
				type: "interview",
				interview_date: "2026-11-19",
				people: ["[[Nobody Here]]", { name: "Bo", relation: "mentor" }, "[[../Contacts/Lee]]", "Ann  Park"],
			}),
			aSource("Interviews/2026/b.md", {
				type: "interview",
				interview_date: "2026-11-20",
				people: ["[[Nobody Here]]", "[[../Contacts/Lee]]", "Ann  Park"],
			}),
			aSource("Interviews/Contacts/Lee.md", { relation: "recruiter" }),
			aSource("Interviews/2026/Contacts/Lee.md", { relation: "hr" }),
		];
		const resolve = createLinkResolver(vault);
		const [a, b] = [vault[0], vault[1]].map((source) => readInterviewNote(source as SourceNote, settings, resolve));
		expect(a?.note?.people.map((p) => [p.name, p.relation, p.notePath])).toEqual([
			["Nobody Here", "interviewer", null],
			["Bo", "interviewer", null],
			["Lee", "recruiter", "Interviews/Contacts/Lee.md"],
			["Ann  Park", "interviewer", null],
		]);
		expect(b?.note?.people.map((p) => [p.name, p.relation, p.notePath])).toEqual([
			["Nobody Here", "interviewer", null],
			["Lee", "recruiter", "Interviews/Contacts/Lee.md"],
			["Ann  Park", "interviewer", null],
		]);
		expect(a?.diagnostics.map((d) => [d.note, d.code])).toEqual([
			["Interviews/2026/a.md", "unresolved-person"],
			["Interviews/2026/a.md", "unknown-relation"],
		]);
		expect(b?.diagnostics.map((d) => [d.note, d.code])).toEqual([["Interviews/2026/b.md", "unresolved-person"]]);
		// From another folder, the same relative link is another note.
		const c = readInterviewNote(
			aSource("Interviews/c.md", {
				type: "interview",
				interview_date: "2026-11-20",
				people: ["[[../Contacts/Lee]]", "[[Contacts/Lee]]"],
			}),
			settings,
			resolve,
		);
		expect(c.note?.people.map((p) => p.notePath)).toEqual([null, "Interviews/Contacts/Lee.md"]);
	});
	it("an unknown relation warns and falls back to interviewer", () => {
		const source = aSource("a.md", { type: "interview", interview_date: "2026-11-19", people: [{ name: "Bo", relation: "mentor" }] });
		expect(read(source).note?.people[0]?.relation).toBe("interviewer");
		expect(codes(source)).toEqual(["unknown-relation"]);
	});
});

describe("the follow-up log", () => {
	it("tells sent from received, matches names to people, keeps written order", () => {
		const jane = aSource("People/Jane Doe.md", { relation: "hiring manager" });
		const { note } = read(
			aSource("a.md", {
				type: "interview",
				people: ["[[Jane Doe|Jane]]"],
				follow_ups: [
					{ date: "2026-11-10", kind: "Thank you", to: " jane doe " },
					{ date: "2026-11-17", from: "[[Jane Doe]]", kind: "reply" },
					{ date: "2026-11-18", kind: "check-in", to: "Jane", snoozed_until: "2026-11-25" },
					{ date: "2026-11-18", kind: "check-in", to: "Jane", skipped: true },
				],
			}),
			[jane],
		);
		expect(note?.log.map((e) => [e.direction, e.kind, e.person, e.dismissed, e.snoozedUntil, e.index])).toEqual([
			["sent", "thank-you", "Jane", false, null, 0],
			["received", "reply", "Jane", false, null, 1],
			["sent", "check-in", "Jane", false, "2026-11-25", 2],
			["sent", "check-in", "Jane", true, null, 3],
		]);
	});
	it("matches a log link to the person listed for the note it resolves to, under the name this note gives them", () => {
		const vault = [
			aSource("Interviews/a.md", {
				type: "interview",
				interview_date: "2026-11-10",
				people: ["[[Jane Doe|Jane]]", "[[Nobody]]"],
				follow_ups: [{ date: "2026-11-10", to: "[[Jane Doe|Jane]]" }],
			}),
			aSource("Interviews/b.md", {
				type: "interview",
				interview_date: "2026-11-11",
				people: ["[[Lee Wong]]", "Nobody", "[[Jane Doe|JD]]"],
				follow_ups: [
					{ date: "2026-11-11", to: "[[Jane Doe|Jane]]" },
					{ date: "2026-11-12", to: "[[Nobody]]" },
					{ date: "2026-11-13", from: "[[Lee Wong]]" },
				],
			}),
			aSource("People/Jane Doe.md", { relation: "hiring manager" }),
			aSource("People/Lee Wong.md", { relation: "recruiter" }),
		];
		const resolve = createLinkResolver(vault);
		const [a, b] = [vault[0], vault[1]].map((source) => readInterviewNote(source as SourceNote, settings, resolve).note);
		expect(a?.log.map((e) => e.person)).toEqual(["Jane"]);
		// b lists Jane under another name: the link written as a wrote it is still her.
		expect(b?.log.map((e) => e.person)).toEqual(["JD", "Nobody", "Lee Wong"]);
	});
	it("warns about unknown kinds and unreadable dates, and keeps going", () => {
		const source = aSource("a.md", {
			type: "interview",
			interview_date: "2026-11-10",
			people: ["Jane"],
			follow_ups: [
				{ date: "2026-11-11", kind: "carrier pigeon", to: "Jane" },
				{ date: "someday", kind: "check-in", to: "Jane" },
				"not a map",
			],
		});
		expect(read(source).note?.log).toHaveLength(1);
		expect(codes(source).sort()).toEqual(["bad-date", "unknown-kind"]);
	});
});

describe("diagnostics while reading", () => {
	it("missing-interview-date when there is none; bad-date (only) when it cannot be read", () => {
		expect(codes(aSource("a.md", { type: "interview", people: ["Jane"] }))).toEqual(["missing-interview-date"]);
		expect(codes(aSource("a.md", { type: "interview", interview_date: "2026-02-30", people: ["Jane"] }))).toEqual(["bad-date"]);
	});
	it("bad-date for an unreadable decision phrase; the note has no decision date", () => {
		const source = aSource("a.md", { type: "interview", interview_date: "2026-11-10", decision_date: "soonish", people: ["Jane"] });
		expect(codes(source)).toEqual(["bad-date"]);
		expect(read(source).note?.decisionDate).toBeNull();
	});
	it("unknown-status and unknown-format fall back to active and no format", () => {
		const source = aSource("a.md", {
			type: "interview",
			interview_date: "2026-11-10",
			status: "pondering",
			format: "hologram",
			people: ["Jane"],
		});
		expect(codes(source).sort()).toEqual(["unknown-format", "unknown-status"]);
		expect(read(source).note).toMatchObject({ status: "active", format: null });
	});
	it("invalid-frontmatter only for notes that look like interview notes", () => {
		const broken = aBrokenSource("Interviews/Acme.md", "bad indentation", "---\ntags: [interview\n---\n");
		expect(read(broken)).toMatchObject({ note: null, diagnostics: [{ code: "invalid-frontmatter", severity: "error" }] });
		expect(read(aBrokenSource("Recipes/Soup.md", "bad", "---\nx: [\n---\n")).diagnostics).toEqual([]);
	});
	it("survives values of the wrong type everywhere", () => {
		const source = aSource("a.md", {
			type: "interview",
			company: { nested: true },
			role: 42,
			interview_date: ["2026-11-10"],
			people: [null, 7, { name: { deep: 1 } }, [["Ok Person"]], { relation: "hr" }],
			topics: { a: 1 },
			follow_ups: "nope",
			status: ["x"],
			decision_date: 12,
		});
		const { note } = read(source);
		expect(note?.company).toBeNull();
		expect(note?.role).toBe("42");
		expect(note?.people.map((p) => p.name)).toEqual(["7", "Ok Person"]);
		expect(note?.log).toEqual([]);
	});
});
