import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMarkdownFiles, scanVault } from "../../src/cli/scan-vault";
import { defaultSettings } from "../../src/core/settings";

const vault = mkdtempSync(join(tmpdir(), "ifu-scan-"));
const outside = mkdtempSync(join(tmpdir(), "ifu-outside-"));

function write(path: string, text = "---\ntags: [interview]\n---\n"): void {
	mkdirSync(dirname(join(vault, path)), { recursive: true });
	writeFileSync(join(vault, path), text);
}

beforeAll(() => {
	write("Interviews/Acme onsite.md");
	write("Interviews/2026/Globex.md");
	write("People/Lee Wong.md", "---\nrelation: hiring-manager\n---\n");
	write("Root note.md", "no frontmatter");
	write("Attachments/photo.png", "not a note");
	write("Upper.MD", "Obsidian does not open .MD as a note");
	write(".obsidian/plugins/interview-followups/README.md");
	write(".git/notes.md");
	write(".trash/Deleted.md");
	write(".hidden-folder/Secret.md");
	write(".dotfile.md");
	write("node_modules/pkg/README.md");
	// A link back up the tree must not loop; a linked folder elsewhere is read once.
	symlinkSync(vault, join(vault, "Interviews/loop"));
	mkdirSync(join(outside, "Shared"));
	writeFileSync(join(outside, "Shared/Referrer.md"), "---\nrelation: referrer\n---\n");
	symlinkSync(join(outside, "Shared"), join(vault, "Shared"));
	symlinkSync(join(outside, "Shared"), join(vault, "Shared again"));
	symlinkSync(join(vault, "missing"), join(vault, "Dangling.md"));
});
afterAll(() => {
	rmSync(vault, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

describe("scanVault", () => {
	it("lists the vault's notes with sorted, vault-relative / paths, skipping dot-folders and node_modules", async () => {
		const files = listMarkdownFiles(vault);
		expect(files.map((f) => f.path)).toEqual([
			"Dangling.md",
			"Interviews/2026/Globex.md",
			"Interviews/Acme onsite.md",
			"People/Lee Wong.md",
			"Root note.md",
			"Shared/Referrer.md",
		]);
		for (const root of [vault, `${vault}/`, `${vault}/./Interviews/..`]) {
			for (const file of listMarkdownFiles(root)) expect(file.absolutePath).toBe(join(vault, file.path));
		}
	});

	it("sorts by whole path where walking folders in name order does not (a file between a folder and its notes)", () => {
		const folder = mkdtempSync(join(tmpdir(), "ifu-scan-order-"));
		try {
			for (const path of ["a/x.md", "a-b.md", "a b/c.md", "a.md", "B.md"]) {
				mkdirSync(dirname(join(folder, path)), { recursive: true });
				writeFileSync(join(folder, path), "");
			}
			// Code-unit order: " " < "-" < "." < "/" < "B" < "a".
			expect(listMarkdownFiles(folder).map((f) => f.path)).toEqual(["B.md", "a b/c.md", "a-b.md", "a.md", "a/x.md"]);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it("reads every note into a SourceNote", async () => {
		const notes = scanVault(vault);
		expect(notes.map((n) => n.path)).toHaveLength(6);
		expect(notes.find((n) => n.path === "Dangling.md")).toEqual({
			path: "Dangling.md",
			frontmatter: null,
			frontmatterError: null,
			unreadable: "it is a link to a file that does not exist",
		});
		expect(notes.find((n) => n.path === "People/Lee Wong.md")?.frontmatter).toEqual({ relation: "hiring-manager" });
		expect(notes.find((n) => n.path === "Root note.md")).toEqual({
			path: "Root note.md",
			frontmatter: null,
			frontmatterError: null,
			body: "no frontmatter",
		});
	});

	it("keeps the body of interview and log notes only; other notes with frontmatter keep their inline tags", async () => {
		const folder = mkdtempSync(join(tmpdir(), "ifu-scan-bodies-"));
		try {
			const put = (path: string, text: string): void => {
				mkdirSync(dirname(join(folder, path)), { recursive: true });
				writeFileSync(join(folder, path), text);
			};
			put("Acme.md", "---\ncompany: Acme\n---\nMet the team. #interview\n\n```\n#not-a-tag\n```\n");
			put("Plain.md", "Just text #interview");
			put("Tagged.md", "---\ntags: [interview]\n---\nA long body that nothing reads again.\n");
			put("Broken.md", "---\ncompany: [Acme\n---\ninterview notes");
			put("Templates/check-in.md", "---\nsubject: Checking in\n---\nHi {{name}},\n");
			put("Person.md", "---\nrole: Recruiter\n---\nMet at a meetup. #person\n");
			put("Logs/Sent.md", "---\nComm-Type: Sent\n---\nThanked [[Person]].\n");
			put("Call.md", "---\nComm-Type: Received\n---\nShe rang. #comm\n");
			const settings = { ...defaultSettings(), templateFolder: "/Templates/", logFolders: ["Logs"], logTag: "comm" };
			const notes = scanVault(folder, { settings });
			const byPath = new Map(notes.map((n) => [n.path, n]));
			expect(byPath.get("Acme.md")).toEqual({
				path: "Acme.md",
				frontmatter: { company: "Acme" },
				frontmatterError: null,
				inlineTags: ["interview"],
				body: "Met the team. #interview\n\n```\n#not-a-tag\n```\n",
				bodyLine: 4,
			});
			expect(byPath.get("Plain.md")?.body).toBe("Just text #interview");
			// A note without frontmatter has its inline tags too: a status tag there is read.
			expect(byPath.get("Plain.md")?.inlineTags).toEqual(["interview"]);
			expect(byPath.get("Tagged.md")).toEqual({
				path: "Tagged.md",
				frontmatter: { tags: ["interview"] },
				frontmatterError: null,
				body: "A long body that nothing reads again.\n",
				bodyLine: 4,
			});
			// Neither an interview note nor a log note: only its tags are kept.
			expect(byPath.get("Person.md")).toEqual({
				path: "Person.md",
				frontmatter: { role: "Recruiter" },
				frontmatterError: null,
				inlineTags: ["person"],
			});
			expect(byPath.get("Logs/Sent.md")?.body).toBe("Thanked [[Person]].\n");
			expect(byPath.get("Call.md")?.body).toBe("She rang. #comm\n");
			expect(byPath.get("Broken.md")?.body).toContain("interview notes");
			expect(byPath.get("Templates/check-in.md")?.body).toBe("Hi {{name}},\n");
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it("reads notes of every size whole, one after another, each with its own text", () => {
		const folder = mkdtempSync(join(tmpdir(), "ifu-scan-sizes-"));
		try {
			// Small and large notes (up to 3 MB), each ending with the inline tag that makes it
			// an interview note, and a small note read after each large one.
			const sizes = [10, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 1024 * 1024 + 7, 3 * 1024 * 1024];
			const names: string[] = [];
			sizes.forEach((size, index) => {
				const head = `---\ncompany: Company ${index}\n---\n`;
				const tail = ` #interview/${index}\n`;
				const text = head + "x".repeat(Math.max(0, size - head.length - tail.length)) + tail;
				writeFileSync(join(folder, `${index}a large.md`), text);
				writeFileSync(join(folder, `${index}b small.md`), `---\ncompany: Small ${index}\n---\nNo tag here.\n`);
				writeFileSync(join(folder, `${index}c plain.md`), `Body only ${index} #interview`);
				names.push(`${index}a large.md`, `${index}b small.md`, `${index}c plain.md`);
			});
			const notes = scanVault(folder);
			expect(notes.map((n) => n.path)).toEqual(names);
			sizes.forEach((_, index) => {
				const [large, small, plain] = notes.slice(index * 3, index * 3 + 3);
				expect(large).toEqual({
					path: `${index}a large.md`,
					frontmatter: { company: `Company ${index}` },
					frontmatterError: null,
					inlineTags: [`interview/${index}`],
				});
				expect(small).toEqual({
					path: `${index}b small.md`,
					frontmatter: { company: `Small ${index}` },
					frontmatterError: null,
					inlineTags: [],
				});
				expect(plain?.body).toBe(`Body only ${index} #interview`);
			});
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it("reports progress up to the total", async () => {
		const seen: [number, number][] = [];
		scanVault(vault, { onProgress: (done, total) => seen.push([done, total]) });
		expect(seen[0]).toEqual([0, 6]);
		expect(seen[seen.length - 1]).toEqual([6, 6]);
	});

	it("throws when the vault folder itself cannot be read", async () => {
		expect(() => scanVault(join(vault, "no-such-folder"))).toThrow();
	});
});
