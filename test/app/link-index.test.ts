import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLinkResolver, linkTargetPath } from "../../src/app/link-index";
import { numRuns } from "../hardening/arbitraries";

const note = (path: string, frontmatter: Record<string, unknown> | null = null) => ({ path, frontmatter });

const vault = [
	note("Interviews/Acme onsite.md", { company: "Acme" }),
	note("People/Lee Wong.md", { relation: "hiring-manager" }),
	note("People/Maya Chen.md", { role: "Principal Engineer" }),
	note("Archive/Old/Maya Chen.md", { relation: "staff" }),
	note("People/Teams/Acme/Jane Doe.md"),
	note("Interviews/Contacts/Raj Patel.md", { email: "raj@acme.example" }),
	note("Raj Patel.md", { email: "raj@home.example" }),
	note("b/Sam.md"),
	note("a/Sam.md"),
];
const resolve = createLinkResolver(vault);
const from = "Interviews/Acme onsite.md";
const pathOf = (target: string, source = from) => resolve(target, source)?.path ?? null;

describe("createLinkResolver", () => {
	it("finds a note by its basename anywhere in the vault", () => {
		expect(resolve("Lee Wong", from)).toEqual({ path: "People/Lee Wong.md", frontmatter: { relation: "hiring-manager" } });
	});

	it("matches names case-insensitively", () => {
		expect(pathOf("lee wong")).toBe("People/Lee Wong.md");
		expect(pathOf("LEE WONG")).toBe("People/Lee Wong.md");
	});

	it("prefers the shortest path when several notes share the basename", () => {
		expect(pathOf("maya chen")).toBe("People/Maya Chen.md");
		expect(pathOf("Raj Patel")).toBe("Raj Patel.md");
	});

	it("breaks a tie in length alphabetically", () => {
		expect(pathOf("Sam")).toBe("a/Sam.md");
	});

	it("ignores a .md suffix, a heading, a block reference and an alias", () => {
		expect(pathOf("Lee Wong.md")).toBe("People/Lee Wong.md");
		expect(pathOf("Lee Wong#Contact")).toBe("People/Lee Wong.md");
		expect(pathOf("Lee Wong#^intro")).toBe("People/Lee Wong.md");
		expect(pathOf("Lee Wong|Lee")).toBe("People/Lee Wong.md");
		expect(pathOf(" Lee Wong ")).toBe("People/Lee Wong.md");
	});

	it("matches a path from the vault root when the link has a /", () => {
		expect(pathOf("Archive/Old/Maya Chen")).toBe("Archive/Old/Maya Chen.md");
		expect(pathOf("archive/old/maya chen.md")).toBe("Archive/Old/Maya Chen.md");
		expect(pathOf("/People/Maya Chen")).toBe("People/Maya Chen.md");
	});

	it("matches a path relative to the linking note's folder", () => {
		expect(pathOf("Contacts/Raj Patel")).toBe("Interviews/Contacts/Raj Patel.md");
		expect(pathOf("../People/Lee Wong")).toBe("People/Lee Wong.md");
		expect(pathOf("./Contacts/Raj Patel")).toBe("Interviews/Contacts/Raj Patel.md");
	});

	it("matches a partial path against the end of a longer one", () => {
		expect(pathOf("Acme/Jane Doe")).toBe("People/Teams/Acme/Jane Doe.md");
		expect(pathOf("Old/Maya Chen")).toBe("Archive/Old/Maya Chen.md");
	});

	it("does not match a partial path in the middle of a name", () => {
		expect(pathOf("me/Jane Doe")).toBeNull();
	});

	it("returns null when nothing matches", () => {
		expect(pathOf("Priya Raman")).toBeNull();
		expect(pathOf("Nowhere/Lee Wong")).toBeNull();
		expect(pathOf("../../Lee Wong")).toBeNull();
		expect(pathOf("#Heading")).toBeNull();
		expect(pathOf("")).toBeNull();
	});

	it("resolves in an empty vault to nothing", () => {
		expect(createLinkResolver([])("Lee Wong", from)).toBeNull();
	});

	it("matches names written with composed or decomposed accents alike", () => {
		const r = createLinkResolver([note("People/Ren\u00e9e.md")]);
		expect(r("Rene\u0301e", from)?.path).toBe("People/Ren\u00e9e.md");
	});

	it("does not depend on the order the notes come in", () => {
		const reversed = createLinkResolver([...vault].reverse());
		for (const target of ["maya chen", "Raj Patel", "Sam", "Acme/Jane Doe"]) {
			expect(reversed(target, from)?.path).toBe(pathOf(target));
		}
	});
});

describe("linkTargetPath", () => {
	it("keeps only the note part of a link", () => {
		expect(linkTargetPath("People/Lee Wong.md#Contact|Lee")).toBe("People/Lee Wong");
		expect(linkTargetPath("Lee Wong")).toBe("Lee Wong");
	});
});

describe("createLinkResolver, against every note of a random vault", () => {
	// Few folders and names, in several cases, so that basenames and whole paths collide.
	const segment = fc.constantFrom("People", "people", "Archive", "a", "Ä", "A\u0308", "x y");
	const name = fc.constantFrom("Lee", "lee", "LEE", "Maya Chen", "maya chen", "Sam", "Renée", "Rene\u0301e");
	const path = fc
		.tuple(fc.array(segment, { maxLength: 3 }), name, fc.constantFrom(".md", ".MD"))
		.map(([folders, base, ext]) => [...folders, base].join("/") + ext);
	const fold = (text: string) => text.normalize("NFC").toLowerCase();
	const key = (p: string) => fold(p.replace(/\.md$/i, ""));
	/** The order of preference, written out: shortest path, then folded, then exact. */
	const best = (paths: string[]) =>
		[...paths].sort(
			(a, b) => a.length - b.length || (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : a < b ? -1 : a > b ? 1 : 0),
		)[0] ?? null;

	it("finds the preferred note by name and by whole path, whatever the order of the notes", () => {
		fc.assert(
			fc.property(fc.uniqueArray(path, { maxLength: 12 }), fc.array(name, { maxLength: 4 }), (paths, names) => {
				const notes = paths.map((p) => note(p));
				const forward = createLinkResolver(notes);
				const backward = createLinkResolver([...notes].reverse());
				for (const target of names) {
					const expected = best(paths.filter((p) => key(p).split("/").pop() === fold(target)));
					expect(forward(target, "Elsewhere/From.md")?.path ?? null).toBe(expected);
					expect(backward(target, "Elsewhere/From.md")?.path ?? null).toBe(expected);
				}
				for (const p of paths) {
					const expected = best(paths.filter((q) => key(q) === key(p)));
					expect(forward(`/${p}`, "Elsewhere/From.md")?.path).toBe(expected);
					expect(backward(`/${p}`, "Elsewhere/From.md")?.path).toBe(expected);
				}
			}),
			{ numRuns },
		);
	});
});
