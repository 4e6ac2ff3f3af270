import { describe, expect, it } from "vitest";
import { evaluateVault } from "../../src/app/evaluate";
import { NoteReading, readInterviewNote } from "../../src/core/read-note";
import { NO_LINKS, type SourceNote } from "../../src/core/source";
import { aSource, resolverOver, settingsWith } from "../builders/vault";
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

describe("people named after a clause, and in Chinese", () => {
	it("reads 面试官：王磊（…）、陈静（HR） after the entry's first clause, as two people of that day's round", () => {
		const source = aSource(
			"Jobs/青岚科技.md",
			{ tags: ["interview"], company: "青岚科技", status: "interview" },
			["## 面试记录", "", "- 2026-11-16 一面（视频），面试官：王磊（数据组负责人）、陈静（HR）"].join("\n"),
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

	it("reads an English label after a comma, and no label inside a clause's words", () => {
		const source = aSource(
			"Jobs/Quarry.md",
			{ tags: ["interview"], company: "Quarry", status: "interview" },
			["- 2026-11-17 Onsite loop, interviewers: Dana Liu, Omar Haddad", "- 2026-11-18 Note to self about who: nobody"].join("\n"),
		);
		const { note } = read(source);
		expect(note?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([["2026-11-17", ["Dana Liu", "Omar Haddad"]]]);
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
