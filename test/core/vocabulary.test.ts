import { describe, expect, it } from "vitest";
import { listEntries, parseBody } from "../../src/core/body";
import { FOLLOW_UP_KINDS, TASK_KINDS } from "../../src/core/model";
import { buildVocabulary, defaultVocabulary, DENIAL, languageWords, meaningOf, stem, type Vocabulary } from "../../src/core/vocabulary";

/** What a dated list item with these words is read as: [event, kind, person]. */
const entryOf = (words: string, vocabulary: Vocabulary = defaultVocabulary()) => {
	const entry = listEntries(parseBody(`- 2026-11-13 ${words}`), {
		firstLine: 1,
		reference: "2026-11-23",
		dateOrder: "DMY",
		vocabulary,
	}).entries[0];
	return entry === undefined ? null : [entry.event, entry.kind, entry.person];
};

describe("what an entry is, from its words", () => {
	const cases: [string, [string, string, string | null]][] = [
		// Interviews and their format
		["Interview with Maya", ["interview", "", "Maya"]],
		["Interviewed at Acme", ["interview", "", null]],
		["Phone screen with [[Raj Patel]]", ["interview", "phone", "Raj Patel"]],
		["phone interview", ["interview", "phone", null]],
		["Screening call with recruiter", ["interview", "phone", null]],
		// A name goes on after a hyphen in lower case; the first name alone too.
		["Video interview with Jae-won Park, roadmap case study", ["interview", "video", "Jae-won Park"]],
		["Thank-you email to Jae-won", ["sent", "thank-you", "Jae-won"]],
		["Intro call with Hye-jin", ["interview", "phone", "Hye-jin"]],
		["Onsite at HQ", ["interview", "onsite", null]],
		["On-site, 4 rounds", ["interview", "onsite", null]],
		["Panel interview", ["interview", "panel", null]],
		["Technical interview over Zoom", ["interview", "video", null]],
		["Final round with the CEO", ["interview", "", null]],
		["Assessment centre", ["interview", "", null]],
		["Video call with Maya", ["interview", "video", "Maya"]],
		["Case study presentation", ["interview", "", null]],
		["Coffee with Sam", ["interview", "informal", "Sam"]],
		["Lunch with Ana de la Cruz", ["interview", "informal", "Ana de la Cruz"]],
		["Informal chat with Jo", ["interview", "informal", "Jo"]],
		["Called Maya: phone screen", ["interview", "phone", "Maya"]],
		["Got coffee with Sam", ["interview", "informal", "Sam"]],
		// Messages the user sent
		["Thank-you email to Raj", ["sent", "thank-you", "Raj"]],
		["Thanks note to Raj", ["sent", "thank-you", "Raj"]],
		["thanked Priya for her time", ["sent", "thank-you", "Priya"]],
		["Sent thank you to [[Maya Chen|Maya]]", ["sent", "thank-you", "Maya Chen"]],
		["Check-in with Raj", ["sent", "check-in", "Raj"]],
		["checked in with Raj", ["sent", "check-in", "Raj"]],
		["Chased recruiter", ["sent", "check-in", null]],
		["Followed up with Raj", ["sent", "check-in", "Raj"]],
		["Follow-up email", ["sent", "check-in", null]],
		["Nudge to Raj", ["sent", "check-in", "Raj"]],
		["Value-add note to Raj: shared an article", ["sent", "value-add", "Raj"]],
		["Closing note", ["sent", "closing-note", null]],
		["Second check-in", ["sent", "second-check-in", null]],
		["Decision check-in with Raj", ["sent", "decision-check-in", "Raj"]],
		["Stay in touch: sent congrats to Raj", ["sent", "stay-in-touch", "Raj"]],
		["Emailed Raj", ["sent", "message", "Raj"]],
		["Messaged Maya on LinkedIn", ["sent", "message", "Maya"]],
		["Wrote to Claire", ["sent", "message", "Claire"]],
		["Called Maya", ["sent", "message", "Maya"]],
		["Email to Raj", ["sent", "message", "Raj"]],
		["Replied to Raj", ["sent", "message", "Raj"]],
		["Sent portfolio before the panel", ["sent", "message", null]],
		// Applications
		["Applied via LinkedIn", ["applied", "", null]],
		["Application sent", ["applied", "", null]],
		["Submitted application on the website", ["applied", "", null]],
		// Answers from the company
		["Raj replied", ["received", "reply", "Raj"]],
		["Reply from Raj", ["received", "reply", "Raj"]],
		["Heard back from Raj", ["received", "reply", "Raj"]],
		["Response from recruiter", ["received", "reply", null]],
		["Email from Raj", ["received", "reply", "Raj"]],
		["Received an update", ["received", "reply", null]],
		["Got an email from HR", ["received", "reply", null]],
		["Rejected", ["received", "rejection", null]],
		["Rejection email from Claire", ["received", "rejection", "Claire"]],
		["Unsuccessful after stage 2", ["received", "rejection", null]],
		["Turned down", ["received", "rejection", null]],
		["They are not moving forward", ["received", "rejection", null]],
		["Offer!", ["received", "offer", null]],
		["Got the offer", ["received", "offer", null]],
		["Offered the role", ["received", "offer", null]],
		["Invited to onsite", ["received", "invite", null]],
		["Interview invitation from Raj", ["received", "invite", "Raj"]],
		["Phone screen scheduled", ["received", "invite", null]],
		["Onsite booked", ["received", "invite", null]],
		["Emailed Raj, got a reply", ["received", "reply", "Raj"]],
		["Maya called", ["received", "reply", "Maya"]],
		["Claire emailed to say no", ["received", "reply", "Claire"]],
		["Raj replied to my check-in", ["received", "reply", "Raj"]],
		["Maya called to invite me to the onsite", ["received", "invite", "Maya"]],
		["I emailed Raj", ["sent", "message", "Raj"]],
		["No reply from Raj", ["other", "", "Raj"]],
		// Both ways, or neither
		["Thank-you for the offer", ["sent", "thank-you", null]],
		["Check-in, no response", ["sent", "check-in", null]],
		["No reply yet", ["other", "", null]],
		["Haven't heard back", ["other", "", null]],
		["Not yet heard from Raj", ["other", "", "Raj"]],
		["Updated my CV", ["other", "", null]],
		["Researched the company", ["other", "", null]],
		["Moved to Final Round", ["interview", "", null]],
		["Met with Initech", ["other", "", "Initech"]],
		["Call back Raj", ["other", "", null]],
	];
	it.each(cases)("%j", (words, expected) => {
		expect(entryOf(words)).toEqual(expected);
	});
});

describe("who an entry is with, from its words", () => {
	const cases: [string, string | null][] = [
		["Thank-you to Raj Patel", "Raj Patel"],
		["Thank-you to Raj Patel's manager", "Raj Patel"],
		["Thank-you to Mary-Jane O'Brien", "Mary-Jane O'Brien"],
		["Thank-you to José Núñez", "José Núñez"],
		["Thank-you to [[People/Raj Patel#Notes|Raj]]", "People/Raj Patel"],
		["Thank-you to: [[Raj Patel]]", "Raj Patel"],
		["Thank-you to the team", null],
		["Thank-you to The Team", null],
		["Thank-you to Recruiter", null],
		["Thank-you to them", null],
		["Thank-you, due Friday to Raj", "Raj"],
		["Check-in with Raj on Monday", "Raj"],
		["Check-in to Nov 20", null],
		["Thank-you to Anna Bella Carla Dora Emma", "Anna Bella Carla Dora"],
		["Raj Patel replied", "Raj Patel"],
		["[[Maya Chen]] called about next steps", "Maya Chen"],
		["Maya called about the offer from Acme", "Maya"],
	];
	it.each(cases)("%j", (words, person) => {
		expect(entryOf(words)?.[2]).toBe(person);
	});
});

describe("eventWords extends the vocabulary", () => {
	it("adds words of another language for entry kinds and directions", () => {
		const { vocabulary, problems } = buildVocabulary({
			Absage: "rejection",
			Vorstellungsgespräch: "interview",
			Dankesmail: "thank-you",
			gesendet: "sent",
			erhalten: "received",
			Zusage: "offer",
		});
		expect(problems).toEqual([]);
		expect(entryOf("Absage von Firma", vocabulary)).toEqual(["received", "rejection", null]);
		expect(entryOf("Vorstellungsgespräch", vocabulary)).toEqual(["interview", "", null]);
		expect(entryOf("Dankesmail", vocabulary)).toEqual(["sent", "thank-you", null]);
		expect(entryOf("Zusage erhalten", vocabulary)).toEqual(["received", "offer", null]);
		expect(entryOf("Nachricht gesendet", vocabulary)).toEqual(["sent", "message", null]);
	});
	it("a name opening an entry before an answer's own words is who answered: the interview named is what they wrote about", () => {
		const { vocabulary } = buildVocabulary({ "me escribió": "reply", "me llamó": "reply", oferta: "offer" });
		expect(entryOf("Laura Pineda me escribió para un recruiter screen.", vocabulary)).toEqual(["received", "reply", "Laura Pineda"]);
		expect(entryOf("Elena Ruiz me escribió para saltar al technical.", vocabulary)).toEqual(["received", "reply", "Elena Ruiz"]);
		expect(entryOf("Carmen me llamó con una oferta.", vocabulary)).toEqual(["received", "offer", "Carmen"]);
		expect(entryOf("Raj reply about the phone screen")).toEqual(["received", "reply", "Raj"]);
		// A name that is a label before a colon is no one who answered.
		expect(entryOf("Key Points: not moving forward after the phone screen")).toEqual(["received", "rejection", null]);
		// Other words after the name leave the interview as it was.
		expect(entryOf("Technical screen con Diego Arrieta y Sofía Lemos", vocabulary)).toEqual(["interview", "", "Diego Arrieta"]);
		expect(entryOf("Maya Chen phone screen")).toEqual(["interview", "phone", null]);
	});
	it("a format name means an interview of that format", () => {
		const { vocabulary } = buildVocabulary({ hirevue: "video", superday: "onsite" });
		expect(entryOf("HireVue", vocabulary)).toEqual(["interview", "video", null]);
		expect(entryOf("Superday", vocabulary)).toEqual(["interview", "onsite", null]);
	});
	it("the user's meaning of a word beats the built-in one", () => {
		const { vocabulary } = buildVocabulary({ screen: "applied", "follow up": "value-add" });
		expect(entryOf("Screen", vocabulary)).toEqual(["applied", "", null]);
		expect(entryOf("Follow-up", vocabulary)).toEqual(["sent", "value-add", null]);
	});
	it("ignore takes a built-in word out", () => {
		const { vocabulary } = buildVocabulary({ lunch: "ignore", got: "ignore" });
		expect(entryOf("Lunch with Sam", vocabulary)).toEqual(["other", "", "Sam"]);
		expect(entryOf("Got an update", vocabulary)).toEqual(["other", "", null]);
	});
	it("an unknown meaning or an empty word is a problem with a message, and the rest still applies", () => {
		const { vocabulary, problems } = buildVocabulary({ Absage: "refusal", "!!": "offer", Zusage: "offer" });
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('"Absage"');
		expect(problems[0]).toContain('"refusal"');
		expect(problems[1]).toContain('"!!"');
		expect(entryOf("Zusage", vocabulary)).toEqual(["received", "offer", null]);
	});
	it("keys such as constructor or __proto__ are only words", () => {
		const { vocabulary, problems } = buildVocabulary(
			JSON.parse('{"__proto__": "offer", "constructor": "reply"}') as Record<string, string>,
		);
		expect(problems).toEqual([]);
		expect(entryOf("constructor", vocabulary)).toEqual(["received", "reply", null]);
		expect(entryOf("toString", defaultVocabulary())).toEqual(["other", "", null]);
	});
});

describe("the vocabulary's tables", () => {
	it("every message kind of the rules is a word an entry may use", () => {
		// "reminder" is the user's own planned day, not a message: a row saying "reminder" logs nothing sent.
		for (const kind of FOLLOW_UP_KINDS.filter((k) => !(TASK_KINDS as readonly string[]).includes(k) && k !== "reminder")) {
			expect(meaningOf(kind)).toEqual({ is: "message", kind });
		}
	});
	it("stems join the forms of a word", () => {
		const groups = [
			["interview", "interviews", "interviewed", "interviewing"],
			["reply", "replied", "replies"],
			["submit", "submitted"],
			["chase", "chased"],
			["invite", "invited", "invites", "inviting"],
			["offer", "offers", "offered"],
		];
		for (const forms of groups) expect(new Set(forms.map(stem)).size).toBe(1);
		expect(stem("call")).toBe(stem("called"));
	});
});

describe("DENIAL", () => {
	it("finds a word that denies, or one ending in n't, as a whole word", () => {
		for (const text of [
			"no reply",
			"we will not be making an offer",
			"never heard",
			"without an offer",
			"unable to offer",
			"haven't heard",
			"couldn’t reach Ana",
			"except Sam",
		])
			expect(DENIAL.test(text), text).toBe(true);
		for (const text of ["Nora replied", "note sent", "we are pleased to offer you the role", "north office", "nonetheless"])
			expect(DENIAL.test(text), text).toBe(false);
	});
});

describe("the Japanese entry words setup proposes", () => {
	const japanese = buildVocabulary(languageWords("Japanese")).vocabulary;

	it("reads a booked interview as the invitation, and a casual meeting as an informal one", () => {
		expect(entryOf("一次面接予定 — 11月26日 一次面接", japanese)).toEqual(["received", "invite", null]);
		expect(entryOf("二次面接完了", japanese)).toEqual(["interview", "", null]);
		expect(entryOf("カジュアル面談", japanese)).toEqual(["interview", "informal", null]);
	});
});
