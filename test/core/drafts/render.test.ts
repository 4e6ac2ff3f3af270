import { describe, expect, it } from "vitest";
import { firstName, placeholderValues, render, type PlaceholderValues } from "../../../src/core/drafts/render";
import { joinList } from "../../../src/core/follow-up-text";
import { person, sampleNote } from "./sample-note";

const values = (fields: Partial<PlaceholderValues> = {}): PlaceholderValues => ({
	...placeholderValues(sampleNote(), sampleNote().people[0] ?? null, { today: "2026-11-24", myName: "Sam Lee", personIndex: 0 }),
	...fields,
});

describe("render", () => {
	it("fills every known placeholder from the note, the person and the settings", () => {
		const out = render(
			"{{first_name}} ({{title}}) at {{company}}, {{role}}, {{interview_date}}, {{days_since_interview}} days; {{topics}}. {{my_name}}, {{format}}",
			values(),
		);
		expect(out.text).toBe(
			"Jane (Director of Product) at Acme, Product Manager, Thursday, November 19, 5 days; the pricing overhaul and onboarding for new teams. Sam Lee, on-site",
		);
		expect(out.unfilled).toEqual([]);
	});

	it("allows spaces inside the braces and any case", () => {
		expect(render("{{ Company }}", values()).text).toBe("Acme");
	});

	it("leaves an unknown placeholder as written and reports it", () => {
		const out = render("Hi {{nickname}}, {{#each people}}x{{/each}}", values());
		expect(out.text).toBe("Hi {{nickname}}, {{#each people}}x{{/each}}");
		expect(out.unfilled).toEqual([
			{ name: "nickname", reason: "unknown" },
			{ name: "#each people", reason: "unknown" },
			{ name: "/each", reason: "unknown" },
		]);
	});

	it("leaves an empty placeholder visible and reports it once", () => {
		const out = render("By {{decision_date}}, or {{decision_date}}", values());
		expect(out.text).toBe("By {{decision_date}}, or {{decision_date}}");
		expect(out.unfilled).toEqual([{ name: "decision_date", reason: "empty" }]);
	});

	it("never renders a value twice: braces in a note's value stay literal text", () => {
		const out = render("At {{company}}", values({ company: "{{role}} & <b>Co</b> $& $1" }));
		expect(out.text).toBe("At {{role}} & <b>Co</b> $& $1");
		expect(out.unfilled).toEqual([]);
	});

	it("gives each person of a note a different topic in turn", () => {
		const note = sampleNote({ topics: ["a", "b", "c"] });
		const topicFor = (index: number) =>
			placeholderValues(note, null, { today: "2026-11-24", myName: "", personIndex: index }).person_topic;
		expect([0, 1, 2, 3].map(topicFor)).toEqual(["a", "b", "c", "a"]);
	});

	it("treats a missing interview date, topics and name as empty", () => {
		const v = placeholderValues(sampleNote({ interviewDate: null, topics: [] }), null, {
			today: "2026-11-24",
			myName: " ",
			personIndex: 0,
		});
		expect([v.interview_date, v.days_since_interview, v.topic, v.topics, v.my_name, v.person, v.first_name]).toEqual([
			null,
			null,
			null,
			null,
			null,
			null,
			null,
		]);
	});
});

describe("names and lists", () => {
	it("takes the first name after an honorific", () => {
		expect(firstName("Dr. Jane Doe")).toBe("Jane");
		expect(firstName(person("Raj").name)).toBe("Raj");
	});

	it("joins lists the way people write them", () => {
		expect([joinList([]), joinList(["a"]), joinList(["a", "b"]), joinList(["a", "b", "c"])]).toEqual([
			"",
			"a",
			"a and b",
			"a, b and c",
		]);
		expect(joinList(["overdue", "due now", "upcoming"], "or")).toBe("overdue, due now or upcoming");
	});
});
