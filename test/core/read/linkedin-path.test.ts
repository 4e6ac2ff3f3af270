import { describe, expect, it } from "vitest";
import { aSource, evaluate } from "../../builders/vault";

const contactTasks = (frontmatter: Record<string, unknown>, body = "") =>
	evaluate(
		[aSource("Interviews/Acme.md", { tags: ["interview"], company: "Acme", interview_date: "2026-11-20", ...frontmatter }, body)],
		"2026-11-23",
	)
		.followUps.filter((f) => f.kind === "get-contact-info")
		.map((f) => f.to);

describe("a LinkedIn profile written as its path is an address", () => {
	it.each(["/in/jane-doe", "linkedin.com/in/jane-doe", "https://www.linkedin.com/in/jane-doe"])(
		"%j in a person's brackets: no task to get Jane's details",
		(profile) => {
			expect(contactTasks({ people: [`Jane Doe (Recruiter, ${profile})`, "Raj Patel (Engineer)"] })).toEqual(["Raj Patel"]);
		},
	);

	it("in a table of participants, the row with a profile needs no task", () => {
		const body = [
			"## Participants",
			"",
			"| Name | Title | LinkedIn |",
			"|------|-------|----------|",
			"| Hugo Castellane | Analytics Lead | /in/hugocastellane |",
			"| Bea Castro | Senior Analytics Engineer |  |",
			"",
		].join("\n");
		expect(contactTasks({}, body)).toEqual(["Bea Castro"]);
	});

	it("a path that is no profile is no address", () => {
		expect(contactTasks({ people: ["Jane Doe (Sales/in/out lead)"] })).toEqual(["Jane Doe"]);
	});
});
