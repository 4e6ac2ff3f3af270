// Dated entries written in Portuguese and Korean, through `due` on a small vault: the people
// an entry names with `com … e …`, a title or an address after a name, a decision date
// stated in Portuguese, and a Korean `11월 10일` date.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "./fake-io";

const root = mkdtempSync(join(tmpdir(), "ifu-languages-"));

const IPE = [
	"---",
	"tags: [interview]",
	"company: Ipê Software",
	"---",
	"## Observações",
	"",
	"- 17/11: entrevista por vídeo com Mariana Couto (gerente de dados) e Rafael Lima (engenheiro) <rafael.lima@ipe.example>.",
	"- 18/11: a Letícia respondeu que a decisão sai até sexta, 27/11.",
	"",
].join("\n");

const BARAM = ["---", "tags: [interview]", "company: 바람커머스", "---", "", "- 11월 10일 1차 면접 (대면)", ""].join("\n");

const CAJU = [
	"---",
	"tags: [interview]",
	"company: Caju Dados",
	"---",
	"- 12 de novembro: entrevista com Tiago Reis <tiago.reis@caju.example>.",
	"- 12 de novembro: agradeci ao Tiago.",
	"",
].join("\n");

const MATE = ["---", "tags: [interview]", "company: Mate Labs", "---", "- 16 de noviembre: entrevista con Lucía Vera.", ""].join("\n");

const SORI = [
	"---",
	"tags: [interview]",
	"company: 소리랩",
	"---",
	"",
	"- 2026-11-16 2차 면접 (대면) — 정하늘 (팀장) <haneul@sori.example>, 서지우 (엔지니어)",
	"- 2026-11-16 정하늘님께 감사 메일 보냄",
	"",
].join("\n");

const ACME = [
	"---",
	"tags: [interview]",
	"company: Acme",
	"---",
	"- 2026-11-02 Applied — Acme Corp (remote)",
	"- 2026-11-18 Phone screen — Dana Liu (recruiter) <dana@acme.example>",
	"",
].join("\n");

const SETTINGS = {
	dateOrder: "DMY",
	relationAliases: { "gerente de dados": "hiring-manager" },
	eventWords: { entrevista: "interview", agradeci: "thank-you", respondeu: "reply", 면접: "interview", 감사: "thank-you" },
};

interface Listed {
	note: string;
	kind: string;
	to: string | null;
	due: string;
}

async function due(): Promise<Listed[]> {
	const io = fakeIo(root);
	expect(await run(["due", "vault", "--config", "settings.json", "--today", "2026-11-23", "--format", "json"], io)).toBe(0);
	return (JSON.parse(io.out()) as { followUps: Listed[] }).followUps.map(({ note, kind, to, due }) => ({ note, kind, to, due }));
}

beforeAll(() => {
	mkdirSync(join(root, "vault"), { recursive: true });
	writeFileSync(join(root, "vault", "Ipê.md"), IPE);
	writeFileSync(join(root, "vault", "Baram.md"), BARAM);
	writeFileSync(join(root, "vault", "Sori.md"), SORI);
	writeFileSync(join(root, "vault", "Acme.md"), ACME);
	writeFileSync(join(root, "vault", "Caju.md"), CAJU);
	writeFileSync(join(root, "vault", "Mate.md"), MATE);
	writeFileSync(join(root, "settings.json"), JSON.stringify(SETTINGS));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("entries written in Portuguese", () => {
	it("names the people after `com`, joined by `e`, with the title and address written after each", async () => {
		const listed = (await due()).filter((f) => f.note === "Ipê.md");
		expect(listed.filter((f) => f.kind === "thank-you").map((f) => f.to)).toEqual(["Mariana Couto", "Rafael Lima"]);
		// Rafael's address is in the entry; Mariana's is not.
		expect(listed.filter((f) => f.kind === "get-contact-info").map((f) => f.to)).toEqual(["Mariana Couto"]);
	});

	it("reads the decision date a Portuguese sentence states, and checks in the day after it", async () => {
		const listed = (await due()).filter((f) => f.note === "Ipê.md");
		expect(listed.filter((f) => f.kind.includes("check-in"))).toEqual([
			{ note: "Ipê.md", kind: "decision-check-in", to: "Mariana Couto", due: "2026-11-30" },
		]);
	});

	it("reads `12 de novembro` and `16 de noviembre` as the dates of entries", async () => {
		const listed = (await due()).filter((f) => f.note === "Caju.md" || f.note === "Mate.md");
		expect(listed).toEqual([
			{ note: "Mate.md", kind: "get-contact-info", to: "Lucía Vera", due: "2026-11-16" },
			{ note: "Mate.md", kind: "thank-you", to: "Lucía Vera", due: "2026-11-16" },
			{ note: "Caju.md", kind: "check-in", to: "Tiago Reis", due: "2026-11-18" },
			{ note: "Mate.md", kind: "check-in", to: "Lucía Vera", due: "2026-11-20" },
		]);
	});
});

describe("entries written in Korean", () => {
	it("reads `11월 10일`, with the space Korean leaves before the day, as the entry's date", async () => {
		const listed = (await due()).filter((f) => f.note === "Baram.md");
		expect(listed.find((f) => f.kind === "thank-you")).toEqual({ note: "Baram.md", kind: "thank-you", to: null, due: "2026-11-10" });
	});

	it("names the Hangul names after the round's dash, and finds one again with a particle after it", async () => {
		const listed = (await due()).filter((f) => f.note === "Sori.md");
		// 정하늘 was thanked (`정하늘님께`) and has an address; 서지우 has neither.
		expect(listed.filter((f) => f.kind === "thank-you" || f.kind === "get-contact-info").map((f) => [f.kind, f.to])).toEqual([
			["get-contact-info", "서지우"],
			["thank-you", "서지우"],
		]);
		expect(listed.find((f) => f.kind === "check-in")?.to).toBe("정하늘");
	});

	it("reads no one after the dash of an entry that is no interview", async () => {
		const listed = (await due()).filter((f) => f.note === "Acme.md");
		expect(listed.map((f) => [f.kind, f.to])).toEqual([
			["thank-you", "Dana Liu"],
			["check-in", "Dana Liu"],
		]);
	});
});
