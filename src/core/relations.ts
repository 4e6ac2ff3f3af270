/**
 * Which relation a word names (note-format.md "A person", existing-vaults.md §2): the
 * built-in words, the user's `relationAliases` before them, a title that names one
 * ("Senior Recruiter"), a field named after one (`recruiter: Jane Doe`) and a folder
 * (`People/Recruiters/`).
 */
import { normalizeWord } from "./fields";
import type { Relation } from "./model";
import { byMeaning, hasOwn } from "./values";

/** Lower case, with `-`, `_` and runs of spaces as one space: `Hiring_Manager` → `hiring manager`. */
export function relationWord(value: string): string {
	return normalizeWord(value);
}

/** The built-in words for each relation, as relationWord writes them, by relation. */
const RELATION_WORDS: Readonly<Record<string, Relation>> = byMeaning<Relation>({
	"hiring-manager": "hiring manager, hm, manager",
	interviewer: "interviewer, interviewers, peer, team member, engineer, panelist, panellist, employee",
	recruiter: "recruiter, recruiters, talent, talent partner, talent acquisition, sourcer",
	hr: "hr, human resources, people ops",
	staff: "receptionist, coordinator, recruiting coordinator, scheduler, assistant, staff",
	referrer: "referral, referrer, referred by, referred, networking contact, friend, former colleague, personal connection",
});

/**
 * Words that name a relation inside a longer title ("Senior Technical Recruiter", "HR
 * Business Partner") or a description ("former colleague, referred me"). Fewer than the
 * whole table: `manager` or `engineer` in a title says little about who someone is to
 * the candidate.
 */
// The last five say how you know someone (`former colleague, referred me`).
const TITLE_WORDS: readonly string[] = (
	"recruiting coordinator, talent acquisition, talent partner, hiring manager, human resources, people ops, recruiter, " +
	"recruiting, sourcer, coordinator, scheduler, receptionist, hr, hm, " +
	"former colleague, personal connection, referral, referrer, referred"
).split(", ");

/**
 * Title words that name the relation only standing as it, at the end of the text or of a
 * clause (`through a referral`): before other words they name a job (`Referral Programme Lead`).
 */
const STANDING_WORDS: ReadonlySet<string> = new Set(["referral", "referrer"]);

/** The relation of a word from the user's aliases, keys compared as relationWord writes them. */
function fromAliases(word: string, aliases: Readonly<Record<string, string>>): Relation | null {
	for (const [alias, relation] of Object.entries(aliases)) {
		if (relationWord(alias) === word) return relationOf(relation, {});
	}
	return null;
}

/** The relation a value names (the user's `relationAliases` first), or null. */
export function relationOf(value: string, aliases: Readonly<Record<string, string>>): Relation | null {
	const word = relationWord(value);
	const own = fromAliases(word, aliases);
	if (own !== null) return own;
	return hasOwn(RELATION_WORDS, word) ? (RELATION_WORDS[word] as Relation) : null;
}

/** True when `phrase` stands in `text` as whole words. */
function hasWords(text: string, phrase: string): boolean {
	return phrase !== "" && ` ${text} `.includes(` ${phrase} `);
}

/**
 * The relation a job title names, or null: the whole title as a relation word
 * (`Recruiter`, `HM`), else a distinctive relation phrase within it (`Senior Technical
 * Recruiter`, `former colleague, referred me`), the user's aliases first in both cases.
 */
export function relationInTitle(title: string, aliases: Readonly<Record<string, string>>): Relation | null {
	const whole = relationOf(title, aliases);
	if (whole !== null) return whole;
	const clauses = relationWord(title)
		.split(/[,;()]/)
		.map((clause) =>
			clause
				.replace(/[^\p{L}\p{N} ]+/gu, " ")
				.replace(/ +/g, " ")
				.trim(),
		);
	const words = clauses.join(" ");
	for (const [alias, relation] of Object.entries(aliases)) {
		if (hasWords(words, relationWord(alias))) return relationOf(relation, {});
	}
	for (const phrase of TITLE_WORDS) {
		const found = STANDING_WORDS.has(phrase) ? clauses.some((clause) => ` ${clause}`.endsWith(` ${phrase}`)) : hasWords(words, phrase);
		if (found) return RELATION_WORDS[phrase] ?? null;
	}
	return null;
}

/**
 * Fields whose name is a relation: the people written under them take it
 * (`recruiter: Jane Doe`). Keys as normalizeKey writes them.
 */
export const RELATION_FIELDS: Readonly<Record<string, Relation>> = {
	recruiter: "recruiter",
	recruiters: "recruiter",
	hiring_manager: "hiring-manager",
	hr: "hr",
	referrer: "referrer",
	referred_by: "referrer",
	referral: "referrer",
	referral_source: "referrer",
	coordinator: "staff",
	interviewer: "interviewer",
	interviewers: "interviewer",
};

/**
 * The relation a person note's folders name, nearest folder first
 * (`People/Recruiters/Jane.md` → recruiter), or null.
 */
export function relationOfFolders(path: string, aliases: Readonly<Record<string, string>>): Relation | null {
	const folders = path.split("/").slice(0, -1).reverse();
	for (const folder of folders) {
		const word = relationWord(folder);
		const singular = word.endsWith("s") ? word.slice(0, -1) : word;
		const relation = relationOf(word, aliases) ?? relationOf(singular, aliases);
		if (relation !== null) return relation;
	}
	return null;
}
