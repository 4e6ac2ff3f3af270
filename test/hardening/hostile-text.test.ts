/**
 * Text from notes that would act on a terminal (ESC sequences that clear the screen or
 * set the window title, BEL, CR, C1 controls, bidi overrides) or split a line, through
 * the real command line: human output shows it as escapes and keeps one value on one
 * line; JSON keeps every character exactly.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "../cli/fake-io";
import { cli, dueJson, makeVault, removeVaults } from "./vaults";

afterAll(removeVaults);

/** A control character, a line or paragraph separator, or a bidi control; `\n` is allowed unless `oneLine`. */
function controls(text: string, oneLine = false): string[] {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
	const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
	const found = [...text.matchAll(unsafe)].map((m) => m[0]);
	return oneLine && text.includes("\n") ? [...found, "\n"] : found;
}

const CLEAR = "\u001b[2J\u001b[H";
const TITLE = "\u001b]0;pwned\u0007";
const COMPANY = `Acme${CLEAR}${TITLE}`;
const ROLE = "PM\rOVERWRITTEN";
const PERSON = "Jane\u202eeoD";
const TOPIC = "pricing\u009b31m";

const hostile = `---
tags: [interview]
company: ${JSON.stringify(COMPANY)}
role: ${JSON.stringify(ROLE)}
interview_date: 2026-11-19
topics: [${JSON.stringify(TOPIC)}]
people:
  - name: ${JSON.stringify(PERSON)}
    relation: hiring-manager
    email: jane@acme.example
  - name: "Raj\\nPatel"
    email: raj@acme.example
---
# Notes
`;

function vault(): string {
	return makeVault({
		".obsidian/app.json": "{}",
		"Interviews/Acme.md": hostile,
		[`Interviews/Evil${CLEAR}.md`]: hostile.replace("Acme", "Evil"),
		"Interviews/Broken.md": `---\ntags: [interview\ncompany: ${COMPANY}\n---\n`,
	});
}

const TODAY = ["--today", "2026-11-23"];

describe("due prints no control codes, and a value never splits a row", () => {
	it("table: names, paths, reasons and diagnostics are escaped, each row on its lines", async () => {
		const root = vault();
		const result = await cli(["due", root, ...TODAY, "--format", "table"]);
		expect(result.code).toBe(0);
		expect(controls(result.out)).toEqual([]);
		expect(result.out).toContain("Acme\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07");
		expect(result.out).toContain("PM OVERWRITTEN");
		expect(result.out).toContain("Jane\\u202eeoD");
		expect(result.out).toContain("Raj Patel");
		expect(result.out).toContain("Interviews/Evil\\x1b[2J\\x1b[H.md");
		// Every follow-up is two lines: what, then why, indented.
		const json = await dueJson(root);
		const shown = json.followUps.filter((f) => f.status !== "upcoming" || f.due <= "2026-12-07");
		const rowLines = result.out.split("\n").filter((line) => line.startsWith("  ") && !/^ {2}(error|warning)/.test(line));
		expect(rowLines).toHaveLength(shown.length * 2);
	});

	it("the table stays clean when colours are on: only its own colour codes reach the terminal", async () => {
		const root = vault();
		const io = fakeIo(root, { tty: true });
		expect(await run(["due", root, ...TODAY], io)).toBe(0);
		// eslint-disable-next-line no-control-regex -- the colours are the only escapes allowed
		const withoutColours = io.out().replace(/\u001b\[\d+m/g, "");
		expect(controls(withoutColours)).toEqual([]);
	});

	it("markdown and ics carry no control codes either; JSON keeps every character exactly", async () => {
		const root = vault();
		const markdown = await cli(["due", root, ...TODAY, "--format", "markdown"]);
		expect(controls(markdown.out)).toEqual([]);
		const ics = await cli(["due", root, ...TODAY, "--format", "ics"]);
		expect(controls(ics.out.replace(/\r\n/g, ""), true)).toEqual([]);
		const json = await dueJson(root);
		expect(json.followUps.find((f) => f.note === "Interviews/Acme.md")).toMatchObject({ company: COMPANY, role: ROLE });
		expect(json.followUps.some((f) => f.to === PERSON)).toBe(true);
		expect(json.followUps.some((f) => f.note === `Interviews/Evil${CLEAR}.md`)).toBe(true);
	});
});

describe("draft and log print no control codes", () => {
	it("draft: subject and text escaped for the terminal; --json's subject is one line, its text exact", async () => {
		const root = vault();
		const note = join(root, "Interviews/Acme.md");
		const human = await cli(["draft", note, "--kind", "value-add", ...TODAY]);
		expect(human.code).toBe(0);
		expect(controls(human.out)).toEqual([]);
		expect(controls(human.err)).toEqual([]);
		const json = await cli(["draft", note, "--kind", "thank-you", "--to", "Raj Patel", ...TODAY, "--json"]);
		const draft = JSON.parse(json.out) as { subject: string; text: string };
		expect(draft.subject).not.toMatch(/[\r\n]/);
		expect(draft.subject).toContain("PM OVERWRITTEN");
		const roleJson = await cli(["draft", note, "--kind", "value-add", ...TODAY, "--json"]);
		expect((JSON.parse(roleJson.out) as { text: string }).text).toContain(TOPIC);
	});

	it("draft --write keeps the block's title and subject on their lines, whatever the name holds", async () => {
		const root = vault();
		const note = join(root, "Interviews/Acme.md");
		const result = await cli(["draft", note, "--kind", "thank-you", "--to", "Raj Patel", ...TODAY, "--write"]);
		expect(result.code).toBe(0);
		const written = readFileSync(note, "utf8");
		expect(written).toContain(
			"### Thank-you — Raj Patel · due 2026-11-19\n<!-- interview-followups:thank-you:raj-patel:2026-11-19 -->\n> **Subject:**",
		);
		expect(controls(result.err)).toEqual([]);
	});

	it("log: the line it prints is escaped", async () => {
		const root = vault();
		const result = await cli(["log", join(root, "Interviews/Acme.md"), "--kind", "thank-you", "--to", PERSON, ...TODAY]);
		expect(result.code).toBe(0);
		expect(controls(result.out, true)).toEqual(["\n"]);
		expect(result.out).toContain("Jane\\u202eeoD");
	});
});

describe("error messages print no control codes", () => {
	it("whatever was typed or found, the one-line message is escaped", async () => {
		const root = vault();
		const typed = [
			["due", join(root, `nowhere${TITLE}`), ...TODAY],
			["draft", join(root, "Interviews/Acme.md"), "--kind", `thank${CLEAR}`, ...TODAY],
			["draft", join(root, "Interviews/Acme.md"), "--kind", "thank-you", "--to", `Nobody${TITLE}`, ...TODAY],
			["due", root, "--today", `2026-11-23${TITLE}`],
			[`dew${CLEAR}`],
			["log", join(root, "Interviews/Broken.md"), "--kind", "thank-you", "--to", "Jane", ...TODAY],
		];
		for (const argv of typed) {
			const result = await cli(argv);
			expect(result.code, argv.join(" ")).toBe(2);
			expect(controls(result.err, false), argv.join(" ")).toEqual([]);
			expect(result.err.trimEnd().split("\n"), argv.join(" ")).toHaveLength(1);
		}
	});

	it("a template whose broken frontmatter holds control codes: the warning quoting it is escaped", async () => {
		const root = vault();
		writeFileSync(join(root, ".obsidian/app.json"), "{}");
		const settings = join(root, ".obsidian/plugins/interview-followups");
		mkdirSync(settings, { recursive: true });
		writeFileSync(join(settings, "data.json"), JSON.stringify({ templateFolder: "Templates" }));
		mkdirSync(join(root, "Templates"));
		writeFileSync(join(root, "Templates/thank-you.md"), `---\nsubject: [unclosed ${TITLE}\n---\nHi {{first_name}}${CLEAR}\n`);
		const result = await cli(["draft", join(root, "Interviews/Acme.md"), "--kind", "thank-you", "--to", "Raj Patel", ...TODAY]);
		expect(result.code).toBe(0);
		expect(result.err).toContain("warning: template Templates/thank-you.md:");
		expect(controls(result.err)).toEqual([]);
		expect(controls(result.out)).toEqual([]);
		expect(result.out).toContain("Hi Raj\\x1b[2J\\x1b[H");
	});
});

describe("draft --write after an open $$ math block", () => {
	it("closes the block first, so the draft is not swallowed by it, and changes nothing else", async () => {
		const root = makeVault({
			".obsidian/app.json": "{}",
			"Interviews/Math.md": "---\ntags: [interview]\ninterview_date: 2026-11-19\npeople: [Jane Doe]\n---\n# Notes\n\n$$\nE = mc^2\n",
		});
		const path = join(root, "Interviews/Math.md");
		const result = await cli(["draft", path, "--kind", "thank-you", ...TODAY, "--write"]);
		expect(result.code).toBe(0);
		const written = readFileSync(path, "utf8");
		expect(
			written.startsWith(
				"---\ntags: [interview]\ninterview_date: 2026-11-19\npeople: [Jane Doe]\n---\n# Notes\n\n$$\nE = mc^2\n$$\n\n## Follow-ups\n\n### Thank-you — Jane Doe",
			),
		).toBe(true);
	});
});
