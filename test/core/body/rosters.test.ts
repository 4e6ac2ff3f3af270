import { describe, expect, it } from "vitest";
import { mayHaveRosters } from "../../../src/core/body/rosters";

describe("mayHaveRosters", () => {
	it("finds a label at the start of a line, after a list marker, a quote mark or emphasis", () => {
		for (const body of [
			"# Notes\n- **Panel:** Daniel Park",
			"text\n  1. Interviewers: Ruth Adeyemi",
			"> Met with: Chris Yoon",
			"With : Ada Lovelace",
			"Attendees:\n",
			"- 2026-11-16 一面（视频），面试官：王磊、陈静",
			"- 2026-11-17 Onsite loop, interviewers: Dana Liu",
			"- Entrevistadora: Marta Gil (HR)",
			"- [ ] Tell Ola Brandt (my referrer) how the technical went",
			"- Referred by [[outreach/tomas-achterhof|Tomas Achterhof]] (former colleague)",
		])
			expect(mayHaveRosters(body), body).toBe(true);
	});

	it("passes over colons that end no label", () => {
		for (const body of [
			"Daniel: they'll make a decision by Friday.",
			"We talked about the panel: it went well.",
			`${"a ".repeat(30)}with: someone`,
			"no colon at all",
			"- 2026-11-17 Onsite, then lunch: with the team later",
		])
			expect(mayHaveRosters(body), body).toBe(false);
	});
});

describe("a people heading", () => {
	it("makes a body worth parsing, at any level and after an emoji, and only as a whole heading", () => {
		for (const body of [
			"# Connections\n- [[Amara Quist]]",
			"## 👥 Key Contacts",
			"### People  ",
			"## 👥 Interviewers",
			"## Participants",
		])
			expect(mayHaveRosters(body), body).toBe(true);
		for (const body of ["# People I met at the meetup", "Connections are useful", "#people"])
			expect(mayHaveRosters(body), body).toBe(false);
	});
});

describe("a referrer named in brackets", () => {
	it("is looked for in time linear in the text, however long its runs of capitals", () => {
		const started = Date.now();
		for (const body of ["A".repeat(200_000), "Ab Cd (xxxx ".repeat(20_000), "Ab-".repeat(70_000), "referred by A".repeat(20_000)])
			expect(mayHaveRosters(body)).toBe(false);
		expect(Date.now() - started).toBeLessThan(1000);
	});
});
