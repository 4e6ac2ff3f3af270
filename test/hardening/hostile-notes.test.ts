/**
 * Hostile notes through the real command line (`due <vault> --format json` on vaults
 * written to a temporary folder): nothing they hold is executed, nothing is polluted or
 * changed on disk, every broken note is reported, and the run ends with exit 0.
 * Speed belongs to the benchmark: the generous timeouts only keep a hang from stalling CI.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dump } from "js-yaml";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { NOTE_FIELDS, PERSON_FIELDS } from "../../src/core/fields";
import { cli, codesFor, dueJson, dueTable, makeVault, removeVaults, snapshot } from "./vaults";

afterAll(removeVaults);

const g = globalThis as Record<string, unknown>;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
	expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
	expect(g["__hardeningPwned"]).toBeUndefined();
});

/** A plain interview note; `extra` is YAML appended inside the frontmatter. */
const note = (extra = "", body = "# Notes\n") => `---
tags: [interview]
company: Acme
role: PM
interview_date: 2026-11-19
format: onsite
people:
  - name: Jane Doe
    relation: hiring-manager
    email: jane@acme.example
${extra}---
${body}`;

describe("frontmatter in a language other than YAML is never run", () => {
	const marker = join(tmpdir(), `ifu-pwned-${process.pid}`);
	const js = `{ tags: ["interview"], x: (function () { globalThis.__hardeningPwned = true; require("fs").writeFileSync(${JSON.stringify(marker)}, "pwned"); return 1; })() }`;
	const coffee = `tags: ['interview']\nx: do -> globalThis.__hardeningPwned = true; require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned')`;
	const fenced = (language: string, payload: string) => `---${language}\n${payload}\n---\n#interview\n`;

	it("---js, ---javascript, ---coffee and friends: nothing ran, each is invalid-frontmatter", { timeout: 30_000 }, async () => {
		const files: Record<string, string> = {
			"js.md": fenced("js", js),
			"javascript.md": fenced("javascript", js),
			"upper.md": fenced(" JS ", js),
			"coffee.md": fenced("coffee", coffee),
			"coffeescript.md": fenced("coffeescript", coffee),
			"json.md": fenced("json", '{"tags": ["interview"]}'),
			"toml.md": fenced("toml", 'tags = ["interview"]'),
			"unknown-language.md": fenced("python", "__import__('os').system('touch /tmp/x')"),
			// js-yaml 3's !!js/function is no type of the core schema: an error, never a function.
			"yaml-js-tag.md": `---\ntags: [interview]\nx: !!js/function "function () { globalThis.__hardeningPwned = true }"\n---\n`,
			"yaml-regexp-tag.md": `---\ntags: [interview]\nx: !!js/regexp /a/\n---\n`,
		};
		const vault = makeVault(files);
		const before = snapshot(vault);
		const json = await dueJson(vault);
		expect(g["__hardeningPwned"]).toBeUndefined();
		expect(existsSync(marker)).toBe(false);
		for (const path of Object.keys(files)) {
			expect(codesFor(json, path), path).toEqual(["invalid-frontmatter"]);
			expect(json.diagnostics.find((d) => d.note === path)?.severity).toBe("error");
		}
		expect(json.followUps).toEqual([]);
		expect(snapshot(vault)).toEqual(before);
	});
});

describe("__proto__ and constructor keys change nothing", () => {
	const hostileKeys = `__proto__:
  polluted: yes
  status: offer
  interview_date: 2020-01-01
constructor:
  prototype:
    polluted: yes
prototype: {polluted: yes}
follow_ups:
  - {date: 2026-11-19, kind: thank-you, to: Raj, __proto__: {dismissed: true, kind: check-in}}
  - {date: 2026-11-20, kind: check-in, to: Raj, constructor: {prototype: {polluted: yes}}}
`;
	const people = (withHostile: boolean) => `  - name: Raj Patel
${withHostile ? "    __proto__: {relation: staff, email: raj@x.example, polluted: yes}\n    constructor: {prototype: {polluted: yes}}\n" : ""}  - name: Lee
${withHostile ? "    __proto__: {primary: true}\n" : ""}`;
	const clean = `follow_ups:
  - {date: 2026-11-19, kind: thank-you, to: Raj}
  - {date: 2026-11-20, kind: check-in, to: Raj}
`;

	it("in frontmatter, in people and in log entries: the same result as without them", { timeout: 30_000 }, async () => {
		const hostile = makeVault({
			"Interviews/Acme.md": note(`${hostileKeys}`).replace(
				"    email: jane@acme.example\n",
				`    email: jane@acme.example\n${people(true)}`,
			),
		});
		const plain = makeVault({
			"Interviews/Acme.md": note(clean).replace("    email: jane@acme.example\n", `    email: jane@acme.example\n${people(false)}`),
		});
		const a = await dueJson(hostile);
		const b = await dueJson(plain);
		expect(a.followUps.length).toBeGreaterThan(0);
		expect(a).toEqual(b);
	});

	it("in the vault's data.json settings: the same result as without a data.json", { timeout: 30_000 }, async () => {
		const settings = `{
			"__proto__": {"minGapBusinessDays": 0, "interviewFolders": ["Elsewhere"], "polluted": true},
			"constructor": {"prototype": {"polluted": true}},
			"prototype": {"polluted": true},
			"fieldAliases": {"__proto__": ["date"], "constructor": ["x"], "prototype": ["y"]},
			"statusAliases": {"__proto__": "ended", "constructor": "ended", "prototype": "ended"}
		}`;
		const files = { "Interviews/Acme.md": note(), "Elsewhere/Other.md": note().replace("company: Acme", "company: Other") };
		const withSettings = makeVault({ ...files, ".obsidian/plugins/interview-followups/data.json": settings });
		const without = makeVault(files);
		const before = snapshot(withSettings);
		expect(await dueJson(withSettings)).toEqual(await dueJson(without));
		expect(snapshot(withSettings)).toEqual(before);
	});
});

describe("YAML that explodes", () => {
	const laughs = (use: string) => `---
tags: [interview]
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
${use}
---
`;

	it("a billion-laughs alias bomb in every field ends with a diagnostic", { timeout: 60_000 }, async () => {
		const vault = makeVault({
			"Interviews/fields.md": laughs(
				[
					"interview_date: *i",
					"company: *i",
					"people: *i",
					"topics: *i",
					"follow_ups: *i",
					"status: *i",
					"decision_date: *i",
					"status_date: *i",
					"format: *i",
				].join("\n"),
			),
			"Interviews/people.md": laughs(
				"interview_date: 2026-11-19\npeople:\n  - {name: Jane, relation: *i, email: *i, primary: *i}\nfollow_ups:\n  - {date: *i, to: *i, kind: *i}\n  - {date: 2026-11-20, to: Jane, kind: check-in, snoozed_until: *i}",
			),
			"Interviews/key.md": laughs("? *i\n: x"),
			"Interviews/fine.md": note(),
		});
		const json = await dueJson(vault);
		expect(codesFor(json, "Interviews/fields.md")).toContain("bad-date");
		expect(codesFor(json, "Interviews/people.md")).toContain("bad-date");
		expect(codesFor(json, "Interviews/key.md")).toEqual(["invalid-frontmatter"]);
		expect(json.followUps.some((f) => f.note === "Interviews/fine.md")).toBe(true);
		// The messages quote the value, but only a short prefix of it.
		for (const d of json.diagnostics) expect(d.message.length).toBeLessThan(400);
	});

	it(
		"10,000-deep nesting (5,000 in block style, which stays under the 16 MB note limit) ends with invalid-frontmatter",
		{ timeout: 60_000 },
		async () => {
			let block = "";
			let blockMap = "";
			for (let i = 0; i < 5_000; i++) {
				block += `${" ".repeat(i)}-\n`;
				blockMap += `${" ".repeat(i + 2)}k${i}:\n`;
			}
			const vault = makeVault({
				"Interviews/flow-list.md": `---\ntags: [interview]\ninterview_date: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n---\n`,
				"Interviews/flow-map.md": `---\ntags: [interview]\npeople: ${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}\n---\n`,
				"Interviews/block.md": `---\ntags: [interview]\npeople:\n${block}---\n`,
				"Interviews/block-map.md": `---\ntags: [interview]\npeople:\n${blockMap}---\n`,
				"Interviews/fine.md": note(),
			});
			const json = await dueJson(vault);
			for (const path of ["Interviews/flow-list.md", "Interviews/flow-map.md", "Interviews/block.md", "Interviews/block-map.md"]) {
				expect(codesFor(json, path), path).toEqual(["invalid-frontmatter"]);
			}
			expect(json.followUps.some((f) => f.note === "Interviews/fine.md")).toBe(true);
		},
	);
});

describe("files that are not text", () => {
	/** Deterministic bytes (a small LCG), with NULs and invalid UTF-8 sequences. */
	function junk(length: number, seed: number): Uint8Array {
		const bytes = new Uint8Array(length);
		let x = seed;
		for (let i = 0; i < length; i++) {
			x = (x * 1103515245 + 12345) >>> 0;
			bytes[i] = x >>> 24;
		}
		return bytes;
	}
	const prefixed = (text: string, rest: Uint8Array) => new Uint8Array([...new TextEncoder().encode(text), ...rest]);

	it(
		"binary files named .md are skipped, a UTF-16 one is named; the real notes are still read, a stray non-UTF-8 byte included",
		{ timeout: 30_000 },
		async () => {
			const header = "---\ntags: [interview]\ninterview_date: 2026-11-19\npeople: [Jane]\n---\n#interview ";
			const vault = makeVault({
				"Interviews/random.md": junk(64 * 1024, 1),
				"Interviews/nul-after-frontmatter.md": prefixed(header, new Uint8Array([0, 1, 2, 0])),
				"Interviews/bad-utf8.md": prefixed(header, new Uint8Array([0xc3, 0x28, 0xff, 0xfe])),
				"Interviews/only-nul.md": new Uint8Array(1024),
				"Interviews/utf16.md": new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(header, "utf16le"))]),
				"Interviews/fine.md": note(),
			});
			const json = await dueJson(vault);
			// bad-utf8.md is a real note with four broken bytes in its body: read, as Obsidian reads it.
			expect(new Set(json.followUps.map((f) => f.note))).toEqual(new Set(["Interviews/fine.md", "Interviews/bad-utf8.md"]));
			// A UTF-16 file may well be a note saved by another editor: it is named, not skipped.
			expect(
				json.diagnostics.filter((d) => d.note !== null && d.note !== "Interviews/fine.md" && d.note !== "Interviews/bad-utf8.md"),
			).toEqual([
				{
					note: "Interviews/utf16.md",
					severity: "warning",
					code: "unreadable-note",
					message:
						"This file could not be read (it is saved as UTF-16 text, which Obsidian does not read; save it as UTF-8), so if it is an interview note, its follow-ups are missing.",
				},
			]);
			await dueTable(vault);
		},
	);
});

describe("size", () => {
	it("a note with 10,000 people and a 3 MB body: every person gets their thank-you", { timeout: 120_000 }, async () => {
		const people = Array.from({ length: 10_000 }, (_, i) => `  - name: Person ${i}\n    email: p${i}@x.example`).join("\n");
		const line = "Some notes with `code`, a #tag, %% a comment %%, <!-- html --> and [[links]].\n";
		const body = `${line.repeat(Math.ceil((3 * 1024 * 1024) / line.length))}\n#interview\n`;
		const vault = makeVault({
			"big.md": `---\ncompany: Big\ninterview_date: 2026-11-19\nfollow_ups:\n  - {date: 2026-11-19, kind: thank-you, to: Person 1}\npeople:\n${people}\n---\n${body}`,
		});
		const json = await dueJson(vault);
		const thanks = json.followUps.filter((f) => f.kind === "thank-you");
		expect(thanks).toHaveLength(9_999);
		expect(thanks.some((f) => f.to === "Person 1")).toBe(false);
		expect((await dueTable(vault)).length).toBeGreaterThan(0);
	});
});

describe("values of the wrong type in every field", () => {
	const WRONG: unknown[] = [
		42,
		-1.5,
		true,
		false,
		null,
		[],
		{},
		[1, [2, [3]]],
		{ a: { b: 1 } },
		"",
		"2026-11-10",
		"[[Jane]]",
		[["Jane"]],
		["2026-11-10"],
		"constructor",
		"next constructor",
		"__proto__ weeks",
		"9999-12-31",
		"0000-01-01",
	];
	const base = {
		tags: ["interview"],
		interview_date: "2026-11-19",
		people: [{ name: "Jane", relation: "hiring-manager", email: "j@x.example" }],
	};
	const entry = { date: "2026-11-20", kind: "check-in", to: "Jane" };
	const yaml = (fm: Record<string, unknown>) => `---\n${dump(fm)}---\n`;

	it("note fields, person fields and log fields: exit 0, valid JSON and table", { timeout: 60_000 }, async () => {
		const files: Record<string, string> = {};
		// Each note its own company, so that no note is a later round of another.
		const add = (name: string, fm: Record<string, unknown>) =>
			(files[`Interviews/${name}.md`] = yaml({ ...base, company: name, ...fm }));
		WRONG.forEach((value, v) => {
			for (const field of Object.values(NOTE_FIELDS).flat()) add(`note-${field}-${v}`, { [field]: value });
			for (const field of Object.values(PERSON_FIELDS).flat())
				add(`person-${field}-${v}`, { people: [{ ...base.people[0], [field]: value }, value] });
			for (const field of ["date", "kind", "to", "from", "dismissed", "skipped", "snoozed_until"]) {
				add(`log-${field}-${v}`, { follow_ups: [{ ...entry, [field]: value }, value] });
			}
		});
		const vault = makeVault(files);
		const json = await dueJson(vault);
		expect(json.err).toBe("");
		expect(json.followUps.length).toBeGreaterThan(0);
		for (const f of json.followUps) {
			expect(f.due <= f.windowEnd).toBe(true);
			expect(f.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(f.windowEnd).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		await dueTable(vault);
	});

	it("a settings value of the wrong type is one line naming the key, exit 2, nothing written", { timeout: 30_000 }, async () => {
		const vault = makeVault({
			"Interviews/Acme.md": note(),
			".obsidian/plugins/interview-followups/data.json": '{"minGapBusinessDays": "2", "weekendDays": {"__proto__": 1}}',
		});
		const before = snapshot(vault);
		const result = await cli(["due", vault, "--today", "2026-11-23", "--format", "json"]);
		expect(result.code).toBe(2);
		expect(result.out).toBe("");
		expect(result.err.trimEnd().split("\n")).toHaveLength(1);
		expect(result.err).toContain("minGapBusinessDays");
		expect(snapshot(vault)).toEqual(before);
	});
});

describe("text that looks like markup or code stays text", () => {
	const HTML_COMPANY = "<img src=x onerror=alert(1)>";
	const HTML_ROLE = "<script>alert('role')</script>";
	const HTML_NAME = '<b onmouseover="alert(1)">Jane</b> & Co';
	const PLACEHOLDER_COMPANY = "{{company}}";
	const CODE_ROLE = "${process.exit()}";
	const PLACEHOLDER_NAME = "{{person}} `rm -rf /`";
	const fm = (company: string, role: string, name: string) =>
		`---\n${dump({ tags: ["interview"], company, role, interview_date: "2026-11-19", format: "onsite", people: [{ name, relation: "hiring-manager", email: "x@y.example" }] })}---\n`;

	it("HTML in names and companies comes out as the same plain text in JSON and in the table", { timeout: 30_000 }, async () => {
		const vault = makeVault({ "Interviews/html.md": fm(HTML_COMPANY, HTML_ROLE, HTML_NAME) });
		const json = await dueJson(vault);
		const thanks = json.followUps.find((f) => f.kind === "thank-you");
		expect(thanks).toMatchObject({ company: HTML_COMPANY, role: HTML_ROLE, to: HTML_NAME });
		const table = await dueTable(vault);
		expect(table).toContain(HTML_COMPANY);
		expect(table).toContain(HTML_ROLE);
		expect(table).toContain(HTML_NAME);
		expect(table).not.toContain("&lt;");
	});

	it("placeholder-looking values stay text in due, and in the draft", { timeout: 30_000 }, async () => {
		const vault = makeVault({ ".obsidian/app.json": "{}", "Interviews/tpl.md": fm(PLACEHOLDER_COMPANY, CODE_ROLE, PLACEHOLDER_NAME) });
		const json = await dueJson(vault);
		expect(json.followUps.find((f) => f.kind === "thank-you")).toMatchObject({
			company: PLACEHOLDER_COMPANY,
			role: CODE_ROLE,
			to: PLACEHOLDER_NAME,
		});
		const table = await dueTable(vault);
		expect(table).toContain(PLACEHOLDER_COMPANY);
		expect(table).toContain(CODE_ROLE);

		const draft = await cli(["draft", join(vault, "Interviews/tpl.md"), "--kind", "thank-you", "--today", "2026-11-23", "--json"]);
		expect(draft.code).toBe(0);
		const text = (JSON.parse(draft.out) as { text: string }).text;
		// Values are inserted as written and never read again as placeholders or code.
		expect(text).toContain(PLACEHOLDER_COMPANY);
		expect(text).toContain(CODE_ROLE);
	});
});

describe("draft --write on a note that does not exist", () => {
	it("fails with one line and exit 2, and creates nothing", { timeout: 30_000 }, async () => {
		const vault = makeVault({ ".obsidian/app.json": "{}", "Interviews/Acme.md": note() });
		const before = snapshot(vault);
		for (const missing of ["Interviews/Nope.md", "No such folder/Nope.md"]) {
			const result = await cli(["draft", join(vault, missing), "--kind", "thank-you", "--today", "2026-11-23", "--write"]);
			expect(result.code, missing).toBe(2);
			expect(result.out).toBe("");
			expect(result.err.trimEnd().split("\n")).toHaveLength(1);
			expect(existsSync(join(vault, missing))).toBe(false);
		}
		expect(snapshot(vault)).toEqual(before);
	});
});
