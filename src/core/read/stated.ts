/**
 * Decision dates and call-back days the note states only in words (existing-vaults.md §6),
 * joined into a note already read. A property always wins: the body is read for a kind
 * only when the current round has no day of that kind.
 *
 * Reading sentences runs chrono-node, whose first parse is slow, so a note is handed to
 * it only when one of its lines holds both a cue word and something that may be a date
 * (`mayStateDate`): most notes never are.
 */
import type { BusinessCalendar } from "../dates";
import type { InterviewNote, Origin, Round } from "../model";
import { currentStatedDate, findStatedDates, type DateOrder, type StatedDate } from "../sentences";
import { MAY_HOLD_CUE } from "../sentences/cues";

/** The text of a note after its frontmatter, and where it starts in the file. */
export interface NoteBody {
	/** The text after the frontmatter. */
	text: string;
	/** The 1-based line of the file on which `text` starts. */
	firstLine: number;
}

/**
 * Something that may be part of a date expression: a digit, a month or weekday name (or
 * its start), a day, week, month or year word, or a shorthand such as `EOW` or `tmrw`.
 * Loose on purpose: it only spares chrono-node the lines that cannot hold a date.
 */
const MAY_HOLD_DATE =
	/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|day|week|wk|fortnight|month|year|tom+or+ow|tmr|tonight|morning|evening|afternoon|\beo[dwm]\b|\bcob\b/i;

/** True when some line of the text holds both a cue word and something that may be a date. */
export function mayStateDate(text: string): boolean {
	if (!MAY_HOLD_CUE.test(text)) return false;
	for (const line of text.split("\n")) {
		if (MAY_HOLD_CUE.test(line) && MAY_HOLD_DATE.test(line)) return true;
	}
	return false;
}

/** Where a stated date was read: its sentence and line. */
export function sentenceOrigin(stated: StatedDate): Origin {
	return { from: "sentence", line: stated.line, quote: stated.sentence };
}

/**
 * The note with the decision date and call-back day its body states, for each kind its
 * current round (the latest) has no day of. Sentences are read relative to that round's
 * date; a note without an interview date is left as it is, as is one whose body holds no
 * statement.
 */
export function withStatedDates(
	note: InterviewNote,
	body: NoteBody | null,
	calendar: BusinessCalendar,
	dateOrder: DateOrder,
): InterviewNote {
	const reference = note.interviewDate;
	if (body === null || reference === null) return note;
	const wantsDecision = note.decisionDate === null;
	const wantsCallBack = note.callBack === null;
	if ((!wantsDecision && !wantsCallBack) || !mayStateDate(body.text)) return note;
	const found = findStatedDates(body.text, { reference, calendar, firstLine: body.firstLine, dateOrder });
	const decision = wantsDecision ? currentStatedDate(found, "decision") : null;
	const callBack = wantsCallBack ? currentStatedDate(found, "call-back") : null;
	if (decision === null && callBack === null) return note;

	const stated = {
		...(decision === null ? {} : { decisionDate: decision.day, decisionOrigin: sentenceOrigin(decision) }),
		...(callBack === null ? {} : { callBack: callBack.day, callBackOrigin: sentenceOrigin(callBack) }),
	};
	const rounds = note.rounds ?? [];
	const current = rounds[rounds.length - 1];
	const withRound: Round[] = current === undefined ? rounds : [...rounds.slice(0, -1), { ...current, ...stated }];
	return { ...note, ...stated, rounds: withRound };
}

/** Which stated dates to make properties: a decision date, a call-back day, or both. */
