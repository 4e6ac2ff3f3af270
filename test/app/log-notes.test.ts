import { describe, expect, it } from "vitest";
import type { InterviewNote } from "../../src/core/model";
import { evaluateVault } from "../../src/app/evaluate";
import type { SourceNote } from "../../src/core/source";
import { aBrokenSource, aSource, evaluate, resolverOver, settingsWith } from "../builders/vault";

const logSettings = { logFolders: ["Logs"], interviewFolders: ["Positions"] };

/** A position note in the records shape: its contacts as links. */
const position = (name: string, contacts: string[], extra: Record<string, unknown> = {}, body = ""): SourceNote =>
	aSource(`Positions/${name}.md`, { company: name, status: "active", Contacts: contacts.map((c) => `[[${c}]]`), ...extra }, body);
const person = (name: string, role: string): SourceNote =>
	aSource(`People/${name}.md`, { Role: role, Email: `${name.split(" ")[0]?.toLowerCase()}@example.com` });
/** A communication log note: a topic, a direction, a date and its contacts. */
const log = (
	file: string,
	topic: string,
	type: string,
	date: string,
	contacts: string[],
	extra: Record<string, unknown> = {},
): SourceNote =>
	aSource(
		`Logs/${file}.md`,
		{
			Topic: topic,
			Contacts: contacts.map((c) => `[[${c}]]`),
			"Contact-Method": "Email",
			"Comm-Type": type,
			Comm_DateTime: date,
			...extra,
		},
		"Notes from the conversation.\n",
	);

const listed = (sources: SourceNote[], today: string, settings: Record<string, unknown> = logSettings): string[] =>
	evaluate(sources, today, settings).followUps.map((f) => `${f.kind} ${f.to ?? "nobody"} ${f.due} ${f.note.split("/").pop()}`);

function notesOf(sources: SourceNote[], today: string, settings: Record<string, unknown> = logSettings): Map<string, InterviewNote> {
	const notes = new Map<string, InterviewNote>();
	evaluateVault(sources, {
		settings: settingsWith(settings),
		today,
		resolve: resolverOver(sources),
		onNote: (n) => notes.set(n.path, n),
	});
	return notes;
}

describe("log notes", () => {
	const people = [person("Grace Kim", "hiring manager"), person("Omar Haddad", "interviewer"), person("Lena Brandt", "recruiter")];

	it("an interview log note makes a round with its own contacts, and a sent thank-you log note counts as sent", () => {
		const sources = [
			position("Sorrel", ["Grace Kim", "Omar Haddad", "Lena Brandt"]),
			...people,
			log("Interview", "Technical interview (video)", "Exchanged", "2026-11-17", ["Grace Kim", "Omar Haddad"]),
			log("Thanks", "Thank you for today's interview", "Sent", "2026-11-17", ["Grace Kim"]),
		];
		const thanks = listed(sources, "2026-11-18").filter((line) => line.startsWith("thank-you"));
		// Omar is still to thank; Grace was thanked; Lena was not in the interview.
		expect(thanks).toEqual(["thank-you Omar Haddad 2026-11-17 Sorrel.md"]);
	});

	it("reads a slashed day in a log note month first when neither the settings nor the host say, as notes are read", () => {
		const sources = [
			position("Sorrel", ["Grace Kim"]),
			...people,
			log("Interview", "Technical interview (video)", "Exchanged", "11/10/2026", ["Grace Kim"]),
		];
		const note = notesOf(sources, "2026-11-18").get("Positions/Sorrel.md");
		expect(note?.rounds?.map((r) => r.date)).toEqual(["2026-11-10"]);
	});

	it("keeps each log note's entries in the application's timeline, with the log note as their origin", () => {
		const sources = [
			position("Sorrel", ["Grace Kim"]),
			...people,
			log("Thanks", "Thank you for today's interview", "Sent", "2026-11-17", ["Grace Kim"]),
		];
		const note = notesOf(sources, "2026-11-18").get("Positions/Sorrel.md");
		expect(note?.timeline).toEqual([
			expect.objectContaining({
				date: "2026-11-17",
				event: "sent",
				kind: "thank-you",
				person: "Grace Kim",
				origin: { from: "log-note", path: "Logs/Thanks.md" },
			}),
		]);
	});

	it("a rejection received in a log note ends the application though its status still says active", () => {
		const sources = [
			position("Fennel", ["Grace Kim"], { interview_date: "2026-11-10" }),
			...people,
			log("No", "Not moving forward", "Received", "2026-11-19", ["Grace Kim"]),
		];
		const today = listed(sources, "2026-11-20");
		expect(today).toContain("rejection-reply Grace Kim 2026-11-20 Fennel.md");
		expect(today.filter((line) => line.startsWith("check-in"))).toEqual([]);
	});

	it("reads no words from a log note's property named in ignoredFields", () => {
		// The template the note was made from, kept as a property: not what the message said.
		const sources = [
			position("Fennel", ["Grace Kim"], { interview_date: "2026-11-10" }),
			...people,
			log("Call", "Catching up", "Received", "2026-11-19", ["Grace Kim"], { Template: "Rejection email" }),
		];
		const rejected = (lines: string[]) => lines.filter((line) => line.startsWith("rejection-reply"));
		expect(rejected(listed(sources, "2026-11-20"))).toEqual(["rejection-reply Grace Kim 2026-11-20 Fennel.md"]);
		expect(rejected(listed(sources, "2026-11-20", { ...logSettings, ignoredFields: ["template"] }))).toEqual([]);
	});

	it("reads a log note whose properties say nothing (YAML that did not parse) by its name", () => {
		const text = '---\nTopic: Update: it went well\nContacts: ["[[Grace Kim]]"]\n---\nTold Grace how it went.\n';
		const sources = [
			position("Fennel", ["Grace Kim"], { interview_date: "2026-11-10" }),
			...people,
			aBrokenSource("Logs/2026-11-12 Message_LinkedIn Sent Grace Kim.md", "bad indentation of a mapping entry", text),
		];
		const entries = notesOf(sources, "2026-11-13").get("Positions/Fennel.md")?.timeline ?? [];
		expect(entries.map((e) => [e.date, e.event, e.kind, e.person])).toEqual([["2026-11-12", "sent", "message", "Grace Kim"]]);
	});

	it("reads the outcome, and only the outcome, from the first paragraph of a received log note's text", () => {
		const answer = (type: string, text: string): SourceNote => ({
			...log("Answer", "Your application", type, "2026-11-16", ["Grace Kim"]),
			body: `# Email ${type} Grace Kim re: Your application\n${text}\n\nMore notes.\n`,
		});
		const outcomes = (type: string, text: string) =>
			listed([position("Fennel", ["Grace Kim"], { interview_date: "2026-11-10" }), ...people, answer(type, text)], "2026-11-17")
				.map((line) => line.split(" ")[0])
				.filter((kind) => kind === "rejection-reply" || kind === "check-in" || kind === "thank-you");
		expect(outcomes("Received", "Unsuccessful this time: they went with someone else.")).toEqual(["rejection-reply"]);
		// An offer the text denies is none; the words of a message the user sent are not read.
		expect(outcomes("Received", "We will not be making an offer at this time.")).toEqual(["thank-you", "check-in"]);
		expect(outcomes("Sent", "Asked whether the rejection was final.")).toEqual(["thank-you", "check-in"]);
	});

	it("joins the application a log note links to, or that links to it, before any person's", () => {
		const sources = [
			position("Acme", ["Grace Kim"], { interview_date: "2026-11-10" }),
			position("Globex", ["Grace Kim"], { interview_date: "2026-11-12" }, "Log: [[Logs/Thanks]]\n"),
			...people,
			log("Thanks", "Thank you for the chat", "Sent", "2026-11-12", ["Grace Kim"]),
		];
		const notes = notesOf(sources, "2026-11-13");
		expect(notes.get("Positions/Globex.md")?.timeline).toHaveLength(1);
		expect(notes.get("Positions/Acme.md")?.timeline ?? []).toEqual([]);
		const linked = [
			...sources.slice(0, 2),
			...people,
			log("Direct", "Thank you", "Sent", "2026-11-12", ["Grace Kim", "Positions/Acme"]),
		];
		expect(notesOf(linked, "2026-11-13").get("Positions/Acme.md")?.timeline).toHaveLength(1);
	});

	it("of several applications with the person, joins the one with the latest round on or before the note's day", () => {
		const sources = [
			position("Early", ["Grace Kim"], { interview_date: "2026-11-02" }),
			position("Later", ["Grace Kim"], { interview_date: "2026-11-09" }),
			position("Future", ["Grace Kim"], { interview_date: "2026-11-20" }),
			...people,
			log("Thanks", "Thanks for the call", "Sent", "2026-11-10", ["Grace Kim"]),
		];
		const notes = notesOf(sources, "2026-11-11");
		expect(notes.get("Positions/Later.md")?.timeline).toHaveLength(1);
		expect(notes.get("Positions/Early.md")?.timeline ?? []).toEqual([]);
		expect(notes.get("Positions/Future.md")?.timeline ?? []).toEqual([]);
	});

	it("joins no ended application by its people, and nothing when two are equally likely", () => {
		const ended = [
			position("Done", ["Grace Kim"], { interview_date: "2026-11-02", status: "withdrawn" }),
			...people,
			log("Call", "Called about another role", "Received", "2026-11-10", ["Grace Kim"]),
		];
		expect(notesOf(ended, "2026-11-11").get("Positions/Done.md")?.timeline ?? []).toEqual([]);
		const tie = [
			position("One", ["Grace Kim"], { interview_date: "2026-11-02" }),
			position("Two", ["Grace Kim"], { interview_date: "2026-11-02" }),
			...people,
			log("Thanks", "Thanks", "Sent", "2026-11-03", ["Grace Kim"]),
		];
		const notes = notesOf(tie, "2026-11-04");
		expect([notes.get("Positions/One.md")?.timeline ?? [], notes.get("Positions/Two.md")?.timeline ?? []]).toEqual([[], []]);
	});

	it("reads the day from the file name when no property holds one, and selects log notes by tag too", () => {
		const tagged = aSource(
			"Inbox/2026-11-18 Email Sent Grace.md",
			{ Topic: "Following up on next steps", "Comm-Type": "Sent", Contacts: ["[[Grace Kim]]"], tags: ["comm"] },
			"",
		);
		const sources = [position("Sorrel", ["Grace Kim"], { interview_date: "2026-11-10" }), ...people, tagged];
		const notes = new Map<string, InterviewNote>();
		const settings = settingsWith({ logTag: "#comm", interviewFolders: ["Positions"] });
		evaluateVault(sources, { settings, today: "2026-11-19", resolve: resolverOver(sources), onNote: (n) => notes.set(n.path, n) });
		expect(notes.get("Positions/Sorrel.md")?.timeline).toEqual([
			expect.objectContaining({ date: "2026-11-18", event: "sent", kind: "check-in", person: "Grace Kim" }),
		]);
	});

	it("reads no log notes when neither logTag nor logFolders is set", () => {
		const sources = [position("Sorrel", ["Grace Kim"]), ...people, log("Thanks", "Thank you", "Sent", "2026-11-17", ["Grace Kim"])];
		const notes = new Map<string, InterviewNote>();
		evaluateVault(sources, {
			settings: settingsWith({ interviewFolders: ["Positions"] }),
			today: "2026-11-18",
			resolve: resolverOver(sources),
			onNote: (n) => notes.set(n.path, n),
		});
		expect(notes.get("Positions/Sorrel.md")?.timeline ?? []).toEqual([]);
	});
});

describe("log notes' sentences", () => {
	const people = [person("Grace Kim", "hiring manager")];
	const interviewWith = (body: string): SourceNote => ({
		...log("Panel", "Panel interview (onsite)", "Exchanged", "2026-11-17", ["Grace Kim"]),
		body,
	});

	it("a decision date said in a log note is the application's, read relative to the log note's day", () => {
		const sources = [position("Sorrel", ["Grace Kim"]), ...people, interviewWith("Grace said they will decide by Wed 25 Nov.\n")];
		const found = evaluate(sources, "2026-11-23", logSettings).followUps;
		expect(found.map((f) => `${f.kind} ${f.due}`)).toContain("decision-check-in 2026-11-26");
		expect(found.map((f) => f.kind)).not.toContain("check-in");
		const reason = found.find((f) => f.kind === "decision-check-in")?.reason ?? "";
		expect(reason).toContain('Your log note Logs/Panel.md says "Grace said they will decide by Wed 25 Nov."');
	});

	it("a decision date property of the application still wins", () => {
		const sources = [
			position("Sorrel", ["Grace Kim"], { decision_date: "2026-12-01" }),
			...people,
			interviewWith("Grace said they will decide by Wed 25 Nov.\n"),
		];
		const found = evaluate(sources, "2026-11-23", logSettings).followUps;
		expect(found.filter((f) => f.kind === "decision-check-in").map((f) => f.due)).toEqual(["2026-12-02"]);
	});
});

describe("an application whose interviews are only in its log notes", () => {
	it("is not reported as missing its interview date", () => {
		const sources = [
			position("Sorrel", ["Grace Kim"]),
			person("Grace Kim", "hiring manager"),
			log("Panel", "Panel interview (onsite)", "Exchanged", "2026-11-17", ["Grace Kim"]),
		];
		const codes = evaluate(sources, "2026-11-23", logSettings).diagnostics.map((d) => `${d.code} ${d.note ?? ""}`);
		expect(codes).not.toContain("missing-interview-date Positions/Sorrel.md");
		// Without its log notes, it is.
		const alone = evaluate([position("Sorrel", ["Grace Kim"])], "2026-11-23", logSettings).diagnostics.map((d) => d.code);
		expect(alone).toContain("missing-interview-date");
	});
});

describe("daily notes as log notes", () => {
	/** A role note with nothing but bold labels, as a daily-note vault keeps it. */
	const role = (name: string, status = "Interviewing"): SourceNote =>
		aSource(`Jobs/${name}.md`, null, `**Company:** ${name}\n**Status:** ${status}\n`);
	const daily = (day: string, body: string): SourceNote => aSource(`${day}.md`, null, body);
	const dailySettings = { logFolders: ["/"], interviewFolders: ["Jobs"] };
	const dailyListed = (sources: SourceNote[], today: string): string[] => listed(sources, today, dailySettings);

	it("reads each list item that links an application as its entry, on the day the note's name gives", () => {
		const sources = [
			role("Orrin"),
			role("Tideway"),
			daily(
				"2026-11-20",
				"## Job Search\n- Status updates:\n" +
					"  - [[Orrin]]: case study presentation to Wen Li (VP Data) and Tom Achebe, 90 min.\n" +
					"  - [[Tideway]]: Nadia called — they're not moving forward.\n",
			),
		];
		const today = dailyListed(sources, "2026-11-23");
		expect(today.filter((line) => line.startsWith("thank-you"))).toEqual([
			"thank-you Tom Achebe 2026-11-20 Orrin.md",
			"thank-you Wen Li 2026-11-20 Orrin.md",
		]);
		expect(today.filter((line) => line.endsWith("2026-11-20.md") || line.endsWith("Tideway.md"))).toEqual([]);
		expect(notesOf(sources, "2026-11-23", dailySettings).get("Jobs/Tideway.md")?.timeline).toEqual([
			expect.objectContaining({ date: "2026-11-20", event: "received", kind: "rejection", person: "Nadia" }),
		]);
	});

	it("keeps the titles an item gives the people it places at the interview, and who met you there", () => {
		const sources = [
			role("Orrin"),
			daily(
				"2026-11-20",
				"- [[Orrin]]: case study presentation to Wen Li (VP Data — the hiring manager) and Tom Achebe (Data Science Manager). " +
					"Ivy Chan (recruiting coordinator) met me at reception. Kwun Tong (the office) was busy.\n",
			),
		];
		const people = notesOf(sources, "2026-11-23", dailySettings).get("Jobs/Orrin.md")?.people;
		expect(people?.map((p) => [p.name, p.relation, p.title])).toEqual([
			["Wen Li", "hiring-manager", "VP Data — the hiring manager"],
			["Tom Achebe", "interviewer", "Data Science Manager"],
			["Ivy Chan", "staff", "recruiting coordinator"],
		]);
		expect(people?.[0]?.origin).toEqual({ from: "log-note", path: "2026-11-20.md" });
		expect(dailyListed(sources, "2026-11-23").filter((line) => line.startsWith("thank-"))).toEqual([
			"thank-staff Ivy Chan 2026-11-20 Orrin.md",
			"thank-you Tom Achebe 2026-11-20 Orrin.md",
			"thank-you Wen Li 2026-11-20 Orrin.md",
		]);
	});

	it("gives an item that links nothing to the application of the item before it in the same list", () => {
		const sources = [
			role("Marlow"),
			daily(
				"2026-11-18",
				"- [[Marlow]]: HM interview (video) with Sophie Adler and Raj Menon.\n- Sent thank-you emails to Sophie and Raj tonight.\n",
			),
		];
		expect(dailyListed(sources, "2026-11-19").filter((line) => line.startsWith("thank-you"))).toEqual([]);
		// Alone, the same item belongs to no application: both are still to thank.
		const alone = [role("Marlow"), daily("2026-11-18", "- [[Marlow]]: HM interview (video) with Sophie Adler and Raj Menon.\n")];
		expect(dailyListed(alone, "2026-11-19").filter((line) => line.startsWith("thank-you"))).toHaveLength(2);
	});

	it("gives an item that follows no linked item to the one application whose person it names", () => {
		const sources = [
			role("Fenwick"),
			daily("2026-11-09", "- Coffee with Ahmed Siddiqui about the [[Fenwick]] role.\n"),
			role("Orrin"),
			daily(
				"2026-11-10",
				"- Emailed Ahmed: thanks for the coffee, I'd love to join his team.\n- [[Orrin]]: screen with Kelvin Ho.\n",
			),
		];
		const fenwick = dailyListed(sources, "2026-12-23").filter((line) => line.endsWith("Fenwick.md"));
		expect(fenwick.map((line) => line.split(" ")[0])).not.toContain("want-the-job");
		expect(fenwick).toContain("stay-in-touch Ahmed Siddiqui 2026-12-22 Fenwick.md");
	});

	it("reads an open task as still to do: a reply owed is no message sent", () => {
		const sources = [
			role("Tideway", "Rejected"),
			daily("2026-11-16", "- [[Tideway]]: phone interview with Nadia Kowalski. Sent her a thank-you email after.\n"),
			daily(
				"2026-11-20",
				"- [[Tideway]]: Nadia called — they're not moving forward.\n\n## Follow-ups\n- [ ] Reply to Nadia, keep the door open\n",
			),
		];
		const replies = dailyListed(sources, "2026-11-23").filter((line) => line.startsWith("rejection-reply"));
		expect(replies).toEqual(["rejection-reply Nadia Kowalski 2026-11-23 Tideway.md"]);
	});

	it("gives an item that follows no linked item and names nobody to no application", () => {
		const sources = [
			role("Orrin"),
			daily("2026-11-20", "- [[Orrin]]: case study presentation.\n\n## Tomorrow\n- Phone screen, 10:00.\n"),
		];
		expect(notesOf(sources, "2026-11-23", dailySettings).get("Jobs/Orrin.md")?.timeline).toEqual([
			expect.objectContaining({ date: "2026-11-20", event: "interview", person: null }),
		]);
	});

	it("reads a daily note that links no application as before, and no other note's list items", () => {
		const sources = [
			role("Orrin"),
			daily("2026-11-20", "- Case study presentation to Wen Li.\n"),
			aSource("Job Hunting.md", null, "- [[Orrin]]: case study presentation 20 Nov\n"),
		];
		const notes = notesOf(sources, "2026-11-23", dailySettings);
		expect(notes.get("Jobs/Orrin.md")?.timeline ?? []).toEqual([]);
	});
});

describe("weekly notes as log notes", () => {
	const role = (name: string, body = ""): SourceNote =>
		aSource(`Jobs/${name}.md`, { company: name, status: "applied", interview: "2026-11-12" }, body);
	const week = (body: string): SourceNote => aSource("Journal/2026-W47.md", null, body);
	const weekSettings = { logFolders: ["Journal"], interviewFolders: ["Jobs"] };
	const interviewed = "- 2026-11-12 Video interview with Grace Liu (hiring manager).\n- 2026-11-12 Thank-you email sent to Grace.\n";

	it("dates each item by the date it starts with: a chase there is the application's first check-in", () => {
		const sources = [
			role("Brightwater", interviewed),
			week("## Notes\n- 2026-11-17 Harbourline call went well.\n- 2026-11-18 Chased Grace at [[Brightwater]] by email.\n"),
		];
		expect(listed(sources, "2026-11-23", weekSettings).filter((line) => line.includes("check-in"))).toEqual([
			"second-check-in Grace Liu 2026-11-24 Brightwater.md",
		]);
		expect(notesOf(sources, "2026-11-23", weekSettings).get("Jobs/Brightwater.md")?.timeline?.at(-1)).toEqual(
			expect.objectContaining({
				date: "2026-11-18",
				event: "sent",
				kind: "check-in",
				text: "Chased Grace at [[Brightwater]] by email.",
			}),
		);
	});

	it("reads no item without a date of its own, since a week is not a day", () => {
		const sources = [role("Brightwater", interviewed), week("- Chased Grace at [[Brightwater]] by email.\n")];
		expect(notesOf(sources, "2026-11-23", weekSettings).get("Jobs/Brightwater.md")?.timeline?.at(-1)).toEqual(
			expect.objectContaining({ date: "2026-11-12", kind: "thank-you" }),
		);
		expect(listed(sources, "2026-11-23", weekSettings).filter((line) => line.includes("check-in"))).toEqual([
			"check-in Grace Liu 2026-11-18 Brightwater.md",
		]);
	});

	it("gives a dated item that links nothing not to the application of the item before it", () => {
		const sources = [
			role("Brightwater", interviewed),
			week("- 2026-11-18 Chased Grace at [[Brightwater]] by email.\n- 2026-11-18 Tessaro rejected me. Moved it to the pool.\n"),
		];
		const brightwater = notesOf(sources, "2026-11-23", weekSettings).get("Jobs/Brightwater.md");
		expect(brightwater?.status).toBe("active");
		expect(brightwater?.timeline?.filter((entry) => entry.origin.from === "log-note").map((entry) => entry.kind)).toEqual(["check-in"]);
	});
});

describe("log notes whose properties name no direction", () => {
	const settings = { interviewTag: "application", logTag: "activity" };
	const application = aSource("Applications/Fennick/Fennick.md", {
		type: "application",
		company: "Fennick",
		status: "active",
		interview_date: "2026-11-06",
		people: [{ name: "Selin Aydin", email: "selin@fennick.example" }],
	});
	const step = (file: string, date: string, kind: string, text: string): SourceNote =>
		aSource(
			`Applications/Fennick/Activities/${file}.md`,
			{ type: "activity", tags: ["activity"], application: "[[Applications/Fennick/Fennick]]", date, kind },
			`# ${file}\n\n${text}\n`,
		);

	it("are read by their own first words: a generic kind says less than 'Sent Selin a thank-you email'", () => {
		const sources = [
			application,
			step("thank-you", "2026-11-06", "follow-up", "Sent Selin Aydin a thank-you email in the evening."),
			step("check-in", "2026-11-13", "follow-up", "Followed up with Selin Aydin: still very interested."),
		];
		// The thank-you is done and one check-in was sent: the second check-in is next, not a closing note.
		expect(listed(sources, "2026-11-23", settings)).toEqual(["second-check-in Selin Aydin 2026-11-19 Fennick.md"]);
	});
});

describe("a log note that lists who was there", () => {
	it("gives its interview the people of a Participants property, with their titles", () => {
		const application = aSource("Candidatures/Lumen.md", {
			type: "application",
			company: "Lumen",
			status: "active",
			people: [{ name: "Inès Moreau", relation: "recruiter", email: "ines@lumen.example" }],
		});
		const interview = aSource(
			"Entretiens/Test technique - Lumen.md",
			{
				tags: ["activity"],
				candidature: "[[Candidatures/Lumen]]",
				date: "2026-11-18",
				kind: "interview",
				participants: "Camille Roux (CTO), Théo Girard",
			},
			"# Test technique\n",
		);
		const settings = { interviewTag: "application", logTag: "activity", relationAliases: { CTO: "hiring-manager" } };
		const round = notesOf([application, interview], "2026-11-23", settings).get(application.path)?.rounds?.at(-1);
		expect(round?.people.map((p) => [p.name, p.title, p.relation])).toEqual([
			["Camille Roux", "CTO", "hiring-manager"],
			["Théo Girard", null, "interviewer"],
		]);
	});

	it("is an interview when its interview date property dates it, whatever its words", () => {
		const application = aSource("Candidatures/Verveine.md", {
			type: "application",
			company: "Verveine",
			status: "closed",
			people: [{ name: "Marc Olivier", email: "marc@verveine.example" }],
		});
		// `Téléphone` is no interview word: only the property the user named as the interview date says it.
		const call = (dated: string): SourceNote =>
			aSource(
				"Entretiens/Téléphone - Verveine.md",
				{ tags: ["activity"], candidature: "[[Candidatures/Verveine]]", [dated]: "2026-10-15", type: "📞 Téléphone" },
				"# Téléphone\n",
			);
		const sent = aSource("Relances/2026-11-05.md", {
			tags: ["activity"],
			candidature: "[[Candidatures/Verveine]]",
			date: "2026-11-05",
			kind: "check-in sent",
		});
		const settings = { interviewTag: "application", logTag: "activity", fieldAliases: { interview_date: ["Date & Heure"] } };
		// Closed without a status date: six weeks after the last message (5 Nov), on a Thursday.
		expect(listed([application, call("Date & Heure"), sent], "2026-11-23", settings)).toEqual([
			"stay-in-touch Marc Olivier 2026-12-17 Verveine.md",
		]);
		const all = notesOf([application, call("Date & Heure"), sent], "2026-11-23", settings).get(application.path);
		expect(all?.rounds?.map((r) => r.date)).toEqual(["2026-10-15"]);
		// A plain `Date & Heure` without the alias is a day, not an interview.
		const plain = notesOf([application, call("Date & Heure"), sent], "2026-11-23", { ...settings, fieldAliases: {} });
		expect(plain.get(application.path)?.rounds ?? []).toEqual([]);
	});

	it("gives its interview those people, a name each from the items under its Attendees heading", () => {
		const application = aSource("Applications/Halden/Halden.md", { type: "application", company: "Halden", status: "active" });
		const interview = aSource(
			"Applications/Halden/Activities/2026-11-23 interview-notes.md",
			{ tags: ["activity"], application: "[[Applications/Halden/Halden]]", date: "2026-11-23", kind: "interview-notes" },
			"# Technical interview\n\n## Attendees\n\n- Marek Lindholm, Engineering Manager (platform team)\n- [[Priya Anand]] - Staff Engineer\n- the whole team\n\n## Discussion\n\n- Edge rollouts.\n",
		);
		const notes = notesOf([application, interview], "2026-11-23", { interviewTag: "application", logTag: "activity" });
		expect(notes.get(application.path)?.rounds?.map((r) => [r.date, r.people.map((p) => p.name)])).toEqual([
			["2026-11-23", ["Marek Lindholm", "Priya Anand"]],
		]);
	});
});

describe("a meeting note for each interview, linking its job post", () => {
	const post = (log: string) =>
		aSource(
			"Jobs/Saltmarsh - Tools Programmer.md",
			{ tags: ["job-post"], company: "[[Saltmarsh]]", title: "Tools Programmer", status: "waiting" },
			`## Log\n\n${log}\n`,
		);
	const meeting = (file: string, created: string) =>
		aSource(
			`meeting/${file}.md`,
			{ title: "Saltmarsh - panel", tags: ["meeting", "interview"], created, "job-post": "[[Saltmarsh - Tools Programmer]]" },
			"# Saltmarsh - panel\n\n## Attendees\n\n- Ruth Adeyemi (Lead Tools Programmer)\n- Esme Hollis (Recruiter)\n",
		);
	const settings = { interviewTag: "job-post", logTag: "interview" };

	it("is dated by the day it was created when neither a date property nor its name gives one", () => {
		const job = post("- 2026-11-12 Thank-you emails to Ruth Adeyemi and Esme Hollis.");
		const notes = notesOf([job, meeting("Saltmarsh panel", "2026-11-12 14:05")], "2026-11-23", settings);
		expect(notes.get(job.path)?.rounds?.map((r) => r.date)).toEqual(["2026-11-12"]);
		// The name's day wins over the day a prep note was made.
		const ahead = notesOf([job, meeting("2026-11-25 Saltmarsh panel", "2026-11-20 09:12")], "2026-11-23", settings);
		expect(ahead.get(job.path)?.rounds?.map((r) => r.date)).toEqual(["2026-11-25"]);
	});

	it("gives its people to the post's own log, which may call them by first name", () => {
		const job = post("- 2026-11-12 Thank-you note to Ruth.\n- 2026-11-12 Thank-you note to Esme.");
		const thanks = listed([job, meeting("2026-11-12 Saltmarsh panel", "2026-11-12 14:05")], "2026-11-13", settings).filter((line) =>
			line.startsWith("thank-you"),
		);
		expect(thanks).toEqual([]);
	});
});

describe("journal notes stamped with their day and time", () => {
	const settings = { interviewFolders: ["Jobs"], logFolders: ["Log"] };
	/** An application note with nothing but a status: everything else is in the journal. */
	const job = (title: string, status = "interviewing"): SourceNote => aSource(`Jobs/${title}.md`, { status, tags: ["job-applications"] });
	/** A journal note `Log/2026-11-12_1405.md`: its day is in its name, its text links the notes. */
	const entry = (stamp: string, text: string): SourceNote =>
		aSource(`Log/${stamp}.md`, { tags: null, location: "[[Home]]" }, `# ${stamp}\n\n${text}\n`);
	const who = (name: string, extra: Record<string, unknown> = {}): SourceNote =>
		aSource(`People/${name}.md`, { tags: ["people"], ...extra });

	it("joins a note that links only a person to the application where that person was met", () => {
		const sources = [
			job("UI Engineer at Brightwell"),
			who("Lotte Vermeer"),
			entry("2026-11-12_1405", "Phone screen with [[Lotte Vermeer]] for [[UI Engineer at Brightwell]]."),
			entry("2026-11-12_1730", "Thank-you note to [[Lotte Vermeer]]."),
			entry("2026-11-19_1105", "Emailed [[Lotte Vermeer]] to check in on the take-home."),
		];
		// Thanked on the 12th and chased on the 19th: the second check-in is next, nothing else.
		expect(listed(sources, "2026-11-23", settings).filter((line) => !line.startsWith("get-contact-info"))).toEqual([
			"second-check-in Lotte Vermeer 2026-11-25 UI Engineer at Brightwell.md",
		]);
		// A person met at two applications joins neither.
		const two = [
			...sources,
			job("UI Lead at Kove"),
			entry("2026-11-13_0900", "Coffee chat with [[Lotte Vermeer]] about [[UI Lead at Kove]]."),
		];
		const timeline = notesOf(two, "2026-11-23", settings).get("Jobs/UI Engineer at Brightwell.md")?.timeline ?? [];
		expect(timeline.map((e) => e.date)).toEqual(["2026-11-12", "2026-11-12"]);
	});

	it("reads the addresses of the people it names from their person notes: none is asked for", () => {
		const sources = [
			job("UI Engineer at Brightwell"),
			who("Lotte Vermeer", { linkedin: "https://www.linkedin.com/in/lotte-example" }),
			who("Nadia Okoro", { email: "nadia@brightwell.example" }),
			entry("2026-11-12_1405", "Phone screen with [[Lotte Vermeer]] for [[UI Engineer at Brightwell]]."),
			entry("2026-11-18_1600", "Second round for [[UI Engineer at Brightwell]] with [[Nadia Okoro]]."),
			entry("2026-11-18_2040", "Sent thank-you emails to [[Lotte Vermeer]] and [[Nadia Okoro]]."),
		];
		const lines = listed(sources, "2026-11-23", settings);
		expect(lines.filter((line) => line.startsWith("get-contact-info"))).toEqual([]);
		const rounds = notesOf(sources, "2026-11-23", settings).get("Jobs/UI Engineer at Brightwell.md")?.rounds ?? [];
		expect(rounds.map((r) => r.people.map((p) => [p.name, p.email ?? p.linkedin]))).toEqual([
			[["Lotte Vermeer", "https://www.linkedin.com/in/lotte-example"]],
			[["Nadia Okoro", "nadia@brightwell.example"]],
		]);
		// Without an address in her person note, she is still asked for one.
		const bare = sources.map((s) => (s.path === "People/Nadia Okoro.md" ? who("Nadia Okoro") : s));
		expect(listed(bare, "2026-11-23", settings).filter((line) => line.startsWith("get-contact-info"))).toEqual([
			"get-contact-info Nadia Okoro 2026-11-18 UI Engineer at Brightwell.md",
		]);
	});

	it("reads the note's text as the entry's: an invitation that names the interview's day books a round", () => {
		const sources = [
			job("Platform Engineer at Quayside"),
			who("Joel Marchetti", { email: "joel@quayside.example" }),
			entry(
				"2026-11-20_1015",
				"[[Joel Marchetti]] from Quayside booked the video interview for [[Platform Engineer at Quayside]]: Thursday 26 Nov, 15:00.",
			),
		];
		expect(listed(sources, "2026-11-23", settings)).toEqual(["ask-next-steps nobody 2026-11-26 Platform Engineer at Quayside.md"]);
	});

	it("does not take 'thanks to someone's referral' for a thank-you sent", () => {
		const sources = [
			job("UI Engineer at Hollowbrook"),
			who("Bastian Kohl", { email: "bastian@hollowbrook.example" }),
			entry(
				"2026-11-20_1445",
				"Interview with [[Bastian Kohl]] for [[UI Engineer at Hollowbrook]], thanks to [[Ines Duarte]]'s referral.",
			),
		];
		expect(listed(sources, "2026-11-23", settings)).toContain("thank-you Bastian Kohl 2026-11-20 UI Engineer at Hollowbrook.md");
		// She who referred you is owed word of how it went, at the number her person note gives.
		const referred = [...sources, who("Ines Duarte", { phone: "+31 6 5550 2187" })];
		expect(listed(referred, "2026-11-23", settings).filter((line) => /Ines/.test(line))).toEqual([
			"update-referrer Ines Duarte 2026-11-23 UI Engineer at Hollowbrook.md",
		]);
		// Thanks sent to someone are still a thank-you.
		const thanked = [...sources, entry("2026-11-20_1900", "Sent thanks to [[Bastian Kohl]] by email.")];
		expect(listed(thanked, "2026-11-23", settings).filter((line) => line.startsWith("thank-you"))).toEqual([]);
	});
});
