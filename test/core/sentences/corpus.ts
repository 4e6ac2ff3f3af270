/**
 * Sentences people write in interview notes, each with the day it is read relative to and
 * what it states. Written for this test in the styles real vaults use (bullets, names
 * with a colon, chat shorthand, quotes, callouts, tables, British and American dates),
 * about half of them stating nothing: the user's own decisions, offer deadlines, past
 * events, hopes and questions, the dates of other things, dates in code and comments.
 *
 * Expected days follow docs/decisions.md ("Sentences"): a weekday is the first one after
 * the reference, `next week` its last business day, `early next week` its second, a
 * duration is counted from the reference, a range stands for its last day.
 *
 * Reference days (2026 unless said): Thu 19 Nov (A), Mon 23 Nov (B), Fri 4 Dec (C),
 * Thu 29 Oct (D, before the end of daylight saving in America), Thu 24 Sep (E, before
 * its start in New Zealand), Fri 5 Mar 2027 (F), Tue 22 Dec (G, with 25 Dec and 1 Jan
 * as holidays).
 */
import type { StatedDateKind } from "../../../src/core/sentences";

export interface CorpusRow {
	/** The note text. */
	text: string;
	/** The day it is read relative to. */
	reference: string;
	/** What it states, or null when it states no decision date and no call-back. */
	expected: { kind: StatedDateKind; day: string; line?: number } | null;
	/** How slashed dates read. */
	dateOrder?: "DMY" | "MDY";
	/** Holidays of the calendar (weekends are Saturday and Sunday). */
	holidays?: string[];
	/** What the row is about, for the report. */
	topic: string;
}

const A = "2026-11-19";
const B = "2026-11-23";
const C = "2026-12-04";
const D = "2026-10-29";
const E = "2026-09-24";
const F = "2027-03-05";
const G = "2026-12-22";
const G_HOLIDAYS = ["2026-12-25", "2027-01-01"];

function decision(text: string, reference: string, day: string, topic: string, more: Partial<CorpusRow> = {}): CorpusRow {
	return { text, reference, expected: { kind: "decision", day }, topic, ...more };
}

function callBack(text: string, reference: string, day: string, more: Partial<CorpusRow> = {}): CorpusRow {
	return { text, reference, expected: { kind: "call-back", day }, topic: "call-back", ...more };
}

function nothing(text: string, reference: string, topic: string, more: Partial<CorpusRow> = {}): CorpusRow {
	return { text, reference, expected: null, topic, ...more };
}

export const POSITIVES: readonly CorpusRow[] = [
	// Absolute dates
	decision("Priya: decision by Fri 27 Nov", A, "2026-11-27", "absolute"),
	decision("Decision expected 2026-11-27.", A, "2026-11-27", "absolute"),
	decision("Next steps: hiring committee decision by Dec 1", A, "2026-12-01", "absolute"),
	decision("Expect news by 12/4", A, "2026-12-04", "absolute", { dateOrder: "MDY" }),
	decision("Decision by 4/12", A, "2026-12-04", "absolute", { dateOrder: "DMY" }),
	decision("They will let us know on 3 December.", A, "2026-12-03", "absolute"),
	decision("> [!note] Outcome\n> Decision on Wednesday 25th.", A, "2026-11-25", "absolute"),
	decision("Sarah (recruiter): feedback early next week, final decision by Friday 27th", A, "2026-11-27", "absolute"),
	decision("Told me they'd have an answer for me by Tuesday 24 November.", A, "2026-11-24", "absolute"),
	decision("Their timeline: offers out by December 10th.", A, "2026-12-10", "absolute"),
	decision("Verdict due Monday 23rd.", A, "2026-11-23", "absolute"),
	decision("They'll circle back after Thanksgiving, probably by Dec 2.", A, "2026-12-02", "absolute"),
	decision("Should know more by the 30th.", A, "2026-11-30", "absolute"),
	decision("Final answer expected 1st December", A, "2026-12-01", "absolute"),
	decision("Recruiter update: decision pushed to Dec 8.", A, "2026-12-08", "absolute"),
	decision("**Decision:** 27/11", A, "2026-11-27", "absolute", { dateOrder: "DMY" }),
	decision("Recruiter said the panel will decide on Monday 23rd.", A, "2026-11-23", "absolute"),
	decision("They said I'd hear back no later than December 2nd.", A, "2026-12-02", "absolute"),
	decision("waiting on their decision, due 12/2", A, "2026-12-02", "absolute", { dateOrder: "MDY" }),
	decision("They'll notify all candidates by Nov 30", A, "2026-11-30", "absolute"),
	decision("Should hear by 27th Nov at the latest", A, "2026-11-27", "absolute"),
	decision("Per Dan, the outcome will be shared on 2026-12-01.", A, "2026-12-01", "absolute"),
	decision("Expecting their decision by 30 Nov.", B, "2026-11-30", "absolute"),
	decision("→ will hear by 12/1", B, "2026-12-01", "absolute", { dateOrder: "MDY" }),
	decision("They'll revert by 2 Dec", B, "2026-12-02", "absolute"),
	decision("| Next step | Decision by Fri 4 Dec |", B, "2026-12-04", "absolute"),
	decision("They'll have decided before the holidays, by 18 December at the latest.", C, "2026-12-18", "absolute"),
	decision("We should hear the outcome by 11/12.", C, "2026-12-11", "absolute", { dateOrder: "DMY" }),
	decision("Decision in the new year, probably Jan 5", G, "2027-01-05", "absolute", { holidays: G_HOLIDAYS }),
	decision("Decision by Friday 12th", F, "2027-03-12", "absolute"),
	decision("ETA for a decision: Tue 1 Dec", A, "2026-12-01", "absolute"),
	decision("- HM will make the final decision on 26 Nov", A, "2026-11-26", "absolute"),
	decision("Feedback + decision: Thursday, December 3", A, "2026-12-03", "absolute"),
	decision("Decision deadline (theirs): 2026-12-02", A, "2026-12-02", "absolute"),

	// Weekdays
	decision("Recruiter said I'd hear back by Friday.", A, "2026-11-20", "weekday"),
	decision("Spoke w/ Priya → decision by Fri", A, "2026-11-20", "weekday"),
	decision("They'll be in touch by next Wednesday.", A, "2026-11-25", "weekday"),
	decision("They’ll get back to me Tuesday", A, "2026-11-24", "weekday"),
	decision("1st round feedback should come by Tuesday", A, "2026-11-24", "weekday"),
	decision("- Alex (HM): will decide between me and one other candidate by Monday", A, "2026-11-23", "weekday"),
	decision("Got a call from Tom; he'll call me Monday with the outcome.", A, "2026-11-23", "weekday"),
	decision("Panel debrief is Tuesday; expect to hear Wednesday or Thursday.", A, "2026-11-26", "weekday"),
	decision("- [ ] chase if nothing by Fri — they promised an update by Thursday", A, "2026-11-26", "weekday"),
	decision("They hope to decide by Monday.", A, "2026-11-23", "weekday"),
	decision("tldr they'll decide by tmrw", A, "2026-11-20", "weekday"),
	decision("Onsite done. They'll decide by Thursday.", B, "2026-11-26", "weekday"),
	decision("Feedback by Wed.", B, "2026-11-25", "weekday"),
	decision("Their hiring committee meets Thursday; decision Friday.", B, "2026-11-27", "weekday"),
	decision("Outcome: Monday or Tuesday next week", B, "2026-12-01", "weekday"),
	decision("Will get back to you by Friday, she wrote", B, "2026-11-27", "weekday"),
	decision("decision thurs or fri", B, "2026-11-27", "weekday"),
	decision("hr: u'll hear back wed", B, "2026-11-25", "weekday"),
	decision("they'll decide by monday", C, "2026-12-07", "weekday"),
	decision("Expect to hear by Friday", C, "2026-12-11", "weekday"),
	decision("- Next steps: they will update me Tues", C, "2026-12-08", "weekday"),
	decision("They'll decide by Tuesday", D, "2026-11-03", "weekday"),
	decision("They'll get back to me Monday", E, "2026-09-28", "weekday"),
	decision("Recruiter will call me back Tuesday", A, "2026-11-24", "weekday"),
	decision("She's calling me Thursday with the verdict", B, "2026-11-26", "weekday"),
	decision("CTO makes the final call on Friday; they'll tell me right after.", A, "2026-11-20", "weekday"),
	decision("Mike: 'we'll be in touch by Wednesday'", A, "2026-11-25", "weekday"),
	decision("Decision by tomorrow EOD", A, "2026-11-20", "weekday"),

	// Weeks
	decision("- they'll get back to me early next week", A, "2026-11-24", "week"),
	decision("They expect to decide by end of next week.", A, "2026-11-27", "week"),
	decision("hm said they'll let me know next week", A, "2026-11-27", "week"),
	decision("Hiring manager is out this week, so they'll decide next week.", A, "2026-11-27", "week"),
	decision("Recruiter (Amy) said the team would reach out mid next week", A, "2026-11-26", "week"),
	decision("Next steps by EOW.", A, "2026-11-20", "week"),
	decision("Hiring decision: late next week.", A, "2026-11-27", "week"),
	decision("should hear back end of this week", B, "2026-11-27", "week"),
	decision("Decision next week", B, "2026-12-04", "week"),
	decision("They'll let me know early next week.", B, "2026-12-01", "week"),
	decision("No decision until after Thanksgiving — likely the week of Nov 30.", B, "2026-12-04", "week"),
	decision("should hear next wk", B, "2026-12-04", "week"),
	decision("Final round today. Decision early next week.", C, "2026-12-08", "week"),
	decision("Decision by the end of the week", C, "2026-12-04", "week"),
	decision("Hear back next week", D, "2026-11-06", "week"),
	decision("Should know by end of next week", D, "2026-11-06", "week"),
	decision("Hear back the week after next", F, "2027-03-19", "week"),
	decision("they'll let me know next week", G, "2026-12-31", "week", { holidays: G_HOLIDAYS }),
	decision("Decision by end of week", G, "2026-12-24", "week", { holidays: G_HOLIDAYS }),

	// Durations
	decision("Should hear back within two weeks.", A, "2026-12-03", "duration"),
	decision("Timeline is about 2 weeks for a final decision.", A, "2026-12-03", "duration"),
	decision("Jane will get back to me in 5 business days.", A, "2026-11-26", "duration"),
	decision("will hear back in a week or two", A, "2026-12-03", "duration"),
	decision("HR will be in touch within 10 days", A, "2026-11-29", "duration"),
	decision("Outcome within 48 hours", A, "2026-11-21", "duration"),
	decision("decision in 3-4 weeks they said", A, "2026-12-17", "duration"),
	decision("HR said to expect an outcome in about a fortnight", A, "2026-12-03", "duration"),
	decision("Timeline: decision within 7 days of the final interview", A, "2026-11-26", "duration"),
	decision("decision 2-3 wks", A, "2026-12-10", "duration"),
	decision("Recruiter call went well! She'll let me know in a couple of days.", B, "2026-11-25", "duration"),
	decision("They'll come back to me with an answer within 3 working days.", B, "2026-11-26", "duration"),
	decision("Lisa said they'd need 7-10 days to decide", B, "2026-12-03", "duration"),
	decision("Decision in two weeks' time", C, "2026-12-18", "duration"),
	decision("Decision expected in 2 weeks", D, "2026-11-12", "duration"),
	decision("Response within 5 business days", D, "2026-11-05", "duration"),
	decision("decision within a week", E, "2026-10-01", "duration"),
	decision("They'll let me know in 10 days", F, "2027-03-15", "duration"),
	decision("Should hear back within 3 business days", G, "2026-12-28", "duration", { holidays: G_HOLIDAYS }),

	// Months
	decision("They're aiming to make a decision by the end of the month.", A, "2026-11-30", "month"),
	decision("ETA on a decision: early December", A, "2026-12-10", "month"),
	decision("Decision: mid-December", B, "2026-12-18", "month"),
	decision("Decision early October", E, "2026-10-09", "month"),
	decision("Next steps: decision end of March", F, "2027-03-31", "month"),

	// Entries and headings give the day a sentence is read from
	decision("- 2026-11-20: recruiter call, decision by Friday", A, "2026-11-27", "entry"),
	decision("- 12 Nov – recruiter said they'd decide by Friday", A, "2026-11-13", "entry"),
	decision("- Fri 27 Nov: decision", A, "2026-11-27", "entry"),
	decision("| 2026-11-24 | Call with Raj | hear back by Thursday |", A, "2026-11-26", "entry"),
	{
		text: "# Acme\n\n## Onsite, 3 Dec 2026\n- Great chat with the team.\n- They'll decide by Friday.",
		reference: A,
		expected: { kind: "decision", day: "2026-12-04", line: 5 },
		topic: "entry",
	},
	{
		text: "# Acme (applied 2026-10-01)\n\nThey'll decide by Friday.",
		reference: A,
		expected: { kind: "decision", day: "2026-11-20", line: 3 },
		topic: "entry",
	},

	// Call-backs
	callBack("Call me back on Monday, Raj said.", A, "2026-11-23"),
	callBack("Raj asked me to ring him on Tuesday", A, "2026-11-24"),
	callBack("Call back Monday — Dana in a meeting", A, "2026-11-23"),
	callBack("He asked me to phone him tomorrow morning", A, "2026-11-20"),
	callBack("- [ ] callback Wed 25/11", A, "2026-11-25", { dateOrder: "DMY" }),
	callBack("Give me a ring on Thursday, she said", A, "2026-11-26"),
	callBack("missed her call — she said call her back Friday", A, "2026-11-20"),
	callBack("Interviewer: 'Call me on 1 Dec to discuss next steps'", A, "2026-12-01"),
	callBack("Ring Mark back on Monday 30th re: offer details", A, "2026-11-30"),
	callBack("Told to call back Thursday", B, "2026-11-26"),
	callBack("Recruiter wants me to call her on Wednesday at 10", B, "2026-11-25"),
	callBack("Ring back Friday re: next steps", B, "2026-11-27"),
	callBack("Asked to call back in two days", B, "2026-11-25"),
	callBack("Call me on the 9th, said Ana", C, "2026-12-09"),
	callBack("Raj: call me Monday morning, not before", C, "2026-12-07"),
];

export const NEGATIVES: readonly CorpusRow[] = [
	// The user's own decision or act
	nothing("I need to decide by Friday.", A, "first person"),
	nothing("need to make a decision on Globex by Dec 1", A, "first person"),
	nothing("I told them I'd give them my answer by Monday.", A, "first person"),
	nothing("They want me to decide by next Wednesday.", A, "first person"),
	nothing("My decision deadline is Nov 30.", A, "first person"),
	nothing("We (me + Sam) will decide about moving by the end of the month.", A, "first person"),
	nothing("I'll let them know by Tuesday whether I'm still interested.", A, "first person"),
	nothing("I'll get back to the recruiter by Friday.", A, "first person"),
	nothing("Decide by Monday which process to prioritise.", A, "first person"),
	nothing("I'm going to choose between the two by Dec 3.", A, "first person"),
	nothing("I'll follow up on Wednesday if I haven't heard.", A, "first person"),
	nothing("Follow up Tues 24th", A, "first person"),
	nothing("I'll reach out to Priya next week.", A, "first person"),
	nothing("Plan: email Raj on Monday to check in.", A, "first person"),
	nothing("I should respond to their email by tomorrow.", A, "first person"),
	nothing("Reply to Jane by Friday", A, "first person"),
	nothing("I'll call them on Friday to ask about next steps.", A, "first person"),
	nothing("I'm planning to decide on my next move by January.", A, "first person"),
	nothing("They asked me to let them know by Friday if I have other offers.", A, "first person"),
	nothing("I have until Friday to give them an answer.", A, "first person"),
	nothing("I promised to update them by Wednesday.", A, "first person"),
	nothing("If I don't hear back by Friday I'll chase.", A, "first person"),
	nothing("If no decision by Dec 1, move on.", A, "first person"),
	nothing("Check in the day after her date if I hear nothing.", A, "first person"),
	nothing("the day after her date if I hear nothing", A, "first person"),
	nothing("Chase on Friday if I hear nothing back.", A, "first person"),
	nothing("Unless they decide by Friday, I'll accept Acme.", A, "first person"),
	nothing("Asked for a decision by Friday; recruiter said she'd try.", A, "first person"),
	nothing("They need a decision from me by Monday.", A, "first person"),
	nothing("They expect an answer from me by the 25th.", A, "first person"),
	nothing("i need to get back to them by thurs", B, "first person"),
	nothing("Must decide on relocation by 1/12", B, "first person", { dateOrder: "DMY" }),
	nothing("Going to make my mind up by the weekend and tell them Monday.", B, "first person"),
	nothing("We'll decide as a family by Sunday.", B, "first person"),
	nothing("- [ ] Send my decision to Priya by Fri 27 Nov", A, "first person"),
	nothing("I said I'd let Raj know my availability by tomorrow.", A, "first person"),

	// Offer deadlines
	nothing("Respond to the offer by Dec 1.", A, "offer deadline"),
	nothing("Offer expires Friday 27th.", A, "offer deadline"),
	nothing("Acme's offer is valid until 4 December.", A, "offer deadline"),
	nothing("They need my answer on the offer by Monday.", A, "offer deadline"),
	nothing("Exploding offer — deadline Nov 25.", A, "offer deadline"),
	nothing("Sign the offer letter by next Friday.", A, "offer deadline"),
	nothing("Decision on the Globex offer due 12/1.", A, "offer deadline", { dateOrder: "MDY" }),
	nothing("Verbal offer received; written offer deadline is the 30th.", A, "offer deadline"),
	nothing("Have to accept or decline the offer by EOD Tuesday.", A, "offer deadline"),
	nothing("Offer deadline extended to Dec 7 — still waiting to hear from Initech.", A, "offer deadline"),
	nothing("offer: need to reply by 28/11", A, "offer deadline", { dateOrder: "DMY" }),
	nothing("They want an answer on the offer by end of next week.", B, "offer deadline"),
	nothing("Counter-offer response due Wednesday.", B, "offer deadline"),

	// Past events
	nothing("Heard back on Monday — rejected.", A, "past"),
	nothing("They got back to me on Nov 12 with feedback.", A, "past"),
	nothing("Decision was made last Friday.", A, "past"),
	nothing("Recruiter called on Tuesday to say I'm through.", A, "past"),
	nothing("The HR call was back on the 6th and went fine.", A, "past"),
	nothing("They let me know yesterday that the role was filled.", A, "past"),
	nothing("Got feedback on 17 Nov: strong on system design.", A, "past"),
	nothing("Hiring manager decided on Nov 16 to go with someone else.", A, "past"),
	nothing("Final answer came on 2026-11-18.", A, "past"),
	nothing("- 2026-11-13: heard back, moving to onsite", A, "past"),
	nothing("Emailed the recruiter on Monday for an update.", A, "past"),
	nothing("Already heard: they chose another candidate on the 12th.", A, "past"),
	nothing("Phone screen feedback arrived Nov 10.", A, "past"),
	nothing("Replied to their email on 18/11.", A, "past", { dateOrder: "DMY" }),
	nothing("They rang me back on Wednesday.", A, "past"),
	nothing("Waiting to hear back since Nov 12.", A, "past"),
	nothing("The decision meeting was on 18 Nov.", A, "past"),
	nothing("They decided to move the onsite to Dec 3.", A, "past"),
	nothing("Sent a thank-you note on Thursday; no reply yet.", A, "past"),
	nothing("| 2026-11-16 | Phone screen | Heard back the next day |", A, "past"),
	nothing("they replied 2 weeks ago saying decision soon", B, "past"),
	nothing("Got the verdict last Tuesday: no.", B, "past"),
	nothing("Status: rejected on 2026-11-18 (they called).", A, "past"),

	// Dates of other things
	nothing("Start date would be Jan 4 if it works out.", A, "other event"),
	nothing("Onsite interview on Dec 2; they'll let me know about timing after.", A, "other event"),
	nothing("Next steps: final round on 1 Dec.", A, "other event"),
	nothing("Take-home due Monday, then they'll decide.", A, "other event"),
	nothing("Hiring manager out of office till 1st Dec, so no update before then.", A, "other event"),
	nothing("Panel interview scheduled for Tuesday 24th; decision some time after.", A, "other event"),
	nothing("Their timeline for the new team starting is January.", A, "other event"),
	nothing("Background check should be done by Dec 3, start date Jan 11.", A, "other event"),
	nothing("Let me know if Thursday at 2pm works for the call — Raj", A, "other event"),
	nothing("Please let me know your availability for next week.", A, "other event"),
	nothing("They're interviewing other candidates through Dec 10; I'll know more after.", A, "other event"),
	nothing("Salary review happens on Dec 15, according to the recruiter's update.", A, "other event"),
	nothing("Relocation decision from their side depends on the visa, expected Feb.", A, "other event"),
	nothing("Coffee chat with the team on Thursday; hear back after that.", A, "other event"),
	nothing("Reference checks on Monday, then final decision.", A, "other event"),
	nothing("Deadline for the take-home is Friday.", A, "other event"),
	nothing("They'll decide whether to invite me to the onsite on Dec 3.", A, "other event"),
	nothing("Hear back re: the 2nd round — scheduled for 25/11.", A, "other event", { dateOrder: "DMY" }),
	nothing("Next steps: send references by Monday.", A, "other event"),
	nothing("Next steps: I'll prepare a case study presentation for Dec 1.", A, "other event"),
	nothing("Team lunch on Friday, then they'll let me know.", A, "other event"),
	nothing("Their CEO decides on budgets every quarter; next review Jan 15.", A, "other event"),
	nothing("Interview feedback form is due Friday (for my own notes).", A, "other event"),
	nothing("Asked them on Friday when they'd decide.", A, "other event"),
	nothing("Next step is a technical screen on Dec 2 — they'll let me know the time.", B, "other event"),
	nothing("Timeline: final interviews the week of Dec 7.", B, "other event"),
	nothing("Can you let me know if Monday 30th suits for the onsite?", B, "other event"),
	nothing("They'll send the contract by Friday once references are in.", B, "other event"),

	// Hopes, questions, no day
	nothing("Hopefully I'll hear back by Friday.", A, "hope or question"),
	nothing("Fingers crossed they decide next week!", A, "hope or question"),
	nothing("When will they decide — by Friday?", A, "hope or question"),
	nothing("Will I hear back next week?", A, "hope or question"),
	nothing("No timeline given; they'll get back to me soon.", A, "hope or question"),
	nothing("They'll decide after the holidays.", A, "hope or question"),
	nothing("Decision sometime after Dec 10.", A, "hope or question"),
	nothing("They won't decide before Dec 1 at the earliest.", A, "hope or question"),
	nothing("Hoping to hear back by end of next week.", A, "hope or question"),
	nothing("Would love to know by Monday.", A, "hope or question"),
	nothing("Not sure when they'll decide.", A, "hope or question"),
	nothing("They said they'd decide 'soon', whatever that means.", A, "hope or question"),
	nothing("decision by fri??", B, "hope or question"),
	nothing("Really hope they get back to me before Thanksgiving, i.e. by Wed 25th", B, "hope or question"),

	// Dates in code, comments and frontmatter
	nothing("```\ndecision by Friday\n```", A, "code or comment"),
	nothing("Template: `decision_date: 2026-11-27`", A, "code or comment"),
	nothing("%% they'll decide next week %%", A, "code or comment"),
	nothing("<!-- hear back by Dec 1 -->", A, "code or comment"),
	nothing("---\ndecision_note: they will decide by Friday\n---\nGood chat with Priya.", A, "code or comment"),
	nothing("```dataview\nTABLE decision WHERE file.day < date(2026-12-01)\n```", A, "code or comment"),
	nothing("~~~\nlet me know by Tuesday\n~~~", A, "code or comment"),
	nothing("%%\nCall me back on Monday\n%%", A, "code or comment"),
	nothing("Query: `hear back by next week`", A, "code or comment"),
	nothing("```js\n// decision expected 2026-12-01\nconst due = addDays(today, 14);\n```", A, "code or comment"),
];

const H = "2026-11-10"; // Tue
const J = "2026-11-27"; // Fri

/**
 * Written after the rules were tuned on the rows above and run once as they stand, so
 * their first result measures how the reader does on sentences it was not shaped by.
 */
export const HELD_OUT_POSITIVES: readonly CorpusRow[] = [
	decision("Recruiter: the team will have a decision for me by Thursday.", H, "2026-11-12", "weekday"),
	decision("Was told to expect a response within 1-2 business days.", H, "2026-11-12", "duration"),
	decision("- Decision ETA: Nov 20", H, "2026-11-20", "absolute"),
	decision("Hiring manager wants to wrap up by next Friday and let me know then.", H, "2026-11-20", "weekday"),
	decision("They're going to make a decision early next week.", H, "2026-11-17", "week"),
	decision("I'll hear one way or the other by the 13th.", H, "2026-11-13", "absolute"),
	decision("Should get feedback from the panel by Thursday 12th.", H, "2026-11-12", "absolute"),
	decision("@Priya said final decisions go out 11/18", H, "2026-11-18", "absolute", { dateOrder: "MDY" }),
	decision("they'll email me w/ next steps by end of day tomorrow", H, "2026-11-11", "weekday"),
	decision("Offer decision from their side expected by Dec 1.", H, "2026-12-01", "absolute"),
	decision("Talked to Sam (HR). Outcome should be known by Wed.", H, "2026-11-11", "weekday"),
	decision("Expect to hear back from Globex in 3 weeks.", H, "2026-12-01", "duration"),
	decision("They committed to giving me an answer by Monday, 16 November.", H, "2026-11-16", "absolute"),
	decision("* Next: decision by COB Friday", H, "2026-11-13", "weekday"),
	decision("rec says hiring mgr decides thurs", H, "2026-11-12", "weekday"),
	decision("Will know by the end of the month whether I got it.", H, "2026-11-30", "month"),
	decision("They'll be making their decision on Nov 19.", H, "2026-11-19", "absolute"),
	decision("Decision: expected w/c 16 Nov", H, "2026-11-20", "week"),
	decision("Contact said they'd come back to me in a fortnight.", H, "2026-11-24", "duration"),
	decision("Final decision around mid-next week", J, "2026-12-03", "week"),
	decision("Recruiter's words: 'You'll hear from us Tuesday.'", J, "2026-12-01", "weekday"),
	decision("They said a decision would be made by 4th December", J, "2026-12-04", "absolute"),
	decision("Outcome expected in the next few days.", J, "2026-11-30", "duration"),
	decision("They'll get back to me once the HM is back, so probably Wednesday.", J, "2026-12-02", "weekday"),
	decision("feedback in 2 biz days", J, "2026-12-01", "duration"),
	decision("Timeframe for a decision is 10 working days.", J, "2026-12-11", "duration"),
	decision("They'll make their choice by Dec 9.", J, "2026-12-09", "absolute"),
	decision("Jen promised an answer by Tuesday at the latest.", J, "2026-12-01", "weekday"),
	decision("Next steps: they'll confirm the decision by 3 Dec.", J, "2026-12-03", "absolute"),
	decision("She'll ring me back early next week with their decision.", J, "2026-12-01", "week"),
	decision("Decision date: 2026-12-08", J, "2026-12-08", "absolute"),
	decision("They aim to decide within the next 2 weeks.", J, "2026-12-11", "duration"),
	decision("HR expects to have news by the 2nd.", J, "2026-12-02", "absolute"),
	decision("Decision in ~2 weeks", J, "2026-12-11", "duration"),
	decision("| Stage | Onsite | Decision expected 12/10 |", J, "2026-12-10", "absolute", { dateOrder: "MDY" }),
	callBack("Ring her back on Thursday after 2pm", J, "2026-12-03"),
	callBack("Asked me to give him a call on Monday.", J, "2026-11-30"),
	callBack("Call Dana back tomorrow — she asked.", J, "2026-11-28"),
	callBack("Phone me Wednesday and we'll talk numbers, said Raj", J, "2026-12-02"),
	callBack("Callback scheduled for Monday 10am", J, "2026-11-30"),
];

export const HELD_OUT_NEGATIVES: readonly CorpusRow[] = [
	nothing("I've got until Dec 1 to make up my mind.", H, "first person"),
	nothing("Need to let Priya know by Thursday.", H, "first person"),
	nothing("My answer is due to them on the 16th.", H, "first person"),
	nothing("I'm deciding between the two offers by Friday.", H, "first person"),
	nothing("Follow-up email planned for Monday.", H, "first person"),
	nothing("Will chase them on Thursday if nothing.", H, "first person"),
	nothing("If they haven't decided by the 20th I'll withdraw.", H, "first person"),
	nothing("We agreed I'd send my references by Wednesday.", J, "first person"),
	nothing("Need to tell Globex my decision by Wednesday.", J, "first person"),
	nothing("Sent my decision on Monday.", J, "first person"),
	nothing("Offer: must accept by 20 Nov.", H, "offer deadline"),
	nothing("Offer valid for 7 days.", H, "offer deadline"),
	nothing("The offer letter says respond within five business days.", H, "offer deadline"),
	nothing("Told them I'll give an answer on the offer by Dec 4.", J, "offer deadline"),
	nothing("Still waiting to hear back since the 3rd.", H, "past"),
	nothing("They got back to me on Friday: not moving forward.", H, "past"),
	nothing("Heard from the HM yesterday.", H, "past"),
	nothing("They decided last week, apparently.", H, "past"),
	nothing("Took the call on Monday, they said no.", J, "past"),
	nothing("Got their decision on 25/11.", J, "past", { dateOrder: "DMY" }),
	nothing("They replied on Tue saying they need more time.", J, "past"),
	nothing("Onsite is Thursday 12th; no word on a decision timeline yet.", H, "other event"),
	nothing("Start date pencilled in for Jan 11.", H, "other event"),
	nothing("Final round booked for next Tuesday.", H, "other event"),
	nothing("Recruiter on PTO until the 16th, then they'll set up the panel.", H, "other event"),
	nothing("They asked if I could start by Dec 1.", H, "other event"),
	nothing("Priya's leaving on the 20th so they want to decide before then.", H, "other event"),
	nothing("Hiring freeze until January, so no decision soon.", J, "other event"),
	nothing("Interview with Dana on Wednesday 2 Dec at 3pm.", J, "other event"),
	nothing("Application window closes 12/15.", J, "other event", { dateOrder: "MDY" }),
	nothing("The take-home has to be submitted within 3 days.", J, "other event"),
	nothing("They'll decide after the final panel next Thursday.", J, "other event"),
	nothing("Ask them on Monday when they expect to decide.", J, "other event"),
	nothing("Calendar: HM 1:1 with me on Tue 1 Dec.", J, "other event"),
	nothing("Would be great to hear back by Friday.", H, "hope or question"),
	nothing("Is the decision by Friday still on?", H, "hope or question"),
	nothing("Hope to have an answer from them by Friday!", J, "hope or question"),
	nothing("Team decides on headcount in Q1.", H, "hope or question"),
	nothing("```\nnext steps: decision by 2026-11-20\n```", H, "code or comment"),
	nothing("%%decision next week%%", H, "code or comment"),
];
