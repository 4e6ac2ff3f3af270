/**
 * The other-vaults fixtures: vaults in the shapes of public job-search templates, each
 * beside an expected.json (what a careful job seeker expects on the pinned day) and an
 * optional expected-settings.json (what a user would write by hand). This module reads
 * them and checks they are well-formed ("record mode"); it never runs the tool.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FOLLOW_UP_KINDS } from "../../src/core/model";

/** Where the fixtures live. */
export const FIXTURES = fileURLToPath(new URL("../../test/fixtures/other-vaults/", import.meta.url));

/** One follow-up the careful job seeker expects. */
export interface ExpectedFollowUp {
	/** The note it belongs to, relative to the vault, `/` separators. */
	note: string;
	/** A follow-up kind of follow-up-rules.md, or `reminder`. */
	kind: string;
	/** Who it goes to; null when nobody is named. */
	to: string | null;
	/** Other addressees that count as right (e.g. null where the spec's reading names nobody). */
	toAlso?: (string | null)[];
	/** First day it should be done. */
	due: string;
	/** Last day it is on time. */
	windowEnd: string;
	/** Neither missing when absent nor wrong when listed: the rules produce it, a careful person might skip it. */
	optional?: boolean;
	/** What reading it depends on (see NEEDS). */
	needs?: string[];
	/** One line: why it is expected, with the date arithmetic. */
	why: string;
}

/** Something that must not be listed: a listed follow-up matching it is wrong, and named as a trap. */
export interface Trap {
	/** The note, relative to the vault. */
	note: string;
	/** A kind, several kinds, or `*` for any. */
	kind: string | string[];
	/** When present, only follow-ups to this addressee (null: to nobody). */
	to?: string | null;
	/** When present, only follow-ups due that day. */
	due?: string;
	/** Why listing it would be wrong. */
	why: string;
}

/** One vault of the fixtures, read. */
export interface VaultFixture {
	/** The folder name, e.g. `records-commlog`. */
	name: string;
	/** The fixture folder (holds vault/, expected.json, expected-settings.json). */
	folder: string;
	/** The vault folder. */
	vault: string;
	/** The pinned day. */
	today: string;
	/** The public template whose shape the vault follows (owner/name). */
	template: string;
	/** Readings of the spec the expectations depend on. */
	readings: string[];
	/** What a careful job seeker expects. */
	followUps: ExpectedFollowUp[];
	/** What must not be listed. */
	mustNotList: Trap[];
	/** expected-settings.json, when there is one. */
	settingsFile: string | null;
}

/** Every kind a follow-up may have (follow-up-rules.md, plus `reminder` of existing-vaults.md). */
export const KINDS: readonly string[] = FOLLOW_UP_KINDS;

/** What an expectation may depend on; the scorecard counts missing ones by these. */
export const NEEDS: Readonly<Record<string, string>> = {
	"log-notes": "log notes joined to their application (section 3.5)",
	"frontmatter-rounds": "rounds from a frontmatter list of maps (section 1)",
	"timeline-fields": "a frontmatter list of dated maps as timeline (section 3.2)",
	table: "a GFM table with a date column (section 3.3)",
	"dated-list": "list items that begin with a date (section 3.4)",
	"wikilink-dates": "list items that begin with a date written as a link, [[2026-11-17]]",
	"inline-fields": "Dataview inline fields (section 4)",
	"text-people": "people written as one line of text, with titles (section 2)",
	"people-in-entry": "people named only inside an entry's text or links (beyond the spec's letter)",
	"nobody-named": "follow-ups addressed to nobody (section 2)",
	sentence: "a decision date read from a sentence (section 6)",
	"date-in-text": "an interview date known only from a sentence (section 6, issue 19)",
	reminder: "a follow-up date the user set (section 5)",
	"status-words": "status patterns and leading words (section 4)",
	"outcome-in-timeline": "a rejection or offer found in the timeline (section 3)",
	"field-aliases": "a vault property read under another name, or a collision ignored (section 4)",
	"non-english": "entries written in another language than English",
	"person-notes-log": "messages and outcomes kept only in the linked person notes' bodies (beyond the spec's letter)",
};

/** Where the plugin keeps its settings; the fixtures must not have one (issue 19 finds them). */
export const PLUGIN_DATA_PATH = ".obsidian/plugins/interview-followups/data.json";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether `text` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: unknown): text is string {
	if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const [year, month, day] = text.split("-").map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The fixture folders under `root` (each holding expected.json), sorted. */
export function fixtureNames(root: string): string[] {
	return readdirSync(root)
		.filter((name) => existsSync(join(root, name, "expected.json")))
		.sort();
}

/** A fixture as read, and what is wrong with it (empty when well-formed). */
export interface LoadedFixture {
	/** The fixture, or null when expected.json could not be read at all. */
	fixture: VaultFixture | null;
	/** One message per problem, each naming the file. */
	problems: string[];
}

function checkAddressee(value: unknown): boolean {
	return value === null || (typeof value === "string" && value.trim() !== "");
}

function checkFollowUp(raw: unknown, where: string, vault: string, problems: string[]): ExpectedFollowUp | null {
	if (!isRecord(raw)) {
		problems.push(`${where}: not an object`);
		return null;
	}
	const before = problems.length;
	if (typeof raw.note !== "string" || raw.note === "") problems.push(`${where}: "note" must be a vault path`);
	else if (!isNoteFile(vault, raw.note)) problems.push(`${where}: note "${raw.note}" is not a note of the vault`);
	if (typeof raw.kind !== "string" || !KINDS.includes(raw.kind)) problems.push(`${where}: unknown kind ${JSON.stringify(raw.kind)}`);
	if (!("to" in raw) || !checkAddressee(raw.to)) problems.push(`${where}: "to" must be a name or null`);
	if (raw.toAlso !== undefined && (!Array.isArray(raw.toAlso) || !raw.toAlso.every(checkAddressee)))
		problems.push(`${where}: "toAlso" must be a list of names or nulls`);
	if (!isIsoDay(raw.due)) problems.push(`${where}: "due" ${JSON.stringify(raw.due)} is not a day`);
	if (!isIsoDay(raw.windowEnd)) problems.push(`${where}: "windowEnd" ${JSON.stringify(raw.windowEnd)} is not a day`);
	if (isIsoDay(raw.due) && isIsoDay(raw.windowEnd) && raw.windowEnd < raw.due) problems.push(`${where}: windowEnd is before due`);
	if (raw.optional !== undefined && typeof raw.optional !== "boolean") problems.push(`${where}: "optional" must be true or false`);
	if (raw.needs !== undefined && (!Array.isArray(raw.needs) || !raw.needs.every((need) => typeof need === "string" && need in NEEDS)))
		problems.push(`${where}: "needs" must list some of: ${Object.keys(NEEDS).join(", ")}`);
	if (typeof raw.why !== "string" || raw.why.trim() === "") problems.push(`${where}: "why" must say why`);
	return problems.length === before ? (raw as unknown as ExpectedFollowUp) : null;
}

function checkTrap(raw: unknown, where: string, vault: string, problems: string[]): Trap | null {
	if (!isRecord(raw)) {
		problems.push(`${where}: not an object`);
		return null;
	}
	const before = problems.length;
	if (typeof raw.note !== "string" || raw.note === "") problems.push(`${where}: "note" must be a vault path`);
	else if (!isNoteFile(vault, raw.note)) problems.push(`${where}: note "${raw.note}" is not a note of the vault`);
	const kinds = Array.isArray(raw.kind) ? (raw.kind as unknown[]) : [raw.kind];
	if (kinds.length === 0 || !kinds.every((kind) => kind === "*" || (typeof kind === "string" && KINDS.includes(kind))))
		problems.push(`${where}: "kind" must be a kind, a list of kinds, or "*"`);
	if ("to" in raw && !checkAddressee(raw.to)) problems.push(`${where}: "to" must be a name or null`);
	if (raw.due !== undefined && !isIsoDay(raw.due)) problems.push(`${where}: "due" ${JSON.stringify(raw.due)} is not a day`);
	if (typeof raw.why !== "string" || raw.why.trim() === "") problems.push(`${where}: "why" must say why`);
	return problems.length === before ? (raw as unknown as Trap) : null;
}

function isNoteFile(vault: string, note: string): boolean {
	if (!note.endsWith(".md") || note.startsWith("/") || note.split("/").includes("..")) return false;
	try {
		return statSync(join(vault, note)).isFile();
	} catch {
		return false;
	}
}

/** Reads and checks one fixture folder. */
export function loadFixture(root: string, name: string): LoadedFixture {
	const folder = join(root, name);
	const vault = join(folder, "vault");
	const file = `${name}/expected.json`;
	const problems: string[] = [];
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8"));
	} catch (error) {
		return { fixture: null, problems: [`${file}: ${error instanceof Error ? error.message : String(error)}`] };
	}
	if (!existsSync(vault) || !statSync(vault).isDirectory()) problems.push(`${name}: no vault/ folder`);
	if (existsSync(join(vault, PLUGIN_DATA_PATH)))
		problems.push(`${name}: the vault has ${PLUGIN_DATA_PATH} (setup must find the settings by itself)`);
	if (!isRecord(raw)) return { fixture: null, problems: [...problems, `${file}: not a JSON object`] };
	if (!isIsoDay(raw.today)) problems.push(`${file}: "today" ${JSON.stringify(raw.today)} is not a day`);
	if (typeof raw.template !== "string" || !/^[\w.-]+\/[\w.-]+$/.test(raw.template))
		problems.push(`${file}: "template" must be owner/name`);
	if (!Array.isArray(raw.readings) || !raw.readings.every((reading) => typeof reading === "string"))
		problems.push(`${file}: "readings" must be a list of sentences`);
	const followUps = (Array.isArray(raw.followUps) ? raw.followUps : [])
		.map((item, index) => checkFollowUp(item, `${file} followUps[${index}]`, vault, problems))
		.filter((item): item is ExpectedFollowUp => item !== null);
	if (!Array.isArray(raw.followUps)) problems.push(`${file}: "followUps" must be a list`);
	const mustNotList = (Array.isArray(raw.mustNotList) ? raw.mustNotList : [])
		.map((item, index) => checkTrap(item, `${file} mustNotList[${index}]`, vault, problems))
		.filter((item): item is Trap => item !== null);
	if (!Array.isArray(raw.mustNotList)) problems.push(`${file}: "mustNotList" must be a list`);

	const seen = new Set<string>();
	for (const item of followUps) {
		const key = `${item.note}\u0000${item.kind}\u0000${item.to ?? ""}`;
		if (seen.has(key)) problems.push(`${file}: ${item.kind} to ${item.to ?? "nobody"} in ${item.note} is expected twice`);
		seen.add(key);
		const trap = mustNotList.find((candidate) => trapCatches(candidate, item));
		if (trap)
			problems.push(`${file}: ${item.kind} to ${item.to ?? "nobody"} in ${item.note} is both expected and a trap (${trap.why})`);
	}

	const settingsPath = join(folder, "expected-settings.json");
	let settingsFile: string | null = null;
	if (existsSync(settingsPath)) {
		try {
			if (!isRecord(JSON.parse(readFileSync(settingsPath, "utf8"))))
				problems.push(`${name}/expected-settings.json: not a JSON object`);
			settingsFile = settingsPath;
		} catch (error) {
			problems.push(`${name}/expected-settings.json: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
	const fixture: VaultFixture = {
		name,
		folder,
		vault,
		today: typeof raw.today === "string" ? raw.today : "",
		template: typeof raw.template === "string" ? raw.template : "",
		readings: Array.isArray(raw.readings) ? (raw.readings as string[]) : [],
		followUps,
		mustNotList,
		settingsFile,
	};
	return { fixture, problems };
}

/** Reads every fixture under `root`; problems of all of them, and of SOURCES.md, together. */
export function loadFixtures(root: string): { fixtures: VaultFixture[]; problems: string[] } {
	const fixtures: VaultFixture[] = [];
	const problems: string[] = [];
	const names = fixtureNames(root);
	if (names.length === 0) problems.push(`${root}: no fixture folder with an expected.json`);
	const sources = existsSync(join(root, "SOURCES.md")) ? readFileSync(join(root, "SOURCES.md"), "utf8") : null;
	if (sources === null) problems.push(`${root}: no SOURCES.md`);
	for (const name of names) {
		const loaded = loadFixture(root, name);
		problems.push(...loaded.problems);
		if (loaded.fixture) fixtures.push(loaded.fixture);
		if (sources !== null && !sources.includes(`\`${name}\``)) problems.push(`SOURCES.md does not describe \`${name}\``);
	}
	return { fixtures, problems };
}

/** A name as compared: link brackets and alias resolved, spaces collapsed, case folded. */
export function comparableName(name: string | null): string | null {
	if (name === null) return null;
	const link = /^\[\[([^\]|]+)(?:\|([^\]]+))?\]\]$/.exec(name.trim());
	const shown = link ? (link[2] ?? link[1]!.split("/").pop()!) : name;
	return shown.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** The part of a follow-up a trap looks at. */
export interface FollowUpKey {
	note: string;
	kind: string;
	to: string | null;
	due: string;
}

/** Whether a trap catches this follow-up. */
export function trapCatches(trap: Trap, item: FollowUpKey): boolean {
	if (trap.note.normalize("NFC") !== item.note.normalize("NFC")) return false;
	const kinds = Array.isArray(trap.kind) ? trap.kind : [trap.kind];
	if (!kinds.includes("*") && !kinds.includes(item.kind)) return false;
	if ("to" in trap && comparableName(trap.to ?? null) !== comparableName(item.to)) return false;
	return trap.due === undefined || trap.due === item.due;
}
