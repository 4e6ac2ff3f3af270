/**
 * Decision dates and call-back days stated in Chinese (existing-vaults.md §6 for a vault
 * written in Chinese): `周倩说11月20日之前会给我答复`, `下周三前通知结果`,
 * `两周内会有消息`, `让我周五给她回电话`.
 *
 * chrono-node's Chinese parser is not used: the forms people write are few and regular,
 * so they are read here, with the same readings as the English expressions (a weekday is
 * the first one after the reference; `下周` alone is the last business day of next week;
 * a count of weeks or days is counted from the reference). A sentence counts when it
 * holds a cue about their answer (or a call-back) and one of these dates, and does not
 * report the answer as already come (`已经收到答复`). Korean writes the same dates with its
 * own marks (`11월 25일까지 결과 안내`), so its words for the result and the word from them
 * are read here too.
 */
import { addBusinessDays, addDays, type BusinessCalendar, weekday } from "../dates";
import type { Day } from "../model";
import { monthDay } from "./day-first";
import { dayOfWeek } from "./expressions";
import type { StatedDateKind } from "./index";
import type { LanguageReader, Statement } from "./language";

/**
 * Their answer, result or decision; the news they will send. Japanese writes the same
 * dates (`11月25日`), so its words for the result and the word from them are here too
 * (`結果は11月25日までに連絡`, `返事は来週`).
 */
const DECISION_CUE = /答复|回复|回音|结果|通知|消息|反馈|决定|准信|答案|結果|連絡|返事|回答|결과|연락|안내|답변|알려/;
/** The user is to phone them: `给她回电话`, `回电`, `打电话给他`. */
const CALL_BACK_CUE = /回电|(?:给|跟)(?:他|她|他们|她们|对方|[\p{Script=Han}]{1,3})?(?:打|回)(?:个|一个)?电话|打电话给/u;
/** The answer already came (`連絡が来た`, `返事をもらった`, `연락 받았다`), or the user is the one to answer (`我周五前回复他们`). */
const PAST_OR_MINE = /已经|已|收到|得到|拿到|接到|(?:^|[，,])我[^，,]{0,8}(?:决定|答复|回复|回信)|来た|届い|もらっ|受け取|받았|받음|왔다/;

const WEEKDAYS = "一二三四五六日天";
const NUMBERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** `两`, `10`, `十`: a small count. */
function countOf(text: string): number | null {
	return /^\d+$/.test(text) ? Number(text) : (NUMBERS[text] ?? null);
}

/** Monday = 1 … Sunday = 7, as `周一`…`周日` number them. */
function weekdayOf(char: string): number {
	const at = WEEKDAYS.indexOf(char);
	return at >= 6 ? 7 : at + 1;
}

/** The first day after `reference` that is the given weekday (1–7), or that weekday of next week (`下周三`). */
function nextWeekday(reference: Day, wanted: number, nextWeek: boolean): Day {
	if (nextWeek) {
		const monday = addDays(reference, 7 - ((weekday(reference) + 6) % 7));
		return addDays(monday, wanted - 1);
	}
	for (let i = 1; i <= 7; i++) {
		const day = addDays(reference, i);
		if (((weekday(day) + 6) % 7) + 1 === wanted) return day;
	}
	return reference;
}

const PATTERNS: readonly { pattern: RegExp; read: (m: RegExpExecArray, reference: Day, calendar: BusinessCalendar) => Day | null }[] = [
	{
		// `2026年11月20日`, `11月20日`, `11月20号`, Korean `11월 20일`
		pattern: /(?:(\d{4})[年년]\s?)?(\d{1,2})[月월]\s?(\d{1,2})[日号일]/,
		read: (m, reference) => monthDay(reference, Number(m[2]), Number(m[3]), m[1]),
	},
	{
		// `下周三`, `周五`, `星期五`, `礼拜一`
		pattern: new RegExp(`(下)?(?:个)?(?:周|星期|礼拜)([${WEEKDAYS}])`),
		read: (m, reference) => nextWeekday(reference, weekdayOf(m[2] ?? ""), m[1] !== undefined),
	},
	{
		// `两周内`, `一个星期之内`, `10天以内`, `三个工作日内`
		pattern: /(\d+|[一二两三四五六七八九十])(?:个)?(周|星期|礼拜|工作日|天)(?:之内|以内|内)/,
		read: (m, reference, calendar) => {
			const count = countOf(m[1] ?? "");
			if (count === null) return null;
			const unit = m[2] ?? "";
			return unit === "工作日" ? addBusinessDays(reference, count, calendar) : addDays(reference, unit === "天" ? count : 7 * count);
		},
	},
	{
		// `下周`, `下个星期`: the last business day of next week
		pattern: /下(?:个)?(?:周|星期|礼拜)/,
		read: (_m, reference, calendar) => dayOfWeek(addDays(reference, 7), "end", calendar),
	},
];

/** A date that opens an entry (`11月17日：`, `11월 17일`, `2026-11-17`): the day its text is read from. */
const LEADING_DATE = /^(?:(?:(\d{4})[年년]\s?)?(\d{1,2})[月월]\s?(\d{1,2})[日号일]|(\d{4})-(\d{2})-(\d{2}))[\s:：,，]+/;

/** A text without the date that opens it, and the day to read it from (that date, else the reference). */
function afterLeadingDate(text: string, reference: Day): { text: string; reference: Day } {
	const m = LEADING_DATE.exec(text);
	if (m === null) return { text, reference };
	const day = m[4] !== undefined ? `${m[4]}-${m[5]}-${m[6]}` : monthDay(reference, Number(m[2]), Number(m[3]), m[1]);
	return { text: text.slice(m[0].length), reference: day ?? reference };
}

/** True when a line may state a date in Chinese (or Korean): Han characters (or Hangul) and a cue. */
function mayStateChineseDate(line: string): boolean {
	return HAN.test(line) && (DECISION_CUE.test(line) || CALL_BACK_CUE.test(line));
}

/** The stated date of one Chinese sentence, or null. */
function readChineseSentence(sentence: string, reference: Day, calendar: BusinessCalendar): Statement | null {
	const kind: StatedDateKind | null = CALL_BACK_CUE.test(sentence) ? "call-back" : DECISION_CUE.test(sentence) ? "decision" : null;
	if (kind === null || PAST_OR_MINE.test(sentence)) return null;
	for (const { pattern, read } of PATTERNS) {
		const m = pattern.exec(sentence);
		if (m === null) continue;
		const day = read(m, reference, calendar);
		if (day !== null) return { kind, day, text: m[0] };
	}
	return null;
}

/** Han characters or Hangul: text that may be Chinese, Japanese or Korean. */
export const HAN = /[\p{Script=Han}\p{Script=Hangul}]/u;

/** A Chinese text's sentences: split at `。！？；` and line ends (and at a full stop before a space, as Korean ends them). */
function chineseSentences(text: string): string[] {
	return text
		.split(/[。！？；\n]|\.(?=\s|$)/)
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

/** Chinese, for findStatedDates. */
export const CHINESE: LanguageReader = {
	mayState: mayStateChineseDate,
	afterLeadingDate,
	sentences: chineseSentences,
	read: readChineseSentence,
};
