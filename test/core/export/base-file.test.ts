import { describe, expect, it } from "vitest";
import { CORE_SCHEMA, load } from "js-yaml";
import { followUpsBaseFile } from "../../../src/core/export/base-file";

describe("the Follow-ups.base file", () => {
	it("selects interview notes as the plugin does, and has a table of the written-back properties and a Follow-ups view", () => {
		const yaml = load(followUpsBaseFile({ interviewTag: "interview", interviewFolders: ["Job search/Interviews"] }), {
			schema: CORE_SCHEMA,
		});
		expect(yaml).toEqual({
			filters: { or: ['file.hasTag("interview")', 'type == "interview"', 'file.inFolder("Job search/Interviews")'] },
			properties: {
				next_follow_up: { displayName: "Next follow-up" },
				next_follow_up_kind: { displayName: "What" },
				next_follow_up_to: { displayName: "To" },
			},
			views: [
				{ type: "interview-followups", name: "Follow-ups" },
				{
					type: "table",
					name: "Next follow-ups",
					order: ["file.name", "company", "role", "status", "next_follow_up", "next_follow_up_kind", "next_follow_up_to"],
					sort: [{ property: "next_follow_up", direction: "ASC" }],
				},
			],
		});
	});

	it("quotes a tag or folder with quotes in it so the YAML and the expression both stay whole", () => {
		const yaml = load(followUpsBaseFile({ interviewTag: '#job\'s "search"', interviewFolders: [" /It's/ "] }), {
			schema: CORE_SCHEMA,
		}) as { filters: { or: string[] } };
		expect(yaml.filters.or).toEqual(['file.hasTag("job\'s \\"search\\"")', 'type == "job\'s \\"search\\""', 'file.inFolder("It\'s")']);
	});
});
