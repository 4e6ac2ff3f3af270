import { describe, expect, it } from "vitest";
import { createLinkResolver, linkTargetPath } from "../../src/app/link-index";

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
