/**
 * Decision dates and call-back days the note states only in words (existing-vaults.md §6),
 * joined into a note already read. A property always wins: the body is read for a kind
 * only when the current round has no day of that kind.
 *
 * Reading sentences runs chrono-node, which is slow, so only the lines that hold both a
 * cue word and something that may be a date (`mayStateDate`, in ../sentences) are read
 * as sentences: most lines of most notes never are.
 */
import type { BusinessCalendar } from "../dates";
import type { InterviewNote, Origin, Round } from "../model";
import { currentStatedDate, findStatedDates, type DateOrder, type StatedDate } from "../sentences";

/** The text of a note after its frontmatter, and where it starts in the file. */
export interface NoteBody {
	/** The text after the frontmatter. */
	text: string;
	/** The 1-based line of the file on which `text` starts. */
	firstLine: number;
}

/** Where a stated date was read: its sentence and line, and the log note when it is not the note itself. */
export function sentenceOrigin(stated: StatedDate, path?: string): Origin {
	return path === undefined
		? { from: "sentence", line: stated.line, quote: stated.sentence }
		: { from: "sentence", line: stated.line, quote: stated.sentence, path };
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
	if (!wantsDecision && !wantsCallBack) return note;
	const found = findStatedDates(body.text, { reference, calendar, firstLine: body.firstLine, dateOrder });
	// A status history kept in the frontmatter (`note: 結果は11月25日までに連絡`): each entry's
	// text, read relative to its own day. Such a sentence has no line of the file: the
	// property entry is where it was read.
	const properties = new Map<StatedDate, Origin>();
	for (const entry of note.timeline ?? []) {
		if (entry.origin.from !== "property") continue;
		for (const stated of findStatedDates(entry.text, { reference: entry.date, calendar, dateOrder })) {
			found.push(stated);
			properties.set(stated, entry.origin);
		}
	}
	const decision = wantsDecision ? currentStatedDate(found, "decision") : null;
	const callBack = wantsCallBack ? currentStatedDate(found, "call-back") : null;
	return withStated(note, decision, callBack, new Map(), properties);
}

/** The note, and its current round, with the stated dates found (each null for none). */
function withStated(
	note: InterviewNote,
	decision: StatedDate | null,
	callBack: StatedDate | null,
	paths: ReadonlyMap<StatedDate, string> = new Map(),
	properties: ReadonlyMap<StatedDate, Origin> = new Map(),
): InterviewNote {
	if (decision === null && callBack === null) return note;
	const origin = (date: StatedDate) => properties.get(date) ?? sentenceOrigin(date, paths.get(date));
	const stated = {
		...(decision === null ? {} : { decisionDate: decision.day, decisionOrigin: origin(decision) }),
		...(callBack === null ? {} : { callBack: callBack.day, callBackOrigin: origin(callBack) }),
	};
	const rounds = note.rounds ?? [];
	const current = rounds[rounds.length - 1];
	const withRound: Round[] = current === undefined ? rounds : [...rounds.slice(0, -1), { ...current, ...stated }];
	return { ...note, ...stated, rounds: withRound };
}

/**
 * The note with the decision date and call-back day stated in the log notes joined to it
 * (`Grace said they will decide by Wed 25 Nov`), for each kind neither its properties nor
 * its own text gave. Each log note is read relative to its own day; of several, the one
 * read relative to the latest day holds. Only notes still under way, as for the note's
 * own sentences in a vault's follow-ups (withStatedDatesForRules).
 */
export function withLogNoteStatedDates(
	note: InterviewNote,
	logBodies: ReadonlyMap<string, NoteBody>,
	calendar: BusinessCalendar,
	dateOrder: DateOrder,
): InterviewNote {
	if (note.status !== "active" || (note.decisionDate !== null && note.callBack !== null)) return note;
	const found: StatedDate[] = [];
	const paths = new Map<StatedDate, string>();
	const seen = new Set<string>();
	for (const entry of note.timeline ?? []) {
		if (entry.origin.from !== "log-note" || seen.has(entry.origin.path)) continue;
		seen.add(entry.origin.path);
		const body = logBodies.get(entry.origin.path);
		if (body === undefined) continue;
		for (const stated of findStatedDates(body.text, { reference: entry.date, calendar, firstLine: body.firstLine, dateOrder })) {
			found.push(stated);
			paths.set(stated, entry.origin.path);
		}
	}
	const decision = note.decisionDate === null ? currentStatedDate(found, "decision") : null;
	const callBack = note.callBack === null ? currentStatedDate(found, "call-back") : null;
	return withStated(note, decision, callBack, paths);
}

/**
 * withStatedDates for a vault's follow-ups: only notes still under way (status group
 * `active`) are read. Every rule that looks at a decision date or a call-back day
 * (callback, decision-check-in, check-in and the chain after it) is a rule of active
 * notes, so for the others the sentences would change nothing but the time spent.
 * Commands about one note (`explain`, `draft`, `log`) read every note's sentences.
 */
export function withStatedDatesForRules(
	note: InterviewNote,
	body: NoteBody | null,
	calendar: BusinessCalendar,
	dateOrder: DateOrder,
): InterviewNote {
	return note.status === "active" ? withStatedDates(note, body, calendar, dateOrder) : note;
}

/** Which stated dates to make properties: a decision date, a call-back day, or both. */
