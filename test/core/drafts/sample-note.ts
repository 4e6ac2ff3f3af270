/** A small interview note and people for draft tests; override what a test is about. */
import type { InterviewNote, Person } from "../../../src/core/model";

/** A person with every optional field empty; pass what the test needs. */
export function person(name: string, fields: Partial<Person> = {}): Person {
	return {
		name,
		relation: "interviewer",
		title: null,
		email: null,
		phone: null,
		linkedin: null,
		channel: null,
		primary: false,
		notePath: null,
		...fields,
	};
}

/** An active on-site interview at Acme on Thursday 2026-11-19 with Jane (hiring manager) and Raj. */
export function sampleNote(fields: Partial<InterviewNote> = {}): InterviewNote {
	return {
		path: "Interviews/Acme onsite.md",
		company: "Acme",
		role: "Product Manager",
		interviewDate: "2026-11-19",
		format: "onsite",
		people: [
			person("Jane Doe", { relation: "hiring-manager", title: "Director of Product", primary: true, email: "jane@acme.example" }),
			person("Raj Patel", { title: "Staff Engineer" }),
		],
		decisionDate: null,
		callBack: null,
		status: "active",
		statusText: null,
		statusDate: null,
		source: null,
		topics: ["the pricing overhaul", "onboarding for new teams"],
		jobUrl: null,
		log: [],
		stayInTouch: true,
		...fields,
	};
}
