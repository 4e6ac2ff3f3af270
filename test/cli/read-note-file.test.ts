import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import matter from "gray-matter";
import fc from "fast-check";
import {
	bodyOf,
	readNoteFileSync,
	scanNoteFileSync,
	SAFE_MATTER_OPTIONS,
	scanNoteFromBytes,
	sourceFromBytes,
	sourceFromText,
} from "../../src/cli/read-note-file";
import { numRuns } from "../hardening/arbitraries";

describe("sourceFromText", () => {
	it("reads YAML frontmatter and keeps the text after it as the body", () => {
		const note = sourceFromText("Interviews/Acme.md", "---\ncompany: Acme\ntags: [interview]\n---\n# Notes\nWent well.\n");
		expect(note).toEqual({
			path: "Interviews/Acme.md",
			frontmatter: { company: "Acme", tags: ["interview"] },
			frontmatterError: null,
			body: "# Notes\nWent well.\n",
			bodyLine: 5,
		});
	});

	it("reads a file with Windows line endings (CRLF)", () => {
		const note = sourceFromText("a.md", "---\r\ncompany: Acme\r\ninterview_date: 2026-11-10\r\n---\r\nBody line\r\n");
		expect(note.frontmatter).toEqual({ company: "Acme", interview_date: "2026-11-10" });
		expect(note.frontmatterError).toBeNull();
		expect(note.body).toBe("Body line\r\n");
	});

	it("ignores a UTF-8 byte order mark before the opening ---", () => {
		const note = sourceFromText("a.md", "\uFEFF---\ncompany: Acme\n---\nhi");
		expect(note.frontmatter).toEqual({ company: "Acme" });
		expect(note.body).toBe("hi");
	});

	it("keeps dates as text, with the YAML 1.2 core schema", () => {
		const note = sourceFromText("a.md", "---\ninterview_date: 2026-11-10\nwhen: 2026-11-10T14:00\n---\n");
		expect(note.frontmatter?.["interview_date"]).toBe("2026-11-10");
		expect(note.frontmatter?.["when"]).toBe("2026-11-10T14:00");
	});

	it("keeps yes and no as text, while true and numbers are read", () => {
		const note = sourceFromText("a.md", "---\nreplied: yes\nghosted: no\nstay_in_touch: false\nrounds: 3\n---\n");
		expect(note.frontmatter).toEqual({ replied: "yes", ghosted: "no", stay_in_touch: false, rounds: 3 });
	});

	it("never executes ---js frontmatter", () => {
		const key = "__interviewFollowupsJsRan";
		const text = `---js\n(globalThis.${key} = true, { company: "Evil" })\n---\nbody`;
		const note = sourceFromText("a.md", text);
		expect((globalThis as Record<string, unknown>)[key]).toBeUndefined();
		expect(note.frontmatter).toBeNull();
		expect(note.frontmatterError).toBe("frontmatter in js is not read: only YAML is");
		expect(note.body).toBe(text);
	});

	it("never executes ---javascript or ---JS either", () => {
		const key = "__interviewFollowupsJsRan2";
		for (const fence of ["javascript", "JS", " js "]) {
			const note = sourceFromText("a.md", `---${fence}\nglobalThis.${key} = true\n---\n`);
			expect(note.frontmatterError).toMatch(/is not read: only YAML is/);
		}
		expect((globalThis as Record<string, unknown>)[key]).toBeUndefined();
	});

	it("hands gray-matter options whose js engines refuse, should a js fence ever reach it", () => {
		const key = "__interviewFollowupsJsRan3";
		for (const fence of ["js", "JS", "javascript"]) {
			expect(() => matter(`---${fence}\nglobalThis.${key} = true\n---\n`, SAFE_MATTER_OPTIONS)).toThrow("is not read: only YAML is");
		}
		expect((globalThis as Record<string, unknown>)[key]).toBeUndefined();
	});

	it("refuses ---toml and ---json frontmatter with a reason", () => {
		expect(sourceFromText("a.md", '---toml\ncompany = "Acme"\n---\n').frontmatterError).toBe(
			"frontmatter in toml is not read: only YAML is",
		);
		expect(sourceFromText("a.md", '---json\n{"company": "Acme"}\n---\n').frontmatterError).toBe(
			"frontmatter in json is not read: only YAML is",
		);
	});

	it("accepts ---yaml and ---yml fences", () => {
		expect(sourceFromText("a.md", "---yaml\na: 1\n---\n").frontmatter).toEqual({ a: 1 });
		expect(sourceFromText("a.md", "---yml\na: 1\n---\n").frontmatter).toEqual({ a: 1 });
	});

	it("reads frontmatter whose opening --- has spaces after it, as Obsidian does", () => {
		for (const open of ["---  ", "---\t", "--- ", "---   \r"]) {
			const note = sourceFromText("a.md", `${open}\ncompany: Acme\n---\nBody`);
			expect(note).toEqual({ path: "a.md", frontmatter: { company: "Acme" }, frontmatterError: null, body: "Body", bodyLine: 4 });
		}
	});

	it("says a note that opens a frontmatter block without closing it is broken, as the spec's fine points ask", () => {
		const text = "---\ncompany: Acme\n\nJust notes, no closing fence.\n";
		expect(sourceFromText("a.md", text)).toEqual({
			path: "a.md",
			frontmatter: null,
			frontmatterError: "the frontmatter block has no closing `---`",
			body: text,
		});
		expect(sourceFromText("a.md", "---\r\ncompany: Acme\r\n").frontmatterError).toBe("the frontmatter block has no closing `---`");
	});

	it("says a block closed by YAML's `...` is broken, whether or not a later --- follows", () => {
		const reason = "the frontmatter block ends with `...`, which Obsidian does not take as its end: write `---` instead";
		expect(sourceFromText("a.md", "---\ncompany: Acme\n...\nBody\n").frontmatterError).toBe(reason);
		expect(sourceFromText("a.md", "---\ncompany: Acme\n...\nBody\n\n---\n\nMore\n").frontmatterError).toBe(reason);
		expect(sourceFromText("a.md", "---\r\ncompany: Acme\r\n...  \r\n").frontmatterError).toBe(reason);
		// `...` at the very end of a closed block is YAML's own end marker, and harmless.
		expect(sourceFromText("a.md", "---\ncompany: Acme\n...\n---\nBody").frontmatter).toEqual({ company: "Acme" });
	});

	it("reads a note that opens with ---- or with --- and no line end as having no frontmatter", () => {
		for (const text of ["----\ncompany: Acme\n", "---"]) {
			expect(sourceFromText("a.md", text)).toEqual({ path: "a.md", frontmatter: null, frontmatterError: null, body: text });
		}
	});

	it("accepts a closing --- at the very end of the file", () => {
		expect(sourceFromText("a.md", "---\na: 1\n---")).toMatchObject({ frontmatter: { a: 1 }, body: "" });
	});

	it("reads an empty or comment-only block as no properties", () => {
		expect(sourceFromText("a.md", "---\n---\nbody").frontmatter).toEqual({});
		expect(sourceFromText("a.md", "---\n# just a comment\n---\nbody").frontmatter).toEqual({});
	});

	it("does not take a note starting with ---- or text as frontmatter", () => {
		expect(sourceFromText("a.md", "----\na: 1\n---\n").frontmatter).toBeNull();
		expect(sourceFromText("a.md", "# Title\n---\na: 1\n---\n").frontmatter).toBeNull();
	});

	it("reports YAML that is a list or a single value instead of a map", () => {
		const list = sourceFromText("a.md", "---\n- a\n- b\n---\nbody");
		expect(list.frontmatter).toBeNull();
		expect(list.frontmatterError).toMatch(/is a list, not a set of properties/);
		expect(list.body).toBe("---\n- a\n- b\n---\nbody");
		expect(sourceFromText("a.md", "---\njust text\n---\n").frontmatterError).toMatch(/single value/);
	});

	it("reports broken YAML with the file's line number, and keeps the whole text as the body", () => {
		const text = "---\ncompany: Acme\ncompany: Globex\n---\n#interview";
		const note = sourceFromText("a.md", text);
		expect(note.frontmatter).toBeNull();
		expect(note.frontmatterError).toBe("the YAML frontmatter on line 3 could not be read: duplicated mapping key");
		expect(note.body).toBe(text);
	});

	it("reports a line starting with --- inside the block rather than guessing", () => {
		const note = sourceFromText("a.md", "---\na: 1\n---more\nb: 2\n---\n");
		expect(note.frontmatter).toBeNull();
		expect(note.frontmatterError).toMatch(/line starting with ---/);
	});

	it("does not let a __proto__ key pollute Object.prototype", () => {
		const note = sourceFromText("a.md", "---\n__proto__:\n  polluted: yes\ncompany: Acme\n---\n");
		expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty("polluted");
		expect(note.frontmatter?.["company"]).toBe("Acme");
		expect(Object.getPrototypeOf(note.frontmatter)).toBe(Object.prototype);
	});

	it("keeps YAML aliases as shared values (no blow-up)", () => {
		const lines = ["---", "a: &a [x, x, x, x, x, x, x, x, x]"];
		for (let i = 0; i < 8; i++)
			lines.push(
				`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
			);
		lines.push("---", "");
		const note = sourceFromText("a.md", lines.join("\n"));
		expect(note.frontmatterError).toBeNull();
		expect(Object.keys(note.frontmatter ?? {})).toHaveLength(9);
	});

	it("treats text with NUL bytes as binary junk", () => {
		expect(sourceFromText("a.md", "---\na: 1\n---\n\0\0")).toEqual({
			path: "a.md",
			frontmatter: null,
			frontmatterError: null,
			body: "",
		});
	});

	it("gives the same answer twice (no shared cache between calls)", () => {
		const text = "---\ncompany: Acme\n---\n";
		const first = sourceFromText("a.md", text);
		(first.frontmatter as Record<string, unknown>)["company"] = "changed";
		expect(sourceFromText("a.md", text).frontmatter).toEqual({ company: "Acme" });
	});
});

describe("readNoteFileSync", () => {
	const dir = mkdtempSync(join(tmpdir(), "ifu-read-"));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("reads a note from disk", () => {
		writeFileSync(join(dir, "a.md"), "\uFEFF---\r\ncompany: Acme\r\n---\r\nhi\r\n");
		expect(readNoteFileSync(join(dir, "a.md"), "a.md")).toEqual({
			path: "a.md",
			frontmatter: { company: "Acme" },
			frontmatterError: null,
			body: "hi\r\n",
			bodyLine: 4,
		});
	});

	it("reads bytes that are not UTF-8 as U+FFFD, as Obsidian shows them, and keeps the note", () => {
		writeFileSync(
			join(dir, "latin1.md"),
			Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x61, 0x3a, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]),
		);
		expect(readNoteFileSync(join(dir, "latin1.md"), "latin1.md")).toEqual({
			path: "latin1.md",
			frontmatter: { a: "Caf\uFFFD" },
			frontmatterError: null,
			body: "",
			bodyLine: 4,
		});
	});

	it("reads a binary file as no frontmatter and an empty body", () => {
		writeFileSync(join(dir, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
		expect(readNoteFileSync(join(dir, "image.md"), "image.md")).toMatchObject({
			frontmatter: null,
			frontmatterError: null,
			body: "",
		});
	});

	it("says why when a file cannot be read at all", () => {
		const note = readNoteFileSync(join(dir, "missing.md"), "missing.md");
		expect(note).toEqual({ path: "missing.md", frontmatter: null, frontmatterError: null, unreadable: "it does not exist" });
	});

	it("never waits on a named pipe, and refuses a note over 16 MB", () => {
		execFileSync("mkfifo", [join(dir, "pipe.md")]);
		expect(readNoteFileSync(join(dir, "pipe.md"), "pipe.md").unreadable).toBe("it is a named pipe, not a file");
		writeFileSync(join(dir, "huge.md"), Buffer.alloc(16 * 1024 * 1024 + 1, 0x61));
		expect(readNoteFileSync(join(dir, "huge.md"), "huge.md").unreadable).toBe("it is larger than 16 MB, the most this command reads");
		expect(scanNoteFileSync(join(dir, "huge.md"), "huge.md").note.unreadable).toBe(
			"it is larger than 16 MB, the most this command reads",
		);
		writeFileSync(join(dir, "limit.md"), Buffer.alloc(16 * 1024 * 1024, 0x61));
		expect(scanNoteFileSync(join(dir, "limit.md"), "limit.md").note.unreadable).toBeUndefined();
		expect(readNoteFileSync(join(dir, "limit.md"), "limit.md").unreadable).toBeUndefined();
	});
});

describe("scanNoteFromBytes", () => {
	/** The pieces a note's bytes are made of here: fences real and not, line endings, marks and bytes that are not UTF-8. */
	const PIECES: readonly (string | Uint8Array)[] = [
		"---\n",
		"---\r\n",
		"---  \n",
		"---\t\n",
		"---",
		"----\n",
		"--- x\n",
		"---yaml\n",
		"---js\n",
		"\n",
		"\r\n",
		"company: Acme\n",
		"tags: [interview]\n",
		"people:\n  - Lee Wong\n",
		"a: [unclosed\n",
		"- a list\n",
		"# Heading #interview\n",
		"body text é\n",
		"\uFEFF",
		new Uint8Array([0xef, 0xbb, 0xbf]),
		new Uint8Array([0xe9]), // Latin-1 é: not UTF-8
		new Uint8Array([0xe2, 0x82]), // a cut-off character
		new Uint8Array([0]),
	];
	const encoder = new TextEncoder();
	const bytesOf = (pieces: readonly (string | Uint8Array)[]): Uint8Array => {
		const parts = pieces.map((piece) => (typeof piece === "string" ? encoder.encode(piece) : piece));
		const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
		let at = 0;
		for (const part of parts) {
			out.set(part, at);
			at += part.length;
		}
		return out;
	};
	const scanned = (bytes: Uint8Array) => {
		const scanned = scanNoteFromBytes("a.md", bytes);
		return { ...scanned.note, body: bodyOf(scanned) };
	};

	it("reads a note as sourceFromBytes does, the body decoded only when asked for", () => {
		const bytes = bytesOf(["---\n", "company: Acme\n", "---\n", "\uFEFF", "body text é\n"]);
		const scanned = scanNoteFromBytes("a.md", bytes);
		expect(scanned.note).toEqual({ path: "a.md", frontmatter: { company: "Acme" }, frontmatterError: null, bodyLine: 4 });
		expect(bodyOf(scanned)).toBe("\uFEFFbody text é\n");
		expect({ ...scanned.note, body: bodyOf(scanned) }).toEqual(sourceFromBytes("a.md", bytes));
	});

	it("agrees with sourceFromBytes on any arrangement of fences, line endings, marks and stray bytes", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
				const bytes = bytesOf(pieces);
				expect(scanned(bytes)).toEqual(sourceFromBytes("a.md", bytes));
			}),
			{ numRuns },
		);
		// Starting with a fence, so that most cases have frontmatter to cut.
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
				const bytes = bytesOf(["---\n", ...pieces]);
				expect(scanned(bytes)).toEqual(sourceFromBytes("a.md", bytes));
			}),
			{ numRuns },
		);
	});
});
