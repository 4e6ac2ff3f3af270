/**
 * The user's settings, shared by the plugin (data.json) and the CLI (--config).
 * `migrateSettings` turns anything read from disk into a complete, valid Settings
 * without touching DEFAULT_SETTINGS, and reports every value it could not use.
 */
import { NOTE_FIELDS, PERSON_FIELDS, normalizeKey } from "./fields";
import { WRITE_BACK_PROPERTIES } from "./write-back";
import { isDay } from "./dates";
import { meaningOf } from "./vocabulary";
import { hasOwn, isRecord } from "./values";
import { UNSAFE_IN_LINE } from "./safe-text";

/** Every setting. The CLI reads the same keys from the vault's data.json. */
export interface Settings {
	/** The tag (and `type` value) that marks an interview note. */
	interviewTag: string;
	/** Folders whose notes are all interview notes (vault-relative). */
	interviewFolders: string[];
	/** Extra names per canonical field, e.g. `{"interview_date": ["Interview-On"]}`. */
	fieldAliases: Record<string, string[]>;
	/** Extra status values and their group, e.g. `{"Under_Review": "active"}`. */
	statusAliases: Record<string, string>;
	/** Weekend days, 0 = Sunday … 6 = Saturday. */
	weekendDays: number[];
	/** Extra non-working days, ISO dates. */
	holidays: string[];
	/** Country (or `country-state`) whose public holidays are non-working days; empty for none. */
	holidayCountry: string;
	/** No follow-up message to a person sooner than this many business days after the last. */
	minGapBusinessDays: number;
	/** Weeks between stay-in-touch notes. */
	stayInTouchWeeks: number;
	/** Stay-in-touch notes per opportunity, at most. */
	stayInTouchMax: number;
	/** Drafts longer than this many words get a warning. */
	maxDraftWords: number;
	/** Vault folder of user templates, one note per kind; empty for the built-in ones. */
	templateFolder: string;
	/** The heading under which drafts are inserted. */
	followUpHeading: string;
	/** The user's name, signed under drafts. */
	myName: string;
	/** Upcoming follow-ups due more than this many days ahead are left out of lists. */
	horizonDays: number;
	/** Show one summary notice when Obsidian starts. */
	startupNotice: boolean;
	/** Folder for notes made by the "New interview note" command. */
	newNoteFolder: string;
	/** Write `next_follow_up` properties into interview notes (off by default). */
	writeBackProperties: boolean;
	/** A vault's own relation words and the relation each means, e.g. `{"Personal_Connection": "referrer"}`. */
	relationAliases: Record<string, string>;
	/** Property names never read, e.g. `["stage", "date"]` in a vault whose `stage` is a round name. */
	ignoredFields: string[];
	/** Frontmatter lists of dated maps read as the note's timeline (besides `follow_ups`). */
	timelineFields: string[];
	/** The tag of separate log notes (one note per message or call), or empty for none. */
	logTag: string;
	/** Folders whose notes are all log notes. */
	logFolders: string[];
	/** How slashed dates such as 03/11 are read: `DMY`, `MDY`, or empty to follow the language of the app or system. */
	dateOrder: "" | "DMY" | "MDY";
	/** Extra words for timeline entries and the kind each names, e.g. `{"nachgefasst": "check-in"}`. */
	eventWords: Record<string, string>;
}

/** The defaults. Frozen: copy, never mutate. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	interviewTag: "interview",
	interviewFolders: [],
	fieldAliases: {},
	statusAliases: {},
	weekendDays: [0, 6],
	holidays: [],
	holidayCountry: "",
	minGapBusinessDays: 2,
	stayInTouchWeeks: 6,
	stayInTouchMax: 3,
	maxDraftWords: 150,
	templateFolder: "",
	followUpHeading: "## Follow-ups",
	myName: "",
	horizonDays: 14,
	startupNotice: true,
	newNoteFolder: "Interviews",
	writeBackProperties: false,
	relationAliases: {},
	ignoredFields: [],
	timelineFields: ["history", "status_history", "activity", "timeline", "communications", "comms", "events"],
	logTag: "",
	logFolders: [],
	dateOrder: "",
	eventWords: {},
});

/** A settings value that could not be used, by key. */
export interface SettingsProblem {
	/** The settings key. */
	key: string;
	/** What was wrong with it. */
	message: string;
}

/** Settings read from unknown input, and the values that were refused. */
export interface MigratedSettings {
	/** Complete settings: refused values fall back to their defaults. */
	settings: Settings;
	/** One entry per refused value. Unknown keys are ignored, not reported. */
	problems: SettingsProblem[];
}

/** The longest horizon, in days (ten years): `--horizon` and the code block's `horizon` are held to it too. */
export const MAX_HORIZON_DAYS = 3650;

type Check<T> = (value: unknown) => T | undefined;

/**
 * A setting is one line of plain text (no control characters, line separators or bidi
 * controls), so it can neither write extra lines into a note nor send codes to a terminal.
 */
const NOT_ONE_LINE = UNSAFE_IN_LINE;

const text: Check<string> = (v) => (typeof v === "string" && !NOT_ONE_LINE.test(v) ? v : undefined);
const bool: Check<boolean> = (v) => (typeof v === "boolean" ? v : undefined);
const wholeBetween =
	(min: number, max: number): Check<number> =>
	(v) =>
		typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
/** A whole number setting from min to max, and how its problem says so. */
const whole = (min: number, max: number): [Check<number>, string] => [wholeBetween(min, max), `a whole number from ${min} to ${max}`];

/**
 * A folder of the vault, as the settings write it: `Templates`, `Jobs/2026`. A leading `/`
 * means the vault's root, as in Obsidian. Nothing may lead out of the vault: no `..`
 * segment, no backslash, no drive (`C:`), no home folder (`~`).
 */
const vaultFolder: Check<string> = (v) => {
	if (typeof v !== "string" || NOT_ONE_LINE.test(v)) return undefined;
	const trimmed = v.trim();
	if (trimmed.startsWith("~") || /[\\:]/.test(trimmed) || trimmed.split("/").some((segment) => segment.trim() === "..")) return undefined;
	return v;
};
/** A list each of whose items passes one check, copied. */
const listOf =
	(each: Check<unknown>): Check<string[]> =>
	(v) =>
		Array.isArray(v) && v.every((x) => each(x) !== undefined) ? [...(v as string[])] : undefined;
const textList = listOf(text);
const folderList = listOf(vaultFolder);
const weekdays: Check<number[]> = (v) =>
	Array.isArray(v) && v.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 6) && v.length < 7
		? [...new Set(v as number[])].sort()
		: undefined;
const isoDays = listOf((x) => (typeof x === "string" && isDay(x) ? x : undefined));
/** Keys that would reach an object's prototype when assigned; never copied from input. */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const aliasMap: Check<Record<string, string[]>> = (v) => {
	if (!isRecord(v)) return undefined;
	const out: Record<string, string[]> = {};
	for (const [key, names] of Object.entries(v)) {
		if (UNSAFE_KEYS.has(key)) continue;
		if (typeof names === "string" && text(names) !== undefined) out[key] = [names];
		else {
			const list = textList(names);
			if (list === undefined) return undefined;
			out[key] = list;
		}
	}
	return out;
};
const statusMap: Check<Record<string, string>> = (v) => {
	if (!isRecord(v)) return undefined;
	const groups = ["active", "applying", "ended", "rejected", "closed"];
	const out: Record<string, string> = {};
	for (const [key, group] of Object.entries(v)) {
		if (UNSAFE_KEYS.has(key)) continue;
		if (typeof group !== "string" || !groups.includes(group.toLowerCase())) return undefined;
		out[key] = group.toLowerCase();
	}
	return out;
};

/** A map from the user's words to one of a fixed set of meanings (relations, entry kinds). */
const wordMap =
	(meanings: readonly string[] | ((meaning: string) => boolean)): Check<Record<string, string>> =>
	(v) => {
		const known = typeof meanings === "function" ? meanings : (meaning: string) => meanings.includes(meaning);
		if (!isRecord(v)) return undefined;
		const out: Record<string, string> = {};
		for (const [key, meaning] of Object.entries(v)) {
			if (UNSAFE_KEYS.has(key)) continue;
			// Grouped the other way round: a meaning and its words (`"interview": ["一面", "二面"]`).
			if (Array.isArray(meaning)) {
				const grouped = key.trim().toLowerCase();
				if (!known(grouped) || !meaning.every((word) => typeof word === "string")) return undefined;
				for (const word of meaning) if (!UNSAFE_KEYS.has(word)) out[word] = grouped;
				continue;
			}
			if (typeof meaning !== "string" || !known(meaning.trim().toLowerCase())) return undefined;
			out[key] = meaning.trim().toLowerCase();
		}
		return out;
	};

/** A true-or-false setting, and how its problem says so. */
const flag: [Check<boolean>, string] = [bool, "true or false"];
/** A folder setting, and how its problem says so, with an example folder. */
const folder = (example: string): [Check<string>, string] => [
	vaultFolder,
	`a folder inside the vault, such as "${example}" (no ".."), or empty`,
];
/** A list of folders, and how its problem says so, with an example folder. */
const folders = (example: string): [Check<string[]>, string] => [
	folderList,
	`a list of folders inside the vault, such as ["${example}"] (no "..")`,
];
/** A list of property names, and how its problem says so. */
const propertyNames: [Check<string[]>, string] = [textList, "a list of property names"];

/** The relations a `relationAliases` value may name. */
const RELATION_NAMES = ["hiring-manager", "interviewer", "recruiter", "hr", "staff", "referrer"];

const CHECKS: { [K in keyof Settings]: [Check<Settings[K]>, string] } = {
	interviewTag: [
		(v) =>
			text(v) !== undefined && (v as string).replace(/^#/, "").trim() !== "" ? (v as string).replace(/^#/, "").trim() : undefined,
		"a non-empty tag name on one line",
	],
	interviewFolders: folders("Interviews"),
	fieldAliases: [aliasMap, 'a map from a field name to a list of names, e.g. {"interview_date": ["Interview-On"]}'],
	statusAliases: [statusMap, "a map from a status value (or a pattern with *) to active, applying, ended, rejected or closed"],
	weekendDays: [weekdays, "a list of weekday numbers from 0 (Sunday) to 6 (Saturday), not all seven"],
	holidays: [isoDays, "a list of real days written YYYY-MM-DD"],
	holidayCountry: [text, "a country code such as US or DE-BY, or empty"],
	minGapBusinessDays: whole(0, 60),
	stayInTouchWeeks: whole(1, 104),
	stayInTouchMax: whole(0, 100),
	maxDraftWords: whole(1, 10_000),
	templateFolder: folder("Templates"),
	followUpHeading: [
		(v) => (text(v) !== undefined && /^#{1,6} \S/.test((v as string).trim()) ? (v as string).trim() : undefined),
		'a markdown heading on one line, such as "## Follow-ups"',
	],
	myName: [text, "text on one line"],
	horizonDays: [wholeBetween(0, MAX_HORIZON_DAYS), `a whole number of days from 0 to ${MAX_HORIZON_DAYS}`],
	startupNotice: flag,
	newNoteFolder: folder("Interviews"),
	writeBackProperties: flag,
	relationAliases: [wordMap(RELATION_NAMES), `a map from a word to a relation (${RELATION_NAMES.join(", ")})`],
	ignoredFields: propertyNames,
	timelineFields: propertyNames,
	logTag: [(v) => (typeof v === "string" ? v.replace(/^#/, "").trim() : undefined), "a tag name, or empty"],
	logFolders: folders("Job log"),
	dateOrder: [(v) => (v === "" || v === "DMY" || v === "MDY" ? v : undefined), 'DMY, MDY, or "" (follow the language setting)'],
	eventWords: [
		wordMap((meaning) => meaningOf(meaning) !== null),
		"a map from a word to what it records: sent, received, ignore, interview, a format, applied, an outcome or a message kind (such as check-in)",
	],
};

/**
 * Copies the defaults into a fresh, mutable object. Settings are plain JSON data (they are
 * data.json), so a JSON round trip copies every list and map in them.
 */
export function defaultSettings(): Settings {
	return JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings;
}

/**
 * Reads settings from anything (a parsed data.json, null, an old version's shape).
 * Known keys with a valid value are taken; a wrong value keeps the default and is
 * reported; unknown keys are ignored. DEFAULT_SETTINGS is never mutated.
 */
export function migrateSettings(raw: unknown): MigratedSettings {
	const settings = defaultSettings();
	const problems: SettingsProblem[] = [];
	if (raw === null || raw === undefined) return { settings, problems };
	if (!isRecord(raw)) {
		problems.push({ key: "(settings)", message: "settings must be a JSON object" });
		return { settings, problems };
	}
	for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
		if (!hasOwn(raw, key) || raw[key] === undefined) continue;
		const [check, expected] = CHECKS[key];
		const value = check(raw[key]);
		if (value === undefined) problems.push({ key, message: `"${key}" must be ${expected}` });
		else (settings as unknown as Record<string, unknown>)[key] = value;
	}
	settings.fieldAliases = withoutMisdirectedAliases(settings.fieldAliases, problems);
	return { settings, problems };
}

/** The field tables fieldAliases extends: each field's built-in names, normalised. */
const TABLES: readonly Map<string, string[]>[] = [NOTE_FIELDS, PERSON_FIELDS].map(
	(table) =>
		new Map(Object.entries(table).map(([field, names]) => [normalizeKey(field), (names as readonly string[]).map(normalizeKey)])),
);
const WRITTEN_NAMES = new Set(Object.values(WRITE_BACK_PROPERTIES).map(normalizeKey));

/** True when `alias`, given to `field`, is the own name of another field of a table `field` is in. */
function namesAnotherField(field: string, alias: string): boolean {
	return TABLES.some((table) => {
		const own = table.get(field);
		return own !== undefined && !own.includes(alias) && table.has(alias);
	});
}

/**
 * Drops, and reports, each alias that would send a field's reads (and the log's writes)
 * to another field's property or to a property the plugin writes itself: with
 * `{"follow_ups": ["people"]}`, log entries would land in the people list. The same
 * vault property may still feed two fields through their aliases.
 */
function withoutMisdirectedAliases(aliases: Record<string, string[]>, problems: SettingsProblem[]): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [field, names] of Object.entries(aliases)) {
		out[field] = names.filter((name) => {
			const key = normalizeKey(name);
			const refused = WRITTEN_NAMES.has(key)
				? "is a property the plugin writes itself (next follow-up properties)"
				: namesAnotherField(normalizeKey(field), key)
					? `is the name of another field, so it cannot also name "${field}"`
					: null;
			if (refused !== null)
				problems.push({ key: "fieldAliases", message: `"fieldAliases": "${name}" (under "${field}") ${refused}; remove it` });
			return refused === null;
		});
	}
	return out;
}
