import { describe, expect, it } from "vitest";
import { nextFollowUp, propertyPatch, wantedProperties } from "../../src/core/write-back";
import type { FollowUp } from "../../src/core/model";

const followUp = (over: Partial<FollowUp>): FollowUp => ({
	note: "Interviews/Acme.md",
	company: "Acme",
	role: null,
	kind: "check-in",
	to: "Lee Wong",
	channel: "email",
	due: "2026-11-26",
	windowEnd: "2026-11-27",
	status: "upcoming",
	reason: "",
	...over,
});

describe("the next follow-up of a note", () => {
	it("is the first overdue or due one, else the earliest upcoming", () => {
		const due = followUp({ kind: "thank-you", due: "2026-11-23", status: "due" });
		expect(nextFollowUp([due, followUp({})])).toBe(due);
		expect(nextFollowUp([followUp({}), followUp({ due: "2026-12-01" })])?.due).toBe("2026-11-26");
		expect(nextFollowUp([])).toBeNull();
	});
});

describe("planning the property write-back", () => {
	const wanted = wantedProperties(followUp({}));

	it("sets all three properties on a note that has none", () => {
		expect(propertyPatch({ company: "Acme" }, wanted)).toEqual({
			next_follow_up: "2026-11-26",
			next_follow_up_kind: "check-in",
			next_follow_up_to: "Lee Wong",
		});
		expect(propertyPatch(null, wanted)).toEqual(wanted);
	});

	it("changes nothing when the note already says the same", () => {
		expect(
			propertyPatch({ next_follow_up: "2026-11-26", next_follow_up_kind: "check-in", next_follow_up_to: "Lee Wong" }, wanted),
		).toBeNull();
	});

	it("changes only the value that differs", () => {
		expect(
			propertyPatch({ next_follow_up: "2026-11-25", next_follow_up_kind: "check-in", next_follow_up_to: "Lee Wong" }, wanted),
		).toEqual({ next_follow_up: "2026-11-26" });
	});

	it("leaves out the person for a task, removing an old one", () => {
		const task = wantedProperties(followUp({ kind: "get-contact-info", to: null, channel: null }));
		expect(
			propertyPatch({ next_follow_up: "2026-11-26", next_follow_up_kind: "check-in", next_follow_up_to: "Lee Wong" }, task),
		).toEqual({ next_follow_up_kind: "get-contact-info", next_follow_up_to: null });
	});

	it("removes the properties when nothing is pending, including empty ones, and then leaves the note alone", () => {
		const none = wantedProperties(null);
		expect(propertyPatch({ next_follow_up: "2026-11-26", next_follow_up_kind: "", company: "Acme" }, none)).toEqual({
			next_follow_up: null,
			next_follow_up_kind: null,
		});
		expect(propertyPatch({ company: "Acme" }, none)).toBeNull();
	});
});
