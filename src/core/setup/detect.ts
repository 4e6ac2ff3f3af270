/**
 * Setup (existing-vaults.md §7): looks at a vault's notes one at a time and proposes the
 * settings that would read them, each proposal with the evidence behind it. Nothing here
 * reads files: the host hands the notes over (frontmatter, and the body when it has it).
 *
 * The guesses are deliberately cautious: a property is proposed for a field only when
 * its name hints at the field and its values have the field's shape, and only when the
 * notes do not already fill that field some other way.
 */
import { mayHaveEntries } from "../body/may-have-entries";
import { inInterviewFolder, inlineTagsOf, isInterviewNote } from "../classify";
import { keyWords, NOTE_FIELDS, namesLastContact, type NoteField, normalizeKey } from "../fields";
import type { Day, Relation, StatusGroup, TimelineEntry } from "../model";
import { type FieldNames, fieldLookups } from "../read/fields";
import { dateContext, frontmatterTimeline, inlineRecord } from "../read/shapes";
import { relationInTitle, relationOf } from "../relations";
import type { Settings } from "../settings";
import { readDay } from "../dates";
import { DIRECTIONS, isDailyLog, writtenLinks } from "../log-notes";
import { CONTACT_NOTE } from "../timeline";
import { statusGroupOf } from "../status";
import { plural } from "../follow-up-text";
import { buildVocabulary, type EntryLanguage, languageWords, writtenIn } from "../vocabulary";
import { bodyEntries, inlineFields, parseBody, type DateContext } from "../body";
import { hasOwn, isEmptyValue, isRecord, linkBasename, readText } from "../values";
import { dateKeyOfMaps, isDateLike, isLink, isListOfMaps, isPersonLike, isUrl, slashedOrders } from "./shapes";

/** One note as setup sees it. */
export interface SetupNote {
	/** Vault-relative path, `/` separators. */
	path: string;
	/** The parsed frontmatter, or null. */
	frontmatter: Record<string, unknown> | null;
	/** The text after the frontmatter, when the host has it. */
	body?: string;
	/** Inline tags the host already knows (Obsidian's cache), used when it has no body. */
	inlineTags?: readonly string[];
}

/** One proposed setting, and why. */
export interface ProposalItem {
	/** The settings key it changes. */
	setting: keyof Settings;
	/** What it proposes, in the shape the setting takes (one entry of a map, one folder, …). */
	value: unknown;
	/** Why, in words: what was found and how often. */
	evidence: string;
}

/** A status value found, and its group. */
export interface StatusFinding {
	/** The value as written. */
	value: string;
	/** Notes holding it. */
	notes: number;
	/** The group it is in already, or the one proposed; null when none can be told. */
	group: StatusGroup | null;
	/** True when the current settings (or the built-in words) already place it. */
	known: boolean;
}

/** A relation word found, and its relation. */
export interface RelationFinding {
	/** The word as written. */
	value: string;
	/** Times it was found (person notes and people lists). */
	count: number;
	/** The relation it names already, or the one proposed; null when none can be told. */
	relation: Relation | null;
	/** True when the current settings (or the built-in words) already know it. */
	known: boolean;
}

/** What setup proposes for a vault. */
export interface SetupProposal {
	/** The settings to merge: only keys whose value differs from the current settings. */
	settings: Partial<Settings>;
	/** Each proposal with its evidence, in the order of the settings they change. */
	items: ProposalItem[];
	/** Every status value found among the application notes. */
	statuses: StatusFinding[];
	/** Every relation word found. */
	relations: RelationFinding[];
	/** Notes that look like applications: a company-like and a date-like property, or no properties and a log of applying and interviews. */
	applications: number;
	/** How many of them the current settings already read. */
	alreadyRead: number;
}

/** One proposal: the setting it changes, what it proposes, and why. */
const proposed = (setting: keyof Settings, value: unknown, evidence: string): ProposalItem => ({ setting, value, evidence });

/** What the field of a property is known by, and the shape its values must have. */
interface FieldHint {
	field: NoteField;
	words: RegExp;
	shape: (value: unknown) => boolean;
}

const isShortText = (value: unknown): boolean => {
	const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : null;
	return text !== null && text !== "" && text.length <= 60 && !isDateLike(text) && !isUrl(text);
};
const isTextOrLink = (value: unknown): boolean => isLink(value) || isShortText(value);

/** Names of a property that holds the company (Korean `회사` too): a sign of an application note, and a hint for the `company` alias. */
const COMPANY_WORDS = /\b(company|employer|organi[sz]ation|firma?|business|empresa|entreprise)\b|회사/;

/**
 * Most specific first: a `Follow-up date` is a reminder before it is any date. Spanish
 * and French names count too (`Fecha de decisión`, `Fecha`, `Empresa`, `Puesto`, `Entreprise`, `Poste`): a Spanish vault's
 * plain `Fecha` is its interview's day, as a plain `date` is (the built-in alias); a
 * `Fecha de aplicación` is not.
 */
const FIELD_HINTS: readonly FieldHint[] = [
	{
		field: "follow_up_on",
		words: /\b(follow ?up|followup|remind(er)?|next (action|step)|nudge|seguimiento|relance)\b/,
		shape: isDateLike,
	},
	{
		field: "decision_date",
		words: /\b(decision|decide|hear ?back|answer by|expected|decisi[oó]n|d[ée]cision|respuesta)\b/,
		shape: isDateLike,
	},
	{ field: "call_back", words: /\bcall ?back\b/, shape: isDateLike },
	{ field: "status_date", words: /\b(rejected|closed|outcome|status (date|changed|updated))\b/, shape: isDateLike },
	{
		field: "interview_date",
		words: /\b(interview(ed)?|interaction|meeting|screen|onsite|met|entrevista|entretien)\b|^fecha$/,
		shape: isDateLike,
	},
	{ field: "job_url", words: /\b(url|link|posting|listing|advert|job page)\b/, shape: isUrl },
	{
		field: "people",
		words: /\b(people|contacts?|kontakte?|interviewers?|persons?|recruiters?|hiring manager|who|participants?|attendees?)\b/,
		shape: isPersonLike,
	},
	{ field: "company", words: COMPANY_WORDS, shape: isTextOrLink },
	{ field: "role", words: /\b(role|position|title|job|rol|puesto|cargo|poste)\b/, shape: isShortText },
	{ field: "status", words: /\b(status|stage|state|result|outcome|progress|pipeline|round|phase|statut)\b|결과/, shape: isShortText },
	{ field: "source", words: /\b(source|via|found (on|via)|platform|board|plateforme)\b/, shape: isShortText },
];

/** Keys whose dated lists are rounds of interviews rather than a timeline. */
const ROUND_LIKE = /\b(interviews?|rounds?)\b/;

/**
 * Guesses a status group from the words of a value the built-in words do not know.
 * Japanese ones too, which have no spaces to part words: `一次面接落ち` is read by
 * 落ち (failed) before 面接 (interview).
 */
export function guessStatusGroup(value: string): StatusGroup | null {
	const w = keyWords(value);
	if (
		/\b(reject|deni|declined by|dead|not (selected|moving|successful)|turned down|unsuccessful|no offer|fail|refus|abgesagt|descart|rechaz)|落ち|不採用|탈|불합격/.test(
			w,
		)
	)
		return "rejected";
	if (/\b(ghost|closed|archiv|expired|no (response|reply|answer)|stale|silent|sans r)/.test(w)) return "closed";
	if (
		/\b(offer|offre|accept|hired|declin|withdr|do not apply|not interested|pass(ed)?\b|zugesagt|ofert)|内定|辞退|見送|入社|합격/.test(w)
	)
		return "ended";
	if (
		/\b(not applied|to apply|pursue|reviewing|wish|saved|draft|submitted|research|sourced|applying|new|lead|brouillon|envoy|sent\b|versendet|aplicad|postulad)|検討|興味|保留|応募|書類|대기/.test(
			w,
		)
	)
		return "applying";
	if (
		/\b(interview|entretien|screen|round|call|assessment|onsite|review|pending|feedback|talk|conversation|progress|test|challenge|technical|final|culture|hr\b|vorstellungsgespr|rückmeldung|entrevist)|面接|面談|選考|진행/.test(
			w,
		)
	)
		return "active";
	return null;
}

/** Guesses a relation from a word the built-in words do not know. */
export function guessRelation(value: string): Relation | null {
	const w = keyWords(value);
	if (/\b(recruit|talent|sourcer|headhunter)/.test(w)) return "recruiter";
	if (/\b(hr|human resources|people (ops|team|partner))\b/.test(w)) return "hr";
	if (/\b(coordinator|assistant|admin|scheduler|receptionist|office)\b/.test(w)) return "staff";
	if (/\b(former|ex\b|referr|referral|connection|friend|alum|network|mentor)/.test(w)) return "referrer";
	if (/\b(manager|director|head|lead|vp|cto|founder)\b/.test(w)) return "hiring-manager";
	if (/\b(engineer|employee|peer|colleague|team|interviewer|leader|staff|developer|scientist|analyst|designer)\b/.test(w))
		return "interviewer";
	return null;
}

/** What was seen of one property among the application notes. */
interface KeyStats {
	/** The key as first written. */
	key: string;
	/** Notes that write it, with a value or empty (a template's field, filled only when needed). */
	written: number;
	/** Notes that give it a value. */
	notes: number;
	date: number;
	person: number;
	url: number;
	text: number;
	datedMaps: number;
	/** Notes that give it a value in their frontmatter (not an inline field or a bold label). */
	own: number;
}

/** Counts of words, keeping the first spelling met. */
class Tally {
	readonly #counts = new Map<string, { value: string; count: number }>();
	add(value: string, by = 1): void {
		const key = value.trim();
		if (key === "") return;
		const known = this.#counts.get(key);
		if (known) known.count += by;
		else this.#counts.set(key, { value: key, count: by });
	}
	/** Counts each of the values once. */
	addEach(values: readonly string[]): void {
		for (const value of values) this.add(value);
	}
	/** Adds another tally's counts to this one's. */
	addTally(other: Tally): void {
		for (const { value, count } of other.#counts.values()) this.add(value, count);
	}
	/** The count of each value. */
	counts(): Map<string, number> {
		return new Map([...this.#counts].map(([key, e]) => [key, e.count]));
	}
	entries(): { value: string; count: number }[] {
		return [...this.#counts.values()].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
	}
}

/** Ancestor folders of a path: `a/b/n.md` → `a`, `a/b`. */
function foldersOf(path: string): string[] {
	const parts = path.split("/").slice(0, -1);
	return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

/** A note under a templates folder, or named as a template. */
const isTemplate = (path: string): boolean => /\btemplates?\b/.test(keyWords(path));

/** A frontmatter's tags and `type` values, lower-cased without `#`. */
function labelsOf(frontmatter: Record<string, unknown>): string[] {
	const out = new Set<string>();
	for (const [key, value] of Object.entries(frontmatter)) {
		const k = normalizeKey(key);
		if (k !== "tags" && k !== "tag" && k !== "type" && k !== "kind") continue;
		const values: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
		for (const v of values) {
			if (typeof v !== "string") continue;
			const label = v.replace(/^#/, "").trim().toLowerCase();
			if (label !== "" && !/\s/.test(label)) out.add(label);
		}
	}
	return [...out];
}

const COMPANY_NAMES = new Set<string>(NOTE_FIELDS.company.map(normalizeKey));
/** Words that say which way a logged message went, as log notes write them (`Comm-Type: Sent`). */
const DIRECTION_WORDS = new Set(Object.keys(DIRECTIONS));

/** What makes a note a log note, in a proposal's evidence. */
const LOG_LIKE = "notes with a date and a direction (sent, received) or a link to their application";

/** A note that logs one message or step: a date-like property, and a direction as a whole value or (`linked`) a link to its application. */
function isLogLike(record: Record<string, unknown>, linked: boolean): boolean {
	const values = Object.values(record);
	return (
		values.some(isDateLike) &&
		(linked || values.some((value) => typeof value === "string" && DIRECTION_WORDS.has(value.trim().toLowerCase())))
	);
}

/**
 * A table with a company column naming three companies or more: a list of applications
 * (a tracker of them all, a day's dashboard of jobs found), not the note of one.
 */
function listsCompanies(body: string): boolean {
	const names = new Set<string>();
	// The company column of the table the line is in: null outside a table, -1 in a table without one.
	let column: number | null = null;
	for (const line of body.split("\n")) {
		const cells = line.trim().startsWith("|") ? line.split("|") : null;
		if (cells === null) column = null;
		else if (column === null) column = cells.findIndex((cell) => COMPANY_WORDS.test(keyWords(cell)));
		else if (!/^[\s|:-]+$/.test(line)) names.add(cells[column]?.trim().toLowerCase() ?? "");
	}
	names.delete("");
	return names.size > 2;
}

/** A list item or table row holding Han, kana or Hangul: an entry written in Chinese, Japanese or Korean. */
const CJK_ENTRY = /^[ \t>]*(?:[-*+]|\d{1,9}[.)]|\|).*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/mu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The language a body's entries are written in, when it is one setup knows words of. */
function entryLanguage(body: string): EntryLanguage | null {
	if (CJK_ENTRY.test(body)) return /\p{Script=Hangul}/u.test(body) ? "Korean" : KANA.test(body) ? "Japanese" : "Chinese";
	return writtenIn(body);
}

/** Folders whose notes are one company, application or interview each, in English, Spanish or French. */
const APPLICATION_FOLDER =
	/\b(compan(y|ies)|employers?|applications?|interviews?|jobs?|positions?|opportunit(y|ies)|prospects?|empresas?|candidaturas?|entrevistas?|candidatures?|entretiens?)\b/;
/** Folders of notes on people (`Contacts`, `People`): a person's note names a company and a day too, but is no application. */
const PEOPLE_FOLDER = /\b(contacts?|people|persons?|personnes|contactos|personas)\b.*\//;
const RELATION_KEYS = new Set(["relation", "relationship", "role"]);

/** A value's short text, for tallies (links as their display text). */
function shortTextOf(value: unknown): string | null {
	const text = readText(value);
	return text !== null && text.length <= 60 ? text : null;
}

/**
 * Gathers evidence note by note (`add`), then proposes settings (`propose`). One per
 * vault and set of current settings.
 */
export class SetupDetector {
	readonly #names: FieldNames<NoteField>;
	#applications = 0;
	#alreadyRead = 0;
	/** Application notes by each label (tag or type) and folder; all notes by the same. */
	readonly #labelHits = new Tally();
	readonly #labelAll = new Tally();
	readonly #folderHits = new Tally();
	readonly #folderAll = new Tally();
	/** Notes without properties or logged lines, by folder. */
	readonly #plainAll = new Tally();
	/** Application notes' normalised property names, by path. */
	readonly #shapes = new Map<string, string[]>();
	/** Per field: application notes whose current names fill it. */
	readonly #filled = new Map<NoteField, number>();
	/** Properties no current name reads, among application notes, by normalised key. */
	readonly #unread = new Map<string, KeyStats>();
	/** Text values per normalised key, among application notes (for status values). */
	readonly #values = new Map<string, Tally>();
	readonly #statusValues = new Tally();
	/** One-word roles of people without a relation property (`Role: Hiring_Manager`). */
	readonly #roleValues = new Tally();
	/** Per relation property (`relationship`), by normalised key: its values, and the roles written beside them. */
	readonly #relationKeys = new Map<string, { key: string; values: Tally; roles: Tally }>();
	readonly #dmy: string[] = [];
	readonly #mdy: string[] = [];
	/** Application notes whose interview date the built-in `date` alias reads: their status, as read or by unread key. */
	readonly #genericDates: { status: string | null; texts: Map<string, string> }[] = [];
	/** Application notes where a plain `date` and a more specific interview date (`Interview:: …`) disagree. */
	#genericDateConflicts = 0;
	/** Application notes with a plain `date` read as the interview date, or beside a more specific one. */
	#genericDateNotes = 0;
	/** Notes that look like log notes (a date and a direction such as `Sent`), by tag and folder; all notes by the same. */
	#logNotes = 0;
	readonly #logLabelHits = new Tally();
	readonly #logFolderHits = new Tally();
	/** Days of journal (a daily or stamped note one, a weekly note seven) that link notes, by their folder (`/` for the vault's root). */
	readonly #dailyFolders = new Tally();
	/** Notes on contacts (an `Outreach/` folder) that log an informal meeting, by their folder. */
	readonly #meetings = new Tally();
	/** Application notes whose entries are written in another language, by language. */
	readonly #languages = new Tally();
	/** How dated list items and table rows are told in a body. */
	readonly #entryDates: DateContext;
	/** Notes with properties by lower-cased name: their properties, labels and note. */
	readonly #byName = new Map<string, [Record<string, unknown>, string[], SetupNote]>();
	/** Lower-cased names of the notes that notes link as their company. */
	readonly #companyNotes = new Set<string>();
	/** Properties by which notes link their application, named for its tag or type (`job-post`). */
	readonly #kinds = new Set<string>();
	/** The rest of each note's look, once every note's name and links are known (propose). */
	readonly #later: (() => void)[] = [];

	/**
	 * `today` places yearless dates; detection only asks whether a body has dated entries,
	 * so any day will do when the host has none.
	 */
	readonly #settings: Settings;

	constructor(settings: Settings, today: Day = "2026-01-01") {
		this.#settings = settings;
		this.#names = fieldLookups(settings).note;
		this.#entryDates = dateContext(settings, buildVocabulary(settings.eventWords).vocabulary, today, "MDY");
	}

	/**
	 * Looks at one note. With its body, the note's inline fields (`Employer:: Sable`) count
	 * as its properties where the frontmatter has none of the same name, its inline tags as
	 * its tags, and dated list items or table rows as a date it holds.
	 */
	add(note: SetupNote): void {
		if (note.body !== undefined) this.#orders(note.body);
		const folders = foldersOf(note.path);
		this.#folderAll.addEach(folders);
		const folder = folders[folders.length - 1] ?? "/";
		if (note.body !== undefined && CONTACT_NOTE.test(note.path) && this.#entries(note.body).some((e) => e.format === "informal"))
			this.#meetings.add(folder);
		const own = note.frontmatter !== null && isRecord(note.frontmatter) ? note.frontmatter : null;
		const inline = note.body === undefined ? null : inlineRecord(note.body, 1, note.path).record;
		const fm: Record<string, unknown> | null =
			inline === null || Object.keys(inline).length === 0 ? own : { ...inline, ...(own ?? {}) };
		// Daily and weekly notes whose items link notes, and notes stamped `2026-11-20_1445` that link one, are log notes, wherever they are (the vault's root: `/`).
		if (note.body !== undefined && isDailyLog(note.path, note.body))
			this.#dailyFolders.add(folder, /W\d\d\.md$/.test(note.path) ? 7 : 1);
		const inlineTags = note.body === undefined ? (note.inlineTags ?? []).map((t) => t.replace(/^#/, "")) : inlineTagsOf(note.body);
		// A note without properties is an application when its dated lines read as one.
		const bare = fm === null && inlineTags.length === 0;
		if (bare && (note.body === undefined || !this.#loggedApplication(note.path, note.body))) {
			this.#plainAll.addEach(folders);
			return;
		}
		const record = fm ?? {};
		const labels = [...new Set([...labelsOf(record), ...inlineTags.map((t) => t.toLowerCase())])];
		this.#labelAll.addEach(labels);
		this.#byName.set(linkBasename(note.path).toLowerCase(), [record, labels, note]);
		for (const [key, value] of Object.entries(record)) {
			if (typeof value === "string" && value.length < 200) this.#orders(value);
			if (isLink(value) && this.#names.names(key, "company")) this.#companyNotes.add(String(readText(value)).toLowerCase());
		}
		this.#later.push(() => this.#look(note, record, labels, folders, bare, own, inlineTags));
	}

	#look(
		note: SetupNote,
		record: Record<string, unknown>,
		labels: string[],
		folders: string[],
		bare: boolean,
		own: Record<string, unknown> | null,
		inlineTags: string[],
	): void {
		if (!bare && !this.#isApplication(record, note)) {
			this.#relationWords(record); // person notes say what someone is to the search
			if (isLogLike(record, this.#linksApplication(record))) {
				this.#logNotes++;
				this.#logLabelHits.addEach(labels);
				this.#logFolderHits.addEach(folders);
			}
			return;
		}
		// Its body's dated entries, parsed once for the checks below.
		const entries = note.body === undefined ? [] : this.#entries(note.body);
		// A page whose log links the page of a round held that day (a job's page, each interview's) leaves its rounds to those pages.
		if (
			entries.some(
				(e) =>
					e.event === "interview" &&
					writtenLinks({ frontmatter: null, body: e.text }).some((target) => {
						const linked = this.#byName.get(linkBasename(target).toLowerCase());
						return (
							linked &&
							Object.values(linked[0]).some((v) => readDay(v) === e.date) &&
							this.#isApplication(linked[0], linked[2])
						);
					}),
			)
		)
			return;
		this.#applications++;
		// Its shape: its properties, or for a note without them `#` and its headings (`## Log`).
		this.#shapes.set(note.path, bare ? ["#", ...(note.body?.match(/^#{2,6} .+/gm) ?? [])] : Object.keys(record).map(normalizeKey));
		const language = note.body === undefined ? null : entryLanguage(note.body);
		if (language !== null) this.#languages.add(language);
		const source = { path: note.path, frontmatter: own, frontmatterError: null, inlineTags };
		if (isInterviewNote(source, this.#settings) || inInterviewFolder(note.path, this.#settings.interviewFolders)) this.#alreadyRead++;
		this.#labelHits.addEach(labels);
		this.#folderHits.addEach(folders);

		const reader = this.#names.transient(record);
		for (const field of this.#names.fields)
			if (reader.get(field) !== undefined) this.#filled.set(field, (this.#filled.get(field) ?? 0) + 1);
		const status = shortTextOf(reader.get("status"));
		if (status !== null) this.#statusValues.add(status);
		// Else the last segment of a status tag, in the frontmatter or the text (`#status/descartado`).
		else for (const label of labels) if (label.startsWith("status/")) this.#statusValues.add(label.slice(label.lastIndexOf("/") + 1));
		const dates = this.#interviewDates(record);
		if (dates.generic !== null) {
			this.#genericDateNotes++;
			// The interviews its log records: dated lines of the body, and the entries of a history property.
			const entered = [...entries, ...frontmatterTimeline(record, this.#settings, this.#entryDates)]
				.filter((entry) => entry.event === "interview")
				.map((entry) => entry.date);
			if (dates.specific.some((day) => day !== dates.generic) || (entered.length > 0 && !entered.includes(dates.generic)))
				this.#genericDateConflicts++;
		}
		if (dates.generic !== null && dates.specific.length === 0) {
			const texts = new Map<string, string>();
			for (const [key, value] of Object.entries(record)) {
				const text = shortTextOf(value);
				if (text !== null) texts.set(normalizeKey(key), text);
			}
			this.#genericDates.push({ status, texts });
		}

		const empty = note.body === undefined ? [] : inlineFields(note.body, 1, true).filter((field) => field.value === "");
		const seen = new Set<string>();
		for (const [key, value] of [...Object.entries(record), ...empty.map((field): [string, unknown] => [field.key, ""])]) {
			const k = normalizeKey(key);
			if (seen.has(k)) continue;
			seen.add(k);
			if (!isEmptyValue(value)) this.#peopleMaps(value);
			if (this.#names.placesOf(key) !== null) continue;
			const stats = this.#unread.get(k) ?? { key, written: 0, notes: 0, date: 0, person: 0, url: 0, text: 0, datedMaps: 0, own: 0 };
			stats.written++;
			this.#unread.set(k, stats);
			if (isEmptyValue(value)) continue;
			stats.notes++;
			if (own !== null && hasOwn(own, key)) stats.own++;
			if (isDateLike(value)) stats.date++;
			if (isPersonLike(value)) stats.person++;
			if (isUrl(value)) stats.url++;
			if (isShortText(value) || isLink(value)) stats.text++;
			if (dateKeyOfMaps(value) !== null) stats.datedMaps++;
			const text = shortTextOf(value);
			if (text !== null) {
				const tally = this.#values.get(k) ?? new Tally();
				tally.add(text);
				this.#values.set(k, tally);
			}
		}
	}

	/** Relation words in lists of people written as maps (`contacts: [{name, role}]`). */
	#peopleMaps(value: unknown): void {
		if (!isListOfMaps(value)) return;
		for (const item of value) if (typeof item["name"] === "string") this.#relationWords(item);
	}

	/**
	 * The relation words of a person (a person note, or a map in a list of people):
	 * `relation` or `relationship`, else a `role` written as one word (`Hiring_Manager`,
	 * `Peer`); a longer `role` is a job title, which the reader understands already.
	 */
	#relationWords(record: Record<string, unknown>): void {
		let relation: { key: string; values: Tally; roles: Tally } | null = null;
		let role: string | null = null;
		for (const [key, value] of Object.entries(record)) {
			const k = normalizeKey(key);
			const text = RELATION_KEYS.has(k) ? shortTextOf(value) : null;
			if (text === null) continue;
			if (k === "role") {
				if (/^[\p{L}_-]+$/u.test(text)) role = text;
			} else if (relation === null && text.split(/\s+/).length <= 3) {
				relation = this.#relationKeys.get(k) ?? { key, values: new Tally(), roles: new Tally() };
				this.#relationKeys.set(k, relation);
				relation.values.add(text);
			}
		}
		// A role beside a relation is read only if the relation property is ignored (proposeRelations).
		if (role !== null) (relation === null ? this.#roleValues : relation.roles).add(role);
	}

	/** Slashed dates that only read one way. */
	#orders(text: string): void {
		if (this.#dmy.length > 50 && this.#mdy.length > 50) return;
		const { dmy, mdy } = slashedOrders(text);
		this.#dmy.push(...dmy);
		this.#mdy.push(...mdy);
	}

	/** A body's dated list items and table rows, parsed only when it may have some. */
	#entries(body: string): TimelineEntry[] {
		return mayHaveEntries(body, this.#entryDates) ? bodyEntries(parseBody(body), { ...this.#entryDates, firstLine: 1 }).entries : [];
	}

	/**
	 * A body whose dated entries are mostly what the entry words place (an application, an
	 * interview, a message), one at least an application or an interview; not a template
	 * nor a note named for its day (a daily note). Journals and meeting notes have dated
	 * lines too, but seldom those words.
	 */
	#loggedApplication(path: string, body: string): boolean {
		if (isTemplate(path) || readDay(linkBasename(path)) || listsCompanies(body)) return false;
		const entries = this.#entries(body);
		const placed = entries.filter((entry) => entry.event !== "other");
		return placed.length * 2 >= entries.length && placed.some((entry) => /^(applied|interview)$/.test(entry.event));
	}

	/**
	 * A company-like property with a value (or a place in a folder of companies or
	 * applications, unless its table lists many companies), and a date: a date-like
	 * property, or dated entries in the body.
	 */
	#isApplication(fm: Record<string, unknown>, note: SetupNote, deep = true): boolean {
		if (this.#linksApplication(fm, deep) || PEOPLE_FOLDER.test(keyWords(note.path))) return false;
		let company = false;
		let date = false;
		for (const [key, value] of Object.entries(fm)) {
			if (isEmptyValue(value)) continue;
			if (!company && (COMPANY_NAMES.has(normalizeKey(key)) || COMPANY_WORDS.test(keyWords(key))) && isTextOrLink(value))
				company = true;
			if (!date && isDateLike(value)) date = true;
		}
		// A folder's name does not make a company's own note (linked as their company by others, no status) an application.
		company ||=
			APPLICATION_FOLDER.test(keyWords(note.path.split("/").slice(0, -1).join(" "))) &&
			(note.body === undefined || !listsCompanies(note.body)) &&
			!(this.#companyNotes.has(linkBasename(note.path).toLowerCase()) && this.#names.transient(fm).get("status") === undefined);
		if (company && !date && note.body !== undefined) date = mayHaveEntries(note.body, this.#entryDates);
		// A dated note the settings already select (`tags: [meeting, interview]`) is one, company or not.
		return date && (company || isInterviewNote({ path: note.path, frontmatter: fm, frontmatterError: null }, this.#settings));
	}

	/**
	 * A note of one step of an application (not an application itself) links it by a property
	 * named for applications (`application: "[[…]]"`), or (`deep`) one other than the company, named for the
	 * tag or type of the note it links when that note looks like an application and has a status
	 * (`job-post: "[[…]]"` on a post tagged `job-post`; not `recruiter: "[[…]]"` on a recruiter's
	 * note, nor `company: "[[…]]"` on a company's note that has a status).
	 */
	#linksApplication(record: Record<string, unknown>, deep = true): boolean {
		for (const [key, value] of Object.entries(record)) {
			if (!isLink(value)) continue;
			if (/^(application|candidatura|candidature)$/.test(keyWords(key))) return true;
			if (!deep || this.#names.names(key, "company")) continue;
			const linked = this.#byName.get(String(readText(value)).toLowerCase());
			if (
				linked !== undefined &&
				linked[1].some((label) => normalizeKey(label) === normalizeKey(key)) &&
				this.#names.transient(linked[0]).get("status") !== undefined &&
				this.#isApplication(linked[0], linked[2], false)
			) {
				// The property's name is a kind of note that others are steps of: its tag selects applications.
				this.#kinds.add(normalizeKey(key));
				return true;
			}
		}
		return false;
	}

	/**
	 * The days a note's interview-date names hold: the one under a property named just
	 * `date` (read through the built-in alias; null when absent, or when the user's own
	 * aliases name `date`), and those under more specific names (`Interview`, `interview_date`).
	 */
	#interviewDates(record: Record<string, unknown>): { generic: Day | null; specific: Day[] } {
		const own = (this.#settings.fieldAliases["interview_date"] ?? []).some((alias) => normalizeKey(alias) === "date");
		let generic: Day | null = null;
		const specific: Day[] = [];
		for (const [key, value] of Object.entries(record)) {
			if (isEmptyValue(value) || !this.#names.names(key, "interview_date")) continue;
			const day = readDay(value);
			if (day === null) continue;
			if (normalizeKey(key) === "date" && !own) generic = day;
			else specific.push(day);
		}
		return { generic, specific };
	}

	/** The proposal, from everything seen so far. */
	propose(): SetupProposal {
		for (const look of this.#later.splice(0)) look();
		const items: ProposalItem[] = [];
		const settings: Partial<Settings> = {};
		// Plain text beside the applications (a letter, a résumé, a posting) reads as nothing: when no
		// folder holds most of the applications, a folder counts without as much of it as it has applications.
		if (!this.#proposeSelection(items, settings, false)) this.#proposeSelection(items, settings, true);
		this.#proposeMeetings(items, settings);
		const aliasKeys = this.#proposeAliases(items, settings);
		const statuses = this.#proposeStatuses(items, settings, aliasKeys.get("status") ?? null);
		this.#proposeIgnoringGenericDate(items, settings, aliasKeys.get("status") ?? null);
		const relations = this.#proposeRelations(items, settings);
		this.#proposeLogNotes(items, settings);
		this.#proposeTimelines(items, settings);
		this.#proposeDateOrder(items, settings);
		this.#proposeEventWords(items, settings);
		return { settings, items, statuses, relations, applications: this.#applications, alreadyRead: this.#alreadyRead };
	}

	/** Which tag, type or folder picks out the application notes, when the current settings miss some; false when none does. */
	#proposeSelection(items: ProposalItem[], settings: Partial<Settings>, withoutPlain: boolean): boolean {
		if (this.#applications === 0 || this.#alreadyRead * 10 >= this.#applications * 9) return true;
		const labelAll = this.#labelAll.counts();
		const folderAll = this.#folderAll.counts();
		const plainAll = withoutPlain ? this.#plainAll.counts() : new Map<string, number>();
		type Option = { kind: "tag" | "folder"; value: string; hits: number; others: number };
		const options: Option[] = [
			// A status tag (`#status/interviewing`) moves with the status: it selects no application for long.
			...this.#labelHits
				.entries()
				.filter((e) => !/^status\//.test(e.value))
				.map((e): Option => ({ kind: "tag", value: e.value, hits: e.count, others: (labelAll.get(e.value) ?? 0) - e.count })),
			...this.#folderHits.entries().map((e): Option => ({
				kind: "folder",
				value: e.value,
				hits: e.count,
				others: (folderAll.get(e.value) ?? 0) - Math.min(plainAll.get(e.value) ?? 0, e.count) - e.count,
			})),
		];
		const score = (o: Option): number => o.hits - 2 * o.others;
		// Two application notes or more, most of the notes there, come first: a folder of one
		// (one per company or application) must not outrank the folder holding them all, job
		// descriptions and research beside them. Then a tag follows a note that moves; of two
		// folders that pick the same notes, the deeper one.
		const many = (o: Option): number => (o.hits > 1 && o.hits > o.others ? 1 : 0);
		// A tag that log notes name the property linking their application by comes before any folder.
		const kind = (o: Option): number => (o.kind === "tag" && this.#kinds.has(normalizeKey(o.value)) ? 1 : 0);
		options.sort(
			(a, b) =>
				many(b) - many(a) ||
				kind(b) - kind(a) ||
				score(b) - score(a) ||
				(a.kind === b.kind ? b.value.length - a.value.length : a.kind === "tag" ? -1 : 1),
		);
		const best = options[0];
		if (!best) return false;
		// Folders of the same shape beside a chosen one count with it (one folder per status).
		const alike = best.kind === "folder" ? this.#alikeFolders(best.value, folderAll) : new Map<string, number>();
		let hits = best.hits;
		for (const n of alike.values()) hits += n;
		// Notes without properties, read by their lines alone, are weighed among themselves
		// (the others among the others), and need two in the folder.
		const bareAll = [...this.#shapes].filter(([, keys]) => keys[0] === "#");
		const bare = bareAll.filter(([path]) => path.startsWith(`${best.value}/`)).length;
		const pool = bare === best.hits ? bareAll.length : this.#applications - bareAll.length;
		if (hits * 2 < pool || best.hits <= this.#alreadyRead || (best.hits < 2 && bare > 0)) return false;
		const what = `${best.hits} of the ${this.#applications} notes that look like applications`;
		const plain = best.kind === "folder" ? Math.min(plainAll.get(best.value) ?? 0, best.hits) : 0;
		const extra =
			(best.others > 0 ? ` (and ${plural(best.others, "other note")})` : "") +
			(plain > 0 ? `, and ${plural(plain, "note")} of plain text (letters, résumés) that read as nothing` : "");
		if (best.kind === "tag") {
			settings.interviewTag = best.value;
			items.push(
				proposed(
					"interviewTag",
					best.value,
					`tag or type "${best.value}" is on ${what}${extra}${kind(best) ? `, and other notes link them by \`${best.value}\`` : ""}`,
				),
			);
		} else {
			settings.interviewFolders = [...this.#settings.interviewFolders, best.value, ...alike.keys()];
			items.push(proposed("interviewFolders", best.value, `the folder "${best.value}" holds ${what}${extra}`));
			for (const [folder, notes] of alike)
				items.push(
					proposed(
						"interviewFolders",
						folder,
						`the folder "${folder}" holds ${plural(notes, "more note")} with the same ${bare === best.hits ? "headings" : "properties"}, and nothing else`,
					),
				);
		}
		return true;
	}

	/**
	 * A folder of notes on contacts, some of which log an informal meeting (a coffee): the
	 * reader takes such a meeting as a round, so the folder is read as interviews are.
	 */
	#proposeMeetings(items: ProposalItem[], settings: Partial<Settings>): void {
		for (const { value, count } of this.#meetings.entries()) {
			const folders = settings.interviewFolders ?? this.#settings.interviewFolders;
			if (inInterviewFolder(`${value}/`, folders)) continue;
			settings.interviewFolders = [...folders, value];
			items.push(
				proposed(
					"interviewFolders",
					value,
					`the folder "${value}" holds ${plural(count, "note")} on a contact that logs an informal meeting`,
				),
			);
		}
	}

	/**
	 * Folders beside the chosen one (another month, an archive of rejections) whose
	 * application notes mostly have the properties its own notes have, with how many: for
	 * each such note, its shallowest folder that holds only such notes. Notes of people or
	 * companies have other properties, so a folder holding them is never added; nor one of
	 * templates.
	 */
	#alikeFolders(chosen: string, folderAll: Map<string, number>): Map<string, number> {
		const inside = (path: string, folder: string): boolean => path.startsWith(`${folder}/`);
		const notes = [...this.#shapes];
		const shape = new Set(notes.flatMap(([path, keys]) => (inside(path, chosen) ? keys : [])));
		const alike = notes
			.filter(
				([path, keys]) => !inside(path, chosen) && !isTemplate(path) && keys.filter((k) => shape.has(k)).length * 2 > keys.length,
			)
			.map(([path]) => path);
		const count = new Map<string, number>();
		for (const path of alike) for (const f of foldersOf(path)) count.set(f, (count.get(f) ?? 0) + 1);
		const out = new Map<string, number>();
		for (const path of alike) {
			const folder = foldersOf(path).find((f) => !inside(chosen, f) && count.get(f) === folderAll.get(f));
			if (folder !== undefined) out.set(folder, count.get(folder) ?? 0);
		}
		return out;
	}

	/** A property for each field the notes do not fill yet, by its name and the shape of its values. Returns the chosen key by field. */
	#proposeAliases(items: ProposalItem[], settings: Partial<Settings>): Map<NoteField, string> {
		const chosen = new Map<NoteField, KeyStats>();
		const minimum = Math.max(1, Math.ceil(this.#applications * 0.3));
		for (const stats of this.#unread.values()) {
			// Written in enough notes (a template's field counts where it is left empty), filled in one at least.
			if (stats.notes === 0) continue;
			const words = keyWords(stats.key);
			for (const hint of FIELD_HINTS) {
				// The last reminder (`Date de dernière relance`) is past: the next one is the follow-up's day.
				const reminder = hint.field === "follow_up_on";
				if (!hint.words.test(words) || (reminder && /\b(last|derni)/.test(words))) continue;
				const fits = this.#shapeCount(stats, hint.field);
				// A reminder property is set on the few notes that need one: in fewer notes, a date in the frontmatter of each.
				if (stats.written < minimum && !(reminder && fits === stats.notes && stats.own === fits)) break;
				if (fits * 2 < stats.notes) continue;
				// A field the notes fill already gains no alias, except a second status property
				// whose values are stages and outcomes (`Last Round: Offer` beside `Status: Active`).
				if ((this.#filled.get(hint.field) ?? 0) * 2 >= this.#applications && !(hint.field === "status" && this.#holdsStages(stats)))
					continue;
				const known = chosen.get(hint.field);
				if (known === undefined || this.#shapeCount(known, hint.field) < fits) chosen.set(hint.field, stats);
				break;
			}
		}
		// A day of the last contact (`Date Last Interaction`) read as the interview date is
		// also when an ended application ended: its status date, when nothing gives one.
		const interview = chosen.get("interview_date");
		if (
			interview !== undefined &&
			namesLastContact(interview.key) &&
			!chosen.has("status_date") &&
			(this.#filled.get("status_date") ?? 0) === 0
		)
			chosen.set("status_date", interview);
		const out = new Map<NoteField, string>();
		if (chosen.size === 0) return out;
		const aliases: Record<string, string[]> = Object.fromEntries(
			Object.entries(this.#settings.fieldAliases).map(([k, v]) => [k, [...v]]),
		);
		for (const field of Object.keys(NOTE_FIELDS) as NoteField[]) {
			const stats = chosen.get(field);
			if (stats === undefined) continue;
			out.set(field, normalizeKey(stats.key));
			aliases[field] = [...(hasOwn(aliases, field) ? (aliases[field] as string[]) : []), stats.key];
			const shape = SHAPE_WORDS[field];
			const reads =
				field === "status_date" && stats === interview
					? "its name says it is the last day anything happened, which is when a status last changed"
					: `its name reads as ${field}`;
			items.push(
				proposed(
					"fieldAliases",
					{ [field]: [stats.key] },
					`\`${stats.key}\` holds ${shape} in ${this.#shapeCount(stats, field)} of ${stats.notes} notes, and ${reads}`,
				),
			);
		}
		settings.fieldAliases = aliases;
		return out;
	}

	/**
	 * True when a property's values are stages and outcomes: at least four in five read as
	 * a status group, and some as an outcome (an offer, a rejection, a close). Stages alone
	 * (`Stage 2: technical`) are round names, which a second status would only blur.
	 */
	#holdsStages(stats: KeyStats): boolean {
		const values = this.#values.get(normalizeKey(stats.key))?.entries() ?? [];
		const groups = values.map((e) => ({
			count: e.count,
			group: statusGroupOf(e.value, this.#settings.statusAliases) ?? guessStatusGroup(e.value),
		}));
		const total = groups.reduce((n, g) => n + g.count, 0);
		const placed = groups.filter((g) => g.group !== null).reduce((n, g) => n + g.count, 0);
		const outcome = groups.some((g) => g.group === "ended" || g.group === "rejected" || g.group === "closed");
		return total >= 2 && outcome && placed * 5 >= total * 4;
	}

	/** How many of a property's values have the shape its field holds (SHAPE_WORDS). */
	#shapeCount(stats: KeyStats, field: NoteField): number {
		const shape = SHAPE_WORDS[field];
		return shape === "a date" ? stats.date : shape === "people" ? stats.person : shape === "a web address" ? stats.url : stats.text;
	}

	/** Every status value found, with its group; the ones nothing places yet are proposed. */
	#proposeStatuses(items: ProposalItem[], settings: Partial<Settings>, aliasKey: string | null): StatusFinding[] {
		const tally = new Tally();
		tally.addTally(this.#statusValues);
		const aliased = aliasKey === null ? undefined : this.#values.get(aliasKey);
		if (aliased) tally.addTally(aliased);
		const aliases: Record<string, string> = { ...this.#settings.statusAliases };
		const findings: StatusFinding[] = [];
		for (const { value, count } of tally.entries()) {
			const known = statusGroupOf(value, this.#settings.statusAliases);
			if (known !== null) {
				findings.push({ value, notes: count, group: known, known: true });
				continue;
			}
			const group = guessStatusGroup(value);
			findings.push({ value, notes: count, group, known: false });
			if (group === null) continue;
			aliases[value] = group;
			items.push(
				proposed(
					"statusAliases",
					{ [value]: group },
					`status "${value}" is in ${plural(count, "note")}; its words read as ${group}`,
				),
			);
		}
		if (findings.some((f) => !f.known && f.group !== null)) settings.statusAliases = aliases;
		return findings;
	}

	/**
	 * A property named just `date` reads as the interview date. When it is on notes whose
	 * status says the user has only applied, it is the day the note was made (templates
	 * write it), not an interview: reading it so would ask for thank-yous nobody is owed.
	 * So too when it differs from the interview beside it or in the log in most of the
	 * notes that have it; in a few, the log names the next round.
	 */
	#proposeIgnoringGenericDate(items: ProposalItem[], settings: Partial<Settings>, statusKey: string | null): void {
		const aliases = settings.statusAliases ?? this.#settings.statusAliases;
		const applying = this.#genericDates.filter(({ status, texts }) => {
			const text = status ?? (statusKey === null ? null : (texts.get(statusKey) ?? null));
			if (text === null) return false;
			return (statusGroupOf(text, aliases) ?? guessStatusGroup(text)) === "applying";
		}).length;
		// A hand-made `date` on notes whose folder's other applications have `created` instead, two or more.
		const shapes = [...this.#shapes];
		const one = (keys: string[], key: string, not: string): boolean => keys.includes(key) && !keys.includes(not);
		const folder = (path: string): string => path.replace(/[^/]*$/, "");
		const instead = shapes.filter(
			([path, keys]) =>
				one(keys, "date", "created") &&
				shapes.filter(([other, them]) => folder(other) === folder(path) && one(them, "created", "date")).length > 1,
		).length;
		const conflicts = this.#genericDateConflicts;
		if (applying < 2 && instead < 2 && (conflicts * 2 <= this.#genericDateNotes || this.#genericDateNotes < 2)) return;
		if (this.#settings.ignoredFields.some((field) => normalizeKey(field) === "date")) return;
		settings.ignoredFields = [...this.#settings.ignoredFields, "date"];
		const why =
			applying >= 2
				? `is on ${applying} notes whose status says you have only applied`
				: instead >= 2
					? `takes the place of \`created\` in ${instead} notes`
					: `differs from the interview date written beside it or in its log or history in ${conflicts} of the ${this.#genericDateNotes} notes that have it`;
		items.push(proposed("ignoredFields", "date", `\`date\` ${why}: it is when the note was made, not an interview`));
	}

	/** Where notes that look like logs of messages (a date and `Sent`, `Received`, …) live: a folder or a tag. */
	#proposeLogNotes(items: ProposalItem[], settings: Partial<Settings>): void {
		if (this.#settings.logTag.trim() !== "" || this.#settings.logFolders.length > 0) return;
		if (this.#logNotes < 2) {
			// Failing notes with a date and a direction: two days of journal or more that link notes, all in one folder.
			const [daily, other] = this.#dailyFolders.entries();
			if (daily !== undefined && daily.count > 1 && other === undefined) {
				settings.logFolders = [daily.value];
				items.push(proposed("logFolders", daily.value, `${daily.count} days of journal notes there link other notes`));
			}
			return;
		}
		const folderAll = this.#folderAll.counts();
		const covers = (folders: { count: number }[]): boolean => folders.reduce((n, e) => n + e.count, 0) * 10 >= this.#logNotes * 8;
		// The deepest folder of nothing else that holds them; else a tag; else such folders, one per kind (`Interviews`, `Messages`), together.
		const pure = this.#logFolderHits.entries().filter((e) => e.count > 1 && folderAll.get(e.value) === e.count);
		const one = pure.filter((e) => covers([e])).sort((a, b) => b.value.length - a.value.length)[0];
		// A tag on them comes before folders per kind (one per application would be many).
		const tag = this.#logLabelHits.entries().find((e) => e.count * 10 >= this.#logNotes * 8);
		const folders = one ? [one] : tag ? [] : pure.filter((e) => !pure.some((o) => e.value.startsWith(`${o.value}/`)));
		if (covers(folders)) {
			settings.logFolders = folders.map((e) => e.value);
			for (const e of folders)
				items.push(proposed("logFolders", e.value, `the folder "${e.value}" holds ${e.count} ${LOG_LIKE}, and nothing else`));
			return;
		}
		if (tag === undefined) return;
		settings.logTag = tag.value;
		items.push(proposed("logTag", tag.value, `tag "${tag.value}" is on ${tag.count} of the ${this.#logNotes} ${LOG_LIKE}`));
	}

	/**
	 * Every relation word found, with its relation; the ones nothing places yet are proposed.
	 * A relation property (`Relationship`) on two or more people none of whose values
	 * names a relation, known or guessed, says something else (`1-No_Relation`, `2-Cold`:
	 * how well the user knows them): it is proposed for ignoredFields, and the roles
	 * written beside it give the relation words instead.
	 */
	#proposeRelations(items: ProposalItem[], settings: Partial<Settings>): RelationFinding[] {
		const aliases: Record<string, string> = { ...this.#settings.relationAliases };
		const ignored = new Set(this.#settings.ignoredFields.map(normalizeKey));
		const words = new Tally();
		words.addTally(this.#roleValues);
		for (const [k, { key, values, roles }] of this.#relationKeys) {
			const found = values.entries();
			const people = found.reduce((sum, e) => sum + e.count, 0);
			const placed = (value: string): boolean =>
				(relationOf(value, aliases) ?? relationInTitle(value, aliases) ?? guessRelation(value)) !== null;
			if (!ignored.has(k) && people >= 2 && !found.some((e) => placed(e.value))) {
				ignored.add(k);
				settings.ignoredFields = [...(settings.ignoredFields ?? this.#settings.ignoredFields), key];
				items.push(
					proposed(
						"ignoredFields",
						key,
						`\`${key}\` on ${people} people holds ${found.map((e) => `"${e.value}"`).join(", ")}, none of which names a relation`,
					),
				);
			}
			words.addTally(ignored.has(k) ? roles : values);
		}
		const findings: RelationFinding[] = [];
		for (const { value, count } of words.entries()) {
			const known = relationOf(value, this.#settings.relationAliases) ?? relationInTitle(value, this.#settings.relationAliases);
			if (known !== null) {
				findings.push({ value, count, relation: known, known: true });
				continue;
			}
			const relation = guessRelation(value);
			findings.push({ value, count, relation, known: false });
			if (relation === null) continue;
			aliases[value] = relation;
			items.push(
				proposed(
					"relationAliases",
					{ [value]: relation },
					`"${value}" describes a person ${plural(count, "time")}; it reads as ${relation}`,
				),
			);
		}
		if (findings.some((f) => !f.known && f.relation !== null)) settings.relationAliases = aliases;
		return findings;
	}

	/** Lists of dated maps that no field reads: a timeline. */
	#proposeTimelines(items: ProposalItem[], settings: Partial<Settings>): void {
		const current = new Set(this.#settings.timelineFields.map(normalizeKey));
		const added: string[] = [];
		for (const [k, stats] of this.#unread) {
			if (stats.datedMaps === 0 || current.has(k) || ROUND_LIKE.test(keyWords(stats.key))) continue;
			added.push(stats.key);
			items.push(
				proposed("timelineFields", stats.key, `\`${stats.key}\` is a list of dated entries in ${plural(stats.datedMaps, "note")}`),
			);
		}
		if (added.length > 0) settings.timelineFields = [...this.#settings.timelineFields, ...added];
	}

	/** A language's entry words, when application notes write their entries in it and the settings lack them. */
	#proposeEventWords(items: ProposalItem[], settings: Partial<Settings>): void {
		const found = this.#languages.entries()[0];
		if (found === undefined) return;
		const current = this.#settings.eventWords;
		const added = Object.fromEntries(
			Object.entries(languageWords(found.value as EntryLanguage)).filter(([word]) => !hasOwn(current, word)),
		);
		const count = Object.keys(added).length;
		if (count === 0) return;
		settings.eventWords = { ...added, ...current };
		items.push(
			proposed(
				"eventWords",
				added,
				`${found.count} application note${found.count === 1 ? " writes its" : "s write their"} entries in ${found.value}: ${count} ${found.value} words for interviews, messages and answers`,
			),
		);
	}

	/** DMY or MDY, when numeric dates (slashed, dotted, dashed) read only one way and the settings leave it open. */
	#proposeDateOrder(items: ProposalItem[], settings: Partial<Settings>): void {
		if (this.#settings.dateOrder !== "") return;
		const [dmy, mdy] = [this.#dmy.length, this.#mdy.length];
		const order = dmy > 0 && mdy === 0 ? "DMY" : mdy > 0 && dmy === 0 ? "MDY" : null;
		if (order === null) return;
		const dates = order === "DMY" ? this.#dmy : this.#mdy;
		settings.dateOrder = order;
		items.push(
			proposed(
				"dateOrder",
				order,
				`${plural(dates.length, "numeric date")} read only ${order === "DMY" ? "day" : "month"} first (${dates.slice(0, 3).join(", ")})`,
			),
		);
	}
}

const SHAPE_WORDS: Readonly<Record<NoteField, string>> = {
	company: "a name",
	role: "a name",
	interview_date: "a date",
	format: "a word",
	people: "people",
	decision_date: "a date",
	call_back: "a date",
	status: "a word",
	status_date: "a date",
	source: "a word",
	topics: "words",
	job_url: "a web address",
	follow_ups: "entries",
	interviews: "rounds",
	follow_up_on: "a date",
	stay_in_touch: "a flag",
	tags: "tags",
	type: "a word",
};

/** True when the proposal changes nothing: the vault is read as it is. */
export function isEmptyProposal(proposal: SetupProposal): boolean {
	return proposal.items.length === 0;
}
