import { describe, expect, it } from "vitest";
import { makeCalendar } from "../../src/core/dates";
import type { Origin, TimelineEntry } from "../../src/core/model";
import { NoteReading, readInterviewNote } from "../../src/core/read-note";
import { evaluateNotes } from "../../src/core/rules";
import { personMatcher, withTimeline } from "../../src/core/timeline";
import { NO_LINKS } from "../../src/core/source";
import { aSource, evaluate, resolverOver, settingsWith } from "../builders/vault";

const settings = settingsWith();
const calendar = makeCalendar(settings.weekendDays, settings.holidays);
const row = (n: number): Origin => ({ from: "table", table: "Follow-up log", row: n, line: 10 + n });
const entry = (over: Partial<TimelineEntry> & Pick<TimelineEntry, "date" | "event">): TimelineEntry => ({
	kind: "",
	format: null,
	person: null,
	text: "",
	origin: row(1),
	...over,
});
const noteOf = (frontmatter: Record<string, unknown>) => {
	const note = readInterviewNote(aSource("Acme.md", { tags: ["interview"], company: "Acme", ...frontmatter }), settings, NO_LINKS).note;
	if (note === null) throw new Error("not an interview note");
	return note;
};
const due = (note: ReturnType<typeof noteOf>, today: string) =>
	evaluateNotes([note], { settings, calendar, today }).followUps.map(
		(f) => `${f.kind} ${f.to} ${f.due}${f.round ? ` (round ${f.round})` : ""}`,
	);

describe("names in entries", () => {
	it("match a person by full name, person note or a first name only one person has", () => {
		const { match, add } = personMatcher([
			{
				name: "Raj Patel",
				relation: "interviewer",
				title: null,
				email: null,
				phone: null,
				linkedin: null,
				channel: null,
				primary: false,
				notePath: null,
			},
			{
				name: "Maya Chen",
				relation: "recruiter",
				title: null,
				email: null,
				phone: null,
				linkedin: null,
				channel: null,
				primary: false,
				notePath: "People/Maya C.md",
			},
			{
				name: "Maya Ortiz",
				relation: "interviewer",
				title: null,
				email: null,
				phone: null,
				linkedin: null,
				channel: null,
				primary: false,
				notePath: null,
			},
		]);
		expect(match("raj")).toBe("Raj Patel");
		expect(match(" RAJ  PATEL ")).toBe("Raj Patel");
		expect(match("[[Maya C]]")).toBe("Maya Chen");
		expect(match("Maya")).toBe("Maya"); // two Mayas: left as written
		expect(match("Sam")).toBe("Sam");
		expect(match(null)).toBeNull();
		add({
			name: "Sam Okafor",
			relation: "interviewer",
			title: null,
			email: null,
			phone: null,
			linkedin: null,
			channel: null,
			primary: false,
			notePath: null,
		});
		expect(match("sam")).toBe("Sam Okafor"); // a person added later matches too
	});
});

describe("a timeline joined into a note", () => {
	const base = {
		interview_date: "2026-11-13",
		people: [
			{ name: "Raj Patel", email: "raj@acme.example" },
			{ name: "Lee Wong", email: "lee@acme.example" },
		],
	};
	it("a thank-you in the table marks it done; one naming nobody covers everyone", () => {
		const note = noteOf(base);
		const toRaj = withTimeline(note, [entry({ date: "2026-11-13", event: "sent", kind: "thank-you", person: "Raj" })]);
		expect(due(toRaj, "2026-11-16")).toEqual(["thank-you Lee Wong 2026-11-13", "check-in Raj Patel 2026-11-19"]);
		const toAll = withTimeline(note, [entry({ date: "2026-11-13", event: "sent", kind: "thank-you" })]);
		expect(due(toAll, "2026-11-16")).toEqual(["check-in Raj Patel 2026-11-19"]);
	});
	it("one message to two people named in its text is a message to each", () => {
		const note = noteOf(base);
		const text = "Thank-you emails to Raj Patel and Lee";
		const both = withTimeline(note, [entry({ date: "2026-11-13", event: "sent", kind: "thank-you", person: "Raj Patel", text })]);
		expect(both.log.map((e) => e.person)).toEqual(["Raj Patel", "Lee Wong"]);
		expect(due(both, "2026-11-16")).toEqual(["check-in Raj Patel 2026-11-19"]);
	});
	it("an interview entry naming two people makes a round with both", () => {
		const note = noteOf({ ...base, interview_date: "2026-11-02" });
		const text = "Onsite with Raj and Lee Wong";
		const joined = withTimeline(note, [entry({ date: "2026-11-13", event: "interview", person: "Raj", text })]);
		expect(joined.rounds?.at(-1)?.people.map((p) => p.name)).toEqual(["Raj Patel", "Lee Wong"]);
	});
	it("a first name is not taken from inside another word or in lower case", () => {
		const note = noteOf({ people: [{ name: "May Chen" }, { name: "Raj Patel" }], interview_date: "2026-11-12" });
		const text = "Sent the thank-you to Raj; may follow up with the recruiter";
		const joined = withTimeline(note, [entry({ date: "2026-11-13", event: "sent", kind: "thank-you", person: "Raj", text })]);
		expect(joined.log.map((e) => e.person)).toEqual(["Raj Patel"]);
	});
	it("a message already in the log is not counted twice", () => {
		const note = noteOf({ ...base, follow_ups: [{ date: "2026-11-19", kind: "check-in", to: "Raj Patel" }] });
		const joined = withTimeline(note, [entry({ date: "2026-11-19", event: "sent", kind: "check-in", person: "Raj" })]);
		expect(joined.log).toHaveLength(1);
		expect(due(joined, "2026-11-23")).toContain("second-check-in Raj Patel 2026-11-25");
	});
	it("an interview entry is a round: the earlier round keeps its thank-yous, the chain moves to the latest", () => {
		const note = noteOf(base);
		const joined = withTimeline(note, [
			entry({ date: "2026-11-13", event: "sent", kind: "thank-you" }),
			entry({ date: "2026-11-20", event: "interview", format: "onsite", person: "Maya Chen", origin: { from: "list", line: 14 } }),
		]);
		expect(joined.rounds?.map((r) => r.date)).toEqual(["2026-11-13", "2026-11-20"]);
		expect(joined.interviewDate).toBe("2026-11-20");
		// Maya was met at the second round: hers are its thank-you and contact details; the chain
		// goes to the first contact of the round, and Raj (hiring manager) would come first.
		expect(due(joined, "2026-11-20")).toEqual([
			"ask-next-steps null 2026-11-20 (round 2026-11-20)",
			"get-contact-info Maya Chen 2026-11-20 (round 2026-11-20)",
			"thank-you Maya Chen 2026-11-20 (round 2026-11-20)",
			"check-in Maya Chen 2026-11-26 (round 2026-11-20)",
		]);
		const withManager = withTimeline(noteOf({ ...base, people: [{ name: "Raj Patel", relation: "hiring manager", email: "r@x" }] }), [
			entry({ date: "2026-11-20", event: "interview", person: "Maya Chen" }),
		]);
		expect(due(withManager, "2026-11-23")).toContain("check-in Raj Patel 2026-11-26 (round 2026-11-20)");
		expect(due(withManager, "2026-11-23")).not.toContain("thank-you Raj Patel 2026-11-20 (round 2026-11-20)");
	});
	it("a referrer gets one update, after the latest round held, not one per round gone by", () => {
		const referred = noteOf({
			...base,
			people: [...base.people, { name: "Mireille Dubois", relation: "referrer", email: "m@x" }],
			follow_ups: [
				{ date: "2026-11-13", kind: "thank-you", to: "Raj Patel" },
				{ date: "2026-11-13", kind: "thank-you", to: "Lee Wong" },
			],
		});
		const next = entry({ date: "2026-11-20", event: "interview", person: "Maya Chen" });
		// Before the onsite: the update after the first round is still the news to give.
		expect(due(withTimeline(referred, [next]), "2026-11-16")).toContain(
			"update-referrer Mireille Dubois 2026-11-16 (round 2026-11-13)",
		);
		// After it: one update, with the latest news.
		const updates = due(withTimeline(referred, [next]), "2026-11-23").filter((line) => line.startsWith("update-referrer"));
		expect(updates).toEqual(["update-referrer Mireille Dubois 2026-11-23 (round 2026-11-20)"]);
	});
	it("a rejection after the last round sets the status from that day; a later interview undoes it", () => {
		const note = noteOf(base);
		const rejected = withTimeline(note, [
			entry({ date: "2026-11-18", event: "received", kind: "rejection", text: "Not moving forward" }),
		]);
		expect(rejected).toMatchObject({ status: "rejected", statusDate: "2026-11-18", statusText: "Not moving forward" });
		expect(due(rejected, "2026-11-19")).toEqual(["rejection-reply Raj Patel 2026-11-19"]);
		const continued = withTimeline(note, [
			entry({ date: "2026-11-18", event: "received", kind: "rejection" }),
			entry({ date: "2026-11-20", event: "interview" }),
		]);
		expect(continued.status).toBe("active");
	});
	it("a status property that says ended, rejected or closed always holds", () => {
		const note = noteOf({ ...base, status: "withdrawn" });
		expect(withTimeline(note, [entry({ date: "2026-11-18", event: "received", kind: "offer" })]).status).toBe("ended");
		const old = noteOf({ ...base, status: "interviewing", status_date: "2026-11-19" });
		expect(withTimeline(old, [entry({ date: "2026-11-18", event: "received", kind: "offer" })]).status).toBe("active");
	});
	it("keeps every entry in the timeline, applied and unplaced ones too", () => {
		const note = noteOf(base);
		const joined = withTimeline(note, [
			entry({ date: "2026-10-20", event: "applied", text: "Applied on the careers site" }),
			entry({ date: "2026-11-02", event: "other", text: "Looked up the team on LinkedIn" }),
		]);
		expect(joined.timeline?.map((e) => e.event)).toEqual(["applied", "other"]);
		expect(joined.log).toEqual(note.log);
	});
});

describe("a note about a networking contact", () => {
	/** A recruiter's or referrer's note: a conversation log of dated headings. */
	const log = [
		"## Conversation Log",
		"",
		"### 2026-11-02 — Phone",
		"Intro call: he has a data engineer opening at Vesper and two more in the new year.",
		"",
		"### 2026-11-11 — Phone",
		"Debrief the day after the Ruth Okonjo interview.",
		"",
	].join("\n");
	const coffee = "### 2026-11-18 — Coffee\nInformational interview over coffee with Maren Sjoberg (Head of Data).\n";
	const listed = (path: string, body: string) =>
		evaluate([aSource(path, null, body)], "2026-11-23", { interviewFolders: ["Outreach", "Applications"] }).followUps.map(
			(f) => `${f.kind} ${f.to} ${f.due}`,
		);

	it("has no round in its calls: they are with that person, and the interviews it mentions are the application's", () => {
		const evaluation = evaluate([aSource("Outreach/Declan Rourke.md", null, log)], "2026-11-23", { interviewFolders: ["Outreach"] });
		// Nothing to do, and no warning that asks for an interview date: no meeting is no fault.
		expect(evaluation.followUps).toEqual([]);
		expect(evaluation.diagnostics.filter((d) => d.note !== null)).toEqual([]);
		// The same log in an application's note: the intro call is a phone screen.
		expect(listed("Applications/Vesper.md", log)).toContain("thank-you null 2026-11-11");
		// So too in a company's folder whose name only holds the word.
		expect(listed("Applications/Neural Network Labs/Screen.md", log)).toContain("thank-you null 2026-11-11");
	});

	it("has a round in an informal meeting with them (an informational coffee): the want-the-job note", () => {
		expect(listed("Outreach/Maren Sjoberg.md", `${log}\n${coffee}`)).toContain("want-the-job Maren Sjoberg 2026-11-18");
	});
});

describe("a referrer named in an item of the note", () => {
	it("is owed an update after the round, though not at it, and no task to find their address", () => {
		const body = [
			"**Date:** 2026-11-19",
			"",
			"## Participants",
			"",
			"| Name | Title | LinkedIn |",
			"|---|---|---|",
			"| Hugo Castellane | Analytics Lead | /in/hugocastellane |",
			"",
			"### Action Items",
			"",
			"- [ ] Tell Ola Brandt (my referrer) how the technical went",
			"",
		].join("\n");
		const followUps = evaluate([aSource("Applications/Saltmarsh/Technical.md", null, body)], "2026-11-20", {
			interviewFolders: ["Applications"],
		}).followUps.map((f) => `${f.kind} ${f.to} ${f.due}`);
		expect(followUps).toContain("update-referrer Ola Brandt 2026-11-20");
		expect(followUps.filter((f) => f.includes("Ola"))).toEqual(["update-referrer Ola Brandt 2026-11-20"]);
	});

	it("is the one of the item's people written as plain text before 's referral, not the first", () => {
		const note = aSource(
			"Applications/Halden.md",
			{ company: "Halden", status: "interviewing" },
			[
				"## Log",
				"",
				"- 2026-11-03 Emailed Dana Whitfield and Jess Ong, thanks to Jess Ong's referral",
				"- 2026-11-19 Onsite interview with Priya Raman",
				"",
			].join("\n"),
		);
		const followUps = evaluate([note], "2026-11-20", { interviewFolders: ["Applications"] }).followUps.map((f) => `${f.kind} ${f.to}`);
		expect(followUps.filter((f) => f.startsWith("update-referrer"))).toEqual(["update-referrer Jess Ong"]);
	});

	it("is the link or the name after 'referred by' in an undated item, whatever the brackets say", () => {
		const page = (line: string) =>
			aSource(
				"wiki/interviews/2026-11-20-kestrelway-final-panel.md",
				null,
				[
					"**Date:** 2026-11-20",
					"",
					"## Loop",
					"",
					"| Slot | Interviewer | Role |",
					"|---|---|---|",
					"| 1 | Yusuf Adebanjo | Hiring manager |",
					"",
					"## Prep",
					"",
					line,
					"",
				].join("\n"),
			);
		for (const line of [
			"- Referred by [[outreach/tomas-achterhof|Tomas Achterhof]] (former colleague), who passed my CV on.",
			"- Referred by Tomas Achterhof (senior engineer on the inference team).",
			"- Applied on 4 Nov, referred by Tomas Achterhof.",
		]) {
			const followUps = evaluate([page(line)], "2026-11-23", { interviewFolders: ["wiki/interviews"] }).followUps.map(
				(f) => `${f.kind} ${f.to} ${f.due}`,
			);
			expect(
				followUps.filter((f) => f.includes("Tomas")),
				line,
			).toEqual(["update-referrer Tomas Achterhof 2026-11-23"]);
		}
	});

	it("is nobody after 'referred by' and a word in lower case", () => {
		const note = aSource(
			"Applications/Halden.md",
			{ company: "Halden", interview_date: "2026-11-19" },
			"- Referred by a friend of a friend.\n",
		);
		const followUps = evaluate([note], "2026-11-20", { interviewFolders: ["Applications"] }).followUps;
		expect(followUps.filter((f) => f.kind === "update-referrer")).toEqual([]);
	});

	it("leaves out the verb that opens the item: 'Sent Priya (my referrer) an update' names Priya", () => {
		const note = aSource(
			"Applications/Halden.md",
			{ company: "Halden", interview_date: "2026-11-19", referrer: "Priya Raman" },
			["## Log", "", "- 2026-11-05 Sent Priya (my referrer) an update on the first call.", ""].join("\n"),
		);
		const followUps = evaluate([note], "2026-11-20", { interviewFolders: ["Applications"] }).followUps.map((f) => `${f.kind} ${f.to}`);
		expect(followUps).toContain("update-referrer Priya Raman");
		expect(followUps.filter((f) => f.includes("Sent"))).toEqual([]);
	});
});

describe("a person an entry names, with a person note", () => {
	const owen = aSource("Outreach/Owen Pike - Acme.md", {
		contact_name: "Owen Pike",
		contact_title: "Engineering Manager",
		contact_linkedin: "https://linkedin.com/in/owen-pike",
	});
	const dana = aSource("People/Dana Liu.md", { role: "recruiter", contact_email: "dana@acme.example" });
	const application = aSource(
		"Applications/Acme - Platform Engineer.md",
		{ company: "[[Acme]]", status: "Interview" },
		[
			"## Timeline log",
			"- 2026-11-09 — Phone screen with Dana Liu",
			"- 2026-11-18 — Technical interview (video) with [[Owen Pike - Acme|Owen Pike]] and Rhea Castillo",
			"",
		].join("\n"),
	);
	const vault = [application, owen, dana, aSource("Companies/Acme.md", { industry: "health" })];
	const options = { interviewFolders: ["Applications"], relationAliases: { "Engineering Manager": "hiring-manager" } };

	it("takes the addresses and relation of the note a link (or the name) resolves to", () => {
		const note = new NoteReading(settingsWith(options), { today: "2026-11-19" }).read(application, resolverOver(vault)).note;
		const met = (note?.rounds ?? []).flatMap((round) => round.people);
		expect(met.map((p) => [p.name, p.relation, p.email ?? p.linkedin, p.notePath])).toEqual([
			["Dana Liu", "recruiter", "dana@acme.example", "People/Dana Liu.md"],
			["Owen Pike", "hiring-manager", "https://linkedin.com/in/owen-pike", "Outreach/Owen Pike - Acme.md"],
			["Rhea Castillo", "interviewer", null, null],
		]);
	});

	it("so only the person with no note and no address gets a task to find one", () => {
		const tasks = evaluate(vault, "2026-11-19", options).followUps.filter((f) => f.kind === "get-contact-info");
		expect(tasks.map((f) => f.to)).toEqual(["Rhea Castillo"]);
	});
});
