/**
 * One dated entry from its texts, whatever it was read from (a table row, a list item):
 * what it records, with whom, and whether it happened yet.
 */
import { daysBetween } from "../dates";
import type { Day } from "../model";
import type { Origin, TimelineEntry } from "../timeline-types";
import { CALLED_OFF, DENIAL, PRACTICE } from "../vocabulary";
import type { DateContext } from "./context";
import { dateWithin, datesWithin } from "./entry-date";
import {
	interviewPlacement,
	LEADING_LABEL,
	mergeSigns,
	placed,
	placeSigns,
	places,
	readSigns,
	type EntrySigns,
	type Placement,
} from "./entry-words";
import { clausesIn, sentencesIn } from "./sentence-ends";

/** How a task box reads: done (`[x]`), open (`[ ]`, `[/]`, …), cancelled (`[-]`), or no box. */
export type TaskState = "done" | "open" | "cancelled" | null;

/** What a reader found for one dated entry. */
export interface DatedText {
	/** The day. */
	date: Day;
	/** The text that says what the entry is (a list item's own line, a table's type columns). */
	main: string;
	/**
	 * A status the entry moved the application to (a timeline map's `status`), read after
	 * `main` and before `more`. It can be an answer or an application (`Rejected`, `Offer`,
	 * `Applied`), never an interview: a stage (`Interviewing`, `Screening`) says where the
	 * application stands, not that a meeting was held that day.
	 */
	status?: string;
	/** Text read only for what `main` does not say (nested items, notes columns). */
	more: string;
	/** The entry's text as shown, without its date. */
	text: string;
	/** A counterpart named by the structure (a table's person column), or null. */
	person: string | null;
	/** A direction the structure implies (a `Sent` date column, a `To` or `From` column), used when the words name none. */
	direction: "sent" | "received" | null;
	/** The heading above, read only when the entry's words place nothing (`## Interviews`). */
	heading: string | null;
	/** The task box, if any. */
	task: TaskState;
	/** Where it was read. */
	origin: Origin;
}

/** A dated text read from its own words alone: no further text, and no person, direction or heading around it. */
export function wordsOnly(date: Day, main: string, text: string, task: TaskState, origin: Origin): DatedText {
	return { date, main, more: "", text, person: null, direction: null, heading: null, task, origin };
}

/** The timeline entry for a dated text. */
export function datedEntry(found: DatedText, ctx: DateContext): TimelineEntry {
	const main = readSigns(found.main, ctx.vocabulary);
	const status = found.status === undefined || found.status === "" ? null : readSigns(found.status, ctx.vocabulary);
	if (status !== null) status.interview = false;
	const more = found.more === "" ? null : readSigns(found.more, ctx.vocabulary);
	const stated = status === null ? main : mergeSigns(main, status);
	const signs = more === null ? stated : mergeSigns(stated, more);
	if (found.direction !== null && !(signs.sent || signs.received || signs.weakSent || signs.weakReceived)) {
		if (found.direction === "sent") signs.sent = true;
		else signs.received = true;
	}
	let placement = placeSigns(signs);
	// `11/20 | | nothing yet` under `## Interview Timeline`: words that deny take nothing from the heading.
	if (placement.event === "other" && found.heading && !DENIAL.test(found.text))
		placement = fromHeading(found.heading, signs, ctx) ?? placement;
	// `Phone screen with Callum. He asked me to ring him Wednesday to book round two.`: an
	// invitation in a later sentence does not unmake the interview the first one records.
	if (placement.kind === "invite") {
		const [first, ...rest] = sentencesIn(found.main);
		const said = first === undefined || rest.length === 0 ? null : placeSigns(readSigns(first, ctx.vocabulary));
		if (said?.event === "interview") placement = said;
	}
	// An answer that names an interview on a later day invites to it, when said in one sentence
	// (a later one may give the day they decide by: `Went well. Decision by 27 Nov`): by an
	// invitation's words (`booked the onsite for 11/27`), or with the interview named right
	// after the day (`HR 来电，约了 11-20 二面`). A later day alone is often a decision's
	// (`Phone screen, recruiter replied they'll decide by 11/27`).
	const later = placement.event === "interview" && signs.outcomes.size > 0 ? datesWithin(found.text, ctx).next().value : undefined;
	if (
		later !== undefined &&
		later.date > found.date &&
		sentencesIn(found.main).length === 1 &&
		(signs.outcomes.has("invite") || readSigns(later.rest.trim().split(/[\s,;，；。]/)[0] ?? "", ctx.vocabulary).interview)
	)
		placement = placed("received", "invite");
	placement = asOf(placement, signs, found, ctx.reference);

	const named = found.person === null ? (main.person ?? more?.person ?? null) : null;
	const person = found.person ?? named?.name ?? null;
	const entry: TimelineEntry = {
		date: found.date,
		event: placement.event,
		kind: placement.kind,
		format: placement.format,
		person,
		text: found.text,
		origin: found.origin,
	};
	if (named !== null && named.others.length > 0) entry.others = named.others;
	// An invitation to an interview that names its day (`Stage 1 booked | Video call on 2026-11-24`).
	if (placement.event === "received" && placement.kind === "invite" && (signs.interview || signs.format !== null)) {
		const on = dateWithin(found.text, ctx);
		if (on !== null && on > found.date) {
			entry.interviewOn = on;
			entry.format = signs.format;
		}
	}
	return entry;
}

/**
 * The timeline entries for a dated text: its entry, and before it the interview its first
 * sentence tells of when the whole records a message sent after it (`HR interview (phone)
 * with the recruiter. Thanked her by email afterwards.`): one line, two events. A status
 * label opening the text (`(Interviewing): …`) is no part of that first sentence.
 */
export function datedEntries(found: DatedText, ctx: DateContext): TimelineEntry[] {
	const entry = datedEntry(found, ctx);
	if (entry.event !== "sent") return [entry];
	const label = LEADING_LABEL.exec(found.main);
	const [first, ...rest] = clausesIn(found.main.slice(label === null ? 0 : label[0].length));
	if (first === undefined || rest.length === 0) return [entry];
	const interview = datedEntry({ ...found, main: first, more: "" }, ctx);
	return interview.event === "interview" ? [{ ...interview, text: entry.text }, entry] : [entry];
}

/**
 * What a heading says of the entries under it, when their own words say nothing: an
 * interview (`## Interviews`), a message sent (`## Follow-ups`: its kind unknown), an
 * answer received, an application.
 */
function fromHeading(heading: string, signs: EntrySigns, ctx: DateContext): Placement | null {
	const said = readSigns(heading, ctx.vocabulary);
	if (!places(said)) return null;
	const placement = placeSigns(said);
	switch (placement.event) {
		case "interview":
			return interviewPlacement(signs.format ?? said.format);
		case "sent":
			return placed("sent", "message");
		case "received":
			return placed("received", "reply");
		case "applied":
			return placement;
		default:
			return null;
	}
}

/**
 * The placement as of the reference day. An interview booked for a later day is that
 * interview. A message, answer or application dated after the reference day cannot have
 * happened yet: it is a plan (`other`). An open task is a plan too unless its words say
 * it was done (`sent`, `followed up`); a task for an interview stays the interview (a
 * round, past or upcoming). A cancelled task is `other`, as is an interview whose words
 * or status call it off (`Interview cancelled`, `status: Cancelled`; CALLED_OFF), or that is
 * only practice (`Mock interview with Sam`; PRACTICE).
 */
function asOf(placement: Placement, signs: EntrySigns, found: DatedText, reference: Day): Placement {
	const plan = placed("other");
	const future = daysBetween(reference, found.date) > 0;
	if (found.task === "cancelled") return plan;
	if (
		placement.event === "interview" &&
		(CALLED_OFF.test(found.main) || CALLED_OFF.test(found.status ?? "") || PRACTICE.test(found.main))
	)
		return plan;
	if (future && placement.event === "received" && placement.kind === "invite" && signs.interview) {
		return interviewPlacement(signs.format);
	}
	if (placement.event === "interview" || placement.event === "other") return placement;
	if (future) return plan;
	if (found.task === "open" && !signs.happened) return plan;
	return placement;
}
