/**
 * The words that say what a dated entry is (existing-vaults.md §3, "What an entry is"):
 * which words name an interview and its format, a message the user sent and its kind, an
 * application, an answer from the company, and which words say who wrote to whom.
 *
 * The defaults are English. Everything a language decides lives in this file (entry
 * words, direction words, the words around a name), so another language is one more set
 * of tables here; a user adds or overrides single words with the setting `eventWords`.
 * Month and weekday names are read from the tables dates.ts writes dates with.
 *
 * Entry words match any form of a word (`interviewed`, `Interviews`, `thanks`): both the
 * table and the text are reduced to a rough stem. Direction words match only as written
 * (any case), because their tense is what they say: `emailed` means sent, `email` says
 * nothing.
 */
import { KIND_WORDS } from "./follow-up-text";
import { FOLLOW_UP_KINDS, isTask, type InterviewFormat } from "./model";
import { byMeaning } from "./values";

/** What an answer from the company can be. */
export type OutcomeKind = "reply" | "rejection" | "offer" | "invite";

/** What one word or phrase says about an entry. */
export type EntryMeaning =
	/** An interview; the format when the word names one (`phone screen`, `coffee`). */
	| { is: "interview"; format: InterviewFormat | null }
	/** A format only (`phone`, `zoom`): it qualifies an interview named by another word. */
	| { is: "format"; format: InterviewFormat }
	/** A message of this kind (a follow-up kind such as `thank-you` or `check-in`). */
	| { is: "message"; kind: string }
	/** An answer from the company. */
	| { is: "outcome"; kind: OutcomeKind }
	/** The user applied. */
	| { is: "applied" }
	/**
	 * Who wrote: `sent` (the user) or `received` (the company). A `weak` sign (`called`,
	 * `got`) gives way to interview words: a call can be the interview itself.
	 */
	| { is: "direction"; direction: "sent" | "received"; weak: boolean };

/**
 * The entry words of existing-vaults.md §3, by meaning: an entry kind (`interview`,
 * `applied`, a follow-up kind, `reply`, `rejection`, `offer`, `invite`) or an interview
 * format (an interview of that format), then its phrases, separated by commas. The same
 * meanings are what `eventWords` may map a word to.
 */
const ENTRY_WORDS: Readonly<Record<string, string>> = {
	interview:
		"interview, screen, technical, final round, second round, next round, assessment centre, assessment center, case study presentation",
	phone: "phone screen, intro call, screening call, recruiter call, hr call",
	onsite: "onsite, on site",
	panel: "panel",
	video: "video call, video interview",
	informal: "coffee, lunch, informal chat",
	"thank-you": "thank, thanks, thank you",
	"want-the-job": "love to join, like to join, keen to join, want to join, want the job, interested in joining",
	"check-in": "check in, chase, chased, follow up, followed up, nudge",
	applied: "applied, application sent, sent application, submitted",
	reply: "reply, replied, response, responded, heard back, answered",
	rejection: "rejected, rejection, unsuccessful, turned down, not moving forward, not move forward",
	offer: "offer, offered",
	invite: "invited, invitation, invite, scheduled, booked",
};

/** The languages besides English whose entry words setup can propose. */
export type EntryLanguage = "Chinese" | "Japanese" | "Korean" | "Spanish" | "French" | "German";

/**
 * Entry words of other languages, by meaning as ENTRY_WORDS. They are not read
 * by default (the defaults are English): setup proposes a language's words as
 * `eventWords` when a vault's entries are written in it, and the user can change them
 * there. Each Han or kana character is a word, so they match inside unspaced text.
 */
const LANGUAGE_WORDS: Readonly<Record<EntryLanguage, Readonly<Record<string, string>>>> = {
	Chinese: {
		interview: "面试, 一面, 二面, 三面, 终面, 复试, 初试, 群面, 面谈",
		phone: "电话面试",
		video: "视频面试",
		onsite: "现场面试",
		"thank-you": "感谢, 致谢",
		"check-in": "跟进, 催, 询问进度",
		applied: "投递, 网申",
		reply: "回复, 答复, 回信",
		rejection: "拒信, 拒绝, 未通过, 没通过, 不合适",
		offer: "录用, 录取, 意向书",
		invite: "邀请, 约了, 定在",
		sent: "发了, 发送, 寄出",
		received: "收到, 来电",
	},
	Japanese: {
		interview: "面接, 面談",
		phone: "電話面接",
		video: "オンライン面接",
		informal: "カジュアル面談",
		"thank-you": "お礼",
		"check-in": "催促, 進捗確認",
		applied: "応募",
		reply: "返信, 回答",
		rejection: "不採用, お見送り",
		offer: "内定",
		invite: "案内, 日程確定, 予定",
		sent: "送信, 送った",
		received: "受信, 届いた",
	},
	// Korean leaves a space between words, but particles stand against them (`면접을`): matched inside words too.
	Korean: {
		interview: "면접",
		"thank-you": "감사",
		"check-in": "문의",
		reply: "회신",
		rejection: "불합격",
	},
	// Also the Portuguese forms that differ (`agradeci`, `respondeu`, `proposta`): writtenIn
	// takes a Portuguese text for Spanish, whose short words it shares.
	Spanish: {
		interview: "entrevista, prueba técnica, caso práctico, system design",
		video: "videollamada",
		onsite: "presencial",
		"thank-you": "agradecimiento, agradecí, gracias, agradecimento, agradeci",
		"check-in": "seguimiento",
		applied: "candidatura enviada, inscrito, inscrita, aplicado, aplicada",
		reply: "respondió, contestó, me llamó, me escribió, respondeu",
		rejection: "descartado, descartada, rechazado, rechazada, otro candidato, otra candidata, retorno negativo",
		offer: "me ofrecieron, oferta formal, con una oferta, proposta",
		invite: "paso a, convocado, convocada, me cita",
		sent: "enviado, enviada, envié",
		received: "recibí, recibido",
	},
	French: {
		interview: "entretien, test technique",
		phone: "entretien téléphonique",
		video: "visio",
		onsite: "sur place",
		"thank-you": "merci, remerciement, remercié",
		"check-in": "relance, relancé",
		applied: "candidature envoyée, postulé",
		reply: "réponse, répondu",
		rejection: "refus, refusé, pas retenu",
		offer: "offre reçue",
		invite: "invitation, convoqué",
		sent: "envoyé",
		received: "reçu",
	},
	// German runs nouns together: each compound a round is named by is a word of its own.
	// `vereinbart` (a day agreed) and `eingeladen` are invitations, never the round itself.
	German: {
		interview: "vorstellungsgespräch, zweitgespräch",
		phone: "telefoninterview",
		video: "videointerview",
		"thank-you": "dankesmail, bedankt",
		"check-in": "nachgehakt, nachgefragt",
		applied: "beworben, versendet, abgeschickt",
		reply: "rückmeldung",
		rejection: "absage",
		offer: "zusage, angebot",
		invite: "eingeladen, einladung, vereinbart",
	},
};

/**
 * The words right before the name of whoever referred the user (`referred by Jess Ong`,
 * `referral from`), in every language above that has them: Spanish `referido por`,
 * `recomendado por`, `referencia de`, French `recommandé par`, `cooptation de`, German
 * `empfohlen von`, `Empfehlung von`, Portuguese `indicado por`. A pattern's source, read in any case.
 */
export const REFERRED_BY =
	"refer(?:red by|ral from)|(?:referid|recomendad|indicad)[oa] por|(?:referencia|cooptation) de|recommandée? par|empf(?:ohlen|ehlung) von";

/**
 * Short words that fill a language's sentences. A text with more of the Spanish ones (or
 * the French ones) than of the English ones and of the other language's is written in
 * it: setup then proposes that language's entry words.
 */
const COMMON_WORDS = {
	en: wordSet("the and of to with for is was on at by"),
	es: wordSet("del el los las por para con una y se"),
	// Written as often in Spanish as in French: they say a text is in one of the two, not which.
	esOrFr: wordSet("de la que en"),
	fr: wordSet("le les des du un une et est pour avec au aux à ce qui je il elle nous vous mon ma mes cette dans sur pas"),
	de: wordSet("der die das und mit von zu"),
};

/** Spanish, French or German when a text is written mostly in it (COMMON_WORDS), judged on five of its common words at least. */
export function writtenIn(text: string): "Spanish" | "French" | "German" | null {
	let spanish = 0;
	let english = 0;
	let french = 0;
	let german = 0;
	let either = 0;
	for (const word of wordsOf(text)) {
		if (COMMON_WORDS.es.has(word)) spanish++;
		else if (COMMON_WORDS.en.has(word)) english++;
		else if (COMMON_WORDS.fr.has(word)) french++;
		else if (COMMON_WORDS.de.has(word)) german++;
		else if (COMMON_WORDS.esOrFr.has(word)) either++;
	}
	if (spanish + english + french + german + either < 5) return null;
	return german > english + spanish + french
		? "German"
		: spanish > english && spanish > french
			? "Spanish"
			: french > english && french > spanish
				? "French"
				: null;
}

/** A language's entry words as `eventWords` takes them: word → meaning. */
export function languageWords(language: EntryLanguage): Record<string, string> {
	return byMeaning(LANGUAGE_WORDS[language]);
}

/**
 * Words that call an interview off (`Interview cancelled`, `screen postponed`): an entry
 * that names an interview with one of them is no round on that day.
 */
export const CALLED_OFF = /\b(?:cancell?ed|cancell?ation|cancels?|called\s+off|postponed|rescheduled|no[- ]show)\b/i;

/**
 * Words that name a mock or practice interview, in the languages entries are read in
 * (`Mock interview with Sam`, `模拟面试`, `模擬面接`, `entrevista simulada`, `entretien
 * blanc`): a rehearsal, never a round of an application, in an entry or a note's name.
 */
export const PRACTICE =
	/\b(?:mock|practi[cs]e)[\s_-]*interview|模[拟擬]面|entrevista[\s_-]+(?:simulada|de[\s_-]+pr[aá]ctica)|entretien[\s_-]+blanc/i;

/**
 * Words that only qualify an interview named elsewhere in the entry (`phone interview`,
 * `Zoom round with Maya`): alone they make nothing an interview.
 */
const FORMAT_QUALIFIERS: Readonly<Partial<Record<InterviewFormat, string>>> = {
	phone: "phone, call",
	video: "video, zoom, teams, google meet, virtual, remote",
	onsite: "in person, on site, office",
};

/**
 * Direction words, matched as written (any case). `weak` signs give way to interview
 * words (`Called Maya: phone screen` is the interview).
 */
const DIRECTION_WORDS: Readonly<Record<"sent" | "received" | "sent (weak)" | "received (weak)", string>> = {
	sent: "sent, emailed, e-mailed, messaged, texted, wrote, wrote to, thanked, pinged, told, tell, outbound, outgoing",
	"sent (weak)": "called, rang",
	received: "received, heard, inbound, incoming, called me, rang me, phoned me, emailed me, told me",
	"received (weak)": "got",
};

/**
 * Words before a counterpart's name; `with` also written `w/` (one word: WORD_PATTERN), and
 * in Portuguese, Spanish and French (`com`, `con`, `avec`). Only `to` (sent) and `from`
 * (received) say which way it went.
 */
export const PERSON_CUES: ReadonlySet<string> = wordSet(
	"to from with w/ com con avec by called rang thanked emailed messaged texted pinged chased nudged contacted met",
);

/** A set of single words, written as one string separated by spaces. */
function wordSet(words: string): ReadonlySet<string> {
	return new Set(words.split(" "));
}

/**
 * Verbs that, after a name opening an entry, say the company's side wrote or called
 * (`Raj replied`, `Maya called`, `Claire emailed`): such an entry was received.
 */
export const SUBJECT_VERBS: ReadonlySet<string> = wordSet(
	"replied responded answered called rang emailed e-mailed messaged texted wrote said asked sent reached invited offered rejected got",
);

/** Capitalised words that are not names: articles, pronouns, roles written as titles. */
export const NOT_NAMES: ReadonlySet<string> = wordSet(
	"the a an my our their his her him them me us you i everyone all recruiter recruiters hr team manager interviewer interviewers panel company hiring",
);

/** Lower-case words that may sit inside a name between capitalised ones (`Ana de la Cruz`). */
export const NAME_PARTICLES: ReadonlySet<string> = wordSet("de del della da di la le van von der den bin al");

/**
 * A denial: one of the words that deny what follows them (`no reply`, `not an offer`,
 * `unable to`), or a word ending in `n't` (`haven't heard`). Tested on a word, or anywhere
 * in a text (`we will not be making an offer`).
 */
export const DENIAL = /\b(?:no|not|never|without|except|unable|nothing|none|nor)\b|n['’]t\b/i;

/**
 * Words that say the process stopped on a side's own choice, the user's (`withdrew from the
 * process`, `pulled out`) or theirs (`the role was withdrawn`): past forms only, since `should
 * I withdraw?` stops nothing.
 */
export const WITHDRAWN = /\b(?:withdrew|withdrawn|pulled out)\b/i;

/** Ordinal endings after a day number (`13th`). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = wordSet("st nd rd th");

/** Column headers that hold the entry's date (any of these words in the header). */
export const DATE_COLUMN_WORDS: ReadonlySet<string> = wordSet("date when day sent on");
/** Column headers that hold the counterpart. */
export const PERSON_COLUMN_WORDS: ReadonlySet<string> = wordSet("to with from who contact contacts person people interviewer interviewers");
/** Column headers that say what the entry is and which way it went. */
export const KIND_COLUMN_WORDS: ReadonlySet<string> = wordSet("type action what event direction stage");
/** Column headers of free notes: read for what an entry is only when the other columns do not say. */
export const NOTES_COLUMN_WORDS: ReadonlySet<string> = wordSet("notes note");

/** One phrase of a compiled vocabulary: its words (stemmed or as written) and meaning. */
export interface Phrase {
	/** The words to match, in order. */
	words: readonly string[];
	/** What the phrase says. */
	meaning: EntryMeaning;
}

/** The vocabulary as the entry reader uses it: phrases indexed by their first word. */
export interface Vocabulary {
	/** Entry words by their first stem, longest phrase first. */
	entryPhrases: ReadonlyMap<string, readonly Phrase[]>;
	/** Direction words by their first word as written (lower case), longest first. */
	directionPhrases: ReadonlyMap<string, readonly Phrase[]>;
	/** Stems that start an entry or direction phrase: such a word is never part of a name. */
	phraseStarts: ReadonlySet<string>;
}

/** The meanings `eventWords` may give a word, besides the follow-up kinds. */
const FORMATS: readonly InterviewFormat[] = ["onsite", "phone", "video", "panel", "informal"];
const OUTCOMES: readonly OutcomeKind[] = ["reply", "rejection", "offer", "invite"];

/** Follow-up kinds that are messages (not tasks, not the user's own reminder). */
function messageKinds(): string[] {
	return FOLLOW_UP_KINDS.filter((kind) => !isTask(kind) && (kind as string) !== "reminder");
}

/** A meaning name (a key of ENTRY_WORDS or a value of eventWords) as a meaning; null when unknown. */
export function meaningOf(name: string): EntryMeaning | null {
	const word = name.trim().toLowerCase();
	if (word === "interview") return { is: "interview", format: null };
	if ((FORMATS as readonly string[]).includes(word)) return { is: "interview", format: word as InterviewFormat };
	if (word === "applied") return { is: "applied" };
	if ((OUTCOMES as readonly string[]).includes(word)) return { is: "outcome", kind: word as OutcomeKind };
	if (word === "message" || word === "follow-up" || messageKinds().includes(word)) return { is: "message", kind: word };
	if (word === "sent" || word === "received") return { is: "direction", direction: word, weak: false };
	return null;
}

/**
 * A rough English stem, the same for a word and its usual forms: `interviewed`,
 * `interviews` → `interview`; `replied`, `reply` → `repli`; `submitted` → `submit`.
 * Only ever compared with another stem, never shown.
 */
export function stem(word: string): string {
	let known = STEMS.get(word);
	if (known === undefined) {
		known = stemOf(word);
		if (STEMS.size >= STEMS_CAP) STEMS.clear();
		STEMS.set(word, known);
	}
	return known;
}

/** Stems already worked out: notes repeat the same few hundred words. */
const STEMS = new Map<string, string>();
const STEMS_CAP = 10_000;

function stemOf(word: string): string {
	let w = word.toLowerCase().replace(/[’']s$/, "");
	if (w.length > 4) {
		if (w.endsWith("ing")) w = w.slice(0, -3);
		else if (w.endsWith("ied")) w = w.slice(0, -3) + "i";
		else if (w.endsWith("ies")) w = w.slice(0, -3) + "i";
		else if (w.endsWith("ed")) w = w.slice(0, -2);
		else if (w.endsWith("es")) w = w.slice(0, -2);
		else if (w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
		else if (w.endsWith("e")) w = w.slice(0, -1);
		// `submitt` → `submit`, `chatt` → `chat`; `call`, `pass` and `buzz` keep theirs.
		const last = w[w.length - 1];
		if (w.length > 3 && last === w[w.length - 2] && last !== undefined && !"lsz".includes(last) && /[bcdfghjkmnpqrtvwx]/.test(last)) {
			w = w.slice(0, -1);
		}
	}
	if (w.length > 2 && w.endsWith("y")) w = w.slice(0, -1) + "i";
	return w;
}

/** Words of a text, lower case, split at anything but letters, digits and apostrophes. */
export function wordsOf(text: string): string[] {
	return text.toLowerCase().match(WORD_PATTERN) ?? [];
}

/**
 * A word: a run of letters, digits and apostrophes; but each Chinese or Japanese
 * character is a word of its own, since those languages write no spaces between words
 * (`二面定在` holds the entry words `二面` and `定在`, matched character by character),
 * and `w/`, short for `with`, is one word.
 */
export const WORD_PATTERN =
	/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[wW]\/|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}’'])+/gu;

function addPhrase(index: Map<string, Phrase[]>, phrase: Phrase): void {
	const first = phrase.words[0];
	if (first === undefined) return;
	const list = index.get(first) ?? [];
	const same = list.findIndex((p) => p.words.join(" ") === phrase.words.join(" "));
	if (same >= 0) list.splice(same, 1);
	list.push(phrase);
	list.sort((a, b) => b.words.length - a.words.length);
	index.set(first, list);
}

function removePhrase(index: Map<string, Phrase[]>, words: readonly string[]): void {
	const first = words[0];
	if (first === undefined) return;
	const list = index.get(first);
	if (list === undefined) return;
	const kept = list.filter((p) => p.words.join(" ") !== words.join(" "));
	if (kept.length === 0) index.delete(first);
	else index.set(first, kept);
}

/** The vocabulary and any `eventWords` entries that could not be used, with why. */
export interface BuiltVocabulary {
	/** The compiled vocabulary. */
	vocabulary: Vocabulary;
	/** One sentence per unusable `eventWords` entry, for the settings diagnostics. */
	problems: string[];
}

/**
 * Compiles the default tables plus the user's `eventWords` (word or phrase → an entry
 * kind, a format, `sent` or `received`; `ignore` takes a built-in word out). The user's
 * words win over the defaults.
 */
export function buildVocabulary(eventWords: Readonly<Record<string, string>> = {}): BuiltVocabulary {
	const entryPhrases = new Map<string, Phrase[]>();
	const directionPhrases = new Map<string, Phrase[]>();
	const problems: string[] = [];

	for (const [phrase, name] of Object.entries(byMeaning(ENTRY_WORDS))) {
		const meaning = meaningOf(name);
		if (meaning !== null) addPhrase(entryPhrases, { words: wordsOf(phrase).map(stem), meaning });
	}
	for (const [phrase, format] of Object.entries(byMeaning(FORMAT_QUALIFIERS))) {
		const words = wordsOf(phrase).map(stem);
		if (!entryPhrases.get(words[0] ?? "")?.some((p) => p.words.join(" ") === words.join(" "))) {
			addPhrase(entryPhrases, { words, meaning: { is: "format", format } });
		}
	}
	for (const kind of messageKinds()) {
		const meaning: EntryMeaning = { is: "message", kind };
		for (const phrase of [kind, KIND_WORDS[kind as keyof typeof KIND_WORDS]?.label ?? ""]) {
			const words = wordsOf(phrase).map(stem);
			// `Call back` is as often what they promised as what the user did: only `callback` counts.
			if (words.length === 0 || words.join(" ") === "call back") continue;
			if (!entryPhrases.get(words[0] ?? "")?.some((p) => p.words.join(" ") === words.join(" ")))
				addPhrase(entryPhrases, { words, meaning });
		}
	}
	for (const [phrase, name] of Object.entries(byMeaning(DIRECTION_WORDS))) {
		const direction = name.startsWith("sent") ? "sent" : "received";
		addPhrase(directionPhrases, { words: wordsOf(phrase), meaning: { is: "direction", direction, weak: name.endsWith("(weak)") } });
	}

	for (const [phrase, name] of Object.entries(eventWords)) {
		const written = wordsOf(phrase);
		if (written.length === 0) {
			problems.push(`eventWords: "${phrase}" has no word to look for; it is ignored.`);
			continue;
		}
		const stems = written.map(stem);
		if (name.trim().toLowerCase() === "ignore") {
			removePhrase(entryPhrases, stems);
			removePhrase(directionPhrases, written);
			continue;
		}
		const meaning = meaningOf(name);
		if (meaning === null) {
			problems.push(
				`eventWords: "${phrase}" is mapped to "${name}", which is not an entry kind, a format, sent, received or ignore; it is ignored.`,
			);
			continue;
		}
		removePhrase(entryPhrases, stems);
		removePhrase(directionPhrases, written);
		if (meaning.is === "direction") addPhrase(directionPhrases, { words: written, meaning });
		else addPhrase(entryPhrases, { words: stems, meaning });
	}

	const phraseStarts = new Set<string>([...entryPhrases.keys(), ...[...directionPhrases.keys()].map(stem)]);
	return { vocabulary: { entryPhrases, directionPhrases, phraseStarts }, problems };
}

let builtIn: Vocabulary | null = null;

/** The built-in English vocabulary, with no user words (compiled on first use, not at load). */
export function defaultVocabulary(): Vocabulary {
	builtIn ??= buildVocabulary().vocabulary;
	return builtIn;
}
