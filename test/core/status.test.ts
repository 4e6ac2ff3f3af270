import { describe, expect, it } from "vitest";
import { resolveStatus, statusGroupOf } from "../../src/core/status";

describe("status values", () => {
	const cases: [string, Record<string, string>, string | null][] = [
		["Interviewing", {}, "active"],
		["Under_Review", {}, "active"],
		["Applied", {}, "applying"],
		["to-apply", {}, "applying"],
		["Wishlist", {}, "applying"],
		["Offer", {}, "ended"],
		["Rejected (after stage 2)", {}, "rejected"],
		["Offer accepted!", {}, "ended"],
		["❌ Rejected", {}, "rejected"],
		["✅ Applied", {}, "applying"],
		["No response yet", {}, "closed"],
		["Not moving forward", {}, "rejected"],
		["Soonish", {}, null],
		["", {}, null],
		["Final round", { "Final round": "ended" }, "ended"],
		["Rejected by recruiter", { "*reject*": "rejected" }, "rejected"],
		["Got rejected", { "*reject*": "rejected" }, "rejected"],
		["Stage 3 - panel", { "stage *": "active" }, "active"],
		["Ghosted", { "*": "active" }, "active"],
	];
	it.each(cases)("%j with aliases %j is %s", (value, aliases, group) => {
		expect(statusGroupOf(value, aliases)).toBe(group);
	});
	it("a pattern does not treat regular-expression characters as special", () => {
		expect(statusGroupOf("a+b", { "a+*": "ended" })).toBe("ended");
		expect(statusGroupOf("aab", { "a+*": "ended" })).toBeNull();
	});
});

describe("several status properties and status tags", () => {
	const v = (text: string, origin = text) => ({ text, origin });
	it("an ended or rejected value in any property wins over active", () => {
		expect(resolveStatus([v("Interviewing"), v("Offer")], {}).group).toBe("ended");
		expect(resolveStatus([v("Applied"), v("Rejected")], {}).group).toBe("rejected");
		expect(resolveStatus([v("Rejected"), v("Offer")], {}).decided?.origin).toBe("Rejected");
	});
	it("otherwise the first known value decides, and unknown values are reported", () => {
		const resolved = resolveStatus([v("Soonish"), v("Waiting")], {});
		expect(resolved).toMatchObject({ group: "active", decided: { text: "Waiting" } });
		expect(resolved.unknown.map((u) => u.text)).toEqual(["Soonish"]);
	});
	it("a status tag counts only when no property gives a known status", () => {
		expect(resolveStatus([], {}, [v("#status/rejected")]).group).toBe("rejected");
		expect(resolveStatus([v("Interviewing")], {}, [v("#offer")]).group).toBe("active");
		expect(resolveStatus([], {}, [v("#job/search")]).group).toBe("active");
		// Flags read as tags (`interview: true`, `rejection: true`): a final one wins, as among properties.
		expect(resolveStatus([], {}, [v("applied"), v("interview"), v("rejection")])).toMatchObject({
			group: "rejected",
			decided: { text: "rejection" },
		});
		// Else the later stage: applied and interviewing is interviewing, in either order.
		expect(resolveStatus([], {}, [v("applied"), v("interview")])).toMatchObject({ group: "active", decided: { text: "interview" } });
		expect(resolveStatus([], {}, [v("interview"), v("applied")]).group).toBe("active");
		expect(resolveStatus([], {}, [v("applied"), v("saved")])).toMatchObject({ group: "applying", decided: { text: "applied" } });
	});
	it("nothing at all is active, decided by nothing", () => {
		expect(resolveStatus([], {})).toEqual({ group: "active", decided: null, unknown: [] });
	});
});
