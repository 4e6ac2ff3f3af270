/**
 * Decision dates and call-back days stated in Spanish (existing-vaults.md §6 for a vault
 * written in Spanish): `me darán una respuesta antes del viernes 27`, `tendré noticias la
 * semana que viene`, `me pidió que le llame el miércoles`.
 *
 * Read by patterns of our own, as for Chinese (chinese.ts): the forms are few and take the
 * English readings (a weekday is the first one after the reference, `el próximo lunes`
 * too; a week is its last business day; a count of days or weeks is counted from the
 * reference; a range takes its longer end). A sentence counts when it holds a cue about
 * their answer (or a call-back) and a date, and neither says no (`no me dijeron cuándo`),
 * reports the answer as come (`ya me contestaron`), nor makes it the user's own
 * (`tengo que decidir antes del viernes`, `responder a la oferta`). Of its dates the
 * latest counts. Only a text with a Spanish cue word is read here, so English notes pay
 * one regular-expression test.
 */
import { addBusinessDays, addDays, type BusinessCalendar, IBERIAN_MONTHS as MONTHS, monthOf } from "../dates";
import type { Day } from "../model";
import { afterLeadingDayFirstDate, type DateForm, latestStatement, monthDay, nextDate, nextWeekday } from "./day-first";
import { dayOfWeek } from "./expressions";
import type { StatedDateKind } from "./index";
import type { LanguageReader, Statement } from "./language";
import { sentencesOf } from "./units";

/**
 * Their answer or decision (`el equipo decide el siguiente paso`, `decidirá`), news from them, or them getting in touch (`me llamarán`); also
 * the Portuguese nouns for the same (`a decisão sai até sexta, 27/11`), whose dates read alike.
 */
const DECISION_CUE =
	/\b(?:respuesta|decisión|decisão|resposta|retorno|decid(?:en|an|ir[aá]n?)|decide(?=\s+(?:el|la|los|las|si|antes|entre|esta|este)\s)|(?:tendr[ée]|tendremos|habr[aá])\s+noticias|(?:me|nos)\s+(?:dir[aá]n?|contestar[aá]n?|responder[aá]n?|avisar[aá]n?|escribir[aá]n?|llamar[aá]n?|confirmar[aá]n?))(?![a-záéíóúñü])/i;
/** The user is to phone them: `que le llame`, `llámame`, `volver a llamarla`. */
const CALL_BACK_CUE =
	/\b(?:(?:le|la|les)\s+(?:llame|llamara|vuelva\s+a\s+llamar)|ll[aá]m(?:ame|eme|ale|ela|arle|arla|arles)|llamarl[aeo]s?|volver\s+a\s+llamar|devolver(?:le)?\s+la\s+llamada)/i;
/** No date given, the answer already come, or the decision or answer the user's own. */
const NOT_THEIRS =
	/\bno\s+(?:me\s+|nos\s+)?(?:dijeron|dijo|han\s+dicho|dieron|han\s+dado|sé|sabemos|hay|concretaron)(?![a-záéíóúñü])|\bya\s+(?:me\s+|nos\s+)?(?:dieron|contestaron|respondieron|dijeron|llamaron|escribieron)|\b(?:recib[ií]|dio|dieron|envi[oó]|mand[oó]|lleg[oó]|tuve|obtuve|contestaron|respondieron)(?![a-záéíóúñü])|\b(?:tengo|tenemos|debo|necesito)\s+que\s+(?:decidir|responder|contestar|dar)|\bmi\s+(?:respuesta|decisi[oó]n)|\b(?:responder|contestar|aceptar)\s+(?:a\s+)?la\s+oferta/i;

/** Text that may state a date in Spanish: a cue, checked before anything else is read. */
const SPANISH_CUE = new RegExp(`${DECISION_CUE.source}|${CALL_BACK_CUE.source}`, "i");
/**
 * A stem of every cue above, as plain literals without `\b` or the `i` flag: a text with
 * none of them (every English note) is passed over at about half the cost of SPANISH_CUE.
 */
const CUE_STEMS =
	/[lL]l[aá]m|espuesta|esposta|ecisión|ecisão|etorno|oticias|ecid|dir[aá]|contestar|responder|avisar|escribir|confirmar|devolver/;

/** Sunday = 0 … Saturday = 6, as `weekday` numbers them; accents optional. */
const WEEKDAYS = ["domingo", "lunes", "martes", "mi[eé]rcoles", "jueves", "viernes", "s[aá]bado"];
const COUNTS: Readonly<Record<string, number>> = {
	un: 1,
	una: 1,
	uno: 1,
	dos: 2,
	"un par de": 2,
	tres: 3,
	cuatro: 4,
	cinco: 5,
	seis: 6,
	siete: 7,
	ocho: 8,
	nueve: 9,
	diez: 10,
	quince: 15,
};
const COUNT = String.raw`(\d{1,2}|un\s+par\s+de|una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince)`;

function countOf(word: string | undefined): number | null {
	if (word === undefined) return null;
	const w = word.toLowerCase().replace(/\s+/g, " ");
	return /^\d+$/.test(w) ? Number(w) : (COUNTS[w] ?? null);
}

function weekdayOf(word: string): number {
	return WEEKDAYS.findIndex((w) => new RegExp(`^${w}$`, "i").test(word));
}

/** The part of a week a phrase names: `principios de` early, `mediados de` mid, else its end. */
function partOf(word: string | undefined): "early" | "mid" | "end" {
	const w = (word ?? "").toLowerCase();
	return w.startsWith("principio") ? "early" : w.startsWith("mediado") ? "mid" : "end";
}

const WEEKDAY = `(${WEEKDAYS.join("|")})`;
const WEEK_PART = String.raw`(?:(?:a\s+)?(principios|mediados|finales|final)\s+de\s+)?`;

/** The date forms, most specific first; a later form never reads text an earlier one took. */
const PATTERNS: readonly DateForm[] = [
	{
		// `2026-11-27`
		pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gi,
		read: (m, reference) => monthDay(reference, Number(m[2]), Number(m[3]), m[1]),
	},
	{
		// `27 de noviembre`, `1 de diciembre de 2026`, `27 de novembro`
		pattern: new RegExp(String.raw`\b(\d{1,2})\s+de\s+(${MONTHS.join("|")})(?:\s+(?:de|del)\s+(\d{4}))?`, "gi"),
		read: (m, reference) => monthDay(reference, monthOf(m[2] ?? ""), Number(m[1]), m[3]),
	},
	{
		// `27/11`, `27/11/2026`: day first, as Spanish writes it
		pattern: /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\b/gi,
		read: (m, reference) => monthDay(reference, Number(m[2]), Number(m[1]), m[3]),
	},
	{
		// `el viernes 27`, `el próximo lunes`, `el martes que viene`, `miércoles`
		pattern: new RegExp(
			String.raw`\b(?:pr[oó]ximo\s+)?${WEEKDAY}(?:\s+(?:que\s+viene|pr[oó]ximo))?(?:\s+(?:d[ií]a\s+)?(\d{1,2})\b)?`,
			"gi",
		),
		read: (m, reference) => (m[2] !== undefined ? nextDate(reference, Number(m[2])) : nextWeekday(reference, weekdayOf(m[1] ?? ""))),
	},
	{
		// `la semana que viene`, `a principios de la próxima semana`, `finales de esta semana`
		pattern: new RegExp(
			String.raw`\b${WEEK_PART}(?:la\s+)?(?:(semana\s+que\s+viene|pr[oó]xima\s+semana|semana\s+pr[oó]xima)|(esta\s+semana))`,
			"gi",
		),
		read: (m, reference, calendar) => dayOfWeek(m[3] !== undefined ? reference : addDays(reference, 7), partOf(m[1]), calendar),
	},
	{
		// `en dos semanas`, `dentro de 5 días hábiles`, `en un plazo de una o dos semanas`
		pattern: new RegExp(
			String.raw`\b(?:en|dentro\s+de|en\s+(?:un\s+)?plazo\s+de|en\s+los\s+pr[oó]ximos|en\s+las\s+pr[oó]ximas)\s+${COUNT}(?:\s*(?:-|–|a|o|u)\s*${COUNT})?\s+(d[ií]as\s+(?:h[aá]biles|laborables)|d[ií]as|semanas?)\b`,
			"gi",
		),
		read: (m, reference, calendar) => {
			const count = countOf(m[2]) ?? countOf(m[1]);
			if (count === null) return null;
			const unit = (m[3] ?? "").toLowerCase();
			if (/h[aá]biles|laborables/.test(unit)) return addBusinessDays(reference, count, calendar);
			return addDays(reference, unit.startsWith("semana") ? 7 * count : count);
		},
	},
	{
		// `el 27`, `antes del 27`, `para el día 30`
		pattern: /\b(?:el|del|al|d[ií]a)\s+(?:d[ií]a\s+)?(\d{1,2})\b(?!\s*(?:[/:.,]\d|h\b|horas|de\s+la|minutos))/gi,
		read: (m, reference) => nextDate(reference, Number(m[1])),
	},
];

/** True when a text may state a date in Spanish: it holds a Spanish cue word. */
function mayStateSpanishDate(text: string): boolean {
	return CUE_STEMS.test(text) && SPANISH_CUE.test(text);
}

/** The stated date of one Spanish sentence (its latest date ahead of the reference), or null. */
function readSpanishSentence(sentence: string, reference: Day, calendar: BusinessCalendar): Statement | null {
	if (/[¿?]/.test(sentence) || NOT_THEIRS.test(sentence)) return null;
	const kind: StatedDateKind | null = CALL_BACK_CUE.test(sentence) ? "call-back" : DECISION_CUE.test(sentence) ? "decision" : null;
	if (kind === null) return null;
	return latestStatement(sentence, kind, PATTERNS, reference, calendar);
}

/** Spanish, for findStatedDates: slashed dates are day first. */
export const SPANISH: LanguageReader = {
	mayState: mayStateSpanishDate,
	dateOrder: "DMY",
	afterLeadingDate: afterLeadingDayFirstDate,
	sentences: (text) => sentencesOf(text).map((sentence) => sentence.text),
	read: readSpanishSentence,
};
