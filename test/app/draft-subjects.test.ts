import { describe, expect, it } from "vitest";
import { draftSubjects, userTemplatesFromSources } from "../../src/app/draft-subjects";
import type { FollowUp } from "../../src/core/model";
import { readInterviewNote } from "../../src/core/read-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { NO_LINKS, type SourceNote } from "../../src/core/source";

const acme: SourceNote = {
	path: "Interviews/Acme.md",
	frontmatter: {
		tags: ["interview"],
		company: "Acme",
		role: "Product Manager",
		interview_date: "2026-11-19",
		format: "onsite",
		people: [{ name: "Jane Doe", relation: "hiring-manager", email: "jane@acme.example" }],
	},
	frontmatterError: null,
	body: "",
};
const template: SourceNote = {
	path: "Templates/thank-you.md",
	frontmatter: { subject: "Thanks from me, {{person}}" },
	frontmatterError: null,
	body: "Hello {{person}}",
};

const thankYou: FollowUp = {
	note: "Interviews/Acme.md",
	company: "Acme",
	role: "Product Manager",
	kind: "thank-you",
	to: "Jane Doe",
	channel: "email",
	due: "2026-11-19",
	windowEnd: "2026-11-20",
	status: "overdue",
	reason: "…",
};

const note = readInterviewNote(acme, DEFAULT_SETTINGS, NO_LINKS).note;
const noteFor = (path: string) => (path === acme.path ? note : null);

describe("draftSubjects", () => {
	it("gives the built-in subject, or the user's template's subject when there is one", () => {
		const builtIn = draftSubjects({ noteFor, settings: DEFAULT_SETTINGS, today: "2026-11-23" });
		expect(builtIn(thankYou)).toBe("Thank you for meeting with me");
		const userTemplates = userTemplatesFromSources([acme, template], "/Templates/");
		expect(Object.keys(userTemplates)).toEqual(["thank-you"]);
		const own = draftSubjects({ noteFor, settings: DEFAULT_SETTINGS, today: "2026-11-23", userTemplates });
		expect(own(thankYou)).toBe("Thanks from me, Jane Doe");
	});

	it("gives null when the note or the person cannot be found", () => {
		const subjects = draftSubjects({ noteFor, settings: DEFAULT_SETTINGS, today: "2026-11-23" });
		expect(subjects({ ...thankYou, note: "Interviews/Gone.md" })).toBeNull();
		expect(subjects({ ...thankYou, to: "Somebody Else" })).toBeNull();
	});

	it("reads no templates when no folder is set", () => {
		expect(userTemplatesFromSources([template], "  ")).toEqual({});
	});
});
