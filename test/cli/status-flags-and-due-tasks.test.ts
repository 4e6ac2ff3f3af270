// Job-post notes whose state is true/false flags (`rejection: true`, `declined: true`) and
// whose rounds are Tasks-plugin items (`- [ ] Panel with … 📅 2026-11-25`), read by `due`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "./fake-io";

const root = mkdtempSync(join(tmpdir(), "ifu-status-flags-"));

const post = (flags: string, ...body: string[]): string =>
	["---", "tags: [jobpost]", "company: Acme", "applied: true", flags, "---", "", "## Tracking", "", ...body, ""].join("\n");

const NOTES: Record<string, string> = {
	"Rejected.md": post(
		"interview: true\nrejection: true",
		"- [x] Interview with Tomasz Król <tk@acme.example> #jobhunt 📅 2026-11-13 ✅ 2026-11-13",
		"- [x] Thank-you email to Tomasz #jobhunt ✅ 2026-11-13",
	),
	"Declined.md": post(
		"interview: true\ndeclined: true",
		"- [x] Onsite with Jamal Whitaker <jw@acme.example> #jobhunt 📅 2026-11-10 ✅ 2026-11-10",
	),
	"Booked.md": post(
		"interview: true\nrejection: false",
		"- [ ] Technical interview with Rafael Costa and Mei Tanaka #jobhunt 📅 2026-11-25",
	),
	"Week.md": post("interview: false", "Interviews will be held the week of 2026-11-30, on site."),
};

beforeAll(() => {
	mkdirSync(join(root, "vault"), { recursive: true });
	for (const [name, text] of Object.entries(NOTES)) writeFileSync(join(root, "vault", name), text);
	writeFileSync(join(root, "settings.json"), JSON.stringify({ interviewTag: "jobpost", ignoredFields: ["interview"] }));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const due = async (): Promise<[string, string][]> => {
	const io = fakeIo(root);
	expect(await run(["due", "vault", "--config", "settings.json", "--today", "2026-11-23", "--format", "json"], io)).toBe(0);
	return (JSON.parse(io.out()) as { followUps: { note: string; kind: string }[] }).followUps.map((f) => [f.note, f.kind]);
};

describe("flags and due-dated tasks", () => {
	it("a true flag named for a status sets it; an open task for an interview is the round; a week is no day", async () => {
		expect(await due()).toEqual([
			["Rejected.md", "rejection-reply"],
			["Booked.md", "ask-next-steps"],
		]);
	});

	it("`explain` says which flag decided the status", async () => {
		const io = fakeIo(root);
		expect(
			await run(["explain", "vault/Declined.md", "--vault", "vault", "--config", "settings.json", "--today", "2026-11-23"], io),
		).toBe(0);
		expect(io.out()).toMatch(/status\s+ended \("declined"\)\s+from frontmatter `declined`/);
		// Not a field, but not unread either: each flag is listed as what it is.
		expect(io.out()).toMatch(/`declined`: read only as a status flag, when no property gives a status/);
		expect(io.out()).toMatch(/`applied`: read only as a status flag/);
	});
});
