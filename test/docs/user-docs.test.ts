/**
 * The user documentation in docs/ is written by hand; these tests keep it true to the code.
 * Every field and alias, every setting and its default, every command and option is
 * documented, each word a vocabulary table lists means what the table says, and every link
 * between the documents leads somewhere.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { NOTE_FIELDS, PERSON_FIELDS } from "../../src/core/fields";
import { readInterviewNote } from "../../src/core/read-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { aSource, resolverOver, settingsWith } from "../builders/vault";
import { fakeIo } from "../cli/fake-io";

const root = join(__dirname, "../..");
const read = (file: string) => readFileSync(join(root, file), "utf8");

/** The text under a heading, up to the next heading of the same or a higher level (of any level when `own`). */
function section(markdown: string, heading: string, own = false): string {
	const lines = markdown.split("\n");
	const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, "") === heading);
	if (start === -1) throw new Error(`no heading "${heading}"`);
	const level = /^#+/.exec(lines[start] ?? "")?.[0].length ?? 1;
	const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && (own || (/^#+/.exec(line)?.[0].length ?? 0) <= level));
	return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

/** The rows of the markdown tables in a text, as lists of cells (`\|` kept inside a cell). Header rows hold no code spans, so they name nothing. */
function tableRows(text: string): string[][] {
	return text
		.split("\n")
		.filter((line) => line.startsWith("|") && !/^\|[\s-|]+\|$/.test(line))
		.map((line) =>
			line
				.slice(1, -1)
				.split(/(?<!\\)\|/)
				.map((cell) => cell.trim()),
		);
}

/** The `code` spans of a cell. */
const codes = (cell: string | undefined) => [...(cell ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

/** Rows keyed by the code span in their first cell. */
function rowsByKey(text: string): Map<string, string[]> {
	return new Map(tableRows(text).flatMap((cells) => codes(cells[0]).map((key) => [key, cells] as [string, string[]])));
}

describe("docs/note-format.md", () => {
	const doc = read("docs/note-format.md");

	it("lists every note field with exactly the names it is also read from", () => {
		const rows = rowsByKey(section(doc, "Field names"));
		for (const [field, names] of Object.entries(NOTE_FIELDS)) {
			expect(rows.has(field), `no row for ${field}`).toBe(true);
			expect(codes(rows.get(field)?.[1]).sort(), field).toEqual(names.slice(1).sort());
		}
		expect([...rows.keys()].sort()).toEqual(Object.keys(NOTE_FIELDS).sort());
	});

	it("lists every person key with exactly the names it is also read from", () => {
		const rows = rowsByKey(section(doc, "People", true));
		for (const [field, names] of Object.entries(PERSON_FIELDS)) {
			expect(rows.has(field), `no row for ${field}`).toBe(true);
			expect(codes(rows.get(field)?.[1]).sort(), field).toEqual(names.slice(1).sort());
		}
	});

	/** Each word of a vocabulary table, with the value its row says it means. */
	function vocabulary(heading: string): [string, string][] {
		return tableRows(section(doc, heading)).flatMap((cells) => {
			const value = codes(cells[0])[0] ?? "";
			return codes(cells[1]).map((word) => [word, value] as [string, string]);
		});
	}

	const settings = settingsWith();
	const noteWith = (frontmatter: Record<string, unknown>) => {
		const source = aSource("n.md", { tags: ["interview"], interview_date: "2026-11-10", ...frontmatter });
		const result = readInterviewNote(source, settings, resolverOver([source]));
		if (result.note === null) throw new Error("not read as an interview note");
		return { note: result.note, diagnostics: result.diagnostics };
	};

	it("each format word means the format its row names", () => {
		const words = vocabulary("Formats");
		expect(words.length).toBeGreaterThan(10);
		for (const [word, format] of words) expect(noteWith({ format: word }).note.format, word).toBe(format);
	});

	it("each relation word means the relation its row names", () => {
		const words = vocabulary("Relations");
		expect(words.length).toBeGreaterThan(10);
		for (const [word, relation] of words) {
			const { note, diagnostics } = noteWith({ people: [{ name: "Jane Doe", relation: word }] });
			expect(note.people[0]?.relation, word).toBe(relation);
			expect(diagnostics, word).toEqual([]);
		}
	});

	it("each channel word means the channel its row names", () => {
		const words = vocabulary("Channels");
		expect(words.length).toBeGreaterThan(10);
		for (const [word, channel] of words)
			expect(noteWith({ people: [{ name: "Jane Doe", channel: word }] }).note.people[0]?.channel).toBe(channel);
	});

	it("each status word falls in the group its row names", () => {
		const words = vocabulary("Status");
		expect(words.length).toBeGreaterThan(15);
		for (const [word, group] of words) {
			const { note, diagnostics } = noteWith({ status: word });
			expect(note.status, word).toBe(group);
			expect(diagnostics.map((d) => d.code)).not.toContain("unknown-status");
		}
	});
});

describe("docs/settings.md", () => {
	const rows = rowsByKey(read("docs/settings.md"));

	it("lists every setting with its default as data.json holds it", () => {
		for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
			expect(rows.has(key), `no row for ${key}`).toBe(true);
			expect(rows.get(key)?.[1], key).toBe(`\`${JSON.stringify(value)}\``);
		}
	});

	it("documents no setting that does not exist", () => {
		expect([...rows.keys()].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
	});
});

describe("docs/cli.md", () => {
	const doc = read("docs/cli.md");

	async function output(args: string[]): Promise<string> {
		const io = fakeIo(root);
		expect(await run(args, io)).toBe(0);
		return io.out();
	}

	it("has a section for every command, listing exactly the options its help lists", async () => {
		const commands = [...(await output(["--help"])).matchAll(/^ {2}interview-followups ([a-z][a-z-]*) /gm)].map((m) => m[1] as string);
		expect(commands.length).toBeGreaterThan(2);
		const headings = doc.split("\n").filter((line) => line.startsWith("## `interview-followups "));
		expect(headings.map((h) => /interview-followups ([a-z-]+)/.exec(h)?.[1])).toEqual(commands);
		for (const [i, command] of commands.entries()) {
			const help = await output([command, "--help"]);
			const helpOptions = new Set(help.match(/--[a-z][a-z-]*/g));
			const documented = new Set(
				tableRows(section(doc, (headings[i] as string).slice(3))).flatMap((cells) => codes(cells[0]).map((c) => c.split(" ")[0])),
			);
			documented.delete("-h,");
			expect([...documented].filter((o) => o?.startsWith("--")).sort(), command).toEqual([...helpOptions].sort());
		}
	});
});

describe("links in the README and docs/", () => {
	const files = [
		"README.md",
		"CHANGELOG.md",
		"docs/note-format.md",
		"docs/settings.md",
		"docs/cli.md",
		"docs/templates.md",
		"docs/decisions.md",
	];

	/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
	const anchor = (heading: string) =>
		heading
			.trim()
			.toLowerCase()
			.replace(/[`*]/g, "")
			.replace(/[^\p{L}\p{N}\s_-]/gu, "")
			.replace(/\s/g, "-");

	it("every relative link leads to a file of this repository, and to a heading it has", () => {
		for (const file of files.filter((f) => existsSync(join(root, f)))) {
			const text = read(file).replace(/```[\s\S]*?```/g, "");
			for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
				const link = m[1] as string;
				if (/^[a-z]+:/.test(link)) continue; // a web address
				const [path = "", hash] = link.split("#");
				const target = path === "" ? join(root, file) : join(root, dirname(file), path);
				expect(existsSync(target), `${file} links ${link}`).toBe(true);
				if (hash !== undefined && target.endsWith(".md")) {
					const headings = readFileSync(target, "utf8")
						.split("\n")
						.filter((line) => /^#+ /.test(line))
						.map((line) => anchor(line.replace(/^#+ /, "")));
					expect(headings, `${file} links ${link}`).toContain(hash);
				}
			}
		}
	});

	it("no document sends readers to the team's spec folder, which is not in this repository", () => {
		for (const file of files.filter((f) => f !== "docs/decisions.md" && existsSync(join(root, f)))) {
			expect(read(file).includes("shared/spec"), file).toBe(false);
		}
	});
});
