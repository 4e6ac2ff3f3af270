import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Evaluation } from "../../src/core/model";
import packageJson from "../../package.json";
import { run } from "../../src/cli/commands";
import { fakeIo } from "./fake-io";

const root = mkdtempSync(join(tmpdir(), "ifu-cli-"));
const vault = join(root, "vault");

const ACME = `---
tags: [interview]
company: Acme
role: Product Manager
interview_date: 2026-11-19
format: onsite
people:
  - name: Jane Doe
    relation: hiring-manager
    email: jane@acme.example
---
# Acme onsite
`;

function write(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}

beforeAll(() => {
	write(join(vault, "Interviews/Acme onsite.md"), ACME);
	write(join(vault, "Interviews/Broken.md"), "---\ntags: [interview\ncompany: Broken\n---\n");
	write(join(root, "not-a-folder.md"), "hello");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the dispatcher", () => {
	it("prints the version from package.json", async () => {
		const io = fakeIo(root);
		expect(await run(["--version"], io)).toBe(0);
		expect(io.out()).toBe(`${packageJson.version}\n`);
	});

	it("prints help listing the commands", async () => {
		const io = fakeIo(root);
		expect(await run(["--help"], io)).toBe(0);
		expect(io.out()).toContain("interview-followups due <vault> [options]");
	});

	it("shows the help on stderr and exits 2 without a command", async () => {
		const io = fakeIo(root);
		expect(await run([], io)).toBe(2);
		expect(io.err()).toContain("Usage:");
		expect(io.out()).toBe("");
	});

	it("refuses an unknown command with one line and exit 2", async () => {
		const io = fakeIo(root);
		expect(await run(["dew", "vault"], io)).toBe(2);
		expect(io.err()).toBe(
			'interview-followups: unknown command "dew" (commands: due, draft, log, setup, explain; see interview-followups --help)\n',
		);
	});

	it("prints a command's own help", async () => {
		const io = fakeIo(root);
		expect(await run(["due", "--help"], io)).toBe(0);
		expect(io.out()).toContain("Usage: interview-followups due <vault> [options]");
	});
});

describe("due", () => {
	it("prints the documented JSON for a vault on a pinned day", async () => {
		const io = fakeIo(root);
		expect(await run(["due", vault, "--today", "2026-11-23", "--format", "json"], io)).toBe(0);
		expect(io.err()).toBe("");
		const output = JSON.parse(io.out()) as Evaluation;
		expect(output.today).toBe("2026-11-23");
		expect(output.followUps[0]).toMatchObject({
			note: "Interviews/Acme onsite.md",
			company: "Acme",
			role: "Product Manager",
			kind: "thank-you",
			to: "Jane Doe",
			channel: "email",
			due: "2026-11-19",
			windowEnd: "2026-11-20",
			status: "overdue",
		});
		expect(output.followUps[0]?.reason).toEqual(expect.any(String));
		expect(output.diagnostics).toContainEqual(
			expect.objectContaining({ note: "Interviews/Broken.md", severity: "error", code: "invalid-frontmatter" }),
		);
	});

	it("reads the vault relative to the working folder", async () => {
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--today", "2026-11-23", "--format=json"], io)).toBe(0);
		expect((JSON.parse(io.out()) as Evaluation).followUps.length).toBeGreaterThan(0);
	});

	it("prints the table by default, without colours when stdout is not a terminal", async () => {
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--today", "2026-11-23"], io)).toBe(0);
		expect(io.out()).toMatch(/^Interview follow-ups for vault on Mon 23 Nov 2026\n/);
		expect(io.out()).toContain("3 days overdue");
		expect(io.out()).not.toContain("\x1b[");
	});

	it("uses colours on a terminal, unless NO_COLOR is set", async () => {
		const tty = fakeIo(root, { tty: true });
		await run(["due", "vault", "--today", "2026-11-23"], tty);
		expect(tty.out()).toContain("\x1b[");
		const noColor = fakeIo(root, { tty: true, env: { NO_COLOR: "1" } });
		await run(["due", "vault", "--today", "2026-11-23"], noColor);
		expect(noColor.out()).not.toContain("\x1b[");
	});

	it("reads slashed dates in the system locale's order, LC_ALL first, when the settings leave it open", async () => {
		write(join(root, "slashed/Interviews/Birch.md"), "---\ntags: [interview]\ninterview_date: 11/12/2026\npeople: [Jane Doe]\n---\n");
		const kindsAndDays = async (env: Record<string, string>): Promise<string[]> => {
			const io = fakeIo(root, { env });
			expect(await run(["due", "slashed", "--today", "2026-11-23", "--format", "json"], io)).toBe(0);
			return (JSON.parse(io.out()) as Evaluation).followUps.map((f) => `${f.kind} ${f.due}`);
		};
		// Month first: an interview on 12 November, so its check-in is due.
		const past = ["get-contact-info 2026-11-12", "thank-you 2026-11-12", "check-in 2026-11-18"];
		expect(await kindsAndDays({ LANG: "en_US.UTF-8" })).toEqual(past);
		// Day first: 11 December is still ahead.
		const ahead = ["ask-next-steps 2026-12-11"];
		expect(await kindsAndDays({ LANG: "en_GB.UTF-8" })).toEqual(ahead);
		expect(await kindsAndDays({ LANG: "en_US.UTF-8", LC_ALL: "de_DE.UTF-8" })).toEqual(ahead);
	});

	it("filters by --status in JSON too", async () => {
		const io = fakeIo(root);
		await run(["due", "vault", "--today", "2026-11-23", "--format", "json", "--status", "upcoming"], io);
		const statuses = (JSON.parse(io.out()) as Evaluation).followUps.map((f: { status: string }) => f.status);
		expect(statuses.length).toBeGreaterThan(0);
		expect(new Set(statuses)).toEqual(new Set(["upcoming"]));
	});

	it("exits 2 with one line for a vault that does not exist or is a file", async () => {
		const missing = fakeIo(root);
		expect(await run(["due", "nowhere", "--today", "2026-11-23"], missing)).toBe(2);
		expect(missing.err()).toBe("interview-followups: there is no folder nowhere\n");
		const file = fakeIo(root);
		expect(await run(["due", "not-a-folder.md"], file)).toBe(2);
		expect(file.err()).toBe("interview-followups: not-a-folder.md is a file, not a vault folder\n");
	});

	it("exits 2 with one line for bad arguments", async () => {
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--today", "tomorrow"], io)).toBe(2);
		expect(io.err()).toBe('interview-followups: --today must be a date written YYYY-MM-DD, e.g. 2026-11-23 (got "tomorrow")\n');
		expect(io.out()).toBe("");
	});

	it("prints the markdown dashboard and the iCalendar file", async () => {
		const markdown = fakeIo(root);
		expect(await run(["due", "vault", "--today", "2026-11-23", "--format", "markdown"], markdown)).toBe(0);
		expect(markdown.out()).toContain(
			"| 3 days overdue | Thank-you note | Jane Doe | Email | Acme — Product Manager | [[Interviews/Acme onsite\\|Acme onsite]] |",
		);
		expect(markdown.out()).toContain("- **Error** · [[Interviews/Broken|Broken]]: ");
		const ics = fakeIo(root);
		expect(await run(["due", "vault", "--today", "2026-11-23", "--format", "ics"], ics)).toBe(0);
		expect(ics.out()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:Thank-you note → Jane Doe \(Acme\)\r\n[\s\S]*END:VCALENDAR\r\n$/);
		expect(ics.err()).toBe("");
	});

	it("exits 2 naming the key when a settings value has the wrong type", async () => {
		const config = join(root, "bad-settings.json");
		writeFileSync(config, '{"weekendDays": "weekends"}');
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--config", "bad-settings.json"], io)).toBe(2);
		expect(io.err()).toMatch(
			/^interview-followups: settings: "weekendDays" must be a list of weekday numbers .*\(in .*bad-settings\.json\)\n$/,
		);
	});

	it("exits 2 for a holiday country date-holidays does not know", async () => {
		const config = join(root, "bad-country.json");
		writeFileSync(config, '{"holidayCountry": "XX"}');
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--config", config, "--today", "2026-11-23"], io)).toBe(2);
		expect(io.err()).toMatch(/^interview-followups: settings: "holidayCountry": "XX" is not a country code/);
	});

	it("takes the horizon from the settings when --horizon is not given", async () => {
		const config = join(root, "horizon.json");
		writeFileSync(config, '{"horizonDays": 0}');
		const io = fakeIo(root);
		await run(["due", "vault", "--config", config, "--today", "2026-11-23"], io);
		expect(io.out()).not.toContain("Upcoming");
		expect(io.out()).toContain("further ahead");
	});
});

describe("due on a large vault", () => {
	const big = join(root, "big");
	beforeAll(() => {
		for (let i = 0; i < 520; i++) write(join(big, `Notes/note ${String(i).padStart(3, "0")}.md`), `# Note ${i}\n`);
		write(join(big, "Interviews/Acme onsite.md"), ACME);
	});

	it("shows a self-overwriting progress line on a terminal's stderr, and clears it", async () => {
		const io = fakeIo(root, { tty: true });
		expect(await run(["due", "big", "--today", "2026-11-23", "--format", "json"], io)).toBe(0);
		expect(io.err()).toContain("\r\x1b[KReading 521/521 notes…");
		expect(io.err().endsWith("\r\x1b[K")).toBe(true);
		expect((JSON.parse(io.out()) as Evaluation).followUps.length).toBeGreaterThan(0);
	});

	it("stays quiet when stderr is not a terminal", async () => {
		const io = fakeIo(root);
		expect(await run(["due", "big", "--today", "2026-11-23"], io)).toBe(0);
		expect(io.err()).toBe("");
	});
});
