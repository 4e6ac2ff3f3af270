import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { evaluateVault } from "../../src/app/evaluate";
import { createLinkResolver } from "../../src/app/link-index";
import { evaluateVaultFolder, VaultUnreadable } from "../../src/cli/due-command";
import { scanVault, VaultPass } from "../../src/cli/scan-vault";
import { readNoteFileSync } from "../../src/cli/read-note-file";
import { defaultSettings, type Settings } from "../../src/core/settings";
import { numRuns } from "../hardening/arbitraries";

const folders: string[] = [];

function vaultWith(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "ifu-pass-"));
	folders.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

afterEach(() => {
	for (const root of folders.splice(0)) rmSync(root, { recursive: true, force: true });
});

const settings: Settings = { ...defaultSettings(), templateFolder: "Templates" };

const interview = (people: string[], extra = ""): string =>
	`---\ntags: [interview]\ncompany: Acme\ninterview_date: 2026-11-10\npeople:\n${people.map((p) => `  - "${p}"`).join("\n")}\n${extra}---\nNotes.\n`;

describe("VaultPass", () => {
	it("hands over every note once, in path order, each read as the note file reader reads it", () => {
		const root = vaultWith({
			"A/Acme.md": interview(["[[Lee]]"]),
			"Lee.md": "---\nrelation: recruiter\n---\n#person\n",
			"Plain.md": "No frontmatter #interview",
			"Broken.md": "---\ncompany: [Acme\n---\ninterview",
			"Templates/check-in.md": "---\nsubject: Hello\n---\nHi {{name}}\n",
		});
		const pass = new VaultPass(root, { settings });
		const notes = [...pass.notes()];
		expect(notes.map((n) => n.path)).toEqual(["A/Acme.md", "Broken.md", "Lee.md", "Plain.md", "Templates/check-in.md"]);
		// Interview notes keep their body (the core reads their logs), other notes with frontmatter keep only their inline tags.
		expect(notes[0]).toEqual(readNoteFileSync(join(root, "A/Acme.md"), "A/Acme.md"));
		expect(notes[1]).toEqual(readNoteFileSync(join(root, "Broken.md"), "Broken.md"));
		expect(notes[2]).toEqual({
			path: "Lee.md",
			frontmatter: { relation: "recruiter" },
			frontmatterError: null,
			inlineTags: ["person"],
		});
		// A note without frontmatter also has its inline tags, for a status tag in its text.
		expect(notes[3]).toEqual({ ...readNoteFileSync(join(root, "Plain.md"), "Plain.md"), inlineTags: ["interview"] });
		expect(notes[4]).toEqual(readNoteFileSync(join(root, "Templates/check-in.md"), "Templates/check-in.md"));
		expect(pass.paths()).toEqual(["A/Acme.md", "Broken.md", "Lee.md", "Plain.md", "Templates/check-in.md"]);
	});

	it("reads a note a link asks for ahead of the pass once: the pass then hands over what the link saw", () => {
		const root = vaultWith({ "A/Acme.md": interview(["[[Lee]]"]), "People/Lee.md": "---\nrelation: recruiter\n---\n" });
		const pass = new VaultPass(root, { settings });
		const notes = pass.notes();
		expect(notes.next().value?.path).toBe("A/Acme.md");
		expect(pass.frontmatterAt(1)).toEqual({ relation: "recruiter" });
		writeFileSync(join(root, "People/Lee.md"), "---\nrelation: hiring-manager\n---\n");
		expect(notes.next().value?.frontmatter).toEqual({ relation: "recruiter" });
		expect(pass.frontmatterAt(1)).toEqual({ relation: "recruiter" });
	});

	it("gives the frontmatter of the note being handed over, of notes it kept, and of an interview note it let go", () => {
		const root = vaultWith({ "A.md": interview([]), "B.md": "---\nrelation: staff\n---\n", "C.md": interview(["[[A]]"]) });
		const pass = new VaultPass(root, { settings });
		const seen: unknown[] = [];
		for (const note of pass.notes()) seen.push([note.path, pass.frontmatterAt(0), pass.frontmatterAt(1), pass.frontmatterAt(2)]);
		const a = { tags: ["interview"], company: "Acme", interview_date: "2026-11-10", people: null };
		const c = { ...a, people: ["[[A]]"] };
		expect(seen).toEqual([
			["A.md", a, { relation: "staff" }, c],
			["B.md", a, { relation: "staff" }, c],
			["C.md", a, { relation: "staff" }, c],
		]);
	});

	it("keeps the template folder's notes with their bodies, wherever a link read them", () => {
		const root = vaultWith({
			"Acme.md": interview(["[[Templates/thank-you]]"]),
			"Templates/check-in.md": "---\nsubject: Checking in\n---\nHi {{name}}\n",
			"Templates/thank-you.md": "---\nsubject: Thanks\n---\nThank you {{name}}\n",
		});
		const pass = new VaultPass(root, { settings });
		for (const note of pass.notes()) if (note.path === "Acme.md") pass.frontmatterAt(2);
		expect(pass.templates.map((t) => [t.path, t.body]).sort()).toEqual([
			["Templates/check-in.md", "Hi {{name}}\n"],
			["Templates/thank-you.md", "Thank you {{name}}\n"],
		]);
	});

	it("throws when the vault folder cannot be listed, and evaluateVaultFolder says so", () => {
		const root = vaultWith({});
		expect(() => new VaultPass(join(root, "missing"))).toThrow();
		expect(() => evaluateVaultFolder(join(root, "missing"), settings, "2026-11-23")).toThrow(VaultUnreadable);
	});
});

describe("evaluateVaultFolder, one note at a time, against reading the whole vault first", () => {
	// Interview notes and people in folders that sort before and after each other, linked
	// by name, by path from the root, relative to the note, to themselves and to each other.
	const folder = fc.constantFrom("", "A/", "People/", "Z/", "Z/Deep/");
	const name = fc.constantFrom("Lee", "Maya", "Acme", "Globex", "lee");
	const person = fc.record({
		folder,
		name,
		relation: fc.constantFrom("recruiter", "hiring-manager", "staff", "bogus"),
		email: fc.constantFrom("", "x@example.com"),
		tagged: fc.boolean(),
	});
	const link = fc.oneof(
		name.map((n) => `[[${n}]]`),
		fc.tuple(folder, name).map(([f, n]) => `[[${f}${n}]]`),
		name.map((n) => `[[../People/${n}|${n} alias]]`),
		name,
	);
	const note = fc.record({
		folder,
		name,
		people: fc.array(link, { maxLength: 4 }),
		logged: fc.option(link, { nil: undefined }),
		broken: fc.boolean(),
	});
	const vault = fc.record({ people: fc.array(person, { maxLength: 5 }), notes: fc.array(note, { minLength: 1, maxLength: 5 }) });

	it("finds the same follow-ups and diagnostics", () => {
		fc.assert(
			fc.property(vault, ({ people, notes }) => {
				const files: Record<string, string> = {};
				for (const p of people) {
					const tag = p.tagged ? "tags: [interview]\ncompany: Self\ninterview_date: 2026-11-02\n" : "";
					files[`${p.folder}${p.name}.md`] = `---\nrelation: ${p.relation}\n${p.email ? `email: ${p.email}\n` : ""}${tag}---\n`;
				}
				for (const n of notes) {
					const log =
						n.logged === undefined ? "" : `follow_ups:\n  - date: 2026-11-11\n    kind: thank-you\n    to: "${n.logged}"\n`;
					files[`${n.folder}${n.name}.md`] = n.broken ? "---\ncompany: [Acme\n---\ninterview\n" : interview(n.people, log);
				}
				const root = vaultWith(files);
				const expected = (() => {
					const sources = scanVault(root, { settings });
					return evaluateVault(sources, { settings, today: "2026-11-23", resolve: createLinkResolver(sources) });
				})();
				expect(evaluateVaultFolder(root, settings, "2026-11-23").evaluation).toEqual(expected);
				rmSync(root, { recursive: true, force: true });
			}),
			{ numRuns },
		);
	});
});
