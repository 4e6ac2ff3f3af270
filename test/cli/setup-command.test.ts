// `setup` through the command line, on the vaults in other people's shapes: what it
// proposes is held against the settings a user wrote by hand for each vault
// (expected-settings.json), and `--write` against the file it leaves behind.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { PLUGIN_DATA_PATH } from "../../src/cli/config";
import { fakeIo } from "./fake-io";

const others = join(__dirname, "../fixtures/other-vaults");
const TODAY = "2026-11-23";

interface SetupJson {
	applications: number;
	alreadyRead: number;
	proposal: {
		interviewTag?: string;
		interviewFolders?: string[];
		fieldAliases?: Record<string, string[]>;
		statusAliases?: Record<string, string>;
		relationAliases?: Record<string, string>;
		dateOrder?: string;
	};
	items: { setting: string; value: unknown; evidence: string }[];
	statuses: { value: string; group: string | null; known: boolean }[];
	relations: { value: string; relation: string | null; known: boolean }[];
	yield: { current: { notes: number; followUps: number }; proposed: { notes: number; followUps: number } };
	written: string | null;
}

interface HandWritten {
	interviewTag?: string;
	interviewFolders?: string[];
	fieldAliases?: Record<string, string[]>;
	statusAliases?: Record<string, string>;
	relationAliases?: Record<string, string>;
}

async function setupJson(cwd: string, ...args: string[]): Promise<SetupJson> {
	const io = fakeIo(cwd);
	const status = await run(["setup", "vault", "--today", TODAY, "--json", ...args], io);
	expect(io.err()).toBe("");
	expect(status).toBe(0);
	return JSON.parse(io.out()) as SetupJson;
}

/** A copy of a fixture vault in a temporary folder, to write into. */
function copyOf(name: string): string {
	const folder = mkdtempSync(join(tmpdir(), `setup-${name}-`));
	cpSync(join(others, name, "vault"), join(folder, "vault"), { recursive: true });
	return folder;
}

const handWritten = (name: string): HandWritten =>
	JSON.parse(readFileSync(join(others, name, "expected-settings.json"), "utf8")) as HandWritten;

/** The vaults whose applications have frontmatter with a company and a date. */
const FRONTMATTER_VAULTS = ["central-database-zh", "dataview-history", "followup-log-table", "records-commlog", "tracker-plugin-yaml"];

describe("setup <vault>", () => {
	for (const name of FRONTMATTER_VAULTS) {
		it(`${name}: picks out the application notes the way the hand-written settings do`, async () => {
			const out = await setupJson(join(others, name));
			const hand = handWritten(name);
			expect(out.applications).toBeGreaterThan(0);
			expect(out.alreadyRead).toBe(0);
			if (hand.interviewTag !== undefined) expect(out.proposal.interviewTag).toBe(hand.interviewTag);
			// A tag on exactly the notes of the hand-written folder is as good (it follows a note that moves).
			else if (out.proposal.interviewTag !== undefined) expect(out.yield.proposed.notes).toBe(out.applications);
			else expect(out.proposal.interviewFolders).toEqual(hand.interviewFolders);
			expect(out.yield.current.notes).toBe(0);
			expect(out.yield.proposed.notes).toBeGreaterThan(0);
		});

		it(`${name}: proposes no status group or relation that the hand-written settings contradict`, async () => {
			const out = await setupJson(join(others, name));
			const hand = handWritten(name);
			for (const [value, group] of Object.entries(out.proposal.statusAliases ?? {}))
				if (hand.statusAliases?.[value] !== undefined) expect(group, value).toBe(hand.statusAliases[value]);
			for (const [value, relation] of Object.entries(out.proposal.relationAliases ?? {}))
				if (hand.relationAliases?.[value] !== undefined) expect(relation, value).toBe(hand.relationAliases[value]);
			for (const [field, names] of Object.entries(out.proposal.fieldAliases ?? {}))
				for (const alias of names)
					if (hand.fieldAliases !== undefined) expect(hand.fieldAliases[field], `${field} ← ${alias}`).toContain(alias);
		});
	}

	it("finds a property for the interview date by its name and its dates, with the evidence", async () => {
		const out = await setupJson(join(others, "dataview-history"));
		expect(out.proposal.fieldAliases?.["interview_date"]).toEqual(["Date Last Interaction"]);
		// The day of the last contact is also when an ended application ended.
		expect(out.proposal.fieldAliases?.["status_date"]).toEqual(["Date Last Interaction"]);
		const item = out.items.find((i) => i.setting === "fieldAliases");
		expect(item?.evidence).toContain("`Date Last Interaction` holds a date in 6 of 6 notes");
		expect(out.yield.proposed.followUps).toBeGreaterThan(out.yield.current.followUps);
	});

	it("lists every status value found, with its group", async () => {
		const out = await setupJson(join(others, "records-commlog"));
		const byValue = Object.fromEntries(out.statuses.map((s) => [s.value, s]));
		expect(byValue["Under_Review"]).toMatchObject({ group: "active", known: true });
		expect(byValue["Recruiter_Screen"]).toMatchObject({ group: "active", known: false });
		expect(out.proposal.statusAliases?.["Recruiter_Screen"]).toBe("active");
		expect(out.proposal.statusAliases?.["Pursue"]).toBe("applying");
	});

	it("says so and proposes nothing for a vault in the plugin's own format", async () => {
		const io = fakeIo(join(__dirname, "../fixtures/spec-vaults/03-check-in-chain"));
		expect(await run(["setup", "vault", "--today", TODAY], io)).toBe(0);
		expect(io.out()).toContain("Nothing to propose");
	});

	it("prints the proposal with its evidence and the yield before and after", async () => {
		const io = fakeIo(join(others, "dataview-history"));
		expect(await run(["setup", "vault", "--today", TODAY], io)).toBe(0);
		const out = io.out();
		expect(out).toContain('interviewFolders  "jobs"');
		expect(out).toContain('because the folder "jobs" holds 6 of the 6 notes that look like applications');
		expect(out).toMatch(/current settings +0 +0 +0/);
		expect(out).toMatch(/with proposal +6 +\d+ +\d+/);
		expect(out).toContain("Run again with --write");
	});
});

describe("setup <vault> --write", () => {
	it("creates the settings file, and `due` then reads the notes", async () => {
		const folder = copyOf("dataview-history");
		const out = await setupJson(folder, "--write");
		expect(out.written).toBe(PLUGIN_DATA_PATH);
		const written = JSON.parse(readFileSync(join(folder, "vault", PLUGIN_DATA_PATH), "utf8")) as HandWritten;
		expect(written.interviewFolders).toEqual(["jobs"]);
		expect(existsSync(join(folder, "vault", `${PLUGIN_DATA_PATH}.bak`))).toBe(false);

		const io = fakeIo(folder);
		expect(await run(["due", "vault", "--today", TODAY, "--format", "json"], io)).toBe(0);
		const due = JSON.parse(io.out()) as { followUps: unknown[] };
		expect(due.followUps.length).toBe(out.yield.proposed.followUps);
	});

	it("proposes nothing the second time", async () => {
		const folder = copyOf("records-commlog");
		await setupJson(folder, "--write");
		const again = await setupJson(folder, "--write");
		expect(again.items).toEqual([]);
		expect(again.written).toBeNull();
	});

	it("keeps the user's own values and the old file as data.json.bak", async () => {
		const folder = copyOf("followup-log-table");
		const file = join(folder, "vault", PLUGIN_DATA_PATH);
		mkdirSync(join(file, ".."), { recursive: true });
		const old = JSON.stringify({ statusAliases: { "in conversation": "closed" }, myName: "Sam", someOtherKey: 1 });
		writeFileSync(file, old);
		await setupJson(folder, "--write");
		const written = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
		expect(written["statusAliases"]).toEqual({ "in conversation": "closed" });
		expect(written["myName"]).toBe("Sam");
		expect(written["someOtherKey"]).toBe(1);
		expect(written["interviewTag"]).toBe("job-applications");
		expect(readFileSync(`${file}.bak`, "utf8")).toBe(old);
	});

	it("refuses a settings file it cannot read, and leaves it alone", async () => {
		const folder = copyOf("dataview-history");
		const file = join(folder, "vault", PLUGIN_DATA_PATH);
		mkdirSync(join(file, ".."), { recursive: true });
		writeFileSync(file, '{"minGapBusinessDays": "two"}');
		const io = fakeIo(folder);
		expect(await run(["setup", "vault", "--write"], io)).toBe(2);
		expect(io.err()).toContain("minGapBusinessDays");
		expect(readFileSync(file, "utf8")).toBe('{"minGapBusinessDays": "two"}');
		expect(existsSync(`${file}.bak`)).toBe(false);
	});

	it("says what is missing when no vault is given", async () => {
		const io = fakeIo(others);
		expect(await run(["setup"], io)).toBe(2);
		expect(io.err()).toContain("missing <vault>");
	});
});

describe("setup <vault> --write on status tags written in the text", () => {
	// A note without frontmatter, as a company-research template writes it: its tags in the
	// text. (The command line reads a status tag in the text only of such notes.)
	const empresa = (nombre: string, status: string): string =>
		`# ${nombre}\n\n#company-research #status/${status}\n\n**Empresa:** ${nombre}\n\n## Log de interacciones\n- 2026-11-06 · Aplicado con referral de una compañera.\n- 2026-11-16 · Recruiter screen con Paula Ortega <paula@${nombre.toLowerCase()}.example>, 30 min.\n`;

	it("groups them, and `due` then reads each note by its tag", async () => {
		const folder = mkdtempSync(join(tmpdir(), "setup-status-tags-"));
		mkdirSync(join(folder, "vault", "Empresas"), { recursive: true });
		writeFileSync(join(folder, "vault", "Empresas", "Alcor.md"), empresa("Alcor", "descartado"));
		writeFileSync(join(folder, "vault", "Empresas", "Brisa.md"), empresa("Brisa", "entrevistando"));
		writeFileSync(join(folder, "vault", "Empresas", "Faro.md"), empresa("Faro", "oferta"));
		const out = await setupJson(folder, "--write");
		expect(out.proposal.statusAliases).toEqual({ descartado: "rejected", entrevistando: "active", oferta: "ended" });
		const written = JSON.parse(readFileSync(join(folder, "vault", PLUGIN_DATA_PATH), "utf8")) as HandWritten;
		expect(written.statusAliases).toEqual(out.proposal.statusAliases);

		const io = fakeIo(folder);
		expect(await run(["due", "vault", "--today", TODAY, "--format", "json"], io)).toBe(0);
		const due = JSON.parse(io.out()) as { followUps: { note: string; kind: string }[] };
		const kinds = (note: string): string[] => due.followUps.filter((f) => f.note === note).map((f) => f.kind);
		expect(kinds("Empresas/Alcor.md")).toEqual(["rejection-reply"]);
		expect(kinds("Empresas/Brisa.md")).toContain("check-in");
		expect(kinds("Empresas/Faro.md")).toEqual([]);
		rmSync(folder, { recursive: true, force: true });
	});
});

describe("setup <vault> on notes that keep their facts in the body", () => {
	it("reads inline fields and inline tags: the tag of notes whose company is an inline field", async () => {
		const out = await setupJson(join(others, "inline-fields"));
		expect(out.applications).toBeGreaterThan(0);
		expect(out.proposal.interviewTag).toBe("job-search");
		expect(out.proposal.fieldAliases?.["status"]).toEqual(["Result"]);
	});

	it("counts a note in a folder of companies with a dated timeline as an application", async () => {
		const out = await setupJson(join(others, "timeline-bullets"));
		expect(out.applications).toBe(5);
		expect(out.yield.proposed.notes).toBe(5);
		expect(out.yield.proposed.followUps).toBeGreaterThan(0);
	});

	it("finds the notes that log one message each, with the evidence", async () => {
		const out = await setupJson(join(others, "records-commlog"));
		const item = out.items.find((i) => i.setting === "logTag" || i.setting === "logFolders");
		expect(item?.value).toBe("log-communication");
		expect(item?.evidence).toContain("11 of the 11 notes with a date and a direction");
	});
});

describe("setup <vault>: a `date` that is when the note was made", () => {
	/** A vault of applications with a `date` property and these statuses. */
	function vaultWith(statuses: string[]): string {
		const folder = mkdtempSync(join(tmpdir(), "setup-generic-date-"));
		mkdirSync(join(folder, "vault", "Applications"), { recursive: true });
		statuses.forEach((status, i) => {
			writeFileSync(
				join(folder, "vault", "Applications", `Company ${i + 1}.md`),
				`---\ntags: [job]\ncompany: Company ${i + 1}\ndate: 2026-11-0${i + 2}\nstatus: ${status}\n---\nApplied through the careers page.\n`,
			);
		});
		return folder;
	}

	it("is ignored when it is on notes whose status says the user has only applied", async () => {
		const out = await setupJson(vaultWith(["Applied", "Applied", "Interviewing"]));
		const item = out.items.find((i) => i.setting === "ignoredFields");
		expect(item?.value).toBe("date");
		expect(item?.evidence).toContain("on 2 notes whose status says you have only applied");
	});

	it("is ignored when it differs from the interviews the notes' logs record", async () => {
		const folder = mkdtempSync(join(tmpdir(), "setup-generic-date-log-"));
		mkdirSync(join(folder, "vault", "Applications"), { recursive: true });
		for (const [i, made, interview] of [
			[1, "2026-11-02", "2026-11-16"],
			[2, "2026-11-05", "2026-11-19"],
		] as const) {
			writeFileSync(
				join(folder, "vault", "Applications", `Company ${i}.md`),
				`---\ntags: [job]\ncompany: Company ${i}\ndate: ${made}\nstatus: Waiting\n---\n- ${interview} Video interview with Dana Liu\n`,
			);
		}
		const out = await setupJson(folder);
		const item = out.items.find((i) => i.setting === "ignoredFields");
		expect(item?.value).toBe("date");
		expect(item?.evidence).toContain("differs from the interview date written beside it or in its log or history in 2 of the 2 notes");
	});

	it("is kept when only a few notes' logs name another interview (the next round)", async () => {
		const folder = mkdtempSync(join(tmpdir(), "setup-generic-date-next-"));
		mkdirSync(join(folder, "vault", "Applications"), { recursive: true });
		for (const [i, day, next] of [
			[1, "2026-11-06", "- 2026-11-19 Technical interview with Bea Castro\n"],
			[2, "2026-11-10", ""],
			[3, "2026-11-12", ""],
		] as const) {
			writeFileSync(
				join(folder, "vault", "Applications", `Company ${i}.md`),
				`---\ntags: [job]\ncompany: Company ${i}\ndate: ${day}\nstatus: Waiting\n---\nPhone screen with Dana Liu.\n${next}`,
			);
		}
		const out = await setupJson(folder);
		expect(out.applications).toBe(3);
		expect(out.items.filter((i) => i.setting === "ignoredFields")).toEqual([]);
	});

	it("is kept when the notes that have it are under way", async () => {
		const out = await setupJson(vaultWith(["Interviewing", "Interviewing", "Rejected"]));
		expect(out.applications).toBe(3);
		expect(out.items.filter((i) => i.setting === "ignoredFields")).toEqual([]);
	});
});

describe("setup <vault>: a template's field left empty in most notes", () => {
	/** Applications written from one template, `follow-up::` filled in the notes named. */
	function vaultWith(filled: Record<number, string>, count: number): string {
		const folder = mkdtempSync(join(tmpdir(), "setup-template-field-"));
		mkdirSync(join(folder, "vault", "Job Hunting"), { recursive: true });
		for (let i = 1; i <= count; i++) {
			writeFileSync(
				join(folder, "vault", "Job Hunting", `Company ${i}.md`),
				`---\ntags: [jobsearch]\ncompany: Company ${i}\ninterview_date: 2026-11-1${i}\n---\nfollow-up:: ${filled[i] ?? ""}\n`,
			);
		}
		return folder;
	}

	it("is proposed by its name when the notes that fill it fill it with dates", async () => {
		const out = await setupJson(vaultWith({ 3: "2026-11-20" }, 6));
		expect(out.proposal.fieldAliases?.follow_up_on).toEqual(["follow-up"]);
		expect(out.items.find((i) => i.setting === "fieldAliases")?.evidence).toBe(
			"`follow-up` holds a date in 1 of 1 notes, and its name reads as follow_up_on",
		);
	});

	it("is not proposed when it is written in too few notes, or filled with something else", async () => {
		const rare = mkdtempSync(join(tmpdir(), "setup-template-field-rare-"));
		cpSync(join(vaultWith({ 3: "2026-11-20" }, 6), "vault"), join(rare, "vault"), { recursive: true });
		for (const i of [1, 2, 4, 5, 6])
			writeFileSync(
				join(rare, "vault", "Job Hunting", `Company ${i}.md`),
				`---\ntags: [jobsearch]\ncompany: Company ${i}\ninterview_date: 2026-11-1${i}\n---\n`,
			);
		expect((await setupJson(rare)).proposal.fieldAliases?.follow_up_on).toBeUndefined();
		expect((await setupJson(vaultWith({ 3: "ask Dana" }, 6))).proposal.fieldAliases?.follow_up_on).toBeUndefined();
	});
});

describe("setup <vault>: a relation property that names no relation", () => {
	/** Two applications and their people, each person with this `Relationship` and `Role`. */
	function vaultWith(people: [string, string][]): string {
		const folder = mkdtempSync(join(tmpdir(), "setup-relationship-"));
		mkdirSync(join(folder, "vault", "Positions"), { recursive: true });
		mkdirSync(join(folder, "vault", "People"), { recursive: true });
		people.forEach(([relationship, role], i) => {
			writeFileSync(
				join(folder, "vault", "People", `Person ${i + 1}.md`),
				`---\nRelationship: ${relationship}\nRole: ${role}\n---\n`,
			);
			writeFileSync(
				join(folder, "vault", "Positions", `Company ${i + 1}.md`),
				`---\ntags: [position]\ncompany: Company ${i + 1}\napplied: 2026-11-0${i + 2}\nContacts: ["[[Person ${i + 1}]]"]\n---\n`,
			);
		});
		return folder;
	}

	it("is ignored when none of its values names a relation, and the roles beside it give the relations", async () => {
		const out = await setupJson(
			vaultWith([
				["1-No_Relation", "Hiring_Manager"],
				["2-Cold", "Hiring_Manager"],
				["2-Cold", "Recruiter"],
			]),
		);
		const item = out.items.find((i) => i.setting === "ignoredFields");
		expect(item?.value).toBe("Relationship");
		expect(item?.evidence).toContain('on 3 people holds "2-Cold", "1-No_Relation", none of which names a relation');
		expect(out.relations.map((r) => [r.value, r.relation])).toEqual([
			["Hiring_Manager", "hiring-manager"],
			["Recruiter", "recruiter"],
		]);
	});

	it("is kept when its values name relations", async () => {
		const out = await setupJson(
			vaultWith([
				["Recruiter", "Talent_Partner"],
				["Former colleague", "Engineer"],
			]),
		);
		expect(out.items.filter((i) => i.setting === "ignoredFields")).toEqual([]);
		expect(out.relations.map((r) => r.value)).toEqual(["Former colleague", "Recruiter"]);
	});
});

describe("setup <vault>: slashed dates without a year", () => {
	/** Applications whose dated list items or table rows carry these texts. */
	function vaultWith(bodies: string[]): string {
		const folder = mkdtempSync(join(tmpdir(), "setup-yearless-"));
		mkdirSync(join(folder, "vault", "jobs"), { recursive: true });
		bodies.forEach((body, i) => {
			writeFileSync(
				join(folder, "vault", "jobs", `Company ${i + 1}.md`),
				`---\ntags: [job]\ncompany: Company ${i + 1}\nupdated: 2026-11-0${i + 2}\n---\n${body}`,
			);
		});
		return folder;
	}

	it("that open list items or table cells read one way: that order is proposed", async () => {
		const dmy = await setupJson(
			vaultWith(["- 10/11: first interview\n- 16/11: they replied\n", "| Date | What |\n|---|---|\n| 18/11 | invited back |\n"]),
		);
		expect(dmy.proposal.dateOrder).toBe("DMY");
		expect(dmy.items.find((i) => i.setting === "dateOrder")?.evidence).toContain("(16/11, 18/11)");
		const mdy = await setupJson(vaultWith(["1. **11/16** they replied\n", "- [x] 11/20 thank-you sent\n"]));
		expect(mdy.proposal.dateOrder).toBe("MDY");
	});

	it("elsewhere in the text count for nothing (`scored 13/20 … 10/15`)", async () => {
		const out = await setupJson(vaultWith(["Scored 13/20 on the take-home, then 10/15 on the quiz.\n", "- 10/11: first interview\n"]));
		expect(out.proposal.dateOrder).toBeUndefined();
	});
});

describe("setup <vault>: a second status property", () => {
	it("is proposed when its values reach an outcome (`Last Round: Offer` beside `Status: Active`)", async () => {
		const out = await setupJson(join(others, "dataview-history"));
		expect(out.proposal.fieldAliases?.["status"]).toEqual(["Last Round"]);
	});

	it("is not proposed when its values are only stages, which are round names", async () => {
		const out = await setupJson(join(others, "followup-log-table"));
		expect(out.proposal.fieldAliases?.["status"]).toBeUndefined();
	});
});

describe("setup <vault>: entries written in Chinese or Japanese", () => {
	/** A vault of one application whose body logs these entries. */
	function vaultLogging(entries: string[], data?: Record<string, unknown>): string {
		const folder = mkdtempSync(join(tmpdir(), "setup-language-"));
		mkdirSync(join(folder, "vault", "Applications"), { recursive: true });
		writeFileSync(
			join(folder, "vault", "Applications", "Harbor.md"),
			`---\ntags: [job]\ncompany: Harbor\napplied: 2026-11-02\n---\n## Log\n\n${entries.map((e) => `- ${e}`).join("\n")}\n`,
		);
		if (data !== undefined) {
			mkdirSync(join(folder, "vault", PLUGIN_DATA_PATH, ".."), { recursive: true });
			writeFileSync(join(folder, "vault", PLUGIN_DATA_PATH), JSON.stringify(data));
		}
		return folder;
	}

	it("proposes the Chinese entry words, and `due` then finds the round and the thank-you sent", async () => {
		const folder = vaultLogging(["2026-11-18 二面（视频），面试官：王磊", "2026-11-18 给王磊发了感谢邮件"]);
		const out = await setupJson(folder, "--write");
		const item = out.items.find((i) => i.setting === "eventWords");
		expect(item?.evidence).toBe(
			"1 application note writes its entries in Chinese: 38 Chinese words for interviews, messages and answers",
		);
		expect(item?.value).toMatchObject({ 二面: "interview", 感谢: "thank-you", 发了: "sent" });

		const io = fakeIo(folder);
		expect(await run(["due", "vault", "--today", TODAY, "--format", "json"], io)).toBe(0);
		const due = JSON.parse(io.out()) as { followUps: { kind: string; to: string | null }[] };
		const kinds = due.followUps.map((f) => [f.kind, f.to]);
		expect(kinds).toContainEqual(["check-in", "王磊"]);
		expect(kinds).not.toContainEqual(["thank-you", "王磊"]);
	});

	it("proposes the Spanish words, with the Portuguese forms, for entries in Portuguese", async () => {
		const folder = vaultLogging([
			"2026-11-17 entrevista por vídeo com Mariana Couto para a vaga de dados",
			"2026-11-17 mandei um e-mail de agradecimento para a Mariana",
		]);
		const out = await setupJson(folder, "--write");
		const item = out.items.find((i) => i.setting === "eventWords");
		expect(item?.value).toMatchObject({ entrevista: "interview", agradecimento: "thank-you", respondeu: "reply", proposta: "offer" });

		const io = fakeIo(folder);
		expect(await run(["due", "vault", "--today", TODAY, "--format", "json"], io)).toBe(0);
		const due = JSON.parse(io.out()) as { followUps: { kind: string; to: string | null }[] };
		const kinds = due.followUps.map((f) => [f.kind, f.to]);
		expect(kinds).toContainEqual(["check-in", "Mariana Couto"]);
		expect(kinds).not.toContainEqual(["thank-you", "Mariana Couto"]);
	});

	it("proposes the Japanese words when the entries hold kana", async () => {
		const out = await setupJson(vaultLogging(["2026-11-18 一次面接（オンライン）", "2026-11-19 お礼のメールを送信"]));
		const item = out.items.find((i) => i.setting === "eventWords");
		expect(item?.evidence).toContain("entries in Japanese");
		expect(item?.value).toMatchObject({ 面接: "interview", お礼: "thank-you", 送信: "sent" });
	});

	it("keeps the user's own words and proposes nothing for English entries", async () => {
		const own = await setupJson(vaultLogging(["2026-11-18 二面"], { eventWords: { 二面: "offer" } }));
		const item = own.items.find((i) => i.setting === "eventWords");
		expect(item?.value).not.toHaveProperty("二面");
		expect(item?.value).toHaveProperty("一面", "interview");
		const english = await setupJson(vaultLogging(["2026-11-18 Video interview with Dana Liu"]));
		expect(english.items.filter((i) => i.setting === "eventWords")).toEqual([]);
	});
});

describe("setup <vault>: interview notes written in Spanish", () => {
	/** A vault of notes under `folder`, each a Spanish interview note with bold labels and no frontmatter. */
	function spanishVault(folder: string, notes: Record<string, string[]>): string {
		const root = mkdtempSync(join(tmpdir(), "setup-spanish-"));
		mkdirSync(join(root, "vault", folder), { recursive: true });
		for (const [name, lines] of Object.entries(notes))
			writeFileSync(join(root, "vault", folder, `${name}.md`), `${lines.join("\n")}\n`);
		return root;
	}
	const session = (day: string, role: string, notes: string[]): string[] => [
		"# Entrevista",
		"",
		`**Fecha:** ${day} 10:00`,
		"",
		`**Puesto:** ${role}`,
		"",
		"## Notas de la sesión",
		"",
		...notes,
	];

	it("proposes the folder, the Spanish field names and the Spanish entry words; `due` then reads the log", async () => {
		const root = spanishVault("Entrevistas", {
			Brezo: session("2026-11-19", "Analista de datos", [
				"- Entrevistadores: Ana Pérez (Jefa de Datos) y Luis Gómez (Analista), por videollamada.",
				"- Nos contaron que el equipo crece y que buscan a alguien con experiencia en la nube.",
				"- 19/11 Agradecimiento enviado a Ana por correo.",
			]),
			Cierzo: session("2026-11-10", "Ingeniera de datos", [
				"- Entrevistadora: Marta Ruiz (Responsable de Ingeniería), en sus oficinas.",
				"- 10/11 Agradecimiento a Marta por correo.",
				"- 18/11 Correo de Marta: descartada, siguen con otra candidata.",
			]),
		});
		const out = await setupJson(root, "--write");
		expect(out.applications).toBe(2);
		expect(out.proposal.interviewFolders).toEqual(["Entrevistas"]);
		expect(out.proposal.fieldAliases).toMatchObject({ interview_date: ["Fecha"], role: ["Puesto"] });
		const words = out.items.find((i) => i.setting === "eventWords");
		expect(words?.evidence).toContain("2 application notes write their entries in Spanish");
		expect(words?.value).toMatchObject({ agradecimiento: "thank-you", descartada: "rejection", enviado: "sent" });

		const io = fakeIo(root);
		expect(await run(["due", "vault", "--today", TODAY, "--format", "json"], io)).toBe(0);
		const due = JSON.parse(io.out()) as { followUps: { note: string; kind: string; to: string | null; due: string }[] };
		const listed = due.followUps.map((f) => [f.note, f.kind, f.to, f.due]);
		// Ana was thanked on the day, Luis was not; Marta's rejection wants a gracious reply.
		expect(listed).toContainEqual(["Entrevistas/Brezo.md", "thank-you", "Luis Gómez", "2026-11-19"]);
		expect(listed.filter(([, kind, to]) => kind === "thank-you" && to === "Ana Pérez")).toEqual([]);
		expect(listed).toContainEqual(["Entrevistas/Cierzo.md", "rejection-reply", "Marta Ruiz", "2026-11-19"]);
		expect(listed.filter(([note, kind]) => note === "Entrevistas/Cierzo.md" && kind !== "rejection-reply")).toEqual([]);
	});

	it("counts notes with an `Empresa` and a `Fecha` as applications wherever they are, and proposes `Empresa`", async () => {
		const notes = (company: string, day: string): string[] => [
			`**Empresa:** ${company}`,
			"",
			`**Fecha:** ${day}`,
			"",
			"Primera llamada con la empresa.",
		];
		const out = await setupJson(
			spanishVault("Notas", { Brezo: notes("Brezo Datos", "2026-11-19"), Cierzo: notes("Cierzo", "2026-11-10") }),
		);
		expect(out.applications).toBe(2);
		expect(out.proposal.fieldAliases).toMatchObject({ company: ["Empresa"], interview_date: ["Fecha"] });
	});

	it("reads a `Fecha de aplicación` as no interview date, and a `Fecha de decisión` as the decision date", async () => {
		const notes = (company: string): string[] => [
			`**Empresa:** ${company}`,
			"",
			"**Fecha de aplicación:** 2026-11-02",
			"",
			"**Fecha de decisión:** 2026-11-27",
		];
		const out = await setupJson(spanishVault("Notas", { Brezo: notes("Brezo Datos"), Cierzo: notes("Cierzo") }));
		expect(out.proposal.fieldAliases?.["interview_date"]).toBeUndefined();
		expect(out.proposal.fieldAliases).toMatchObject({ decision_date: ["Fecha de decisión"] });
	});

	it("proposes no Spanish words for English notes that name Spanish places", async () => {
		const root = spanishVault("Interviews", {
			Brezo: [
				"**Date:** 2026-11-19",
				"",
				"## Session notes",
				"",
				"- Met Ana de la Vega and Luis del Río at the office on Calle de la Paz, then lunch at Casa del Mar.",
				"- 19/11 Thank-you sent to Ana by email.",
			],
		});
		const out = await setupJson(root);
		expect(out.applications).toBe(1);
		expect(out.items.filter((i) => i.setting === "eventWords")).toEqual([]);
	});
});

describe("setup <vault>: daily notes that link the applications", () => {
	/** Application notes under `Jobs/` and daily notes wherever `daily` says (`""` for the vault's root). */
	function dailyVault(daily: string): string {
		const root = mkdtempSync(join(tmpdir(), "setup-daily-"));
		mkdirSync(join(root, "vault", "Jobs"), { recursive: true });
		mkdirSync(join(root, "vault", daily), { recursive: true });
		const job = (company: string, day: string): string =>
			`# Data Lead\n\n- **Company:** ${company}\n- **Interview date:** ${day}\n- **Status:** Interviewing\n`;
		writeFileSync(join(root, "vault", "Jobs", "Data Lead, Orrin.md"), job("Orrin", "2026-11-18"));
		writeFileSync(join(root, "vault", "Jobs", "Data Lead, Kelpie.md"), job("Kelpie", "2026-11-16"));
		writeFileSync(
			join(root, "vault", daily, "2026-11-16.md"),
			"## Log\n\n- [[Data Lead, Kelpie]]: video interview with Raj Patel.\n- Sent a thank-you to Raj.\n",
		);
		writeFileSync(join(root, "vault", daily, "2026-11-18.md"), "## Log\n\n- [[Data Lead, Orrin]]: onsite interview with Wen Li.\n");
		writeFileSync(join(root, "vault", "Job hunting.md"), "# Job hunting\n\nWhere the search stands.\n");
		return root;
	}

	it("proposes the vault's root as the log folder, and `due` then reads each item as its application's entry", async () => {
		const root = dailyVault("");
		const out = await setupJson(root, "--write");
		const log = out.items.find((i) => i.setting === "logFolders");
		expect(log?.value).toBe("/");
		expect(log?.evidence).toBe("2 days of journal notes there link other notes");

		const io = fakeIo(root);
		expect(await run(["due", "vault", "--today", TODAY, "--format", "json"], io)).toBe(0);
		const due = JSON.parse(io.out()) as { followUps: { note: string; kind: string; to: string | null }[] };
		const thanks = due.followUps.filter((f) => f.kind === "thank-you").map((f) => [f.note, f.to]);
		// Raj was thanked in the daily note of his interview; Wen was not.
		expect(thanks).toContainEqual(["Jobs/Data Lead, Orrin.md", "Wen Li"]);
		expect(thanks.filter(([, to]) => to === "Raj Patel")).toEqual([]);
	});

	it("proposes the daily notes' own folder, and nothing when they are spread over two", async () => {
		expect((await setupJson(dailyVault("Daily"))).items.find((i) => i.setting === "logFolders")?.value).toBe("Daily");
		const spread = dailyVault("Daily");
		cpSync(join(spread, "vault", "Daily", "2026-11-18.md"), join(spread, "vault", "2026-11-18.md"));
		writeFileSync(join(spread, "vault", "Daily", "2026-11-18.md"), "Nothing today.\n");
		expect((await setupJson(spread)).items.find((i) => i.setting === "logFolders")).toBeUndefined();
	});

	it("proposes the folder of one weekly note (a week of days), and `due` then reads its dated items", async () => {
		const root = dailyVault("Daily");
		rmSync(join(root, "vault", "Daily"), { recursive: true });
		mkdirSync(join(root, "vault", "Journal"));
		writeFileSync(
			join(root, "vault", "Journal", "2026-W47.md"),
			"# Week 47\n\n- 2026-11-18 Onsite interview at [[Data Lead, Orrin]] with Wen Li.\n- 2026-11-19 Thanked Wen by email.\n",
		);
		const out = await setupJson(root, "--write");
		expect(out.items.find((i) => i.setting === "logFolders")).toMatchObject({
			value: "Journal",
			evidence: "7 days of journal notes there link other notes",
		});
		// One daily note is not enough.
		const daily = dailyVault("Daily");
		rmSync(join(daily, "vault", "Daily", "2026-11-18.md"));
		expect((await setupJson(daily)).items.find((i) => i.setting === "logFolders")).toBeUndefined();

		const io = fakeIo(root);
		expect(await run(["due", "vault", "--today", TODAY, "--format", "json"], io)).toBe(0);
		const due = JSON.parse(io.out()) as { followUps: { note: string; kind: string; to: string | null }[] };
		const orrin = due.followUps.filter((f) => f.note === "Jobs/Data Lead, Orrin.md").map((f) => [f.kind, f.to]);
		// The onsite is a round with Wen, whom the next day's item (it names her) thanks: a check-in is next.
		expect(orrin).toEqual([
			["get-contact-info", "Wen Li"],
			["check-in", "Wen Li"],
		]);
	});
});

describe("setup <vault>: journal notes stamped with their day and time", () => {
	it("proposes their folder when they link the applications, and `due` then reads each as one entry", async () => {
		const root = mkdtempSync(join(tmpdir(), "setup-stamped-"));
		for (const folder of ["Jobs/Applications", "Log/2026", "People"]) mkdirSync(join(root, "vault", folder), { recursive: true });
		const job = (title: string): void =>
			writeFileSync(
				join(root, "vault", "Jobs/Applications", `${title}.md`),
				"---\nstatus: interviewing\ncreated: 2026-11-02\ntags:\n  - job-applications\n---\n# " + `${title}\n`,
			);
		job("Staff Engineer at Lumenfield");
		job("UI Engineer at Wrenfield");
		writeFileSync(join(root, "vault", "People", "Odile Faure.md"), "---\ntags:\n  - people\nemail: odile@wrenfield.example\n---\n");
		writeFileSync(join(root, "vault", "People", "Nadia Okoro.md"), "---\ntags:\n  - people\n---\n");
		const note = (stamp: string, text: string): void =>
			writeFileSync(join(root, "vault", "Log/2026", `${stamp}.md`), `---\nlocation: "[[Home]]"\n---\n# ${stamp}\n\n${text}\n`);
		note("2026-11-18_1600", "Panel interview with [[Nadia Okoro]] for [[Staff Engineer at Lumenfield]].");
		note("2026-11-18_2040", "Sent thank-you emails to [[Nadia Okoro]].");
		note("2026-11-19_1130", "Hiring manager interview with [[Odile Faure]] for [[UI Engineer at Wrenfield]].");
		const out = await setupJson(root, "--write");
		expect(out.items.find((i) => i.setting === "logFolders")).toMatchObject({
			value: "Log/2026",
			evidence: "3 days of journal notes there link other notes",
		});
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--today", TODAY, "--format", "json"], io)).toBe(0);
		const due = JSON.parse(io.out()) as { followUps: { note: string; kind: string; to: string | null }[] };
		const thanks = due.followUps.filter((f) => f.kind === "thank-you").map((f) => [f.note, f.to]);
		// Nadia was thanked in the journal note after her panel; Odile was not.
		expect(thanks).toEqual([["Jobs/Applications/UI Engineer at Wrenfield.md", "Odile Faure"]]);
	});
});

describe("setup <vault>: applications kept in more than one folder", () => {
	/** A vault of these notes ({vault-relative path: text}), in a temporary folder. */
	function vaultOf(notes: Record<string, string>): string {
		const root = mkdtempSync(join(tmpdir(), "setup-folders-"));
		for (const [path, text] of Object.entries(notes)) {
			mkdirSync(join(root, "vault", path, ".."), { recursive: true });
			writeFileSync(join(root, "vault", path), text);
		}
		return root;
	}
	/** An application note, every one written from the same template. */
	const job = (company: string, interview: string, status = "Interviewing"): string =>
		`---\ncompany: ${company}\nrole: Data Lead\napplied: 2026-10-01\ninterview_date: ${interview}\nstatus: ${status}\nsalary: 60k\n---\nNotes.\n`;
	/** A person's note: a company and a date too, but other properties. */
	const person = (company: string): string =>
		`---\nname: Dana Reyes\nemployer: ${company}\nmet: 2026-11-02\nemail: dana@example.com\n---\n`;
	const months = {
		"Applications/README.md": "# Applications\n\nOne folder per month.\n",
		"Applications/2026-11/Orrin.md": job("Orrin", "2026-11-16"),
		"Applications/2026-11/Kelpie.md": job("Kelpie", "2026-11-17"),
		"Applications/2026-11/Talden.md": job("Talden", "2026-11-18"),
		"Applications/2026-11/Brisk.md": job("Brisk", "2026-11-19"),
		"Applications/2026-10/Fennel.md": job("Fennel", "2026-11-12"),
		// A template filled with an example reads like an application too.
		"Templates/Application.md": job("Example Co", "2026-01-01"),
	};
	const folders = async (notes: Record<string, string>): Promise<string[] | undefined> =>
		(await setupJson(vaultOf(notes))).proposal.interviewFolders;

	it("proposes the sibling month folders, each with its evidence, and `due` then reads the older month", async () => {
		const root = vaultOf(months);
		const out = await setupJson(root, "--write");
		expect(out.proposal.interviewFolders).toEqual(["Applications/2026-11", "Applications/2026-10"]);
		expect(out.items.filter((i) => i.setting === "interviewFolders").map((i) => i.evidence)).toEqual([
			'the folder "Applications/2026-11" holds 4 of the 6 notes that look like applications',
			'the folder "Applications/2026-10" holds 1 more note with the same properties, and nothing else',
		]);
		const io = fakeIo(root);
		expect(await run(["due", "vault", "--today", TODAY, "--format", "json"], io)).toBe(0);
		const due = JSON.parse(io.out()) as { followUps: { note: string }[] };
		expect(due.followUps.map((f) => f.note)).toContain("Applications/2026-10/Fennel.md");
		expect(due.followUps.map((f) => f.note)).not.toContain("Templates/Application.md");
	});

	it("proposes the months' common folder alone when nothing else is in it", async () => {
		const { ["Applications/README.md"]: _readme, ...rest } = months;
		expect(await folders(rest)).toEqual(["Applications"]);
	});

	it("proposes a folder of old applications moved by their status, but not a folder of people beside them", async () => {
		expect(
			await folders({
				"Job search/Index.md": "# Job search\n\nOld applications move under Old/, by status.\n",
				"Job search/Active/Orrin.md": job("Orrin", "2026-11-16"),
				"Job search/Active/Kelpie.md": job("Kelpie", "2026-11-17"),
				"Job search/Active/Talden.md": job("Talden", "2026-11-18"),
				"Job search/Active/Brisk.md": job("Brisk", "2026-11-19"),
				"Job search/Old/Rejected/Fennel/Fennel.md": job("Fennel", "2026-11-02", "Rejected"),
				"Job search/Old/Rejected/Sorrel/Sorrel.md": job("Sorrel", "2026-10-28", "Rejected"),
				"People/Dana Reyes.md": person("Orrin"),
				"People/Sam Ito.md": person("Kelpie"),
			}),
		).toEqual(["Job search/Active", "Job search/Old"]);
	});

	/** An application note without properties: its facts are dated lines under `## Log`. */
	const logged = (company: string, ...lines: string[]): string =>
		`# Data Lead @ ${company}\n\nPosting: https://${company.toLowerCase()}.example/jobs/1\n\n## Log\n\n${lines.map((l) => `- ${l}\n`).join("")}`;
	const statusFolders = {
		"Job search.md": "# Job search\n\nThe folder a note sits in is its status.\n",
		"Sent/Orrin.md": logged("Orrin", "2026-11-16 Applied online."),
		"Interviewing/Kelpie.md": logged("Kelpie", "2026-11-02 Applied.", "2026-11-10 Phone interview with Dana Reyes (recruiter)."),
		"Interviewing/Talden.md": logged(
			"Talden",
			"2026-11-03 Applied.",
			"2026-11-18 Video interview with Sam Ito, then thanked him by email.",
		),
		"Rejected/Brisk.md": logged(
			"Brisk",
			"2026-10-12 Applied.",
			"2026-10-21 Onsite interview.",
			"2026-10-28 They are not moving forward.",
		),
		"Rejected/Fennel.md": logged("Fennel", "2026-10-20 Applied.", "2026-11-05 Rejected after the screen."),
		"Templates/Application.md": logged("Example Co", "2026-01-01 Applied.", "2026-01-02 Phone interview."),
	};

	it("proposes the status folders of notes without properties whose dated lines log applications", async () => {
		const out = await setupJson(vaultOf(statusFolders));
		expect(out.applications).toBe(5);
		expect([...(out.proposal.interviewFolders ?? [])].sort()).toEqual(["Interviewing", "Rejected", "Sent"]);
		expect(out.items.find((i) => i.value === "Sent")?.evidence).toBe(
			'the folder "Sent" holds 1 more note with the same headings, and nothing else',
		);
		expect(out.yield.proposed.notes).toBe(5);
		expect(out.yield.proposed.followUps).toBeGreaterThan(0);
	});

	it("proposes no folder of daily notes, journals or meeting notes, whose dated lines log no application", async () => {
		const meeting = (topic: string): string =>
			`# ${topic}\n\n## Log\n\n- 2026-11-16 Met the design team about the roadmap.\n- 2026-11-17 Sync with Ana on the Q1 plan.\n- 2026-11-18 Budget review with finance.\n`;
		const out = await setupJson(
			vaultOf({
				"Meetings/Roadmap.md": meeting("Roadmap"),
				"Meetings/Budget.md": meeting("Budget"),
				"Journal/November.md": "# November\n\n- 2026-11-16 Went running, read a book.\n- 2026-11-17 Dinner with Sam.\n",
				"Journal/October.md": "# October\n\n- 2026-10-16 Long walk by the river.\n- 2026-10-17 Baked bread.\n",
				// Named for their day: daily notes, even when an interview is in their lines.
				"Daily/2026-11-16.md": "# Monday\n\n- 2026-11-16 Phone interview with Orrin.\n- 2026-11-16 Applied to Kelpie.\n",
				"Daily/2026-11-17.md": "# Tuesday\n\n- 2026-11-17 Video interview with Talden.\n",
			}),
		);
		expect(out.applications).toBe(0);
		expect(out.items).toEqual([]);
	});

	it("proposes no template, and no folder for a single note read by its lines alone", async () => {
		const out = await setupJson(
			vaultOf({
				"Templates/Application.md": statusFolders["Templates/Application.md"],
				"Templates/Second round.md": logged("Example Co", "2026-01-01 Applied.", "2026-01-09 Onsite interview."),
				"Leads/Orrin.md": statusFolders["Interviewing/Kelpie.md"],
			}),
		);
		expect(out.applications).toBe(1);
		expect(out.items).toEqual([]);
	});
});
