/** stay-in-touch: once the process is over without an offer, a light touch every few weeks. */
import type { Day, LogEntry } from "../model";
import type { Rule, RuleContext, RuleExample } from "./context";
import { day, isMessage } from "./context";
import { hasChain } from "./chain";
import { addBusinessDays, addDays, onOrAfterBusinessDay } from "../dates";

/** What started the stay-in-touch clock, and when. */
interface Trigger {
	/** T. */
	day: Day;
	/** In words, for the reason. */
	what: string;
	/** The log entry that started the clock, or null (a status). */
	entry: LogEntry | null;
}

/** Every trigger of follow-up-rules.md that applies; the latest wins. */
function latestTrigger(context: RuleContext): Trigger | null {
	const { facts } = context;
	const { note, entries, chain } = facts;
	const triggers: Trigger[] = [];
	if (hasChain(context) && chain.position >= 3 && chain.last !== null) {
		triggers.push({ day: chain.last, what: "your last unanswered follow-up", entry: chain.lastEntry });
	}
	// A closing note completes the chain whatever step it was sent at.
	if (hasChain(context) && chain.closingNote !== null) {
		triggers.push({ day: chain.closingNote.date, what: "your closing note", entry: chain.closingNote });
	}
	const sent = entries.filter(isMessage);
	const rejectionReply = sent.filter((e) => e.kind === "rejection-reply").pop();
	if (rejectionReply) triggers.push({ day: rejectionReply.date, what: "your reply to their decision", entry: rejectionReply });
	const wantTheJob = sent.filter((e) => e.kind === "want-the-job").pop();
	if (wantTheJob) {
		const at = entries.indexOf(wantTheJob);
		const replied = entries.some((e, i) => i > at && e.direction === "received");
		if (!replied) triggers.push({ day: wantTheJob.date, what: "your note saying you want to join them", entry: wantTheJob });
	}
	if (note.status === "closed") {
		const lastMessage = sent[sent.length - 1]?.date ?? null;
		triggers.push({
			day: note.statusDate ?? lastMessage ?? facts.interview,
			what: note.statusDate !== null ? "closing this opportunity" : lastMessage !== null ? "your last message" : "the interview",
			entry: null,
		});
	}
	return triggers.reduce<Trigger | null>((best, t) => (best === null || t.day > best.day ? t : best), null);
}

/** What `stay-in-touch` does, in a sentence for docs/rules.md (examples.ts). */
export const stayInTouchSummary =
	"After a complete chain, a rejection reply, an unanswered want-the-job note, or closing the opportunity: a light touch every 6 weeks (next business day), 3 at most; `stay_in_touch: false` stops it.";

/** Stay in touch after the process ends (seeds 001, 004). */
export const stayInTouch: Rule = {
	statuses: ["active", "rejected", "closed"],
	propose(context) {
		const { facts, settings, calendar } = context;
		const person = facts.contact;
		if (facts.superseded || !facts.note.stayInTouch) return [];
		const trigger = latestTrigger(context);
		if (trigger === null) return [];
		const sentCount = facts.entries.filter((e) => isMessage(e) && e.kind === "stay-in-touch").length;
		if (sentCount >= settings.stayInTouchMax) return [];
		const previous = facts.entries
			.filter((e) => e.direction === "sent" && e.kind === "stay-in-touch" && e.snoozedUntil === null && e.date >= trigger.day)
			.pop();
		const base = previous?.date ?? trigger.day;
		const weeks = settings.stayInTouchWeeks;
		const target = addDays(base, 7 * weeks);
		const due = onOrAfterBusinessDay(target, calendar);
		const windowEnd = addBusinessDays(due, 5, calendar);
		const from = previous ? "your last stay-in-touch note" : trigger.what;
		const moved = due !== target ? `, not a business day, so ${day(due)}` : "";
		return [
			{
				kind: "stay-in-touch",
				person,
				due,
				windowEnd,
				since: addDays(base, 1),
				// A snooze written after what started the clock counts, even on that same day.
				after: previous ?? trigger.entry,
				reason: `Keep the relationship alive with a light, useful touch (news, an article, congratulations) every ${weeks} weeks: ${from} was on ${day(base)}, + ${weeks} weeks = ${day(target)}${moved}, on time until ${day(windowEnd)}. Note ${sentCount + 1} of at most ${settings.stayInTouchMax}.`,
			},
		];
	},
};

/** Worked examples of `stay-in-touch`: each runs as a test and is listed in docs/rules.md. */
export const stayInTouchExamples: readonly RuleExample[] = [
	{
		title: "six weeks after a rejection reply",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-10-01",
			status: "rejected",
			status_date: "2026-10-09",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-10-12", kind: "rejection-reply", to: "Jane Doe" }],
		},
		expected: [{ kind: "stay-in-touch", to: "Jane Doe", due: "2026-11-23", windowEnd: "2026-11-30" }],
	},
	{
		title: "a closed opportunity: six weeks after its status date, moved off the weekend",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-10-01",
			status: "ghosted",
			status_date: "2026-10-24",
			people: ["Jane Doe"],
		},
		expected: [{ kind: "stay-in-touch", to: "Jane Doe", due: "2026-12-07", windowEnd: "2026-12-14" }],
	},
	{
		title: "only a referrer named: the touch goes to nobody, not to them",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-10-01",
			status: "ghosted",
			status_date: "2026-10-24",
			people: [{ name: "Tariq Bell", relation: "referrer" }],
		},
		expected: [{ kind: "stay-in-touch", to: null, due: "2026-12-07", windowEnd: "2026-12-14" }],
	},
	{
		title: "after three stay-in-touch notes, it stops",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-03-02",
			status: "closed",
			status_date: "2026-03-20",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-05-01", kind: "stay-in-touch", to: "Jane Doe" },
				{ date: "2026-06-12", kind: "stay-in-touch", to: "Jane Doe" },
				{ date: "2026-07-24", kind: "stay-in-touch", to: "Jane Doe" },
			],
		},
		expected: [],
	},
	{
		title: "stay_in_touch: false stops it",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-10-01",
			status: "closed",
			status_date: "2026-10-09",
			stay_in_touch: false,
			people: ["Jane Doe"],
		},
		expected: [],
	},
	{
		title: "an unanswered want-the-job note after a coffee chat",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-10-05",
			format: "coffee chat",
			people: ["Jane Doe"],
			follow_ups: [{ date: "2026-10-06", kind: "want-the-job", to: "Jane Doe" }],
		},
		expected: [{ kind: "stay-in-touch", to: "Jane Doe", due: "2026-11-17", windowEnd: "2026-11-24" }],
	},
	{
		title: "a closing note sent early completes the chain: six weeks after it",
		today: "2026-11-30",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-11-05",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-11-11", kind: "check-in", to: "Jane Doe" },
				{ date: "2026-11-17", kind: "closing-note", to: "Jane Doe" },
			],
		},
		expected: [{ kind: "stay-in-touch", to: "Jane Doe", due: "2026-12-29", windowEnd: "2027-01-05" }],
	},
	{
		title: "snoozed on the day the clock started: the snooze holds",
		today: "2026-11-23",
		frontmatter: {
			tags: ["interview"],
			interview_date: "2026-10-01",
			status: "rejected",
			status_date: "2026-10-09",
			people: ["Jane Doe"],
			follow_ups: [
				{ date: "2026-10-12", kind: "rejection-reply", to: "Jane Doe" },
				{ date: "2026-10-12", kind: "stay-in-touch", to: "Jane Doe", snoozed_until: "2026-12-01" },
			],
		},
		expected: [{ kind: "stay-in-touch", to: "Jane Doe", due: "2026-12-01", windowEnd: "2026-12-08" }],
	},
];
