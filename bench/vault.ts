/**
 * A deterministic job-search vault for the benchmark: interview notes and person notes
 * with the frontmatter people really write (people as names, maps and wikilinks, some
 * with aliases or pointing nowhere; logs with replies, snoozes and dismissals; decision
 * dates as days or phrases; field aliases; statuses of every group) and bodies of a few
 * paragraphs. The same seed and count always give the same bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The day the vault is written around (and the benchmark evaluates on). */
export const BENCH_TODAY = "2026-11-23";

/** mulberry32: small, fast, and the same on every machine. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (random: Random, p: number): boolean => random() < p;
const between = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

const FIRST = [
	"Ada",
	"Ben",
	"Chloe",
	"Dev",
	"Elena",
	"Femi",
	"Grace",
	"Hiro",
	"Ines",
	"Jonas",
	"Kemi",
	"Liam",
	"Maya",
	"Nico",
	"Olu",
	"Priya",
	"Quinn",
	"Rosa",
	"Sam",
	"Tara",
	"Uma",
	"Victor",
	"Wen",
	"Ximena",
	"Yusuf",
	"Zoe",
	"José",
	"Zoë",
	"Björn",
	"Siobhán",
];
const LAST = [
	"Abbott",
	"Banerjee",
	"Castillo",
	"Dubois",
	"Eriksen",
	"Fischer",
	"García",
	"Haddad",
	"Ito",
	"Jansen",
	"Kowalski",
	"Lindqvist",
	"Moreau",
	"Nakamura",
	"Okafor",
	"Petrov",
	"Quinlan",
	"Rossi",
	"Santos",
	"Tanaka",
	"Ueda",
	"Vargas",
	"Wong",
	"Xu",
	"Yilmaz",
	"Zimmermann",
	"O'Neill",
	"Núñez",
];
const COMPANY_A = [
	"Acme",
	"Blue",
	"Cedar",
	"Delta",
	"Ember",
	"Fjord",
	"Granite",
	"Harbor",
	"Iris",
	"Juniper",
	"Kestrel",
	"Larkspur",
	"Meridian",
	"Nimbus",
	"Orchard",
	"Pelican",
	"Quill",
	"Redwood",
	"Sable",
	"Tern",
	"Umber",
	"Vale",
	"Willow",
	"Yarrow",
	"Zephyr",
];
const COMPANY_B = [
	"Labs",
	"Systems",
	"Health",
	"Bank",
	"Freight",
	"Studios",
	"Analytics",
	"Energy",
	"Robotics",
	"Media",
	"Foods",
	"Cloud",
	"Insurance",
	"Games",
	"Bio",
	"Press",
	"Logistics",
	"Security",
	"Retail",
	"Software",
];
const ROLES = [
	"Product manager",
	"Senior product manager",
	"Software engineer",
	"Staff engineer",
	"Data analyst",
	"Designer",
	"Engineering manager",
	"Technical program manager",
	"Product Manager, Payments",
	"Site reliability engineer",
];
const FORMATS = ["onsite", "video", "phone", "panel", "informal", "onsite", "video", "phone screen"];
const RELATIONS = ["hiring-manager", "interviewer", "recruiter", "hr", "staff", "referrer", "talent", "hiring manager"];
const TITLES = [
	"Head of Product",
	"Engineering Manager",
	"Talent Partner",
	"VP Engineering",
	"Staff Engineer",
	"Office Manager",
	"Director of Design",
];
const STATUSES: readonly (string | null)[] = [
	null,
	null,
	"active",
	"active",
	"under review",
	"offer",
	"rejected",
	"withdrawn",
	"closed",
	"active",
	"waiting",
];
const SOURCES = ["referral", "recruiter", "job board", "linkedin", "networking"];
const PHRASES = ["in one week", "in two weeks", "next Friday", "in 10 business days", "end of next week", "in 3 days"];
const WORDS =
	"the team talked about roadmap hiring plans quarterly goals migration budget customers latency onboarding metrics pricing launch dashboard feedback interview process culture remote office growth tooling incidents design reviews".split(
		" ",
	);

function sentence(random: Random): string {
	const n = between(random, 8, 20);
	const words = Array.from({ length: n }, () => pick(random, WORDS));
	const text = words.join(" ");
	return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}.`;
}

function paragraph(random: Random): string {
	return Array.from({ length: between(random, 2, 5) }, () => sentence(random)).join(" ");
}

/** A body of a few paragraphs, a list and now and then a code block or inline tag. */
function body(random: Random, heading: string): string {
	const parts = [`# ${heading}`, ""];
	for (let i = between(random, 2, 4); i > 0; i--) parts.push(paragraph(random), "");
	parts.push(...Array.from({ length: between(random, 2, 5) }, () => `- ${sentence(random)}`), "");
	if (chance(random, 0.15)) parts.push("```", "#not-a-tag inside code", "```", "");
	if (chance(random, 0.1)) parts.push("Filed under #job-search.", "");
	if (chance(random, 0.2)) parts.push("## Follow-ups", "", paragraph(random), "");
	return parts.join("\n");
}

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

/** The day `offset` days from BENCH_TODAY, as YYYY-MM-DD (UTC arithmetic, no clock). */
function dayFrom(offset: number): string {
	const [y, m, d] = BENCH_TODAY.split("-").map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d + offset));
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function yamlString(text: string): string {
	return /^[\w .,'-]+$/u.test(text) && !/^\d/.test(text) && !text.includes(": ") ? text : JSON.stringify(text);
}

/** What was written, for callers that need paths without re-reading the folder. */
export interface GeneratedVault {
	/** Vault-relative paths of the interview notes. */
	interviews: string[];
	/** Vault-relative paths of the person notes. */
	people: string[];
	/** Total bytes written. */
	bytes: number;
}

/** Someone met without a person note: names as varied as in life (few repeat across notes). */
function otherName(random: Random): string {
	return `${pick(random, FIRST)} ${String.fromCharCode(65 + Math.floor(random() * 26))}. ${pick(random, LAST)}`;
}

/** A person note's name: unique by index, realistic in shape. */
function personName(i: number): string {
	const first = FIRST[i % FIRST.length] as string;
	const last = LAST[Math.floor(i / FIRST.length) % LAST.length] as string;
	const round = Math.floor(i / (FIRST.length * LAST.length));
	return round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`;
}

/** The files of a vault of `interviews` interview notes and `people` person notes, by path. */
export function vaultFiles(interviews: number, people = Math.round(interviews / 5), seed = 20261123): Map<string, string> {
	const random = seededRandom(seed);
	const files = new Map<string, string>();
	const personNames: string[] = [];
	for (let i = 0; i < people; i++) {
		const name = personName(i);
		personNames.push(name);
		const lines = ["---", `relation: ${pick(random, RELATIONS)}`, `title: ${pick(random, TITLES)}`];
		const handle = name
			.toLowerCase()
			.normalize("NFKD")
			.replace(/[^a-z0-9]+/g, ".");
		if (chance(random, 0.8)) lines.push(`email: ${handle}@example.com`);
		if (chance(random, 0.3)) lines.push(`phone: "+1 555 ${between(random, 100, 999)} ${between(random, 1000, 9999)}"`);
		if (chance(random, 0.4)) lines.push(`linkedin: https://www.linkedin.com/in/${handle.replace(/\./g, "-")}`);
		if (chance(random, 0.2)) lines.push(`channel: ${pick(random, ["email", "linkedin", "phone"])}`);
		lines.push("tags: [person]", "---", "");
		files.set(`People/${name}.md`, lines.join("\n") + body(random, name));
	}
	const companyCount = Math.max(10, Math.round(interviews * 0.35));
	for (let i = 0; i < interviews; i++) {
		const c = between(random, 0, companyCount - 1);
		const company = `${COMPANY_A[c % COMPANY_A.length]} ${COMPANY_B[Math.floor(c / COMPANY_A.length) % COMPANY_B.length]}${c >= COMPANY_A.length * COMPANY_B.length ? ` ${Math.floor(c / (COMPANY_A.length * COMPANY_B.length)) + 1}` : ""}`;
		const role = pick(random, ROLES);
		const offset = -between(random, 0, 200) + (chance(random, 0.05) ? between(random, 1, 20) : 0);
		const interview = dayFrom(offset);
		const format = pick(random, FORMATS);
		const aliases = chance(random, 0.15);
		const lines = [
			"---",
			`${aliases ? "employer" : "company"}: ${yamlString(company)}`,
			`${aliases ? "position" : "role"}: ${yamlString(role)}`,
			`${aliases ? "date" : "interview_date"}: ${interview}`,
			`format: ${format}`,
		];
		const status = pick(random, STATUSES);
		if (status !== null) lines.push(`status: ${status}`);
		if (status !== null && ["rejected", "withdrawn", "closed"].includes(status) && chance(random, 0.7))
			lines.push(`status_date: ${dayFrom(offset + between(random, 1, 20))}`);
		if (chance(random, 0.4))
			lines.push(`decision_date: ${chance(random, 0.5) ? dayFrom(offset + between(random, 5, 30)) : pick(random, PHRASES)}`);
		if (chance(random, 0.05)) lines.push(`call_back: ${dayFrom(offset + between(random, 1, 10))}`);
		if (chance(random, 0.3)) lines.push(`source: ${pick(random, SOURCES)}`);
		if (chance(random, 0.3))
			lines.push(`topics: [${Array.from({ length: between(random, 1, 3) }, () => pick(random, WORDS)).join(", ")}]`);
		if (chance(random, 0.2)) lines.push(`job_url: https://jobs.example.com/${i}`);

		const met: string[] = [];
		const peopleCount = chance(random, 0.04) ? 0 : between(random, 1, 4);
		lines.push(`${aliases ? "interviewers" : "people"}:`);
		for (let p = 0; p < peopleCount; p++) {
			const shape = random();
			if (shape < 0.35 && personNames.length > 0) {
				const name = pick(random, personNames);
				met.push(name);
				lines.push(chance(random, 0.1) ? `  - "[[${name}|${name.split(" ")[0]}]]"` : `  - "[[${name}]]"`);
			} else if (shape < 0.4) {
				const name = `${pick(random, FIRST)} Unknown${i}`;
				met.push(name);
				lines.push(`  - "[[${name}]]"`); // a link to a note nobody wrote
			} else if (shape < 0.75) {
				const name = otherName(random);
				met.push(name);
				lines.push(
					`  - name: ${yamlString(name)}`,
					`    relation: ${pick(random, RELATIONS)}`,
					`    title: ${pick(random, TITLES)}`,
				);
				if (chance(random, 0.7))
					lines.push(
						`    email: ${name
							.toLowerCase()
							.normalize("NFKD")
							.replace(/[^a-z]+/g, ".")}@${company.toLowerCase().replace(/[^a-z]+/g, "")}.example`,
					);
				if (chance(random, 0.1)) lines.push("    primary: true");
			} else {
				const name = otherName(random);
				met.push(name);
				lines.push(`  - ${yamlString(name)}`);
			}
		}
		if (peopleCount === 0) lines[lines.length - 1] += " []";

		if (chance(random, 0.6) && met.length > 0) {
			lines.push(`${aliases ? "log" : "follow_ups"}:`);
			let day = offset;
			for (let e = between(random, 1, 5); e > 0; e--) {
				day += between(random, 0, 6);
				if (day > 0) break;
				const who = pick(random, met).split("|")[0] as string;
				const kind = random();
				if (kind < 0.45)
					lines.push(
						`  - {date: ${dayFrom(day)}, kind: ${pick(random, ["thank-you", "check-in", "value-add", "thank-you"])}, to: ${yamlString(who)}, channel: email}`,
					);
				else if (kind < 0.75) lines.push(`  - {date: ${dayFrom(day)}, from: ${yamlString(who)}, kind: reply}`);
				else if (kind < 0.85)
					lines.push(
						`  - {date: ${dayFrom(day)}, kind: check-in, to: ${yamlString(who)}, snoozed_until: ${dayFrom(day + between(random, 1, 7))}}`,
					);
				else if (kind < 0.95) lines.push(`  - {date: ${dayFrom(day)}, kind: check-in, to: ${yamlString(who)}, dismissed: true}`);
				else lines.push(`  - date: ${dayFrom(day)}`, "    kind: thank-you", `    to: "[[${who}]]"`);
			}
		}
		if (chance(random, 0.05)) lines.push("stay_in_touch: false");
		lines.push(
			chance(random, 0.9) ? "tags: [interview]" : chance(random, 0.5) ? "type: interview" : "tags: [job-search/interview, notes]",
		);
		lines.push("---", "");
		const folder = `Interviews/${interview.slice(0, 4)}/${interview.slice(5, 7)}`;
		files.set(
			`${folder}/${interview} ${company} - ${format} ${i}.md`,
			lines.join("\n") + body(random, `${company}, ${format} interview`),
		);
	}
	return files;
}

/** Writes the vault under `root` and says what it wrote. */
export function writeVault(root: string, interviews: number, people = Math.round(interviews / 5), seed?: number): GeneratedVault {
	const out: GeneratedVault = { interviews: [], people: [], bytes: 0 };
	const made = new Set<string>();
	for (const [path, text] of vaultFiles(interviews, people, seed)) {
		const full = join(root, path);
		const folder = dirname(full);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(full, text);
		out.bytes += Buffer.byteLength(text);
		(path.startsWith("People/") ? out.people : out.interviews).push(path);
	}
	return out;
}
