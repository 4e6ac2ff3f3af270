import { describe, expect, it } from "vitest";
import { buildDraft, draftSubject, templateFileName, userTemplateFrom, type DraftRequest } from "../../../src/core/drafts/index";
import { BUILT_IN_TEMPLATES } from "../../../src/core/drafts/templates";
import { checkDraft, countWords } from "../../../src/core/drafts/checks";
import { FOLLOW_UP_KINDS, type FollowUpKind } from "../../../src/core/model";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { person, sampleNote } from "./sample-note";

const settings = { ...DEFAULT_SETTINGS, myName: "Sam Lee" };

function draft(kind: FollowUpKind, fields: Partial<DraftRequest> = {}) {
	const note = fields.note ?? sampleNote({ decisionDate: "2026-11-27", callBack: "2026-11-24" });
	return buildDraft({ kind, note, person: note.people[0] ?? null, today: "2026-11-24", settings, ...fields });
}

const codes = (d: { warnings: { code: string }[] }) => d.warnings.map((w) => w.code);

describe("built-in templates", () => {
	it.each(FOLLOW_UP_KINDS.map((k) => [k]))("%s: has a subject and a body, fills everything and raises no warning", (kind) => {
		const d = draft(kind);
		expect(d.subject.trim()).not.toBe("");
		expect(d.text.trim()).not.toBe("");
		expect(d.text).not.toMatch(/\{\{/);
		expect(d.warnings).toEqual([]);
	});

	it.each(FOLLOW_UP_KINDS.map((k) => [k]))(
		"%s: a sparse note (no company, role, topics or titles) still gets a draft without gaps",
		(kind) => {
			const note = sampleNote({
				company: null,
				role: null,
				topics: [],
				format: null,
				people: [person("Jane Doe"), person("Raj Patel")],
			});
			const d = buildDraft({ kind, note, person: note.people[0] ?? null, today: "2026-11-24", settings: DEFAULT_SETTINGS });
			expect(d.text).not.toMatch(/\{\{/);
			expect(d.subject).not.toMatch(/\{\{/);
			expect(codes(d)).not.toContain("unfilled-placeholder");
		},
	);

	it("ends every variant with a body that needs no more than the last variant (always one to fall back on)", () => {
		for (const set of Object.values(BUILT_IN_TEMPLATES)) expect(set.variants[set.variants.length - 1]?.needs).toEqual([]);
	});

	it("a thank-you names the person's title and a topic, and two interviewers never get the same text", () => {
		const note = sampleNote();
		const [jane, raj] = note.people;
		const a = buildDraft({ kind: "thank-you", note, person: jane ?? null, today: "2026-11-20", settings });
		const b = buildDraft({ kind: "thank-you", note, person: raj ?? null, today: "2026-11-20", settings });
		expect(a.text).toContain("Director of Product");
		expect(a.text).toContain("the pricing overhaul");
		expect(b.text).toContain("Staff Engineer");
		expect(b.text).toContain("onboarding for new teams");
		expect(a.text.replace(/Jane|Raj/g, "")).not.toBe(b.text.replace(/Jane|Raj/g, ""));
		expect(a.warnings).toEqual([]);
	});

	it("a callback is a phone script with talking points, addressed on the day asked for", () => {
		const d = draft("callback");
		expect(d.subject).toBe("Call Jane Doe back on Tuesday, November 24");
		expect(d.text.split("\n").filter((l) => l.startsWith("- ")).length).toBeGreaterThanOrEqual(4);
	});

	it("tasks are checklists", () => {
		expect(draft("ask-next-steps").text).toMatch(/^- \[ \] /m);
		expect(draft("get-contact-info").text).toContain("Jane Doe");
	});

	it("greets 'Hello,' and signs without a name when neither is known", () => {
		const d = buildDraft({
			kind: "check-in",
			note: sampleNote({ people: [] }),
			person: null,
			today: "2026-11-24",
			settings: DEFAULT_SETTINGS,
		});
		expect(d.text.startsWith("Hello,\n\n")).toBe(true);
		expect(d.text.endsWith("Best regards,")).toBe(true);
		expect(d.to).toBeNull();
	});
});

describe("user templates", () => {
	it("replace the built-in one for their kind; the subject comes from frontmatter", () => {
		const userTemplates = {
			"check-in": userTemplateFrom({ subject: "Quick hello about {{role}}" }, "\nHey {{first_name}}, any news from {{company}}?\n\n"),
		};
		const d = draft("check-in", { userTemplates });
		expect(d).toMatchObject({ subject: "Quick hello about Product Manager", text: "Hey Jane, any news from Acme?", warnings: [] });
	});

	it("keep the built-in subject when they have none", () => {
		const d = draft("check-in", { userTemplates: { "check-in": { body: "Hi" } } });
		expect(d.subject).toBe("Following up on the Product Manager role");
	});

	it("report an unknown or empty placeholder and leave it visible", () => {
		const d = draft("check-in", { userTemplates: { "check-in": { body: "Re {{job_url}} and {{nick}}" } } });
		expect(d.text).toBe("Re {{job_url}} and {{nick}}");
		expect(codes(d)).toEqual(["unfilled-placeholder", "unfilled-placeholder"]);
	});

	it("that pressure the reader raise the ultimatum warning", () => {
		const d = draft("check-in", { userTemplates: { "check-in": { body: "I have other offers and need an answer by Friday." } } });
		expect(codes(d)).toEqual(["ultimatum", "ultimatum"]);
		expect(d.warnings[0]?.message).toContain("other offers");
	});

	it("are found under the kind's file name", () => {
		expect(templateFileName("check-in")).toBe("check-in.md");
	});
});

describe("draft checks", () => {
	const base = { kind: "check-in" as const, to: "Jane Doe", subject: "Hello", unfilled: [], maxWords: 150 };

	it.each([
		["I have several other companies interested."],
		["Our deadline is near."],
		["I need an answer by Monday."],
		["Please reply ASAP."],
		["I'm weighing a competing offer."],
	])("flags pressure in %j", (text) => {
		expect(checkDraft({ ...base, text }).map((w) => w.code)).toEqual(["ultimatum"]);
	});

	it("flags a draft longer than maxDraftWords", () => {
		const text = Array.from({ length: 151 }, () => "word").join(" ");
		expect(checkDraft({ ...base, text }).map((w) => w.code)).toEqual(["too-long"]);
		expect(checkDraft({ ...base, text, maxWords: 200 })).toEqual([]);
		expect(countWords("- [ ] one, two — three")).toBe(3);
	});

	it("flags a résumé in a want-the-job, in any spelling, but not in other kinds", () => {
		for (const text of ["I attach my résumé.", "My resume is below", "Here is my CV."]) {
			expect(checkDraft({ ...base, kind: "want-the-job", text }).map((w) => w.code)).toEqual(["resume-attached"]);
		}
		expect(checkDraft({ ...base, text: "My CV is attached" })).toEqual([]);
	});

	it("flags the same wording as a draft to another person, names aside", () => {
		const warnings = checkDraft({
			...base,
			kind: "thank-you",
			text: "Hi Jane, thanks!",
			otherDrafts: [{ to: "Raj Patel", text: "Hi Raj,  thanks!" }],
		});
		expect(warnings.map((w) => w.code)).toEqual(["not-personal"]);
		expect(warnings[0]?.message).toContain("Raj Patel");
	});

	it("builds the other people's drafts itself to spot a thank-you template that is not personal", () => {
		const userTemplates = { "thank-you": { body: "Hi {{first_name}}, thanks for the chat about {{role}}." } };
		expect(codes(draft("thank-you", { userTemplates }))).toEqual(["not-personal"]);
		const personal = { "thank-you": { body: "Hi {{first_name}}, thanks for the chat about {{person_topic}}." } };
		expect(codes(draft("thank-you", { userTemplates: personal }))).toEqual([]);
	});

	it("does not compare kinds that go to one person only", () => {
		expect(codes(draft("check-in", { userTemplates: { "check-in": { body: "Any news?" } } }))).toEqual([]);
	});
});

describe("draftSubject", () => {
	it.each(FOLLOW_UP_KINDS.map((k) => [k]))(
		"%s: the subject buildDraft writes, for each person, with built-in and user templates",
		(kind) => {
			const note = sampleNote({ decisionDate: "2026-11-27", callBack: "2026-11-24" });
			const templateSets = [
				undefined,
				{ [kind]: { body: "Hi" } },
				{ [kind]: { subject: "About {{role}} at {{company}}", body: "Hi" } },
			];
			for (const userTemplates of templateSets) {
				for (const who of [...note.people, null]) {
					const request = { kind, note, person: who, today: "2026-11-24", settings, userTemplates };
					expect(draftSubject(request)).toBe(buildDraft(request).subject);
				}
			}
		},
	);
});
