/**
 * Decision dates and call-back days stated in French (existing-vaults.md §6 for a vault
 * written in French): `ils prendraient leur décision d'ici le mercredi 25 novembre`,
 * `ils me recontacteront la semaine prochaine`, `retour sous 10 jours`, `je dois la
 * rappeler jeudi`.
 *
 * Read by patterns of our own, as for Spanish (spanish.ts), with the same readings: a
 * weekday is the first one after the reference (`lundi prochain` too); a week is its last
 * business day, `début de semaine` its second; a count of days or weeks is counted from
 * the reference, `huit jours` and `quinze jours` (`sous quinzaine`) being one and two
 * weeks as French means them; a range takes its longer end; `fin novembre` is the month's
 * last business day, `début` and `mi-` its 10th and 20th. A sentence counts when it holds
 * a cue about their answer (or a call-back) and a date, and neither says no date was given
 * (`sans date précise`), reports the answer as come (`ils m'ont déjà répondu`), nor makes
 * it the user's own (`je dois répondre avant vendredi`, `ma décision`, `répondre à
 * l'offre`). Of its dates the latest counts. Accents are optional throughout. Only a text
 * with a French cue word is read here, so other notes pay one regular-expression test.
 */
import { addBusinessDays, addDays, type BusinessCalendar } from "../dates";
import type { Day } from "../model";
import { afterLeadingDayFirstDate, type DateForm, latestStatement, monthDay, nextDate, nextWeekday } from "./day-first";
import { addMonths, dayOfMonth, dayOfWeek, type Part } from "./expressions";
import type { StatedDateKind } from "./index";
import type { LanguageReader, Statement } from "./language";
import { sentencesOf } from "./units";

/** After a word: no further letter, accented ones included (`\b` knows only ASCII). */
const END = "(?![a-zà-ÿœç])";
/** An apostrophe, straight or curly. */
const APOS = "['’]";

/**
 * Their answer or decision, news from them, or them getting back in touch (`ils me
 * rappelleront`). `decision` without its accent is also English, so it counts only after
 * a French word (`leur decision`).
 */
const DECISION_CUE = new RegExp(
	String.raw`\bdécision|\b(?:leur|la|une|sa|votre|notre)\s+decision${END}|\br[ée]ponses?${END}|(?<!\bde\s)\bretours?${END}|\bnouvelles${END}|\bd[ée]cider(?:a|ont|aient|ait)${END}|\brev(?:ien|enir)[a-zé]*\s+vers${END}|\b(?:me|m${APOS}|nous|vous)\s*(?:recontact[a-zé]*|rappeller(?:a|ont|ons)|rappeler|rappelle|diront|dira|dirons|tenir|tiendr(?:a|ont|ons)|informer[a-zé]*|confirmer(?:a|ont|ons)|pr[ée]viendr(?:a|ont|ons)|pr[ée]venir|r[ée]pondr(?:a|ont|ons)|[ée]crir(?:a|ont|ons)|fer(?:a|ont|ons)\s+signe|faire\s+signe)${END}`,
	"i",
);
/** The user is to phone them: `je dois la rappeler`, `l'appeler`, `rappelez-moi`. */
const CALL_BACK_CUE = new RegExp(
	String.raw`(?:\bl${APOS}|\b(?:la|le|les|lui|leur)\s+)r?appel(?:er|le|lerai|lerons)${END}|\br?appel(?:ez|le)[-\s]moi${END}`,
	"i",
);
/** No date given, the answer already come, or the decision or answer the user's own. */
const NOT_THEIRS = new RegExp(
	[
		// No date given: `sans date précise`, `pas de délai`, `ne m'ont pas dit quand`.
		String.raw`\b(?:sans|aucune?|pas\s+de)\s+(?:date|d[ée]lai|calendrier|nouvelles|r[ée]ponse|retour)`,
		String.raw`\bpas\s+(?:encore\s+)?(?:dit|pr[ée]cis|donn|indiqu|fix|re[çc]u|eu${END}|r[ée]pondu|recontact|rappel)`,
		String.raw`\bne\s+(?:sais|savons|sait)\s+pas`,
		// The answer already come: `déjà`, `reçu`, `ils m'ont répondu`, `la réponse est tombée`.
		String.raw`\bd[ée]j[àa]${END}|\bre[çc]u(?:e|s|es)?${END}|\b(?:ont|a)\s+(?:r[ée]pondu|donn[ée]\s+(?:leur|sa|une|la)\s+(?:r[ée]ponse|d[ée]cision))|\b(?:ai|avons)\s+(?:eu|obtenu)${END}|\b(?:est|sont)\s+tomb[ée]`,
		// The user's own: `je dois répondre`, `je leur répondrai`, `ma décision`, `répondre à l'offre`.
		String.raw`\b(?:je|j${APOS}|nous)\s*(?:(?:dois|devons|devrai|devrais|vais|allons|leur|lui|vous|ne|n${APOS}|pas|encore|me)\s*)*(?:r[ée]pond|d[ée]cid|donner\s+ma)`,
		String.raw`\bm(?:a|on)\s+(?:r[ée]ponse|d[ée]cision|choix|retour)${END}|\bj${APOS}ai\s+jusqu`,
		String.raw`\b(?:r[ée]pondre|accepter|refuser|signer)\s+(?:à\s+|a\s+)?(?:l${APOS}|leur\s+|cette\s+|son\s+|la\s+)?(?:offre|proposition|promesse)`,
	].join("|"),
	"i",
);

/** Text that may state a date in French: a cue, checked before anything else is read. */
const FRENCH_CUE = new RegExp(`${DECISION_CUE.source}|${CALL_BACK_CUE.source}`, "i");
/**
 * A stem of every cue above, as plain literals without `\b` or the `i` flag: a text with
 * none of them (nearly every English or Spanish note) is passed over at a fraction of the
 * cost of FRENCH_CUE. `ecision` would stop at every English note, so the unaccented form
 * goes through the words before it.
 */
const CUE_STEMS =
	/écision|eur decision|[Ll]a decision|[Uu]ne decision|[Ss]a decision|tre decision|éponse|eponse|pondr|etour|ouvelles|cider|venir|viendr|revien|econtact|ppel|diront|dira|tenir|tiendr|informer|confirmer|crir|ra signe|nt signe|ns signe|re signe/;

/** January … December, each with its short form; accents optional. */
const MONTHS = [
	String.raw`janv(?:ier|\.)?`,
	String.raw`f[ée]vr(?:ier|\.)?`,
	"mars",
	String.raw`avr(?:il|\.)?`,
	"mai",
	"juin",
	String.raw`juil(?:let|\.)?`,
	"ao[uû]t",
	String.raw`sept(?:embre|\.)?`,
	String.raw`oct(?:obre|\.)?`,
	String.raw`nov(?:embre|\.)?`,
	String.raw`d[ée]c(?:embre|\.)?`,
];
const MONTH = `(${MONTHS.join("|")})${END}`;
/** Sunday = 0 … Saturday = 6, as `weekday` numbers them. */
const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const WEEKDAY = `(${WEEKDAYS.join("|")})${END}`;
const COUNTS: Readonly<Record<string, number>> = {
	un: 1,
	une: 1,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	onze: 11,
	douze: 12,
	quinze: 15,
	vingt: 20,
	trente: 30,
};
const COUNT = String.raw`(\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)`;

function countOf(word: string | undefined): number | null {
	if (word === undefined) return null;
	const w = word.toLowerCase();
	return /^\d+$/.test(w) ? Number(w) : (COUNTS[w] ?? null);
}

/** 1–12 for a month as written (`novembre`, `déc.`), else 0. */
function monthOf(word: string | undefined): number {
	return MONTHS.findIndex((m) => new RegExp(`^${m}$`, "i").test(word ?? "")) + 1;
}

function weekdayOf(word: string | undefined): number {
	return WEEKDAYS.indexOf((word ?? "").toLowerCase());
}

/** The part of a week or month a word names: `début` early, `mi`/`milieu` mid, else its end. */
function partOf(word: string | undefined): Part {
	const w = (word ?? "").toLowerCase();
	return /^d[ée]but/.test(w) ? "early" : w.startsWith("mi") ? "mid" : "end";
}

/** `huit jours` is a week and `quinze jours` two, as French means them; other counts of days are as written. */
function daysOf(count: number): number {
	return count === 8 ? 7 : count === 15 ? 14 : count;
}

/** What may stand before a count: `sous 10 jours`, `d'ici deux semaines`, `dans les 48 heures`. */
const WITHIN = String.raw`\b(?:sous|dans|en|d${APOS}ici)\s+(?:les\s+|un\s+d[ée]lai\s+de\s+)?(?:prochaine?s\s+)?`;
const PART = String.raw`(d[ée]but|milieu|mi|fin)`;

/** The date forms, most specific first; a later form never reads text an earlier one took. */
const PATTERNS: readonly DateForm[] = [
	{
		// `2026-11-27`
		pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
		read: (m, reference) => monthDay(reference, Number(m[2]), Number(m[3]), m[1]),
	},
	{
		// `mercredi 25 novembre`, `1er décembre 2026`, `27 nov.`
		pattern: new RegExp(String.raw`\b(?:${WEEKDAY}\s+)?(\d{1,2})(?:er)?\s+${MONTH}(?:\s+(\d{4}))?`, "gi"),
		read: (m, reference) => monthDay(reference, monthOf(m[3]), Number(m[2]), m[4]),
	},
	{
		// `27/11`, `27/11/2026`: day first, as French writes it
		pattern: /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\b/g,
		read: (m, reference) => monthDay(reference, Number(m[2]), Number(m[1]), m[3]),
	},
	{
		// `fin novembre`, `mi-décembre`, `fin du mois`, `début du mois prochain`, `fin du mois de novembre`
		pattern: new RegExp(
			String.raw`\b${PART}(?:\s+|-)(?:(?:du|de)\s+)?(?:(mois\s+prochain)|mois(?:\s+(?:de\s+|d${APOS})${MONTH})?|${MONTH})`,
			"gi",
		),
		read: (m, reference, calendar) => {
			const named = monthOf(m[3] ?? m[4]);
			const first = named > 0 ? monthDay(reference, named, 1) : `${addMonths(reference, m[2] === undefined ? 0 : 1).slice(0, 7)}-01`;
			if (first === null) return null;
			return dayOfMonth(Number(first.slice(0, 4)), Number(first.slice(5, 7)), partOf(m[1]), calendar);
		},
	},
	{
		// `sous 10 jours`, `d'ici deux semaines`, `dans 5 jours ouvrés`, `sous 48 h`, `en une à deux semaines`
		pattern: new RegExp(
			String.raw`${WITHIN}${COUNT}(?:\s*(?:-|–|à|a|ou)\s*${COUNT})?\s*(jours?\s+ouvr(?:[ée]s|ables)|jours?|semaines?|mois|heures?|h${END})`,
			"gi",
		),
		read: (m, reference, calendar) => {
			const count = countOf(m[2]) ?? countOf(m[1]);
			if (count === null) return null;
			const unit = (m[3] ?? "").toLowerCase();
			if (/ouvr/.test(unit)) return addBusinessDays(reference, count, calendar);
			if (unit.startsWith("semaine")) return addDays(reference, 7 * count);
			if (unit === "mois") return addMonths(reference, count);
			if (unit.startsWith("h")) return addDays(reference, Math.ceil(count / 24));
			return addDays(reference, daysOf(count));
		},
	},
	{
		// `sous huitaine`, `d'ici une quinzaine de jours`
		pattern: new RegExp(String.raw`${WITHIN}(?:une\s+)?(huitaine|quinzaine)(?:\s+de\s+jours)?`, "gi"),
		read: (m, reference) => addDays(reference, (m[1] ?? "").toLowerCase() === "huitaine" ? 7 : 14),
	},
	{
		// `la semaine prochaine`, `début de la semaine prochaine`, `fin de semaine`, `cette semaine`
		pattern: new RegExp(
			String.raw`\b(?:${PART}\s+(?:de\s+)?)?(?:la\s+)?(?:(semaine\s+prochaine|prochaine\s+semaine)|(cette\s+semaine))|\b${PART}\s+de\s+(?:la\s+)?(semaine)${END}`,
			"gi",
		),
		read: (m, reference, calendar) => dayOfWeek(m[2] !== undefined ? addDays(reference, 7) : reference, partOf(m[1] ?? m[4]), calendar),
	},
	{
		// `mercredi 25`, `lundi prochain`, `vendredi`
		pattern: new RegExp(String.raw`\b${WEEKDAY}(?:\s+prochain${END})?(?:\s+(\d{1,2})(?:er)?\b(?!\s*(?:h|heures?|:)))?`, "gi"),
		read: (m, reference) => (m[2] !== undefined ? nextDate(reference, Number(m[2])) : nextWeekday(reference, weekdayOf(m[1]))),
	},
	{
		// `demain`, `après-demain`
		pattern: /\b(apr[èe]s[-\s])?demain(?![a-zà-ÿ])/gi,
		read: (m, reference) => addDays(reference, m[1] === undefined ? 1 : 2),
	},
	{
		// `le 27`, `avant le 1er`, `d'ici au 30`
		pattern:
			/\b(?:le|au|du)\s+(\d{1,2})(?:er)?\b(?!\s*(?:[/:.,h]\s*\d|h\b|heures?|min|ans?\b|%|€|jours?|semaines?|mois|personnes?|candidat))/gi,
		read: (m, reference) => nextDate(reference, Number(m[1])),
	},
];

/**
 * The text before a date that gives it to another event: an interview, a meeting, the
 * user's own reminder, a holiday (`prochain entretien le 2 décembre`, `relance prévue le
 * 30/11`, `rentre de vacances le 30`), with at most a few linking words between.
 */
const OTHER_EVENT = new RegExp(
	String.raw`\b(?:entretiens?|rendez-vous|rdv|visio|r[ée]unions?|relances?|vacances|appel|rencontre)\s+(?:(?:pr[ée]vue?s?|fix[ée]e?s?|programm[ée]e?s?|cal[ée]e?s?|pour|le|du|au|ce|d[èe]s)\s+){0,3}$`,
	"i",
);

/** True when a text may state a date in French: it holds a French cue word. */
function mayStateFrenchDate(text: string): boolean {
	return CUE_STEMS.test(text) && FRENCH_CUE.test(text);
}

/** The stated date of one French sentence (its latest date ahead of the reference), or null. */
function readFrenchSentence(sentence: string, reference: Day, calendar: BusinessCalendar): Statement | null {
	if (/\?/.test(sentence) || NOT_THEIRS.test(sentence)) return null;
	const kind: StatedDateKind | null = CALL_BACK_CUE.test(sentence) ? "call-back" : DECISION_CUE.test(sentence) ? "decision" : null;
	if (kind === null) return null;
	return latestStatement(sentence, kind, PATTERNS, reference, calendar, (before) => OTHER_EVENT.test(before));
}

/** French, for findStatedDates: slashed dates are day first. */
export const FRENCH: LanguageReader = {
	mayState: mayStateFrenchDate,
	dateOrder: "DMY",
	afterLeadingDate: afterLeadingDayFirstDate,
	sentences: (text) => sentencesOf(text).map((sentence) => sentence.text),
	read: readFrenchSentence,
};
