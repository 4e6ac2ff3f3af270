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
import { addBusinessDays, addDays, type BusinessCalendar, weekday } from "../dates";
import type { Day } from "../model";
import { dayOfWeek } from "./expressions";
import type { StatedDateKind } from "./index";
import type { LanguageReader, Statement } from "./language";
import { sentencesOf } from "./units";

/** Their answer or decision, news from them, or them getting in touch (`me llamarán`). */
const DECISION_CUE =
	/\b(?:respuesta|decisión|decidir[aá]n|decidan|(?:tendr[ée]|tendremos|habr[aá])\s+noticias|(?:me|nos)\s+(?:dir[aá]n?|contestar[aá]n?|responder[aá]n?|avisar[aá]n?|escribir[aá]n?|llamar[aá]n?|confirmar[aá]n?))(?![a-záéíóúñü])/i;
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
const CUE_STEMS = /[lL]l[aá]m|espuesta|ecisión|oticias|decidir|decidan|dir[aá]|contestar|responder|avisar|escribir|confirmar|devolver/;

const MONTHS = [
	"enero",
	"febrero",
	"marzo",
	"abril",
	"mayo",
	"junio",
	"julio",
	"agosto",
	"septiembre",
	"octubre",
	"noviembre",
	"diciembre",
];
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

/** The first day after `reference` that is the given weekday (0–6). */
function nextWeekday(reference: Day, wanted: number): Day {
	return addDays(reference, ((wanted - weekday(reference) + 6) % 7) + 1);
}

/** The first day on or after `reference` whose date is `date` (`el 27`, `el viernes 27`). */
function nextDate(reference: Day, date: number): Day | null {
	if (date < 1 || date > 31) return null;
	for (let i = 0; i < 62; i++) {
		const day = addDays(reference, i);
		if (Number(day.slice(8, 10)) === date) return day;
	}
	return null;
}

/** A month and day near the reference: this year, or the next when that is long past. */
function monthDay(reference: Day, month: number, date: number, year: number | null): Day | null {
	if (month < 1 || month > 12 || date < 1 || date > 31) return null;
	let y = year === null ? Number(reference.slice(0, 4)) : year < 100 ? 2000 + year : year;
	const day = (): Day => `${y}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
	if (year === null && day() < addDays(reference, -180)) y += 1;
	return day();
}

/** The part of a week a phrase names: `principios de` early, `mediados de` mid, else its end. */
function partOf(word: string | undefined): "early" | "mid" | "end" {
	const w = (word ?? "").toLowerCase();
	return w.startsWith("principio") ? "early" : w.startsWith("mediado") ? "mid" : "end";
}

type Read = (m: RegExpMatchArray & { index: number }, reference: Day, calendar: BusinessCalendar) => Day | null;

const WEEKDAY = `(${WEEKDAYS.join("|")})`;
const WEEK_PART = String.raw`(?:(?:a\s+)?(principios|mediados|finales|final)\s+de\s+)?`;

/** The date forms, most specific first; a later form never reads text an earlier one took. */
const PATTERNS: readonly { pattern: RegExp; read: Read }[] = [
	{
		// `2026-11-27`
		pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gi,
		read: (m, reference) => monthDay(reference, Number(m[2]), Number(m[3]), Number(m[1])),
	},
	{
		// `27 de noviembre`, `1 de diciembre de 2026`
		pattern: new RegExp(String.raw`\b(\d{1,2})\s+de\s+(${MONTHS.join("|")})(?:\s+(?:de|del)\s+(\d{4}))?`, "gi"),
		read: (m, reference) =>
			monthDay(reference, MONTHS.indexOf((m[2] ?? "").toLowerCase()) + 1, Number(m[1]), m[3] === undefined ? null : Number(m[3])),
	},
	{
		// `27/11`, `27/11/2026`: day first, as Spanish writes it
		pattern: /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\b/gi,
		read: (m, reference) => monthDay(reference, Number(m[2]), Number(m[1]), m[3] === undefined ? null : Number(m[3])),
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

/** A day-first date that opens an entry (`18/11 Email de Carmen: …`): the day its text is read from. */
const LEADING_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?[\s:,–—-]+/;

/** A text without the day-first date that opens it, and the day to read it from (that date, else the reference). */
function afterLeadingSpanishDate(text: string, reference: Day): { text: string; reference: Day } {
	const m = LEADING_DATE.exec(text);
	const day = m === null ? null : monthDay(reference, Number(m[2]), Number(m[1]), m[3] === undefined ? null : Number(m[3]));
	return m === null || day === null ? { text, reference } : { text: text.slice(m[0].length), reference: day };
}

/** True when a text may state a date in Spanish: it holds a Spanish cue word. */
function mayStateSpanishDate(text: string): boolean {
	return CUE_STEMS.test(text) && SPANISH_CUE.test(text);
}

/** The stated date of one Spanish sentence (its latest date ahead of the reference), or null. */
function readSpanishSentence(sentence: string, reference: Day, calendar: BusinessCalendar): Statement | null {
	if (/[¿?]/.test(sentence) || NOT_THEIRS.test(sentence)) return null;
	const kind: StatedDateKind | null = CALL_BACK_CUE.test(sentence) ? "call-back" : DECISION_CUE.test(sentence) ? "decision" : null;
	if (kind === null) return null;
	const taken: [number, number][] = [];
	let best: Statement | null = null;
	for (const { pattern, read } of PATTERNS) {
		for (const m of sentence.matchAll(pattern)) {
			const start = m.index;
			const end = start + m[0].length;
			if (taken.some(([a, b]) => start < b && end > a)) continue;
			taken.push([start, end]);
			const day = read(m, reference, calendar);
			if (day === null || day < reference || (best !== null && best.day >= day)) continue;
			best = { kind, day, text: m[0].trim() };
		}
	}
	return best;
}

/** Spanish, for findStatedDates: slashed dates are day first. */
export const SPANISH: LanguageReader = {
	mayState: mayStateSpanishDate,
	dateOrder: "DMY",
	afterLeadingDate: afterLeadingSpanishDate,
	sentences: (text) => sentencesOf(text).map((sentence) => sentence.text),
	read: readSpanishSentence,
};
