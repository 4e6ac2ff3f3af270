import { describe, expect, it } from "vitest";
import { chosenSettings, mergeProposal } from "../../../src/core/setup/merge";
import { defaultSettings } from "../../../src/core/settings";

describe("merging a proposal into settings saved whole", () => {
	it("treats keys still at their default as unset, so the proposal fills them", () => {
		const saved = { ...defaultSettings(), horizonDays: 21, fieldAliases: { company: ["Employer"] } };
		expect(chosenSettings(saved)).toEqual({ horizonDays: 21, fieldAliases: { company: ["Employer"] } });
		const merged = mergeProposal(chosenSettings(saved), {
			interviewTag: "job-application",
			fieldAliases: { company: ["Org"], interview_date: ["Met on"] },
		});
		expect(merged.settings.interviewTag).toBe("job-application");
		expect(merged.settings.horizonDays).toBe(21);
		expect(merged.settings.fieldAliases).toEqual({ company: ["Employer"], interview_date: ["Met on"] });
	});

	it("keeps a value the user chose over the one proposed", () => {
		const saved = { ...defaultSettings(), interviewTag: "job" };
		expect(mergeProposal(chosenSettings(saved), { interviewTag: "job-application" }).settings.interviewTag).toBe("job");
	});
});
