// `draft` end to end over a vault on disk: a note someone else wrote (CRLF, no final
// newline, a fake heading in a code fence, a YAML comment, a Follow-ups section followed
// by another section) and a user template that pressures the reader.
import { chmodSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { ACME_NOTE, makeVault } from "./acme-vault";
import { fakeIo } from "./fake-io";

let vault: string;
const notePath = () => join(vault, "Interviews", "Acme.md");

beforeEach(() => {
	vault = makeVault();
});
afterEach(() => rmSync(vault, { recursive: true, force: true }));

async function draft(...args: string[]) {
	const io = fakeIo(vault);
	const status = await run(["draft", "Interviews/Acme.md", ...args], io);
	return { status, out: io.out(), err: io.err() };
}

describe("draft", () => {
	it("prints the pending thank-you for the person it is pending for", async () => {
		const { status, out, err } = await draft("--kind", "thank-you", "--today", "2026-11-20");
		expect(status).toBe(0);
		expect(out).toMatch(/^Subject: /);
		expect(out).toContain("Hi Raj,");
		expect(out).toContain("Staff Engineer");
		expect(err).toBe("");
	});

	it("--json prints kind, to, subject, text and the template's warnings", async () => {
		const { status, out } = await draft("--kind", "check-in", "--to", "jane doe", "--today", "2026-11-26", "--json");
		expect(status).toBe(0);
		const json = JSON.parse(out) as {
			kind: string;
			to: string;
			subject: string;
			text: string;
			warnings: { code: string; message: string }[];
		};
		expect(Object.keys(json)).toEqual(["kind", "to", "subject", "text", "warnings"]);
		expect(json).toMatchObject({ kind: "check-in", to: "Jane Doe", subject: "Any news about Product Manager?" });
		expect(json.text).toBe("Hi Jane,\n\nI have other offers, so I need an answer by Friday.\n\nSam Lee");
		expect(json.warnings.map((w) => w.code)).toEqual(["ultimatum", "ultimatum"]);
		expect(Object.keys(json.warnings[0] ?? {})).toEqual(["code", "message"]);
	});

	it("--write inserts once, in the real Follow-ups section, as a pure insertion with CRLF; a second run changes nothing", async () => {
		const first = await draft("--kind", "thank-you", "--today", "2026-11-20", "--write");
		expect(first.status).toBe(0);
		const once = readFileSync(notePath(), "utf8");
		const at = once.indexOf("### Thank-you — Raj Patel · due 2026-11-19");
		expect(at).toBeGreaterThan(ACME_NOTE.indexOf("- thanked Jane in person"));
		expect(at).toBeLessThan(once.indexOf("## Notes"));
		// The original with one run of text taken out.
		const inserted = once.length - ACME_NOTE.length;
		const from = [...ACME_NOTE].findIndex((c, i) => c !== once[i]);
		expect(once.slice(0, from) + once.slice(from + inserted)).toBe(ACME_NOTE);
		expect(once.replace(/\r\n/g, "")).not.toContain("\n");
		expect(once.endsWith("They use Rust.")).toBe(true);
		expect(once).toContain("<!-- interview-followups:thank-you:raj-patel:2026-11-19 -->");

		const second = await draft("--kind", "thank-you", "--today", "2026-11-20", "--write");
		expect(second.status).toBe(0);
		expect(second.err).toContain("already holds this draft");
		expect(readFileSync(notePath(), "utf8")).toBe(once);
		expect(readdirSync(join(vault, "Interviews"))).toEqual(["Acme.md"]);
	});

	it("--write leaves a read-only note as it is and says so", async () => {
		chmodSync(notePath(), 0o444);
		const { status, out, err } = await draft("--kind", "thank-you", "--today", "2026-11-20", "--write");
		expect(status).toBe(2);
		expect(err).toContain("Interviews/Acme.md is read-only; nothing was written");
		expect(out).toContain("Hi Raj,"); // the draft is still printed, to send by hand
		expect(readFileSync(notePath(), "utf8")).toBe(ACME_NOTE);
		expect(readdirSync(join(vault, "Interviews"))).toEqual(["Acme.md"]);
	});

	it.each([
		[["Interviews/Missing.md", "--kind", "check-in"], /there is no note Interviews\/Missing\.md/],
		[["Interviews/Acme.md", "--kind", "pester"], /unknown kind "pester"/],
		[
			["Interviews/Acme.md", "--kind", "check-in", "--to", "Bob"],
			/"Bob" is not a person in Interviews\/Acme\.md \(people in it: Jane Doe, Raj Patel\)/,
		],
		[["Interviews/Acme.md"], /--kind is required/],
	])("refuses %j with one line and exit 2, writing nothing", async (args, message) => {
		const io = fakeIo(vault);
		const status = await run(["draft", ...args, "--write"], io);
		expect(status).toBe(2);
		expect(io.err()).toMatch(message);
		expect(io.err().trim().split("\n")).toHaveLength(1);
		expect(io.out()).toBe("");
		expect(readFileSync(notePath(), "utf8")).toBe(ACME_NOTE);
	});
});
