import { describe, expect, it } from "vitest";
import { migrateSettings } from "../../src/core/settings";

describe("fieldAliases that would send a field somewhere else", () => {
	it("refuses an alias that is another field's own name, naming it, and keeps the others", () => {
		const { settings, problems } = migrateSettings({ fieldAliases: { follow_ups: ["people", "Sent Log"], company: ["Firm"] } });
		expect(settings.fieldAliases).toEqual({ follow_ups: ["Sent Log"], company: ["Firm"] });
		expect(problems).toEqual([
			{
				key: "fieldAliases",
				message:
					'"fieldAliases": "people" (under "follow_ups") is the name of another field, so it cannot also name "follow_ups"; remove it',
			},
		]);
	});

	it("matches names as fields match them: case, `-`, `_` and spaces do not matter", () => {
		const { problems } = migrateSettings({ fieldAliases: { "Follow-Ups": ["Interview Date"] } });
		expect(problems.map((p) => p.message)).toEqual([
			'"fieldAliases": "Interview Date" (under "Follow-Ups") is the name of another field, so it cannot also name "Follow-Ups"; remove it',
		]);
	});

	it("refuses the properties the write-back writes", () => {
		const { settings, problems } = migrateSettings({ fieldAliases: { decision_date: ["Next-Follow-Up"] } });
		expect(settings.fieldAliases).toEqual({ decision_date: [] });
		expect(problems.map((p) => p.message)).toEqual([
			'"fieldAliases": "Next-Follow-Up" (under "decision_date") is a property the plugin writes itself (next follow-up properties); remove it',
		]);
	});

	it("lets one vault property feed two fields, and a field repeat its own built-in names", () => {
		const aliases = { interview_date: ["Date Last Interaction"], status_date: ["Date Last Interaction"], follow_ups: ["log"] };
		expect(migrateSettings({ fieldAliases: aliases })).toMatchObject({ settings: { fieldAliases: aliases }, problems: [] });
	});
});

describe("word maps written grouped by meaning", () => {
	it("read each word of a meaning's list as that meaning, beside words written one by one", () => {
		const { settings, problems } = migrateSettings({
			eventWords: { interview: ["一面", "二面"], 拒信: "rejection" },
			relationAliases: { interviewer: ["Employee", "Leader"], Personal_Connection: "referrer" },
		});
		expect(problems).toEqual([]);
		expect(settings.eventWords).toEqual({ 一面: "interview", 二面: "interview", 拒信: "rejection" });
		expect(settings.relationAliases).toEqual({ Employee: "interviewer", Leader: "interviewer", Personal_Connection: "referrer" });
	});

	it("refuse a list under a word that names no meaning, with the usual message", () => {
		const { problems } = migrateSettings({ eventWords: { interviewing: ["一面"] } });
		expect(problems.map((p) => p.key)).toEqual(["eventWords"]);
	});
});
