import { describe, expect, it } from "vitest";
import { evaluateVault } from "../../src/app/evaluate";
import { NoteReading, readInterviewNote } from "../../src/core/read-note";
import { NO_LINKS, type SourceNote } from "../../src/core/source";
import { aSource, evaluate, resolverOver, settingsWith } from "../builders/vault";
import type { Settings } from "../../src/core/settings";

const TODAY = "2026-11-23";

function read(source: SourceNote, settings = settingsWith()) {
	return new NoteReading(settings, { today: TODAY }).read(source, NO_LINKS);
}

function due(source: SourceNote, settings = settingsWith()) {
	return evaluateVault([source], { settings, today: TODAY, resolve: NO_LINKS });
}

describe("a rejected application with several rounds", () => {
	it("gets one rejection reply, after its latest round, not one per round", () => {
		const rejected = aSource("Jobs/Larkhill.md", {
			tags: ["interview"],
			company: "Larkhill",
			status: "Rejected",
			status_date: "2026-11-20",
			people: ["Priya Natarajan"],
			interviews: [
				{ date: "2026-11-03", round: "Screen" },
				{ date: "2026-11-10", round: "Hiring manager" },
			],
		});
		const { followUps } = due(rejected);
		expect(followUps.map((f) => [f.kind, f.to, f.due])).toEqual([["rejection-reply", "Priya Natarajan", "2026-11-23"]]);
	});
});

describe("an application note with its rounds listed", () => {
	const application = aSource("Jobs/Acme.md", {
		tags: ["interview"],
		company: "Acme",
		status: "interviewing",
		people: ["Lee Wong"],
		interviews: [
			{ date: "2026-11-02", round: "Phone screen", with: "Sam Rivera", status: "completed" },
			{ interview_date: "2026-11-16", round_name: "Onsite", people: ["Grace Kim", "Omar Haddad"], decision_date: "2026-11-20" },
			{ date: "2026-11-18", name: "Extra chat", status: "cancelled" },
		],
	});

	it("reads each round with its people, and the latest on or before today is the note's interview", () => {
		const { note } = read(application);
		expect(note?.rounds?.map((r) => [r.date, r.name])).toEqual([
			["2026-11-02", "Phone screen"],
			["2026-11-16", "Onsite"],
		]);
		expect(note?.interviewDate).toBe("2026-11-16");
		expect(note?.decisionDate).toBe("2026-11-20");
		expect(note?.decisionOrigin).toEqual({ from: "property", path: "interviews[1]" });
	});

	it("checks in after the latest round's decision date, and thanks that round's people", () => {
		const { followUps } = due(application);
		expect(followUps.filter((f) => f.kind === "decision-check-in").map((f) => f.due)).toEqual(["2026-11-23"]);
		expect(followUps.filter((f) => f.kind === "thank-you" && f.round === "2026-11-16").map((f) => f.to)).toEqual([
			"Grace Kim",
			"Omar Haddad",
		]);
	});
});

describe("a log kept in the note's text", () => {
	const note = aSource(
		"Jobs/Brightline.md",
		{ tags: ["interview"], company: "Brightline", interview_date: "2026-11-10", people: ["Raj Patel"] },
		"## Follow-up log\n\n| Date | Action | To |\n|---|---|---|\n| 2026-11-10 | Thank-you email | Raj Patel |\n\n- 2026-11-17 Checked in with Raj by email\n",
	);

	it("counts a table row and a dated list item as messages sent, with where they were written", () => {
		const { note: read_ } = read({ ...note, bodyLine: 7 });
		const sent = read_?.log.filter((e) => e.direction === "sent").map((e) => [e.date, e.kind, e.person, e.origin?.from]);
		expect(sent).toEqual([
			["2026-11-10", "thank-you", "Raj Patel", "table"],
			// "Raj" is the only person of that first name: the entry is about Raj Patel.
			["2026-11-17", "check-in", "Raj Patel", "list"],
		]);
	});

	it("no longer asks for the thank-you or the first check-in that the log shows", () => {
		const kinds = due(note).followUps.map((f) => f.kind);
		expect(kinds).not.toContain("thank-you");
		expect(kinds).not.toContain("check-in");
		expect(kinds).toContain("second-check-in");
	});

	it("closes the application on a rejection in the log", () => {
		const rejected = { ...note, body: `${note.body ?? ""}- 2026-11-19 Rejection email from Raj\n` };
		expect(read(rejected).note?.status).toBe("rejected");
	});

	it("says in the reason which line of the note a date came from", () => {
		const { followUps } = due({ ...note, bodyLine: 7 });
		expect(followUps.find((f) => f.kind === "second-check-in")?.reason).toContain("That last message is the list item on line 13.");
		const rejected = { ...note, bodyLine: 7, body: `${note.body ?? ""}- 2026-11-19 Rejection email from Raj\n` };
		expect(due(rejected).followUps.find((f) => f.kind === "rejection-reply")?.reason).toContain("(read from the list item on line 14)");
	});
});

describe("fields written in other ways", () => {
	it("reads a Dataview inline field where the frontmatter is silent, and says so", () => {
		const source = {
			...aSource("a.md", { tags: ["interview"], interview_date: "2026-11-16" }, "Notes\n\nDecision:: 2026-11-25\n"),
			bodyLine: 4,
		};
		const { note } = read(source);
		expect(note?.decisionDate).toBe("2026-11-25");
		expect(note?.decisionOrigin).toEqual({ from: "inline-field", key: "Decision", line: 6 });
	});

	it("reads a bold label on a line of its own as the field it names, weaker than a Dataview field, and says so", () => {
		const settings = settingsWith({ fieldAliases: { interview_date: ["Fecha"], role: ["Rol"] } });
		const body = [
			"# Entrevista: Altamar Cloud",
			"",
			"**Fecha:** 2026-11-20 10:00",
			"",
			"**Rol**: Ingeniero DevOps",
			"",
			"- **Decision date:** 2026-11-27",
			"**Decision date**:: 2026-11-30",
			"",
			"- [ ] **Call back:** 2026-11-24",
			"- **2026-11-21**: applied elsewhere",
			"```",
			"**Status:** rejected",
			"```",
		].join("\n");
		const source = { ...aSource("Entrevistas/Altamar.md", { tags: ["interview"] }, body), bodyLine: 1 };
		const { note } = read(source, settings);
		expect([note?.interviewDate, note?.role, note?.decisionDate, note?.callBack, note?.status]).toEqual([
			"2026-11-20",
			"Ingeniero DevOps",
			"2026-11-30",
			null,
			"active",
		]);
		expect(note?.rounds?.[0]?.origin).toEqual({ from: "inline-field", key: "Fecha", line: 3, label: true });
		expect(note?.decisionOrigin).toEqual({ from: "inline-field", key: "Decision date", line: 8 });
		const thanks = due(source, settings).followUps.find((f) => f.kind === "thank-you");
		expect(thanks?.due).toBe("2026-11-20");
		// Only where the frontmatter is silent.
		const both = { ...source, frontmatter: { tags: ["interview"], Fecha: "2026-11-18" } };
		expect(read(both, settings).note?.interviewDate).toBe("2026-11-18");
	});

	it("ignores a bold label's words that are no date without a warning, and warns for a Dataview field's", () => {
		const note = (decision: string) =>
			aSource("Meetings/Lumen.md", { tags: ["interview"], interview_date: "2026-11-10" }, `## Decisions\n\n${decision}\n`);
		const label = read(note("- **Decision:** go ahead with the panel"));
		expect([label.note?.decisionDate, label.diagnostics.map((d) => d.code)]).toEqual([null, []]);
		const field = read(note("Decision:: go ahead with the panel"));
		expect([field.note?.decisionDate, field.diagnostics.map((d) => d.code)]).toEqual([null, ["bad-date"]]);
		// A date in a bold label still counts.
		expect(read(note("**Decision:** in one week")).note?.decisionDate).toBe("2026-11-17");
	});

	it("reads a slashed date with its year in a property or inline field by the date order, or the one order it fits", () => {
		const source = aSource(
			"a.md",
			{ tags: ["interview"], interview_date: "03/11/2026", decision_date: "Friday-ish" },
			"Follow-up date:: 11/30/2026\n",
		);
		const dmy = read(source, settingsWith({ dateOrder: "DMY" }));
		expect([dmy.note?.interviewDate, dmy.note?.reminder?.day]).toEqual(["2026-11-03", "2026-11-30"]);
		const mdy = read(source, settingsWith({ dateOrder: "MDY" }));
		expect([mdy.note?.interviewDate, mdy.note?.reminder?.day]).toEqual(["2026-03-11", "2026-11-30"]);
		// Maps in a timeline list too.
		const history = aSource("b.md", { tags: ["interview"], history: [{ date: "16/11/2026", what: "Thank-you email sent" }] });
		expect(read(history, settingsWith({ dateOrder: "DMY" })).note?.timeline?.map((e) => [e.date, e.kind])).toEqual([
			["2026-11-16", "thank-you"],
		]);
		// A value that is no date keeps its warning.
		expect(dmy.diagnostics.map((d) => [d.code, d.message.includes('"Friday-ish"')])).toEqual([["bad-date", true]]);
	});

	it("reads a date written with its weekday and a time, in a property, a bold label or a timeline map", () => {
		const body = ["## Stage 1", "- **Date:** Tuesday 10 November 2026, 11:00", "- **Decision date:** Tue 17 Nov 2026 at 9am", ""].join(
			"\n",
		);
		const labelled = { ...aSource("a.md", { tags: ["interview"], follow_up_on: "Thursday 26 November 2026" }, body), bodyLine: 1 };
		const { note, diagnostics } = read(labelled);
		expect([note?.interviewDate, note?.decisionDate, note?.reminder?.day]).toEqual(["2026-11-10", "2026-11-17", "2026-11-26"]);
		expect(diagnostics.filter((d) => d.code === "bad-date")).toEqual([]);
		const history = aSource("b.md", {
			tags: ["interview"],
			history: [{ date: "Tue 10 Nov 2026 11:00", what: "Thank-you email sent" }],
		});
		expect(read(history).note?.timeline?.map((e) => [e.date, e.kind])).toEqual([["2026-11-10", "thank-you"]]);
		// The year must be written, and nothing but a time may follow.
		for (const value of ["Thursday 29 October", "29 October 2026 or later", "Thursday"]) {
			expect(read(aSource("c.md", { tags: ["interview"], interview_date: value })).note?.interviewDate).toBeNull();
		}
	});

	it("leaves a property named in ignoredFields unread", () => {
		// `date` is an alias of interview_date; in this vault it is the day the note was made.
		const source = aSource("a.md", { tags: ["interview"], status: "applied", date: "2026-01-01" });
		expect(read(source).note?.interviewDate).toBe("2026-01-01");
		expect(read(source, settingsWith({ ignoredFields: ["Date"] })).note?.interviewDate).toBeNull();
	});

	it("leaves a linked person note's property named in ignoredFields unread, so its role gives the relation", () => {
		// `Relationship` here is how strong the contact is, not what the person is to the search.
		const person = aSource("People/Odile Fairbanks.md", { Relationship: "1-No_Relation", Role: "Hiring_Manager" });
		const application = aSource("Jobs/Mirefield.md", {
			tags: ["interview"],
			interview_date: "2026-11-05",
			contacts: ["[[Odile Fairbanks]]"],
		});
		const readWith = (settings: Settings) =>
			new NoteReading(settings, { today: TODAY }).read(application, resolverOver([person, application]));
		const plain = readWith(settingsWith({ relationAliases: { Hiring_Manager: "hiring-manager" } }));
		expect(plain.diagnostics.map((d) => d.code)).toEqual(["unknown-relation"]);
		const ignoring = readWith(settingsWith({ relationAliases: { Hiring_Manager: "hiring-manager" }, ignoredFields: ["Relationship"] }));
		expect(ignoring.diagnostics).toEqual([]);
		expect(ignoring.note?.people.map((p) => [p.name, p.relation])).toEqual([["Odile Fairbanks", "hiring-manager"]]);
	});

	it("lets a rejected value in any status property win, and reads a status tag when no property gives one", () => {
		const both = aSource("a.md", {
			tags: ["interview"],
			interview_date: "2026-11-16",
			status: "Interviewing",
			stage: "Rejected (after onsite)",
		});
		expect(read(both).note?.status).toBe("rejected");
		const tagged = aSource("b.md", { tags: ["interview", "status/offer"], interview_date: "2026-11-16" });
		expect(read(tagged).note?.status).toBe("ended");
	});

	it("splits people typed on one line and takes relations from titles and fields", () => {
		const source = aSource("a.md", {
			tags: ["interview"],
			interview_date: "2026-11-16",
			people: "Grace Kim (Director), Omar Haddad <omar@example.com>",
			recruiter: "Jane Doe",
		});
		const people = readInterviewNote(source, settingsWith(), NO_LINKS).note?.people;
		expect(people?.map((p) => [p.name, p.relation, p.title, p.email])).toEqual([
			["Grace Kim", "interviewer", "Director", null],
			["Omar Haddad", "interviewer", null, "omar@example.com"],
			["Jane Doe", "recruiter", null, null],
		]);
	});

	it("takes a person from a relation field written inline, and matches the first name an entry gives", () => {
		const source = aSource(
			"a.md",
			{ tags: ["interview"] },
			"Recruiter:: Dana Whitfield <dana@quarry.example>\n\n- 11/17/2026 recruiter screen (phone) with Dana\n",
		);
		const { note } = read(source);
		expect(note?.people.map((p) => [p.name, p.relation, p.email])).toEqual([["Dana Whitfield", "recruiter", "dana@quarry.example"]]);
		const thanks = due(source).followUps.filter((f) => f.kind === "thank-you");
		expect(thanks.map((f) => f.to)).toEqual(["Dana Whitfield"]);
	});

	it("takes a referrer from words in brackets that say how you know them", () => {
		const source = aSource("a.md", {
			tags: ["interview"],
			interview_date: "2026-11-16",
			people: "Tariq Bell (former colleague, referred me), Uma Roy (through a referral)",
		});
		expect(read(source).note?.people.map((p) => [p.name, p.relation])).toEqual([
			["Tariq Bell", "referrer"],
			["Uma Roy", "referrer"],
		]);
	});

	it("reads a job title with referral in it as a job, not as the person who referred you", () => {
		const source = aSource("a.md", {
			tags: ["interview"],
			interview_date: "2026-11-16",
			people: [
				"Tariq Bell (Referral Programme Lead)",
				"Uma Roy (my referral, an old friend)",
				"Ana Diaz (Referral)",
				{ name: "Lena Fox", title: "Employee Referral Specialist" },
			],
		});
		expect(read(source).note?.people.map((p) => [p.name, p.relation])).toEqual([
			["Tariq Bell", "interviewer"],
			["Uma Roy", "referrer"],
			["Ana Diaz", "referrer"],
			["Lena Fox", "interviewer"],
		]);
		expect(
			due(source)
				.followUps.filter((f) => f.kind === "update-referrer")
				.map((f) => f.to),
		).toEqual(["Ana Diaz", "Uma Roy"]);
	});

	it("maps the vault's own relation words through relationAliases", () => {
		const source = aSource("a.md", {
			tags: ["interview"],
			interview_date: "2026-11-16",
			people: [{ name: "Kim", relation: "Personal_Connection" }],
		});
		expect(read(source, settingsWith({ relationAliases: { Personal_Connection: "referrer" } })).note?.people[0]?.relation).toBe(
			"referrer",
		);
	});
});

describe("people named on a line of the text", () => {
	const application = (body: string) =>
		aSource("Jobs/Aldergrove.md", { tags: ["interview"], company: "Aldergrove", status: "interview" }, body);
	const panel = application(
		[
			"## Log",
			"",
			"| Date | Action | Notes |",
			"|---|---|---|",
			"| 2026-11-10 | Stage 1 | Phone screen with the hiring manager, Daniel Park |",
			"| 2026-11-17 | Stage 2 | Technical interview on site |",
			"| 2026-11-17 | Thank-you email | Sent to Daniel only |",
			"",
			"### Stage 2 — Technical panel (2026-11-17)",
			"- **Panel:** Daniel Park (Hiring Manager), Ruth Adeyemi (Firmware Lead)",
			"- With: the whole team",
			"",
		].join("\n"),
	);

	it("joins them to the note and to the round of the heading's day, each with where they were named", () => {
		const { note } = read({ ...panel, bodyLine: 5 });
		expect(note?.people.map((p) => [p.name, p.relation, p.title, p.origin])).toEqual([
			["Daniel Park", "hiring-manager", "Hiring Manager", { from: "list", line: 14 }],
			["Ruth Adeyemi", "interviewer", "Firmware Lead", { from: "list", line: 14 }],
		]);
		expect(note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-10", ["Daniel Park"]],
			["2026-11-17", ["Daniel Park", "Ruth Adeyemi"]],
		]);
		// "Sent to Daniel only": the thank-you went to Daniel Park.
		expect(note?.log.map((e) => [e.date, e.kind, e.person])).toEqual([["2026-11-17", "thank-you", "Daniel Park"]]);
	});

	it("owes a thank-you and a contact task to the one not thanked, once each, saying which line named them", () => {
		const { followUps } = due({ ...panel, bodyLine: 5 });
		const listed = followUps.filter((f) => f.kind === "thank-you" || f.kind === "get-contact-info");
		expect(listed.map((f) => [f.kind, f.to, f.due])).toEqual([
			["get-contact-info", "Daniel Park", "2026-11-17"],
			["get-contact-info", "Ruth Adeyemi", "2026-11-17"],
			["thank-you", "Ruth Adeyemi", "2026-11-17"],
		]);
		expect(listed[2]?.reason).toContain("Ruth Adeyemi is named in the list item on line 14.");
	});

	it("reads a line that continues a dated list item, and leaves undated lines and non-names alone", () => {
		const nested = application(
			[
				"- 2026-11-17 Onsite interview",
				"  Interviewers: Ruth Adeyemi, [[Chris Yoon]]",
				"",
				"Met with: Ada Lovelace",
				"",
				"- Attendees: recruiting team, hiring committee",
			].join("\n"),
		);
		const { note } = read(nested);
		expect(note?.people.map((p) => [p.name, p.origin])).toEqual([
			["Ruth Adeyemi", { from: "list", line: 2 }],
			["Chris Yoon", { from: "list", line: 2 }],
		]);
		expect(note?.rounds?.map((r) => [r.date, r.people.length])).toEqual([["2026-11-17", 2]]);
	});
});

describe("an undated line of interviewers", () => {
	const interviewNote = (line: string) =>
		aSource(
			"Entrevistas/2026-11-20 - Altamar.md",
			{ tags: ["interview"], company: "Altamar", interview_date: "2026-11-20" },
			["## Notas de la sesión", "", line, "- Preguntaron por Kubernetes.", "", "Met with: Ada Lovelace"].join("\n"),
		);

	it("names the note's people, in English or Spanish, and no other undated label does", () => {
		for (const line of [
			"- Entrevistadores: Ana Pérez (Jefa de Plataforma) y Luis Gómez (SRE), por Teams.",
			"- Interviewers: Ana Pérez (Jefa de Plataforma), Luis Gómez (SRE)",
			"**Entrevistadora:** Ana Pérez (Jefa de Plataforma) y Luis Gómez (SRE)",
		]) {
			const { note } = read(interviewNote(line));
			expect(
				note?.people.map((p) => [p.name, p.title, p.origin]),
				line,
			).toEqual([
				["Ana Pérez", "Jefa de Plataforma", { from: line.startsWith("-") ? "list" : "text", line: 3 }],
				["Luis Gómez", "SRE", { from: line.startsWith("-") ? "list" : "text", line: 3 }],
			]);
		}
	});

	it("gives each of them a thank-you for the note's round", () => {
		const { followUps } = due(interviewNote("- Entrevistadores: Ana Pérez y Luis Gómez"));
		expect(followUps.filter((f) => f.kind === "thank-you").map((f) => [f.to, f.due])).toEqual([
			["Ana Pérez", "2026-11-20"],
			["Luis Gómez", "2026-11-20"],
		]);
	});
});

describe("people named after a clause, and in Chinese", () => {
	it("reads 面试官：王磊（…）、陈静（HR） after the entry's first clause, as two people of that day's round", () => {
		const source = aSource(
			"Jobs/青岚科技.md",
			{ tags: ["interview"], company: "青岚科技", status: "interview" },
			["## 面试记录", "", "- 2026-11-16 一面（视频），面试官：王磊（数据组负责人）、陈静（HR）。问了 SQL 窗口函数。"].join("\n"),
		);
		const settings = settingsWith({ eventWords: { 一面: "interview" } });
		const { note } = read(source, settings);
		expect(note?.rounds?.map((r) => [r.date, r.people.map((p) => [p.name, p.title])])).toEqual([
			[
				"2026-11-16",
				[
					["王磊", "数据组负责人"],
					["陈静", "HR"],
				],
			],
		]);
		expect(note?.people.map((p) => p.origin)).toEqual([
			{ from: "list", line: 3 },
			{ from: "list", line: 3 },
		]);
	});

	it("counts a thank-you for the one it names inside unspaced Chinese text, so the other is still owed one", () => {
		const source = aSource(
			"Jobs/澜舟数据.md",
			{ tags: ["interview"], company: "澜舟数据", status: "interview", interview_date: "2026-11-20" },
			[
				"## 面试复盘",
				"",
				"- 面试官：周敏（数据总监）、韩涛（高级分析师）",
				"",
				"## 跟进记录",
				"",
				"- 2026-11-20 给周敏发了感谢邮件",
			].join("\n"),
		);
		const settings = settingsWith({ eventWords: { 感谢: "thank-you" } });
		const { note } = read(source, settings);
		expect(note?.log.map((e) => [e.date, e.kind, e.person])).toEqual([["2026-11-20", "thank-you", "周敏"]]);
	});

	it("reads an English label after a comma, and no label inside a clause's words", () => {
		const source = aSource(
			"Jobs/Quarry.md",
			{ tags: ["interview"], company: "Quarry", status: "interview" },
			[
				"- 2026-11-17 Onsite loop, interviewers: Dana Liu, Omar Haddad. Went well, Dr. Lee Wong was not there.",
				"- 2026-11-18 Note to self about who: nobody",
			].join("\n"),
		);
		const { note } = read(source);
		expect(note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([["2026-11-17", ["Dana Liu", "Omar Haddad"]]]);
	});
});

describe("a table row of an interview whose notes cell holds only names", () => {
	const application = aSource(
		"Jobs/Tollbrook.md",
		{ tags: ["interview"], company: "Tollbrook", status: "interview" },
		[
			"| Action | Date | Notes |",
			"|---|---|---|",
			"| Stage 1 – video interview | 2026-11-18 | Priti Sharma (Engineering Manager) and Callum Reid (Senior Engineer) |",
			"| Thank-you email | 2026-11-18 | Priti only, no address for Callum |",
			"| Call | 2026-11-19 | Spoke to the recruiter about pay |",
		].join("\n"),
	);

	it("names the people of that day's round, so the one not thanked is owed a thank-you", () => {
		const { note } = read(application);
		expect(note?.rounds?.map((r) => [r.date, r.people.map((p) => [p.name, p.title])])).toEqual([
			[
				"2026-11-18",
				[
					["Priti Sharma", "Engineering Manager"],
					["Callum Reid", "Senior Engineer"],
				],
			],
		]);
		expect(note?.people.map((p) => p.origin)).toEqual([
			{ from: "table", table: null, row: 1, line: 3 },
			{ from: "table", table: null, row: 1, line: 3 },
		]);
		const thanks = due(application).followUps.filter((f) => f.kind === "thank-you");
		expect(thanks.map((f) => [f.to, f.due])).toEqual([["Callum Reid", "2026-11-18"]]);
	});

	it("credits a thank-you to each person its text names, but not to one it denies", () => {
		const withThanks = (text: string) =>
			aSource(
				"Jobs/Tollbrook.md",
				{ tags: ["interview"], company: "Tollbrook", status: "interview" },
				[
					"| Action | Date | Notes |",
					"|---|---|---|",
					"| Video interview | 2026-11-18 | Priti Sharma, Callum Reid |",
					`| Thank-you email | 2026-11-18 | ${text} |`,
				].join("\n"),
			);
		const thanked = (text: string) =>
			read(withThanks(text))
				.note?.log.filter((e) => e.kind === "thank-you")
				.map((e) => e.person);
		expect(thanked("To Priti and Callum")).toEqual(["Priti Sharma", "Callum Reid"]);
		expect(thanked("To Priti, couldn't find Callum's address")).toEqual(["Priti Sharma"]);
		expect(thanked("Priti, but not Callum")).toEqual(["Priti Sharma"]);
	});
});

describe("an entry whose later sentence speaks of booking the next round", () => {
	it("is the interview its first sentence records, not an invitation", () => {
		const source = aSource(
			"Jobs/Harrowby.md",
			{ tags: ["interview"], company: "Harrowby", status: "interview" },
			"- 2026-11-19 Phone screen with Callum Reid. He asked me to ring him on Wednesday to book the second round.\n",
		);
		const { note } = read(source);
		expect(note?.rounds?.map((r) => [r.date, r.format, r.people.map((p) => p.name)])).toEqual([
			["2026-11-19", "phone", ["Callum Reid"]],
		]);
		const invitation = read(
			aSource("Jobs/Harrowby.md", { tags: ["interview"], company: "Harrowby" }, "- 2026-11-19 Booked the phone screen.\n"),
		);
		expect(invitation.note?.log.map((e) => [e.date, e.kind])).toEqual([["2026-11-19", "invite"]]);
	});
});

describe("a referral written in the log", () => {
	const application = aSource(
		"Jobs/Fenwick.md",
		{ tags: ["interview"], company: "Fenwick", status: "interview" },
		[
			"| Date | Action | Notes |",
			"|---|---|---|",
			"| 2026-11-10 | Applied | Referral from Jess Ong (ex-colleague) |",
			"| 2026-11-13 | Stage 1 | Video interview with Oliver Grant |",
		].join("\n"),
	);

	it("makes the person named a referrer, owed an update after the round though not at it", () => {
		const { note } = read(application);
		expect(note?.people.map((p) => [p.name, p.relation, p.origin?.from])).toEqual([["Jess Ong", "referrer", "table"]]);
		const { followUps } = due(application);
		expect(followUps.filter((f) => f.kind === "update-referrer").map((f) => [f.to, f.due, f.windowEnd])).toEqual([
			["Jess Ong", "2026-11-16", "2026-11-18"],
		]);
		expect(followUps.filter((f) => f.kind === "thank-you").map((f) => f.to)).toEqual(["Oliver Grant"]);
	});
});

describe("a referrer written after the words of a referral", () => {
	const application = (applied: string) =>
		aSource(
			"Jobs/Fenwick.md",
			{ tags: ["interview"], company: "Fenwick", status: "interview" },
			[`- 2026-11-10 ${applied}`, "- 2026-11-13 Video interview with Oliver Grant"].join("\n"),
		);
	const referrers = (applied: string) =>
		read(application(applied))
			.note?.people.filter((p) => p.relation === "referrer")
			.map((p) => p.name);

	it("is the referrer though the entry is about someone else, and is owed an update", () => {
		const note = application("Applied after a coffee with Dana, referred by Jess Ong");
		expect(referrers("Applied after a coffee with Dana, referred by Jess Ong")).toEqual(["Jess Ong"]);
		expect(
			due(note)
				.followUps.filter((f) => f.kind === "update-referrer")
				.map((f) => f.to),
		).toEqual(["Jess Ong"]);
	});

	it("is read in Spanish, French, German and Portuguese", () => {
		for (const [line, name] of [
			["Candidatura enviada, referido por Lucía Ferrer (ex compañera)", "Lucía Ferrer"],
			["Candidatura enviada, recomendado por Diego Marín", "Diego Marín"],
			["Candidatura con referencia de Carmen Vidal", "Carmen Vidal"],
			["Candidature envoyée, recommandé par Marc Olivier", "Marc Olivier"],
			["Candidature par cooptation de Claire Morel", "Claire Morel"],
			["Beworben, empfohlen von Jonas Weber", "Jonas Weber"],
			["Beworben auf Empfehlung von Anke Winter", "Anke Winter"],
			["Candidatura enviada, indicado por [[Rafael Lima]]", "Rafael Lima"],
			["Candidatura enviada, recomendada por María de la Cruz, mi antigua jefa", "María de la Cruz"],
			["Beworben, empfohlen von Anna van der Berg und Jonas", "Anna van der Berg"],
		])
			expect(referrers(line as string)).toEqual([name]);
	});

	it("names nobody when no name follows them", () => {
		expect(referrers("Candidatura enviada a Laura Pineda, referencia de la oferta 4411")).toEqual([]);
	});
});

describe("an invitation that names the interview's day", () => {
	const booked = (notes: string) =>
		aSource(
			"Jobs/Ironbark.md",
			{ tags: ["interview"], company: "Ironbark", status: "interview" },
			[
				"| Date | Action | Notes |",
				"|---|---|---|",
				"| 2026-11-12 | Applied | Careers page |",
				`| 2026-11-18 | Stage 1 booked | ${notes} |`,
			].join("\n"),
		);

	it("makes a round on that day, without the sender as someone met", () => {
		const source = booked("Video call with Nadia on Tue 24 Nov at 10:00");
		const { note } = read(source);
		expect(note?.rounds?.map((r) => [r.date, r.format, r.people.length])).toEqual([["2026-11-24", "video", 0]]);
		expect(due(source).followUps.map((f) => [f.kind, f.due])).toEqual([["ask-next-steps", "2026-11-24"]]);
	});

	it("makes no round from an invitation without a later day, or without an interview", () => {
		for (const notes of ["Video call, day to be agreed", "Call on 2026-11-10 about it", "Reference check booked for 2026-11-25"]) {
			const { note } = read(booked(notes));
			// Read as an application with its invitation logged, but no interview day.
			expect(
				note?.log.map((e) => [e.date, e.kind]),
				notes,
			).toEqual([["2026-11-18", "invite"]]);
			expect(note?.interviewDate, notes).toBeNull();
		}
	});
});

describe("a log kept under headings that begin with a date", () => {
	const body = [
		"## Timeline",
		"### 2026-11-19 - Technical interview",
		"- Video, 60 minutes.",
		"",
		"## Communication Log",
		"### 20/11/2026 - Email - Owen Gallagher",
		"- **Subject:** Thank you",
		"- **Key Points:** Thank-you email for yesterday.",
		"",
		"### 23/11/2026 - Email - Owen Gallagher",
		"- **Key Points:** Not moving forward.",
		"",
		"## Next actions",
		"- Thank-you card to the receptionist",
	].join("\n");
	const source = {
		...aSource("Jobs/Halvard.md", { tags: ["interview"], company: "Halvard", people: ["Owen Gallagher"] }, body),
		bodyLine: 1,
	};

	it("reads each such heading and the lines under it as one entry, up to the next heading", () => {
		const { note } = read(source, settingsWith({ dateOrder: "DMY" }));
		expect(note?.timeline?.map((e) => [e.date, e.event, e.kind, e.origin])).toEqual([
			["2026-11-19", "interview", "video", { from: "text", line: 2 }],
			["2026-11-20", "sent", "thank-you", { from: "text", line: 6 }],
			["2026-11-23", "received", "rejection", { from: "text", line: 10 }],
		]);
		expect(note?.log.map((e) => [e.date, e.kind, e.person])).toEqual([
			["2026-11-20", "thank-you", "Owen Gallagher"],
			["2026-11-23", "rejection", "Owen Gallagher"],
		]);
		expect([note?.interviewDate, note?.status]).toEqual(["2026-11-19", "rejected"]);
	});

	it("lists the follow-ups those entries call for", () => {
		const settings = settingsWith({ dateOrder: "DMY" });
		expect(due(source, settings).followUps.map((f) => [f.kind, f.to, f.due])).toEqual([
			["rejection-reply", "Owen Gallagher", "2026-11-24"],
		]);
	});
});

describe("a status log whose headings end with their date", () => {
	// A command writes each status change as a heading, newest first; the paragraph under it says what happened.
	const body = [
		"## Status Timeline",
		"### interview-completed - 2026-11-18 17:30",
		"**Notes:** Thank-you emails sent to Nadia and Piet.",
		"",
		"### interview-completed - 2026-11-18 11:00",
		"**Notes:** Video interview with Nadia Brandt (hiring manager) and Piet Smit (engineer).",
		"",
		"**Previous Status:** interview-invited",
		"",
		"### interview-invited - 2026-11-12 09:00",
		"**Notes:** Nadia's assistant booked a video interview for Wednesday, Nov 18.",
		"",
		"### applied - 2026-11-05 10:00",
		"**Notes:** Sent through their careers site.",
		"",
		"## Application Summary",
		"**Referral:** None",
		"",
		"### Round 2 - Technical",
	].join("\n");
	const source = aSource("Jobs/Lindqvist.md", { tags: ["interview"], company: "Lindqvist" }, body);

	it("reads each heading as an entry told by its first paragraph, the heading's status only where that says nothing", () => {
		const { note } = read(source, settingsWith({ dateOrder: "DMY" }));
		const log = note?.log.map((e) => [e.date, e.direction, e.kind, e.person]);
		expect(log?.filter(([, direction]) => direction === "sent")).toEqual([
			["2026-11-18", "sent", "thank-you", "Nadia Brandt"],
			["2026-11-18", "sent", "thank-you", "Piet Smit"],
		]);
		// The invitation's own heading, not the `Previous Status` under the interview's.
		expect(log).toContainEqual(["2026-11-12", "received", "invite", null]);
		expect(note?.interviewDate).toBe("2026-11-18");
		// Both thanked; no update for a referrer named `None`.
		expect(due(source, settingsWith({ dateOrder: "DMY" })).followUps.map((f) => [f.kind, f.to, f.due])).toEqual([
			["get-contact-info", "Nadia Brandt", "2026-11-18"],
			["get-contact-info", "Piet Smit", "2026-11-18"],
			["check-in", "Nadia Brandt", "2026-11-24"],
		]);
	});

	it("takes a status heading's word for an answer, and never a `None` for a referrer", () => {
		const rejected = {
			...source,
			body: `### rejected - 2026-11-20 14:00\n**Notes:** Email from Nadia: they chose someone else.\n\n${body}`,
		};
		expect(due(rejected).followUps.map((f) => [f.kind, f.to, f.due])).toEqual([["rejection-reply", "Nadia Brandt", "2026-11-23"]]);
	});

	it("reads a heading of words that ends with its day as one that begins with it: a round, with what is under it", () => {
		const rounds = [
			"## Rounds",
			"### Technical interview - 2026-11-17",
			"Met with Dana Lee and Omar Haddad. Went well.",
			"",
			"Omar asked about on-call.",
			"### Thank-you - 2026-11-17",
			"Sent thanks to both.",
		].join("\n");
		const { note } = read(aSource("Jobs/Acme.md", { tags: ["interview"], company: "Acme" }, rounds));
		expect(note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([["2026-11-17", ["Dana Lee", "Omar Haddad"]]]);
		expect(note?.timeline?.[0]?.text).toContain("Omar asked about on-call.");
		expect(note?.log.map((e) => [e.date, e.direction, e.kind])).toEqual([["2026-11-17", "sent", "thank-you"]]);
	});
});

describe("a call or email from them written after a label", () => {
	it("is their reply, not a message sent", () => {
		const body = [
			"- 2026-11-16 Video interview with Chloe Barnes",
			"- 2026-11-16 Thank-you email to Chloe",
			"- 2026-11-20 Phone",
			"  - Key Points: Chloe rang me: they are still seeing two candidates.",
			"  - Follow-up: wait for her news.",
		].join("\n");
		const source = aSource("Jobs/Pemberton.md", { tags: ["interview"], people: ["Chloe Barnes"] }, body);
		expect(read(source).note?.log.map((e) => [e.date, e.direction, e.kind])).toEqual([
			["2026-11-16", "sent", "thank-you"],
			["2026-11-20", "received", "reply"],
		]);
	});
});

describe("a thank-you sent after the rejection", () => {
	const body = [
		"- 2026-10-27 Video interview with Hannah Weiss",
		"- 2026-10-27 Thank-you email to Hannah",
		"- 2026-11-02 Hannah wrote that they went with another candidate. Rejected.",
	].join("\n");
	const source = aSource("Jobs/Corvane.md", { tags: ["interview"], company: "Corvane", people: ["Hannah Weiss"] }, body);

	it("is the reply to the rejection, so stay-in-touch follows it", () => {
		expect(due(source).followUps.map((f) => [f.kind, f.to, f.due])).toEqual([["rejection-reply", "Hannah Weiss", "2026-11-03"]]);
		const replied = { ...source, body: `${body}\n- 2026-11-03 Emailed Hannah back: thanks for the consideration\n` };
		expect(due(replied).followUps.map((f) => [f.kind, f.to, f.due])).toEqual([["stay-in-touch", "Hannah Weiss", "2026-12-15"]]);
	});

	it("only when it goes to the person who sent the rejection", () => {
		const other = { ...source, body: `${body}\n- 2026-11-03 Thank-you email to Ravi Shah\n` };
		expect(due(other).followUps.map((f) => f.kind)).toContain("rejection-reply");
	});
});

describe("a section's people under its own date label", () => {
	it("are the people of the round on that date", () => {
		const body = [
			"## Timeline",
			"### 2026-11-13 - HR screen",
			"### 2026-11-18 - Hiring manager interview",
			"",
			"## Interview Process",
			"### Stage 1: Screening",
			"- **Date:** Friday 13 November 2026, 09:30",
			"- **People:** Beth Okoro (HR Business Partner)",
			"### Stage 2: Hiring manager",
			"- **Date:** Wednesday 18 November 2026, 15:00",
			"- **People:** Daniel Frost (hiring manager)",
		].join("\n");
		const source = { ...aSource("Jobs/Northgate.md", { tags: ["interview"], company: "Northgate" }, body), bodyLine: 1 };
		const rounds = read(source).note?.rounds?.map((r) => [r.date, r.people?.map((p) => p.name)]);
		expect(rounds).toEqual([
			["2026-11-13", ["Beth Okoro"]],
			["2026-11-18", ["Daniel Frost"]],
		]);
	});
});

describe("stage sections dated by their own date label, with no timeline", () => {
	const stages = (...sections: string[]) =>
		aSource("Jobs/Northgate.md", { tags: ["interview"], company: "Northgate" }, ["## Interview Process", ...sections].join("\n"));
	const screen = ["### Stage 1: Screening", "- **Date:** Friday 13 November 2026", "- **People:** Beth Okoro (HR Business Partner)"];
	const roundsOf = (source: SourceNote) => read(source).note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)]);

	it("are each a round on that date with the people of their People line, the latest one current", () => {
		const source = stages(
			...screen,
			"### Stage 2",
			"- **Date:** Wednesday 18 November 2026",
			"- **People:** Daniel Frost (hiring manager)",
		);
		expect(roundsOf(source)).toEqual([
			["2026-11-13", ["Beth Okoro"]],
			["2026-11-18", ["Daniel Frost"]],
		]);
		// Each round's thank-yous stay; the check-in follows the latest round (no addresses: contact info is asked too).
		const followUps = due(source).followUps.filter((f) => f.kind !== "get-contact-info");
		expect(followUps.map((f) => [f.kind, f.to, f.due])).toEqual([
			["thank-you", "Beth Okoro", "2026-11-13"],
			["thank-you", "Daniel Frost", "2026-11-18"],
			["check-in", "Daniel Frost", "2026-11-24"],
		]);
	});

	it("is an upcoming round when its date is after today", () => {
		const source = stages(...screen, "### Stage 2: Final interview", "- **Date:** Wednesday 25 November 2026, 10:00");
		expect(due(source).followUps.map((f) => [f.kind, f.due])).toContainEqual(["ask-next-steps", "2026-11-25"]);
	});

	it("makes no round without a date, under a heading that names no interview, or called off", () => {
		const source = stages(
			...screen,
			"### Stage 2",
			"- **Date:**",
			"- **People:** Daniel Frost (hiring manager)",
			"### Stage 3 (cancelled)",
			"- **Date:** Friday 20 November 2026",
			"## Reference check",
			"- **Date:** Thursday 19 November 2026",
			"- **People:** Sam Roe (Referee)",
		);
		expect(roundsOf(source)).toEqual([["2026-11-13", ["Beth Okoro"]]]);
	});
});

describe("people lines under a dated section's subheadings", () => {
	it("keep the section's day", () => {
		const source = aSource(
			"Jobs/Birch.md",
			{ tags: ["interview"], company: "Birch", interview_date: "2026-11-17" },
			[
				"## Onsite (2026-11-17)",
				"",
				"### Who",
				"",
				"- Interviewers: Ruth Adeyemi, Chris Yoon",
				"",
				"## Later",
				"",
				"- With: Ada Lovelace",
			].join("\n"),
		);
		expect(read(source).note?.people.map((p) => p.name)).toEqual(["Ruth Adeyemi", "Chris Yoon"]);
	});
});

describe("a message to the referrer in the timeline", () => {
	it("is the referrer's update, though its words name no kind", () => {
		const people = ["Jane Doe", { name: "Ola Berg", relation: "referrer", email: "ola@example.com" }];
		const note = (body: string) => aSource("a.md", { tags: ["interview"], interview_date: "2026-11-17", people }, body);
		const toOla = (body: string) =>
			due(note(body))
				.followUps.filter((f) => f.to === "Ola Berg")
				.map((f) => f.kind);
		expect(toOla("")).toEqual(["update-referrer"]);
		expect(toOla("- 2026-11-18 Messaged Ola Berg about how it went\n")).toEqual([]);
		// A message to someone else is not it.
		expect(toOla("- 2026-11-18 Messaged Jane Doe about next steps\n")).toEqual(["update-referrer"]);
	});
});

describe("a status history kept in the frontmatter", () => {
	const tracked = (history: Record<string, unknown>[]) =>
		aSource("Jobs/Kestrel.md", {
			tags: ["interview"],
			company: "Kestrel",
			status: "Interviewing",
			interviews: [{ roundName: "Intro", date: "2026-11-10", interviewers: "Dana Holt" }],
			statusHistory: history,
		});
	const settings = settingsWith({ timelineFields: ["statusHistory"] });

	it("reads a stage as where the application stands, not as an interview held that day", () => {
		const { note } = read(
			tracked([
				{ status: "Applied", date: "2026-11-04", note: "Application created" },
				{ status: "Screening", date: "2026-11-06", note: "Dana booked an intro call" },
				{ status: "Interviewing", date: "2026-11-12", note: "Scheduled interview: Onsite" },
			]),
			settings,
		);
		expect(note?.rounds?.map((r) => r.date)).toEqual(["2026-11-10"]);
		expect(note?.log.map((e) => [e.date, e.kind])).toEqual([
			["2026-11-06", "invite"],
			["2026-11-12", "invite"],
		]);
	});

	it("still takes an outcome or a calling-off from a status, and an interview from the entry's own words", () => {
		const { note } = read(
			tracked([
				{ status: "Interviewing", date: "2026-11-16", note: "Onsite with Dana and Sam" },
				{ status: "Cancelled", date: "2026-11-18", note: "Panel with Sam" },
				{ status: "Rejected", date: "2026-11-20", note: "Dana emailed" },
			]),
			settings,
		);
		expect(note?.rounds?.map((r) => r.date)).toEqual(["2026-11-10", "2026-11-16"]);
		expect(note?.status).toBe("rejected");
	});
});

describe("an outcome on the day of the status date", () => {
	const settings = settingsWith({ fieldAliases: { interview_date: ["Last Contact"], status_date: ["Last Contact"] } });
	const offered = (status: string) =>
		aSource(
			"Jobs/Moorfield.md",
			{ tags: ["interview"], company: "Moorfield", status, "Last Contact": "2026-11-19" },
			"- 12 Nov: second interview with Ada Brook\n- 19 Nov: offer call from the head of analytics!\n",
		);

	it("sets the group when the status property is still active or applying", () => {
		for (const status of ["Active", "Applied"]) {
			expect(read(offered(status), settings).note?.status, status).toBe("ended");
			expect(due(offered(status), settings).followUps, status).toEqual([]);
		}
	});

	it("leaves a terminal status property alone", () => {
		expect(read(offered("Rejected"), settings).note?.status).toBe("rejected");
	});
});

describe("a rejected status written without its day", () => {
	const rejected = (lines: string[], more: Record<string, unknown> = {}) =>
		aSource("Jobs/Cobalt.md", { tags: ["interview"], company: "Cobalt", status: "Rejected", ...more }, lines.join("\n"));
	const rounds = ["- Nov 3: video interview with Priya Shah and Leo Grant", "- Nov 4: thanked both"];

	it("takes the day of the rejection its timeline records, with no warning, and the reply says where", () => {
		const source = rejected([...rounds, "- Nov 16: rejection email from Priya", "- Nov 18: Priya replied to say good luck"]);
		const { note } = read(source);
		expect([note?.status, note?.statusDate, note?.statusDateOrigin]).toEqual(["rejected", "2026-11-16", { from: "list", line: 3 }]);
		const { followUps, diagnostics } = due(source);
		expect(diagnostics.map((d) => d.code)).toEqual([]);
		const reply = followUps.find((f) => f.kind === "rejection-reply");
		expect([reply?.to, reply?.due, reply?.windowEnd]).toEqual(["Priya Shah", "2026-11-17", "2026-11-18"]);
		expect(reply?.reason).toContain("Mon 16 Nov (the news came (read from the list item on line 3))");
	});

	it("keeps the warning when the timeline records no rejection, and a written status date wins", () => {
		expect(due(rejected(rounds)).diagnostics.map((d) => d.code)).toEqual(["missing-status-date"]);
		const dated = rejected([...rounds, "- Nov 16: rejection email from Priya"], { status_date: "2026-11-17" });
		expect(read(dated).note?.statusDate).toBe("2026-11-17");
	});
});

describe("a day of the last contact read as the interview date", () => {
	const settings = settingsWith({ fieldAliases: { interview_date: ["Date Last Interaction"] } });
	const contacted = (lastDay: string, status: string, lines: string[], key = "Date Last Interaction") =>
		aSource("Jobs/Wrenfield.md", { tags: ["interview"], company: "Wrenfield", status, [key]: lastDay }, lines.join("\n"));
	const interviewed = ["- 10 Nov: second interview, onsite with the modelling team", "- 10 Nov: sent a thank-you email"];

	it("gives no round when that day's entry was something else, and says why", () => {
		const source = contacted("2026-11-16", "Active", [...interviewed, "- 16 Nov: they replied: still deciding"]);
		const { note } = read(source, settings);
		expect(note?.rounds?.map((r) => r.date)).toEqual(["2026-11-10"]);
		expect(note?.interviewDate).toBe("2026-11-10");
		expect(note?.notRounds?.map((d) => [d.date, d.property, d.entry.kind])).toEqual([["2026-11-16", "Date Last Interaction", "reply"]]);
		expect(due(source, settings).followUps.filter((f) => f.kind === "thank-you")).toEqual([]);
	});

	it("keeps the round when an entry of that day is an interview, or no entry speaks of it", () => {
		const same = contacted("2026-11-16", "Active", ["- 16 Nov: phone screen with Dana", "- 16 Nov: thanked Dana by email"]);
		expect(read(same, settings).note?.rounds?.map((r) => r.date)).toEqual(["2026-11-16"]);
		const silent = contacted("2026-11-16", "Active", interviewed);
		expect(read(silent, settings).note?.rounds?.map((r) => r.date)).toEqual(["2026-11-10", "2026-11-16"]);
	});

	it("leaves a quiet application applying when the day was the application", () => {
		const { note } = read(contacted("2026-11-17", "Applied", ["- 17 Nov: applied through the website"]), settings);
		expect(note?.rounds).toEqual([]);
		expect(note?.interviewDate).toBeNull();
		expect(note?.status).toBe("applying");
	});

	it("gives no round when a property says that day was the application, and lists nothing for it", () => {
		const applied = aSource("Jobs/Kelp.md", {
			tags: ["interview"],
			company: "Kelp Bio",
			Status: "Active",
			"Date Applied": "2026-11-17",
			"Date Last Interaction": "2026-11-17",
		});
		const { note } = read(applied, settings);
		expect(note?.rounds).toEqual([]);
		expect(note?.notRounds?.map((d) => [d.date, d.property, d.entry.event, d.entry.origin])).toEqual([
			["2026-11-17", "Date Last Interaction", "applied", { from: "property", path: "Date Applied" }],
		]);
		expect(due(applied, settings).followUps).toEqual([]);
		// A later last contact is still the interview day.
		const later = { ...applied, frontmatter: { ...applied.frontmatter, "Date Last Interaction": "2026-11-19" } };
		expect(read(later, settings).note?.rounds?.map((r) => r.date)).toEqual(["2026-11-19"]);
		expect(due(later, settings).followUps.map((f) => f.kind)).toContain("thank-you");
	});

	it("takes the application day from the frontmatter before the body, and names an inline field as one", () => {
		const kelp = { tags: ["interview"], company: "Kelp Bio", Status: "Active", "Date Last Interaction": "2026-11-20" };
		const applied = (frontmatter: Record<string, unknown>) =>
			read(aSource("Jobs/Kelp.md", { ...kelp, ...frontmatter }, "Applied:: 2026-11-10\n"), settings)
				.note?.timeline?.filter((e) => e.event === "applied")
				.map((e) => [e.date, e.origin]);
		expect(applied({ "Date Applied": "2026-11-12" })).toEqual([["2026-11-12", { from: "property", path: "Date Applied" }]]);
		expect(applied({})).toEqual([["2026-11-10", { from: "inline-field", key: "Applied", line: 1 }]]);
	});

	it("reads Korean 지원날짜 and 지원일 as the application day", () => {
		for (const key of ["지원날짜", "지원일"]) {
			const applied = aSource("Jobs/Kelp.md", {
				tags: ["interview"],
				company: "Kelp Bio",
				Status: "Active",
				[key]: "2026-11-17",
				"Date Last Interaction": "2026-11-17",
			});
			expect(read(applied, settings).note?.notRounds?.map((d) => [d.date, d.entry.event, d.entry.origin])).toEqual([
				["2026-11-17", "applied", { from: "property", path: key }],
			]);
			expect(due(applied, settings).followUps).toEqual([]);
		}
	});

	it("never reads our own interview_date, or a day named for an interview, as a last contact", () => {
		const reply = ["- 16 Nov: they replied: still deciding"];
		expect(read(contacted("2026-11-16", "Active", reply, "interview_date")).note?.rounds?.map((r) => r.date)).toEqual(["2026-11-16"]);
		const lastInterview = settingsWith({ fieldAliases: { interview_date: ["Last Interview"] } });
		expect(read(contacted("2026-11-16", "Active", reply, "Last Interview"), lastInterview).note?.rounds?.map((r) => r.date)).toEqual([
			"2026-11-16",
		]);
	});
});

describe("people named only at a round", () => {
	const rounds = aSource(
		"Jobs/Harrowgate.md",
		{ tags: ["interview"], company: "Harrowgate", status: "active" },
		[
			"## Screen",
			"- 2026-11-10 Phone screen with [[Nadia Okafor]] (recruiter), 30 min.",
			"- [x] 2026-11-10 Thank-you email to Nadia",
			"",
			"## Interview",
			"- 2026-11-19 Video interview with [[Owen Brandt]] (hiring manager) and [[Inés Vidal]] (data engineer): system design.",
			"- [x] 2026-11-19 Thank-you emails to Owen and Inés",
		].join("\n"),
	);

	it("are everyone an interview entry links or joins with `and`, and later entries match them by first name", () => {
		const { note } = read(rounds);
		expect(note?.people).toEqual([]);
		expect(note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-10", ["Nadia Okafor"]],
			["2026-11-19", ["Owen Brandt", "Inés Vidal"]],
		]);
		expect(note?.log.map((e) => [e.date, e.kind, e.person])).toEqual([
			["2026-11-10", "thank-you", "Nadia Okafor"],
			["2026-11-19", "thank-you", "Owen Brandt"],
			["2026-11-19", "thank-you", "Inés Vidal"],
		]);
		expect(due(rounds).followUps.filter((f) => f.kind === "thank-you")).toEqual([]);
	});

	it("are the names joined after `with`, and the links listed after a colon", () => {
		const listed = aSource(
			"Jobs/Harrowgate.md",
			{ tags: ["interview"], company: "Harrowgate", status: "active" },
			[
				"- 2026-11-12 Onsite with Hal Moss, Jo Park and Ada Lee, then lunch",
				"- 2026-11-19 Final interviews: [[Elena Park]], [[Tom Baird]] & [[Yusuf Kaya]]",
				"- 2026-11-20 Onsite at [[Harrowgate Office]], notes in [[Onsite prep]]",
			].join("\n"),
		);
		expect(read(listed).note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-12", ["Hal Moss", "Jo Park", "Ada Lee"]],
			["2026-11-19", ["Elena Park", "Tom Baird", "Yusuf Kaya"]],
			["2026-11-20", []],
		]);
	});

	it("count for a message only where its first clause addresses them, not where a later one mentions them", () => {
		const later = aSource(
			"Jobs/Harrowgate.md",
			{ tags: ["interview"], company: "Harrowgate", status: "active" },
			[
				"- 2026-11-19 Video interview with [[Owen Brandt]] and [[Inés Vidal]]",
				"- [x] 2026-11-19 Thank-you email sent to Owen Brandt. Still need Inés's address.",
				"- [x] 2026-11-20 Emailed Owen about the take-home; Inés to follow",
			].join("\n"),
		);
		expect(read(later).note?.log.map((e) => [e.date, e.person])).toEqual([
			["2026-11-19", "Owen Brandt"],
			["2026-11-20", "Owen Brandt"],
		]);
		expect(
			due(later)
				.followUps.filter((f) => f.kind === "thank-you")
				.map((f) => f.to),
		).toEqual(["Inés Vidal"]);
	});

	it("in a listed round's text count for a message that names them", () => {
		const tracker = aSource(
			"Jobs/Pemberton.md",
			{
				tags: ["interview"],
				company: "Pemberton",
				status: "active",
				contacts: [{ name: "Ravi Sen", role: "Hiring Manager", email: "ravi@pemberton.example" }],
				interviews: [{ date: "2026-11-12", interviewers: "Ravi Sen & Lotte Berg (Clinical Lead)" }],
			},
			"- 2026-11-12 Thank-you emails to Ravi Sen and Lotte Berg\n",
		);
		const { note } = read(tracker);
		expect(note?.log.map((e) => e.person)).toEqual(["Ravi Sen", "Lotte Berg"]);
		expect(due(tracker).followUps.filter((f) => f.kind === "thank-you")).toEqual([]);
	});
});

describe("a round's people written as text", () => {
	it("are the application's contact of the same name, with their address and relation", () => {
		const application = aSource(
			"Jobs/Ardmore.md",
			{
				tags: ["interview"],
				company: "Ardmore",
				status: "active",
				source: "LinkedIn",
				contacts: [{ name: "Wren Halloran", role: "Hiring Manager", email: "wren@ardmore.example" }],
				interviews: [{ date: "2026-11-18", interviewers: "Wren Halloran (Engineering Lead); Bo Kessler (Staff Engineer)" }],
			},
			"- 2026-11-18 Thank-you email to Wren Halloran\n",
		);
		const listed = due(application).followUps.map((f) => [f.kind, f.to, f.channel]);
		expect(listed).toEqual([
			["get-contact-info", "Bo Kessler", null],
			["thank-you", "Bo Kessler", "linkedin"],
			["check-in", "Wren Halloran", "email"],
		]);
	});
});

describe("a list of the application's people under its own heading", () => {
	const company = aSource(
		"Companies/Brackenridge.md",
		null,
		[
			"# Connections",
			"- [[Odile Marsh]] hiring manager for the data team",
			"- [[Piet Laan]] and [[Rosa Quint]], engineers on the team",
			"- [[Tariq Bell]] former colleague, referred me",
			"- **Wes Tran** (Recruiter), met at a fair",
			"",
			"# Timeline",
			"- 2026-11-02 Applied with Tariq's referral",
			"- 2026-11-20 Onsite at their office, three sessions",
			"- 2026-11-20 Thank-you emails to [[Odile Marsh]] and [[Piet Laan]]",
			"",
			"#jobsearch",
		].join("\n"),
	);
	const tagged = { ...company, inlineTags: ["#jobsearch"] };
	const settings = settingsWith({ interviewTag: "jobsearch" });

	it("are the application's people, each with the relation their words name", () => {
		const { note } = read(tagged, settings);
		expect(note?.people.map((p) => [p.name, p.relation, p.title, p.origin])).toEqual([
			["Odile Marsh", "hiring-manager", "hiring manager for the data team", { from: "list", line: 2 }],
			["Piet Laan", "interviewer", "engineers on the team", { from: "list", line: 3 }],
			["Rosa Quint", "interviewer", "engineers on the team", { from: "list", line: 3 }],
			["Tariq Bell", "referrer", "former colleague, referred me", { from: "list", line: 4 }],
		]);
	});

	it("get their follow-ups: a thank-you to the one not thanked, the update to the referrer, the check-in to the hiring manager", () => {
		const listed = due(tagged, settings).followUps.filter((f) => f.kind !== "get-contact-info");
		expect(listed.map((f) => [f.kind, f.to])).toEqual([
			["thank-you", "Rosa Quint"],
			["update-referrer", "Tariq Bell"],
			["check-in", "Odile Marsh"],
		]);
	});
});

describe("a calendar line that a pipeline tool writes into a lead note", () => {
	const lead = aSource(
		"Leads/Fenwick.md",
		{ company: "Fenwick Data", role: "Analytics Engineer", status: "phone_screen", tags: ["interview"] },
		[
			"## Calendar",
			'- 2026-11-18T14:30 "Fenwick screening call" attendees: Noor Haddad (Talent Acquisition) <noor.haddad@fenwick.example>',
			"",
			"## My notes",
			"- 2026-11-18 Chat with Noor went well, she will come back to me.",
		].join("\n"),
	);

	it("is the interview, with the attendee by full name, title and address", () => {
		const { note } = read(lead);
		expect(note?.interviewDate).toBe("2026-11-18");
		expect(note?.people.map((p) => [p.name, p.relation, p.email])).toEqual([
			["Noor Haddad", "recruiter", "noor.haddad@fenwick.example"],
		]);
	});

	it("gets the thank-you and the check-in addressed to her, and no request for her address", () => {
		const { followUps } = due(lead);
		expect(followUps.map((f) => [f.kind, f.to, f.due])).toEqual([
			["thank-you", "Noor Haddad", "2026-11-18"],
			["check-in", "Noor Haddad", "2026-11-24"],
		]);
	});
});

describe("a contacts table under a people heading", () => {
	const body = (heading: string): string =>
		[
			`## ${heading}`,
			"| Name | Title | Email | Notes |",
			"|------|-------|-------|-------|",
			"| Ines Vidal | Recruiter | ines@larch.example | booked the screen |",
			"| Bram Okoro | Head of Data | bram@larch.example | hiring manager |",
			"| Hugo Castellane | Director (Analytics) |  | on the panel |",
			"",
			"## Timeline",
			"| Date | Event |",
			"|------|-------|",
			"| 2026-11-16 | Phone screen with Ines |",
			"| 2026-11-19 | Video interview with Bram |",
		].join("\n");
	const note = (heading: string) => aSource("Jobs/Larch.md", { tags: ["interview"], company: "Larch", status: "active" }, body(heading));

	it("gives the application's people, a row each, with their title, relation and address", () => {
		const { note: read } = new NoteReading(settingsWith(), { today: TODAY }).read(note("Contacts"), NO_LINKS);
		expect(read?.people.map((p) => [p.name, p.relation, p.email, p.origin])).toEqual([
			["Ines Vidal", "recruiter", "ines@larch.example", { from: "table", table: "Contacts", row: 1, line: 4 }],
			["Bram Okoro", "hiring-manager", "bram@larch.example", { from: "table", table: "Contacts", row: 2, line: 5 }],
			["Hugo Castellane", "interviewer", null, { from: "table", table: "Contacts", row: 3, line: 6 }],
		]);
		// Brackets in a cell are part of the title.
		expect(read?.people[2]?.title).toBe("Director, Analytics, on the panel");
		// A first name in the timeline is the person of the table: each round is with the full name.
		expect(read?.rounds?.map((r) => [r.date, r.people?.map((p) => p.name)])).toEqual([
			["2026-11-16", ["Ines Vidal"]],
			["2026-11-19", ["Bram Okoro"]],
		]);
	});

	it("is read under an Interviewers or a Participants heading too", () => {
		for (const heading of ["👥 Interviewers", "Participants"]) {
			const { note: read } = new NoteReading(settingsWith(), { today: TODAY }).read(note(heading), NO_LINKS);
			expect(read?.people.map((p) => p.name)).toEqual(["Ines Vidal", "Bram Okoro", "Hugo Castellane"]);
		}
	});

	it("is not read under another heading", () => {
		const { note: read } = new NoteReading(settingsWith(), { today: TODAY }).read(note("Companies"), NO_LINKS);
		expect(read?.people).toEqual([]);
		expect(read?.rounds?.map((r) => r.people?.map((p) => p.name))).toEqual([["Ines"], ["Bram"]]);
	});
});

describe("a table whose column lists the interviewers", () => {
	// An assistant-kept wiki's interview page: no properties, a bold **Date:** label, a Loop table.
	const page = (header: string) =>
		aSource(
			"wiki/interviews/2026-11-17-quillmark-onsite-loop.md",
			null,
			[
				"# Interview — Quillmark — Onsite loop",
				"",
				"**Date:** 2026-11-17",
				"**Outcome:** pending",
				"",
				"## Loop",
				"",
				`| Slot | ${header} | Role | Topic |`,
				"|------|------|------|-------|",
				"| 1 | Ana Brisco | Hiring manager | roadmap trade-offs |",
				"| 2 | Benedikt Orr | Staff engineer | API design |",
				"",
				"## Outcome",
				"",
				"- 2026-11-17 — thank-you email to Ana in the evening.",
			].join("\n"),
		);
	const settings = settingsWith({ interviewFolders: ["wiki/interviews"] });

	it("gives the application's people under any heading, a slot's number being no title", () => {
		const { note: read } = new NoteReading(settings, { today: TODAY }).read(page("Interviewer"), NO_LINKS);
		expect(read?.people.map((p) => [p.name, p.relation, p.title])).toEqual([
			["Ana Brisco", "hiring-manager", "Hiring manager, roadmap trade-offs"],
			["Benedikt Orr", "interviewer", "Staff engineer, API design"],
		]);
	});

	it("addresses the thank-you still owed and the check-in to them", () => {
		const { followUps } = due(page("Interviewers"), settings);
		expect(followUps.filter((f) => f.kind !== "get-contact-info").map((f) => [f.kind, f.to, f.due])).toEqual([
			["thank-you", "Benedikt Orr", "2026-11-17"],
			["check-in", "Ana Brisco", "2026-11-23"],
		]);
	});

	it("is not a table of people when the column has another name", () => {
		const { note: read } = new NoteReading(settings, { today: TODAY }).read(page("Topic owner"), NO_LINKS);
		expect(read?.people).toEqual([]);
	});
});

describe("an interview kit: a dashboard per company, a file per round", () => {
	const settings = settingsWith({ interviewFolders: ["interview-tracking"] });
	const round = aSource(
		"interview-tracking/brightline/rounds/R0-hiring-manager.md",
		null,
		[
			"# R0 - Hiring Manager Interview",
			"",
			"| Field | Value |",
			"|-------|-------|",
			"| **Date** | 2026-11-18 |",
			"| **Interviewer** | Maya Osei — Head of Platform |",
			"| **Status** | ✅ Completed |",
			"",
			"## Action Items",
			"",
			"- [ ] thank-you email to Maya",
		].join("\n"),
	);
	const dashboard = aSource(
		"interview-tracking/brightline/README.md",
		null,
		[
			"# Brightline",
			"",
			"| Field | Value |",
			"|-------|-------|",
			"| **Status** | In Progress |",
			"",
			"## Interview Progress",
			"",
			"| Round | Type | Date | Status | File |",
			"|-------|------|------|--------|------|",
			"| R0 | Hiring manager | 2026-11-18 | Completed | [R0-hiring-manager.md](rounds/R0-hiring-manager.md) |",
		].join("\n"),
	);

	it("reads a round's date and interviewer from the rows of its `Field | Value` table", () => {
		const { note } = read(round, settings);
		expect(note?.interviewDate).toBe("2026-11-18");
		expect(note?.people.map((p) => [p.name, p.relation])).toEqual([["Maya Osei", "interviewer"]]);
		const listed = due(round, settings).followUps.map((f) => [f.kind, f.to]);
		expect(listed).toContainEqual(["thank-you", "Maya Osei"]);
		expect(listed).toContainEqual(["check-in", "Maya Osei"]);
	});

	it("leaves the dashboard's rows of rounds to the round files they link: nothing listed twice", () => {
		const result = evaluateVault([round, dashboard], { settings, today: TODAY, resolve: resolverOver([round, dashboard]) });
		expect(result.followUps.filter((f) => f.note === dashboard.path)).toEqual([]);
		expect(result.followUps.filter((f) => f.note === round.path).map((f) => f.kind)).toContain("thank-you");
	});
});

describe("people met, named in running text with their title", () => {
	const note = (text: string) =>
		aSource(
			"Meetings/Interviews/2026-11-23 Lumenfield.md",
			{ tags: ["interview"], interview_date: "2026-11-23", company: "Lumenfield" },
			text,
		);

	it("are the note's people: with, to, met or by before a name and a title in brackets, or opening a sentence", () => {
		const text =
			"## Individual Interview\n\nOne-to-one with Hana Kovač (Design Director), then with Luis Ortega (Senior Product Designer).\n\nShowed two projects to Dara Whelan (Head of Design, dara@corbel.example). Ivy Chan (recruiting coordinator) walked me out.";
		const { note: read } = new NoteReading(settingsWith(), { today: TODAY }).read(note(text), NO_LINKS);
		expect(read?.people.map((p) => [p.name, p.relation, p.title, p.email])).toEqual([
			["Hana Kovač", "interviewer", "Design Director", null],
			["Luis Ortega", "interviewer", "Senior Product Designer", null],
			["Dara Whelan", "interviewer", "Head of Design", "dara@corbel.example"],
			["Ivy Chan", "staff", "recruiting coordinator", null],
		]);
	});

	it("but not a name without a title, a title in lower case after a cue, a place, or words that are no name", () => {
		for (const text of [
			"Lunch with Hana Kovač afterwards.",
			"Talked to Luis Ortega (briefly) about the team.",
			"Compared with Design Tokens (V2) and the old system.",
			"Met Hana (Design Director) first.",
			"Took the train. Kwun Tong (the office) was busy.",
		]) {
			const { note: read } = new NoteReading(settingsWith(), { today: TODAY }).read(note(text), NO_LINKS);
			expect(read?.people, text).toEqual([]);
		}
	});
});

describe("a person note's display name", () => {
	const read = (person: SourceNote) => {
		const application = aSource("Jobs/Halden.md", {
			tags: ["interview"],
			interview_date: "2026-11-16",
			recruiter: `[[${person.path.replace(/\.md$/, "")}]]`,
		});
		return new NoteReading(settingsWith(), { today: TODAY }).read(application, resolverOver([application, person])).note?.people;
	};

	it("is the note's name property when its file name is a slug, under the names kits give it", () => {
		for (const key of ["name", "recruiter_name", "contact_name"]) {
			const people = read(
				aSource("Recruiters/brightpath-oona-keller.md", { [key]: "Oona Keller", email: "oona@brightpath.example" }),
			);
			expect(
				people?.map((p) => [p.name, p.relation, p.email]),
				key,
			).toEqual([["Oona Keller", "recruiter", "oona@brightpath.example"]]);
		}
	});

	it("is the file name when it already is a name", () => {
		expect(read(aSource("People/Lee Wong.md", { recruiter_name: "Lee W." }))?.map((p) => p.name)).toEqual(["Lee Wong"]);
	});
});

describe("a role that names its company", () => {
	const note = (position: string, company?: string) =>
		aSource(
			"job/interview/pallas/recruiter_notes.md",
			{ tags: ["interview"], ...(company === undefined ? {} : { company }) },
			`**Date:** Tuesday, October 20, 2026\n**Position:** ${position}\n`,
		);

	it("gives the company after `at` or `@` when no company is written", () => {
		for (const position of ["Controls Engineer at Pallas Robotics", "Controls Engineer @ Pallas Robotics"]) {
			const { note: read } = new NoteReading(settingsWith(), { today: TODAY }).read(note(position), NO_LINKS);
			expect([read?.company, read?.role], position).toEqual(["Pallas Robotics", "Controls Engineer"]);
		}
	});

	it("leaves the role whole when a company is written, or the words after `at` are no name", () => {
		const written = new NoteReading(settingsWith(), { today: TODAY }).read(note("Engineer at Pallas Robotics", "Pallas"), NO_LINKS);
		expect([written.note?.company, written.note?.role]).toEqual(["Pallas", "Engineer at Pallas Robotics"]);
		const lower = new NoteReading(settingsWith(), { today: TODAY }).read(note("Engineer at scale"), NO_LINKS);
		expect([lower.note?.company, lower.note?.role]).toEqual([null, "Engineer at scale"]);
	});
});

describe("a withdrawal in the timeline", () => {
	const note = (item: string) =>
		aSource(
			"Jobs/Wexford.md",
			{ tags: ["interview"], company: "Wexford", interview_date: "2026-10-20", people: ["Mina Sato"] },
			`## Next steps\n\n- ${item}\n`,
		);
	const listed = (item: string) =>
		evaluate([note(item)], "2026-11-23")
			.followUps.filter((f) => f.status !== "upcoming")
			.map((f) => f.kind);

	it("ends the application, whichever side withdrew", () => {
		for (const item of [
			"2026-10-27 withdrew from the process by email to Mina Sato: the commute does not work",
			"2026-10-27 Mina called: the role was withdrawn after the reorg",
		]) {
			const { note: read } = new NoteReading(settingsWith(), { today: TODAY }).read(note(item), NO_LINKS);
			expect([read?.status, read?.statusDate], item).toEqual(["ended", "2026-10-27"]);
			expect(listed(item), item).toEqual([]);
		}
	});

	it("but a question about withdrawing ends nothing", () => {
		const { note: read } = new NoteReading(settingsWith(), { today: TODAY }).read(
			note("2026-10-27 asked Mina whether I should withdraw the other application"),
			NO_LINKS,
		);
		expect(read?.status).toBe("active");
	});
});

describe("a thank-you ticked with no day", () => {
	const note = (checklist: string, day = "2026-11-19") =>
		aSource(
			"Jobs/Nimbleway.md",
			{ tags: ["interview"], company: "Nimbleway", interview_date: day, people: ["Rosa Delgado", "Sam Ode"] },
			`## Next Steps\n\n${checklist}\n`,
		);
	const thankYous = (source: SourceNote) =>
		evaluate([source], "2026-11-20")
			.followUps.filter((f) => f.kind === "thank-you")
			.map((f) => f.to);

	it("was sent for the note's interview: to everyone, or to those it names", () => {
		expect(thankYous(note("- [x] Send thank you email\n- [ ] Follow up on the timeline"))).toEqual([]);
		expect(thankYous(note("- [x] Thank-you note to Rosa"))).toEqual(["Sam Ode"]);
	});

	it("but an open box, another kind of message, or an interview still to come sends nothing", () => {
		expect(thankYous(note("- [ ] Send thank you email"))).toEqual(["Rosa Delgado", "Sam Ode"]);
		expect(thankYous(note("- [x] Follow up on the office-days question"))).toEqual(["Rosa Delgado", "Sam Ode"]);
		const { note: read } = new NoteReading(settingsWith(), { today: "2026-11-20" }).read(
			note("- [x] Send thank you email", "2026-11-25"),
			NO_LINKS,
		);
		expect(read?.log).toEqual([]);
	});
});

describe("a message ticked under a heading that names its kind, with its day after a label", () => {
	const note = (sections: string) =>
		aSource(
			"Jobs/Brightwater.md",
			{ tags: ["interview"], company: "Brightwater", interview_date: "2026-11-12", people: ["Ilse Marten", "Tom Oduya"] },
			`# Brightwater, second round\n\n${sections}\n`,
		);
	const sent = (source: SourceNote) => read(source).note?.log.map((e) => [e.date, e.direction, e.kind, e.person]);

	it("is a message of that kind, sent that day to those a `To:` item beside it names", () => {
		const source = note(
			[
				"## Afterwards",
				"### Thank-you notes",
				"- [x] Sent on 12 Nov",
				"- [x] To: Ilse Marten",
				"### Check-in",
				"- [x] Done: 2026-11-18",
			].join("\n\n"),
		);
		expect(sent(source)).toEqual([
			["2026-11-12", "sent", "thank-you", "Ilse Marten"],
			["2026-11-18", "sent", "check-in", null],
		]);
		// Tom was not thanked; the check-in went to everyone, so the next one is the second.
		const followUps = evaluateVault([source], { settings: settingsWith(), today: TODAY, resolve: NO_LINKS }).followUps;
		expect(followUps.filter((f) => f.kind === "thank-you").map((f) => f.to)).toEqual(["Tom Oduya"]);
	});

	it("names everyone when no `To:` item is there, several when it lists several", () => {
		const source = note("### Thank You Email\n\n- [x] Sent: 2026-11-12\n- [x] To: Ilse Marten, Tom Oduya");
		expect(sent(source)).toEqual([
			["2026-11-12", "sent", "thank-you", "Ilse Marten"],
			["2026-11-12", "sent", "thank-you", "Tom Oduya"],
		]);
		expect(sent(note("### Thank You Email\n\n- [x] Sent: 2026-11-12"))).toEqual([["2026-11-12", "sent", "thank-you", null]]);
	});

	it("but not under a heading that names no message, nor with an open box or a day still to come", () => {
		expect(sent(note("### Prep\n\n- [x] Done: 2026-11-11"))).toEqual([]);
		expect(sent(note("### Thank You Email\n\n- [ ] Sent: 2026-11-12"))).toEqual([]);
		expect(sent(note("### Thank You Email\n\n- [x] Sent: 2026-11-30"))).toEqual([]);
	});
});

describe("a name cell of a timeline row that opens with a word such as `With`", () => {
	it("gives the name without the word", () => {
		const source = aSource(
			"Jobs/Kestrel.md",
			{ tags: ["interview"], company: "Kestrel" },
			[
				"## Log",
				"",
				"| Date | What | Notes |",
				"|---|---|---|",
				"| 2026-11-05 | Recruiter screen | With Dana Holm - quick |",
				"| 2026-11-12 | Panel interview | met Omar Haddad |",
			].join("\n"),
		);
		const { note } = read(source);
		expect(note?.people.map((p) => p.name)).toEqual(["Dana Holm", "Omar Haddad"]);
		expect(note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-05", ["Dana Holm"]],
			["2026-11-12", ["Omar Haddad"]],
		]);
	});

	it("and so does a person column", () => {
		const source = aSource(
			"Jobs/Kestrel.md",
			{ tags: ["interview"], company: "Kestrel" },
			["| Date | Who | What |", "|---|---|---|", "| 2026-11-12 | with Omar Haddad | Panel interview |"].join("\n"),
		);
		expect(read(source).note?.timeline?.map((e) => [e.event, e.person])).toEqual([["interview", "Omar Haddad"]]);
	});
});

describe("an outcome written with its day in a section of its own", () => {
	const settings = settingsWith({ fieldAliases: { status: ["Outcome"] } });
	const note = (feedback: string) =>
		aSource(
			"Interviews/INT-001.md",
			{ tags: ["interview"] },
			`# Interview\n\n**Date:** 2026-10-22\n**Interviewer:** Nell Ekwueme\n\n## Feedback received\n\n${feedback}`,
		);

	it("takes the section's `Date:` as the status date", () => {
		const { note: read_ } = read(note("**Date:** 2026-11-02\n**Outcome:** Rejected\n"), settings);
		expect([read_?.interviewDate, read_?.status, read_?.statusDate]).toEqual(["2026-10-22", "rejected", "2026-11-02"]);
	});

	it("takes no date from another section, nor the note's first date", () => {
		const elsewhere = read(note("**Outcome:** Rejected\n\n## Next round\n\n**Date:** 2026-11-30\n"), settings).note;
		expect([elsewhere?.status, elsewhere?.statusDate]).toEqual(["rejected", null]);
		const oneSection = read(
			aSource("Interviews/INT-002.md", { tags: ["interview"] }, "**Date:** 2026-10-22\n**Outcome:** Rejected\n"),
			settings,
		).note;
		expect([oneSection?.status, oneSection?.statusDate]).toEqual(["rejected", null]);
	});
});

describe("a yes/no flag under a field named after a relation", () => {
	it("is told from an object that cannot be made text, which names nobody and breaks nothing", () => {
		// The property test's counterexample: an object whose toString is no function.
		const source = aSource("Jobs/Quillon.md", { tags: ["interview"], people: ["Jane Doe"], interviewers: { toString: {} } });
		expect(() => read(source)).not.toThrow();
		expect(read(source).note?.people.map((p) => p.name)).toEqual(["Jane Doe"]);
	});

	it("names nobody: `referral: true` says there was a referral, not who made it", () => {
		for (const referral of [true, false]) {
			const source = aSource("Jobs/Quillon.md", { tags: ["interview"], company: "Quillon", interview_date: "2026-11-20", referral });
			expect(read(source).note?.people, String(referral)).toEqual([]);
			expect(due(source).followUps.filter((f) => f.to === String(referral))).toEqual([]);
		}
	});
});

describe("a contact note linked from the timeline, named after the person and the company", () => {
	// A contact note named after the person and the company, linked by the person's name.
	const application = aSource(
		"Applications/Larch - Platform Engineer.md",
		{ tags: ["interview"], company: "Larch", status: "Interview" },
		[
			"## Timeline log",
			"- 2026-11-03 — Referred by [[Priya Vance - Larch|Priya Vance]]",
			"- 2026-11-18 — Technical interview (video) with [[Owen Pike - Larch|Owen Pike]] and Rhea Castillo",
			"- 2026-11-18 — Sent thank-you notes to Owen Pike and Rhea Castillo",
		].join("\n"),
	);

	it("names the person alone, so the entries that name them count for them", () => {
		const { note } = read(application);
		expect(note?.rounds?.at(-1)?.people.map((p) => p.name)).toEqual(["Owen Pike", "Rhea Castillo"]);
		const { followUps } = due(application);
		expect(followUps.filter((f) => f.kind === "thank-you")).toEqual([]);
		expect(followUps.filter((f) => f.kind === "update-referrer").map((f) => [f.to, f.due])).toEqual([["Priya Vance", "2026-11-19"]]);
	});

	it("in a table's person column too", () => {
		const table = aSource(
			"Applications/Birch.md",
			{ tags: ["interview"], company: "Birch" },
			["| Date | Event | With |", "|---|---|---|", "| 2026-11-18 | Phone screen | [[Nadia Brooks - Birch\\|Nadia Brooks]] |"].join(
				"\n",
			),
		);
		expect(read(table).note?.rounds?.map((r) => r.people.map((p) => p.name))).toEqual([["Nadia Brooks"]]);
	});
});

describe("a status history whose notes list who interviewed", () => {
	const history = (entries: Record<string, unknown>[]) =>
		aSource("companies/株式会社ナギサ.md", { company: "株式会社ナギサ", status: "二次面接完了", status_history: entries });
	const settings = settingsWith({
		interviewFolders: ["companies"],
		timelineFields: ["status_history"],
		relationAliases: { 採用担当: "recruiter" },
	});

	it("makes the entry the interview of its day, with them and their titles, though its status names no interview", () => {
		const { note } = read(
			history([
				{ date: "2026-11-06", status: "一次面接完了", note: "面接官：井上 拓也（採用担当）" },
				{
					date: "2026-11-20",
					status: "二次面接完了",
					note: "面接官：森 恵子（プロダクトマネージャー）、中村 さくら（エンジニア）",
				},
			]),
			settings,
		);
		expect(note?.rounds?.map((r) => [r.date, r.people.map((p) => [p.name, p.relation, p.title])])).toEqual([
			["2026-11-06", [["井上 拓也", "recruiter", "採用担当"]]],
			[
				"2026-11-20",
				[
					["森 恵子", "interviewer", "プロダクトマネージャー"],
					["中村 さくら", "interviewer", "エンジニア"],
				],
			],
		]);
		const thanks = due(
			history([{ date: "2026-11-20", status: "二次面接完了", note: "Interviewers: Dana Holt, Sam Ito" }]),
			settings,
		).followUps.filter((f) => f.kind === "thank-you");
		expect(thanks.map((f) => [f.to, f.due])).toEqual([
			["Dana Holt", "2026-11-20"],
			["Sam Ito", "2026-11-20"],
		]);
	});

	it("leaves an entry whose note names no interviewers where its words put it", () => {
		const { note } = read(history([{ date: "2026-11-10", status: "書類選考中", note: "Met with the team lead" }]), settings);
		expect(note?.rounds ?? []).toEqual([]);
	});
});

describe("a page exported from Notion", () => {
	const page = (name: string, properties: string) =>
		aSource(
			`Applications/${name}.md`,
			null,
			`# Halden Robotics\n\n${properties}\n\n## Interview log\n\n` +
				"- @November 4, 2026 Phone screen with Marta Feld (Hiring Manager).\n" +
				"- @November 4, 2026 Emailed Marta a thank-you.\n" +
				"- @November 20, 2026 Final round onsite with Marta Feld (Hiring Manager) and Jonas Weber (Staff Engineer).\n",
		);
	const properties = [
		"Position: Robotics Software Engineer",
		"Status: 🤝 Final Interview",
		"Next Action Date: November 27, 2026",
		"Referral: Yes",
		"Referral Source: Priya Raman (former colleague)",
	].join("\n");
	const settings = settingsWith({ interviewFolders: ["Applications"], dateOrder: "MDY" });
	const notion = page("Halden Robotics 3938666cd6815618730d61b4432742b4", properties);

	it("reads the plain `Key: Value` lines under its title as its properties, a checkbox's Yes naming nobody", () => {
		const { note } = read(notion, settings);
		expect(note?.role).toBe("Robotics Software Engineer");
		expect(note?.reminder?.day).toBe("2026-11-27");
		expect(note?.people.map((p) => [p.name, p.relation])).toEqual([["Priya Raman", "referrer"]]);
	});

	it("dates its items by the `@` date mentions they open with", () => {
		const { note } = read(notion, settings);
		expect(note?.rounds?.map((r) => r.date)).toEqual(["2026-11-04", "2026-11-20"]);
		const { followUps } = due(notion, settings);
		expect(followUps.filter((f) => f.kind === "update-referrer").map((f) => [f.to, f.due])).toContainEqual([
			"Priya Raman",
			"2026-11-23",
		]);
	});

	it("but the same lines in a note not named like a Notion page are its text", () => {
		const { note } = read(page("Halden Robotics", properties), settings);
		expect(note?.role).toBeNull();
		expect(note?.reminder ?? null).toBeNull();
	});
});

describe("a tracker's contact columns", () => {
	it("read `Contact Person` as a person, `Contact Email` as their address and `Referral Source` as a referrer", () => {
		const { note } = read(
			aSource("Jobs/Northwind.md", {
				tags: ["interview"],
				interview_date: "2026-11-20",
				"Contact Person": "Sam Oduya (Recruiter)",
				"Contact Email": "sam.oduya@northwind.example",
				Referral: "No",
			}),
		);
		expect(note?.people.map((p) => [p.name, p.relation, p.email])).toEqual([["Sam Oduya", "recruiter", "sam.oduya@northwind.example"]]);
		const referred = read(
			aSource("Jobs/Halden.md", {
				tags: ["interview"],
				interview_date: "2026-11-20",
				"Referral Source": "Priya Raman (former colleague)",
			}),
		);
		expect(referred.note?.people.map((p) => [p.name, p.relation])).toEqual([["Priya Raman", "referrer"]]);
	});

	it("give the contact the note's address though a referrer is named too, even when both are names of `people`", () => {
		const halden = aSource("Jobs/Halden.md", {
			tags: ["interview"],
			interview_date: "2026-11-20",
			"Contact Person": "Marta Feld (Hiring Manager)",
			"Contact Email": "marta.feld@halden.example",
			"Referral Source": "Priya Raman (former colleague)",
		});
		const expected = [
			["Marta Feld", "hiring-manager", "marta.feld@halden.example"],
			["Priya Raman", "referrer", null],
		];
		expect(read(halden).note?.people.map((p) => [p.name, p.relation, p.email])).toEqual(expected);
		const aliased = settingsWith({ fieldAliases: { people: ["Contact Person", "Referral Source"] } });
		expect(read(halden, aliased).note?.people.map((p) => [p.name, p.relation, p.email])).toEqual(expected);
	});
});

describe("a thank-you that names people by an honorific and their surname", () => {
	const thanked = (line: string) =>
		aSource(
			"Jobs/Rheinfels.md",
			{ tags: ["interview"], company: "Rheinfels", status: "interview", interview_date: "2026-11-18" },
			[
				"- 2026-11-18 Onsite interview with Matthias Reuter (hiring manager) and Carina Vogt (recruiter)",
				`- 2026-11-18 ${line}`,
			].join("\n"),
		);

	it("counts the thank-you for each of them, in English and in German", () => {
		for (const line of ["Thank-you emails to Dr. Reuter and Ms Vogt", "Dankesmail an Herrn Reuter und Frau Vogt"]) {
			const settings = settingsWith({ eventWords: { Dankesmail: "thank-you" } });
			const { followUps } = due(thanked(line), settings);
			expect(followUps.filter((f) => f.kind === "thank-you")).toEqual([]);
		}
	});

	it("knows each by every title a name can have, not only the commonest", () => {
		const owed = (line: string) =>
			due(thanked(line))
				.followUps.filter((f) => f.kind === "thank-you")
				.map((f) => f.to);
		expect(owed("Thank-you email to Prof. Reuter")).toEqual(["Carina Vogt"]);
		expect(owed("Thank-you email to Mx Vogt")).toEqual(["Matthias Reuter"]);
		expect(owed("Thank-you email to Mme Vogt")).toEqual(["Matthias Reuter"]);
		// A title's full stop ends no sentence, whichever title it is.
		expect(owed("Thank-you email to Sra. Vogt")).toEqual(["Matthias Reuter"]);
		expect(owed("Thank-you email to Dra. Vogt, then lunch")).toEqual(["Matthias Reuter"]);
	});

	it("does not take a surname standing alone for the person", () => {
		const { followUps } = due(thanked("Thank-you email to Dr. Reuter, Vogt next"));
		expect(followUps.filter((f) => f.kind === "thank-you").map((f) => f.to)).toEqual(["Carina Vogt"]);
	});
});

describe("a title before a person's name", () => {
	it("is no part of the name, written in a property or in an entry", () => {
		const note = aSource(
			"Jobs/Rheinfels.md",
			{
				tags: ["interview"],
				company: "Rheinfels",
				status: "interview",
				kontakt: "Dr. Matthias Reuter (Leiter), Frau Carina Vogt <c.vogt@r.example>",
			},
			"- 2026-11-18 Onsite interview with Dr. Matthias Reuter and Prof. Ana Lima\n- 2026-11-18 Thank-you email to Dr. Reuter",
		);
		const settings = settingsWith({ fieldAliases: { people: ["kontakt"] } });
		const reading = read(note, settings).note;
		expect(reading?.people.map((p) => p.name)).toEqual(["Matthias Reuter", "Carina Vogt"]);
		expect(reading?.rounds?.[0]?.people.map((p) => p.name)).toEqual(["Matthias Reuter", "Ana Lima"]);
		const { followUps } = due(note, settings);
		expect(followUps.filter((f) => f.kind === "thank-you").map((f) => f.to)).toEqual(["Ana Lima"]);
	});

	it("leaves a title before a surname alone to the note's people", () => {
		const note = aSource(
			"Jobs/A.md",
			{ tags: ["interview"], company: "A", status: "interview" },
			"- 2026-11-18 Phone screen with Mr. Smith",
		);
		expect(due(note).followUps.map((f) => f.to)).not.toContain("Mr");
	});
});

describe("a round of the interview date whose same-day entry names its own people", () => {
	const application = (entry: string) =>
		aSource(
			"Jobs/Lindqvist.md",
			{
				tags: ["interview"],
				company: "Lindqvist",
				status: "active",
				people: ["Mara Lind (Recruiter)"],
				interview_date: "2026-11-17",
			},
			[
				"- 2026-11-09 Screening call with Mara, 25 min.",
				"- 2026-11-09 Thanked Mara on LinkedIn",
				entry,
				"- 2026-11-18 Thank-you emails to Jonas and Elif",
			].join("\n"),
		);

	it("is theirs alone: the application's recruiter is not owed a thank-you for it", () => {
		const note = application("- 2026-11-17 Technical interview with Jonas Weber and Elif Demir");
		expect(read(note).note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-09", ["Mara Lind"]],
			["2026-11-17", ["Jonas Weber", "Elif Demir"]],
		]);
		expect(due(note).followUps.filter((f) => f.kind === "thank-you")).toEqual([]);
	});

	it("keeps the note's people when the note has that one interview day", () => {
		const note = aSource(
			"Interviews/Lindqvist.md",
			{
				tags: ["interview"],
				company: "Lindqvist",
				status: "active",
				people: ["Mara Lind (Recruiter)"],
				interview_date: "2026-11-17",
			},
			"- 2026-11-17 Technical interview with Jonas Weber",
		);
		expect(read(note).note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-17", ["Mara Lind", "Jonas Weber"]],
		]);
		expect(
			due(note)
				.followUps.filter((f) => f.kind === "thank-you")
				.map((f) => f.to)
				.sort(),
		).toEqual(["Jonas Weber", "Mara Lind"]);
	});

	it("keeps of the application's people only those the entry names, with the others it names", () => {
		const note = aSource(
			"Jobs/Kraftwerk.md",
			{
				tags: ["interview"],
				company: "Kraftwerk",
				status: "active",
				contact: "Dana Reyes (Recruiter), Leo Brandt (Hiring Manager)",
				interview_date: "2026-11-18",
			},
			["- 2026-11-09 Screening call with Dana, 25 min.", "- 2026-11-18 Onsite with Dana Reyes, Tim Berger and Sara Yilmaz"].join(
				"\n",
			),
		);
		const settings = settingsWith({ fieldAliases: { people: ["contact"] } });
		expect(read(note, settings).note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-09", ["Dana Reyes"]],
			["2026-11-18", ["Dana Reyes", "Tim Berger", "Sara Yilmaz"]],
		]);
		const thanked = due(note, settings)
			.followUps.filter((f) => f.kind === "thank-you")
			.map((f) => f.to);
		expect(thanked).not.toContain("Leo Brandt");
		expect(thanked).toEqual(expect.arrayContaining(["Dana Reyes", "Tim Berger", "Sara Yilmaz"]));
	});

	it("keeps every one of the note's people beside those the entry names when the note has one interview day", () => {
		const note = aSource(
			"Interviews/Kraftwerk.md",
			{
				tags: ["interview"],
				company: "Kraftwerk",
				status: "active",
				people: ["Dana Reyes (Recruiter)", "Leo Brandt (Hiring Manager)"],
				interview_date: "2026-11-18",
			},
			"- 2026-11-18 Onsite with Dana Reyes and Tim Berger",
		);
		expect(read(note).note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-18", ["Dana Reyes", "Leo Brandt", "Tim Berger"]],
		]);
	});

	it("takes the people a dated heading's lines name for that day's round, not the application's", () => {
		const note = aSource(
			"Jobs/Kraftwerk.md",
			{
				tags: ["interview"],
				company: "Kraftwerk",
				status: "active",
				people: ["Dana Reyes (Recruiter)", "Leo Brandt (Hiring Manager)"],
				interview_date: "2026-11-18",
			},
			[
				"- 2026-11-09 Screening call with Dana, 25 min.",
				"- 2026-11-09 Thanked Dana on LinkedIn",
				"",
				"### 2026-11-18 Onsite",
				"",
				"Panel: Leo Brandt, Tim Berger",
			].join("\n"),
		);
		expect(read(note).note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-09", ["Dana Reyes"]],
			["2026-11-18", ["Leo Brandt", "Tim Berger"]],
		]);
		const thanked = due(note)
			.followUps.filter((f) => f.kind === "thank-you")
			.map((f) => f.to);
		expect(thanked).not.toContain("Dana Reyes");
	});

	it("adds the people a dated heading's lines name to the note's own when the note has one interview day", () => {
		const note = aSource(
			"Interviews/Kraftwerk.md",
			{ tags: ["interview"], company: "Kraftwerk", status: "active", people: ["Mara Lind"], interview_date: "2026-11-18" },
			"### 2026-11-18 Onsite\n\nPanel: Tim Berger",
		);
		expect(read(note).note?.rounds?.map((r) => r.people.map((p) => p.name))).toEqual([["Mara Lind", "Tim Berger"]]);
	});

	it("keeps the application's people when the entry names nobody", () => {
		const note = application("- 2026-11-17 Technical interview, live coding");
		expect(read(note).note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-09", ["Mara Lind"]],
			["2026-11-17", ["Mara Lind"]],
		]);
	});
});

describe("a list of people to reach, each with an address after a dash", () => {
	const note = (contacts: string) =>
		aSource(
			"Empresas/Brisa Payments.md",
			null,
			`#interview\n\n## ${contacts}\n- Tomás Ibarra (Talent Acquisition) - linkedin.com/in/tomas-ibarra-ta\n- Carmen Vidal (hiring manager) - carmen.vidal@brisa.example\n\n## Log\n- 2026-11-12 · Recruiter screen with Tomás Ibarra and Carmen Vidal.\n`,
		);
	const askedForDetails = (source: SourceNote) =>
		evaluate([source], "2026-11-13")
			.followUps.filter((f) => f.kind === "get-contact-info")
			.map((f) => f.to);

	it("gives the people named in entries their LinkedIn or email", () => {
		expect(askedForDetails(note("Personas a contactar"))).toEqual([]);
		expect(askedForDetails(note("Contacts"))).toEqual([]);
	});

	it("but under any other heading the addresses are no one's", () => {
		expect(askedForDetails(note("Links"))).toEqual(["Carmen Vidal", "Tomás Ibarra"]);
	});
});

describe("people after `w/`, the shorthand for `with`", () => {
	const onsite = (line: string) =>
		aSource("Jobs/Northgate.md", { tags: ["interview"], company: "Northgate", status: "Interviewing" }, `- ${line}`);

	it("are the people met, with the title and address in brackets", () => {
		const source = onsite("Thu 11/19 onsite w/ Aisha Karim (hiring manager, aisha.karim@northgate.example) & Leo (platform SRE)");
		const { followUps } = due(source, settingsWith({ dateOrder: "MDY" }));
		expect(followUps.filter((f) => f.kind === "thank-you").map((f) => [f.to, f.due])).toEqual([
			["Aisha Karim", "2026-11-19"],
			["Leo", "2026-11-19"],
		]);
		expect(followUps.filter((f) => f.kind === "get-contact-info").map((f) => f.to)).toEqual(["Leo"]);
		expect(followUps.filter((f) => f.kind === "check-in").map((f) => [f.to, f.due])).toEqual([["Aisha Karim", "2026-11-25"]]);
	});

	it("in capitals too, while a word ending in w before a slash or `w/o` names no one", () => {
		const thanked = (line: string) =>
			due(onsite(`2026-11-19 ${line}`))
				.followUps.filter((f) => f.kind === "thank-you")
				.map((f) => f.to);
		expect(thanked("Video interview W/ Nina Petrov")).toEqual(["Nina Petrov"]);
		expect(thanked("Video interview, review/Nina Petrov")).toEqual([null]);
		expect(thanked("Video interview w/o Nina Petrov")).toEqual([null]);
	});
});

describe("a source that names who referred you", () => {
	const application = (source: string) =>
		aSource(
			"Jobs/Northgate.md",
			{ tags: ["interview"], company: "Northgate", status: "Interviewing", source },
			"- 2026-11-19 Onsite with Aisha Karim (hiring manager)",
		);
	const referrers = (source: string) =>
		read(application(source))
			.note?.people.filter((p) => p.relation === "referrer")
			.map((p) => p.name);

	it("makes them a referrer, owed an update after the round", () => {
		for (const source of ["Referral - Tom Reyes", "Referral (Tom Reyes)", "referral from Tom Reyes", "Referred by [[Tom Reyes]]"])
			expect(referrers(source), source).toEqual(["Tom Reyes"]);
		const { followUps } = due(application("Referral - Tom Reyes"));
		expect(followUps.filter((f) => f.kind === "update-referrer").map((f) => [f.to, f.due, f.windowEnd])).toEqual([
			["Tom Reyes", "2026-11-20", "2026-11-24"],
		]);
	});

	it("names no one when it only says where the opening came from", () => {
		for (const source of [
			"Referral",
			"referral",
			"LinkedIn",
			"Referral, internal board",
			"referral (internal)",
			"Recruiter - Dana Okafor",
		])
			expect(referrers(source), source).toEqual([]);
	});
});
