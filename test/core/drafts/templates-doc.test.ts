import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLACEHOLDERS } from "../../../src/core/drafts/render";

const doc = readFileSync(join(__dirname, "../../../docs/templates.md"), "utf8");

describe("docs/templates.md", () => {
	it.each(Object.keys(PLACEHOLDERS).map((name) => [name]))("documents {{%s}}", (name) => {
		expect(doc).toContain(`| \`{{${name}}}\` |`);
	});

	it("documents every draft check code", () => {
		for (const code of ["ultimatum", "too-long", "resume-attached", "unfilled-placeholder", "not-personal"])
			expect(doc).toContain(`| \`${code}\` |`);
	});
});
