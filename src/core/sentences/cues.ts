/**
 * The English words that tie a date to *their* decision or to a call-back, and the words
 * that cut a date loose from them. One place, so that another language is one more table.
 *
 * A cue is found with its span and a kind:
 * - `decision`: they will decide, hear back, get back to me, let me know, next steps, …
 * - `call-back`: the user is to phone them on a day (`call me Friday`, `call back Monday`);
 * - `not`: a cue that claims a date for something else: the user's own decision, an
 *   offer deadline, a past event, a hope, the user's own plan to follow up.
 * A date takes the cue nearest to it (docs/decisions.md, "Sentences"), so a `not` cue
 * keeps its date from a `decision` cue further away.
 */

/** What a cue makes of the date it takes. */
export type CueKind = "decision" | "call-back" | "not";

/** A cue found in a sentence. */
export interface Cue {
	index: number;
	end: number;
	kind: CueKind;
	/** Why a `not` cue says no (for tests and `explain`); the cue family otherwise. */
	why: string;
}

/** Families of cues, each judged by its own rule (`I decide` is not theirs, `I'll hear back` is). */
type Family = "act" | "hear" | "contact" | "call" | "follow-up" | "offer" | "deadline" | "past" | "user-tells";

interface CuePattern {
	pattern: RegExp;
	family: Family;
}

/** Cue patterns, matched case-insensitively except where a capital marks a name. */
const CUE_PATTERNS: readonly CuePattern[] = [
	// Offer deadlines: the user answers an offer.
	{
		pattern:
			/\b(?:respond|reply|answer|accept|decline|sign|counter)\w*\s+(?:\w+\s+){0,3}?(?:the|their|this|that|an|my|[a-z]+'s)?\s*offer\b|\boffer\s+(?:letter\s+)?(?:deadline|expires?|expiry|expiration|is valid|valid|is good|good until|is open|open until|stands until|exploding|due)\b|\boffer[- ](?:response|reply|answer|decision)\b|\bexploding offer\b|\b(?:decide|decision)\s+(?:on|about)\s+(?:the|their|this|that|an|[a-z]+'s)\s*(?:\w+\s+)?offer\b/gi,
		family: "offer",
	},
	{ pattern: /\bdeadline\b/gi, family: "deadline" },
	// The user tells them: `let them know`, `get back to the recruiter`.
	{
		pattern:
			/\b[Ll]et\s+(?:them|him|her|the\s+\w+|[A-Z][a-z]+)\s+know\b|\b[Gg]et(?:ting)?\s+back\s+to\s+(?:them|him|her|the\s+\w+|[A-Z][a-z]+)\b|\b[Gg]ive\s+(?:them|him|her)\s+(?:an?|my|our)\s+(?:answer|decision|response)\b/g,
		family: "user-tells",
	},
	// Past events.
	{
		pattern:
			/\b(?:heard(?:\s+back)?|got\s+back\s+to\s+(?:me|us)|came\s+back\s+to\s+(?:me|us)|decided|made\s+(?:a|their|the|his|her)\s+decision|called|rang|phoned|replied|responded|reached\s+out|informed\s+me|notified\s+me|emailed|rejected)\b/gi,
		family: "past",
	},
	// The user's own check-in plan: `follow up Friday`, unless they follow up with me.
	{ pattern: /\bfollow(?:ing)?[- ]?up\b(?!\s+with\s+(?:me|us)\b)/gi, family: "follow-up" },
	// Call-backs: the user phones them on a day they chose.
	{
		pattern:
			/\b(?:(?:call|ring|phone|buzz)(?:ing)?\s+(?:me|us)(?:\s+back)?|give\s+(?:me|us)\s+a\s+(?:call|ring|buzz|bell)|call(?:ing)?\s+(?:(?:him|her|them|(?!(?:is|was|were|be|been|came|went|got|will|would|has|had)\s)[a-z]+)\s+)?back|call-?back|ring(?:ing)?\s+(?:(?:him|her|them|(?!(?:is|was|were|be|been|came|went|got|will|would|has|had)\s)[a-z]+)\s+)?back|(?:asked|told|wants?|wanted|said|suggested|invited)\s+(?:me\s+)?to\s+(?:(?:call|ring|phone)(?:\s+(?:him|her|them))?|give\s+(?:him|her|them|[a-z]+)\s+a\s+(?:call|ring|buzz|bell)))\b/gi,
		family: "call",
	},
	// Their decision, said in many ways.
	{
		pattern:
			/\b(?:decision|decisions|decid(?:e|es|ing)|make(?:s|ing)?\s+the\s+(?:final\s+)?call|(?:the|their|a)\s+final\s+call|(?:will|'ll|should|would|'d)\s+have\s+decided|choose|chooses|choosing|respond(?:s|ing)?|response|reply|answer|verdict|outcome|results?|choice)\b/gi,
		family: "act",
	},
	{
		pattern:
			/\b(?:hear(?:ing)?|(?:will|'ll|should|would|'d|shall|going\s+to|gonna)\s+know|feedback|news|(?:have|get|send|give)\s+(?:me\s+|us\s+)?word|update\s+(?:me|us)|(?:an?|some|any|the|their|his|her|further|final|next)\s+update|updates?\s+(?=by|on|within|in|early|late|next|this|before|around|mid|end|no\s+later|sometime|tomorrow|expected|due|promised|coming|mon|tue|wed|thu|fri))\b/gi,
		family: "hear",
	},
	{
		pattern:
			/\b(?:(?:get|getting|come|coming)\s+back\s+(?:to|with)\s+(?:me|us|you|an?\s+\w+)|let(?:ting)?\s+(?:me|us)\s+know|tell(?:ing)?\s+(?:me|us)|revert(?:ing)?|circle\s+back|(?:be|get)\s+in\s+touch|touch\s+base|reach(?:ing)?\s+out|contact(?:ing)?\s+(?:me|us)|notif(?:y|ies|ying)|inform(?:ing)?\s+(?:me|us)|follow(?:ing)?[- ]?up\s+with\s+(?:me|us)|next\s+steps?|time\s*line|time\s*frame|turnaround|eta)\b/gi,
		family: "contact",
	},
];

/** Past or received just before a cue: `got the decision`, `had feedback`. */
const RECEIVED_BEFORE =
	/\b(?:got|received|had|heard|learned|learnt|was\s+given|were\s+given)\s+(?:(?:the|their|his|her|a|an|some|my|back|final|official|good|bad)\s+)*$/i;
/** A tracker's metric just before a cue: `Time to first response: 7 days` is no promise. */
const METRIC_BEFORE = /\btime\s+to\s+(?:first\s+)?$/i;
/** The user's hopes, which state no time of theirs. */
const HOPE = /\b(?:hope|hoping|hopefully|fingers\s+crossed|wish|praying|would\s+(?:be\s+(?:nice|great|good|ideal|lovely)|love|like))\b/i;
/** `if I don't hear back by Friday`: the user's own plan. */
const IF_NOT = /\b(?:if|in\s+case)\b[^.;]*\b(?:not|no|nothing|n't|never|haven't|hasn't|don't|doesn't|didn't)\b|\bunless\b|\botherwise\b/i;
/** Someone needs, wants or asks for an answer: the user's answer. */
const WANTS_ANSWER =
	/\b(?:wants?|wanted|needs?|needed|requires?|required|asked\s+for|asking\s+for|requested|awaiting|expects?|expecting)\s+(?:an?\s+|my\s+|our\s+)?(?:answer|response|reply|decision)\b(?!\s+from\s+(?:them|him|her))/i;
/** Words for the user, who writes the note. */
const FIRST_PERSON = new Set("i i'll i'm i'd i've me my myself mine we we'll we're we'd we've our us".split(" "));
/** Words for whoever is not the user: pronouns and the roles a note names. */
const THEM_WORDS = new Set(
	`they they'll they're they'd they've their them he he'll he's he'd him his she she'll she's she'd her it it'll you
	you'll you're your recruiter company team panel committee manager mgr hm hr interviewer interviewers client board founder founders everyone ceo cto`.split(
		/\s+/,
	),
);
/** An obligation just before a verb: `need to decide` is the user's to do. */
const OBLIGATION =
	/\b(?:need|needs|have|has|must|got|gotta|should|want|supposed|asked|told|promised|agreed|plan|planning|going)\s+(?:to\s+)?(?:\w+\s+){0,2}$/i;
/** A future or modal just before a verb: the speaker's subject was left out. */
const FUTURE_BEFORE =
	/(?:\b(?:will|would|should|shall|may|might|could|can|to|gonna|going\s+to|expect\s+to|expects\s+to|expecting\s+to|aim\s+to|aims\s+to|plan\s+to|plans\s+to|hope\s+to)|'ll|'d)\s+(?:\w+\s+)?$/i;
/** A subject and a future just before a call: they will call, so it is not a call-back. */
const THEY_WILL_CALL = new RegExp(
	String.raw`(?:(?:^|[^\w'])(?:[Tt]hey|[Hh]e|[Ss]he|[Yy]ou|[A-Z][a-z]+|the\s+\w+(?:\s+manager)?)\s*(?:'ll|\s+will|\s+would|'d|\s+is|\s+are|'s|'re|\s+is\s+going\s+to|\s+are\s+going\s+to|'s\s+going\s+to|'re\s+going\s+to|\s+said\s+(?:they|he|she)(?:'ll|'d|\s+would|\s+will)|\s+promised\s+to|\s+plans?\s+to|\s+wants?\s+to)|(?:^|[^\w'])(?:[Ww]ill|[Ww]ould|[Ss]aid\s+(?:they|he|she)(?:'ll|'d|\s+would|\s+will)))\s+(?:\w+ly\s+)?$`,
);
/** The user as the subject just before a call: `I'll call`. */
const FIRST_PERSON_BEFORE =
	/\b(?:i|we)(?:'ll|'d|'m|\s+will|\s+would|\s+am|\s+need\s+to|\s+have\s+to|\s+must|\s+should|\s+plan\s+to|\s+want\s+to|\s+can)?\s+(?:\w+\s+)?$/i;

/** Words before a cue back to the last clause boundary. */
function clauseBefore(sentence: string, index: number): string {
	const before = sentence.slice(0, index);
	const cut = Math.max(
		before.lastIndexOf(";"),
		before.lastIndexOf(":"),
		before.lastIndexOf(" - "),
		before.lastIndexOf(" – "),
		before.lastIndexOf("—"),
		before.search(
			/\b(?:but|however|although|though|whereas|while|whilst)\b(?!.*\b(?:but|however|although|though|whereas|while|whilst)\b)/i,
		),
	);
	return before.slice(cut + 1);
}

/** Object pronouns: a subject only before `to` (`they want me to decide`). */
const OBJECTS = new Set(["me", "us", "them", "him"]);

/** `they` or `I` as the nearest subject before the cue, or null. */
function nearestSubject(before: string, quoted: boolean): "me" | "them" | null {
	const words = (before.replace(/\([^)]*\)/g, " ").match(/[A-Za-z']+/g) ?? []).map((w) => w.replace(/^'+|'+$/g, ""));
	for (let i = words.length - 1; i >= 0; i--) {
		const word = (words[i] as string).toLowerCase();
		if (OBJECTS.has(word) && words[i + 1]?.toLowerCase() !== "to") continue;
		if (FIRST_PERSON.has(word)) return quoted && /^(?:we|we'll|we're|we'd|we've|our|us)$/.test(word) ? "them" : "me";
		if (THEM_WORDS.has(word)) return "them";
	}
	// A name (a capital not opening the clause) is someone else.
	return words.slice(1).some((w) => /^[A-Z][a-z]+(?:'s)?$/.test(w)) ? "them" : null;
}

/** True inside a quotation: after an opening `"`, `“` or `'` with no closing one yet. */
function insideQuotes(sentence: string, index: number): boolean {
	const before = sentence.slice(0, index);
	const doubles = (before.match(/["“”]/g) ?? []).length;
	if (doubles % 2 === 1) return true;
	let opening = -1;
	for (const m of before.matchAll(/(?:^|[\s:(])['‘](?=\w)/g)) opening = m.index + m[0].length;
	// A closing quote is one not followed by a letter (`we'll` holds an apostrophe, not a quote).
	return opening >= 0 && !/['’](?![A-Za-z])/.test(before.slice(opening));
}

type Verdict = Pick<Cue, "kind" | "why">;

const NOT_THEIRS: Verdict = { kind: "not", why: "the user's own decision" };
const THEIRS: Verdict = { kind: "decision", why: "their decision" };

/** What a cue of a family says, given the words before it. */
function judge(family: Family, sentence: string, index: number, matched: string, open: boolean): Verdict {
	const before = clauseBefore(sentence, index);
	const quoted = open || insideQuotes(sentence, index);
	switch (family) {
		case "offer":
			return { kind: "not", why: "an offer deadline" };
		case "deadline":
			return /\bdecision\s*$/i.test(before) && nearestSubject(before, quoted) !== "me" ? THEIRS : { kind: "not", why: "a deadline" };
		case "user-tells":
			return { kind: "not", why: "the user tells them" };
		case "past":
			return { kind: "not", why: "a past event" };
		default:
			break;
	}
	const hope = HOPE.exec(before);
	// `they hope to decide by Monday` is their own estimate; the user's hopes are not.
	if (hope && nearestSubject(before.slice(0, hope.index), quoted) !== "them") return { kind: "not", why: "a hope" };
	// `… if I hear nothing`: the negation may come after the cue.
	if (IF_NOT.test(before) || (/\bif\b/i.test(before) && IF_NOT.test(before + sentence.slice(index).split(/[.;,]/, 1)[0])))
		return { kind: "not", why: "the user's own plan (if not)" };
	if (RECEIVED_BEFORE.test(before)) return { kind: "not", why: "a past event" };
	if (METRIC_BEFORE.test(before)) return { kind: "not", why: "a tracker's metric" };
	const subject = nearestSubject(before, quoted);
	switch (family) {
		case "follow-up":
			return subject === "them" && FUTURE_BEFORE.test(before)
				? { kind: "decision", why: "they follow up" }
				: { kind: "not", why: "the user's own follow-up" };
		case "call":
			return judgeCall(before, matched, subject);
		case "hear":
			return { kind: "decision", why: "hearing back" };
		case "contact":
			return judgeContact(before, matched, subject);
		case "act":
		default:
			return judgeAct(sentence, index, before, matched, subject, quoted);
	}
}

function judgeCall(before: string, matched: string, subject: "me" | "them" | null): Verdict {
	const asked = /^(?:asked|told|wants?|wanted|said|suggested|invited)/i.test(matched);
	if (asked) return { kind: "call-back", why: "asked to be called" };
	const theyCall = (THEY_WILL_CALL.test(before) || (/^calling/i.test(matched) && subject !== "me")) && subject !== "me";
	if (theyCall) return { kind: "decision", why: "they will call" };
	if (/\b(?:me|us)\b/i.test(matched) && FIRST_PERSON_BEFORE.test(before)) return { kind: "not", why: "the user's own call" };
	return { kind: "call-back", why: "asked to be called" };
}

function judgeContact(before: string, matched: string, subject: "me" | "them" | null): Verdict {
	// Verbs the user may do as well: theirs only with them as subject or a future.
	if (/^(?:revert|circle|be\s|get\s+in|touch|reach|contact|notif|get(?:ting)?\s+back\s+to\s+you)/i.test(matched)) {
		if (subject === "me") return { kind: "not", why: "the user's own act" };
		if (subject !== "them" && !FUTURE_BEFORE.test(before)) return { kind: "not", why: "the user's own act" };
	}
	// `they let me know` with no future is what happened.
	if (
		/^let/i.test(matched) &&
		/[a-z]\s*$/i.test(before) &&
		!FUTURE_BEFORE.test(before) &&
		!/\b(?:and|to|please|pls|will|would)\s*$/i.test(before)
	) {
		return { kind: "not", why: "a past event" };
	}
	return { kind: "decision", why: "they get back" };
}

function judgeAct(
	sentence: string,
	index: number,
	before: string,
	matched: string,
	subject: "me" | "them" | null,
	quoted: boolean,
): Verdict {
	const around = sentence.slice(Math.max(0, index - 40), index + matched.length + 12);
	const wants = WANTS_ANSWER.exec(around);
	if (wants) {
		// `I expect an answer` waits for theirs; `they need an answer` waits for the user's.
		return /^expect/i.test(wants[0]) && subject !== "them" ? THEIRS : { kind: "not", why: "they want the user's answer" };
	}
	const noun = /^(?:decision|decisions|response|answer|verdict|outcome|results?|choice)$/i.test(matched);
	if (noun) {
		// A noun is the user's when it is `my decision`, or when the user makes, gives or sends it.
		if (/\b(?:my|our)\s+(?:\w+\s+)?$/i.test(before) && !quoted) return NOT_THEIRS;
		const makes = /\b(?:make|making|give|giving|send|sending|reach|take|communicate|share|provide)\b/i.test(before);
		if (makes && (subject === "me" || (subject === null && OBLIGATION.test(before)))) return NOT_THEIRS;
		return THEIRS;
	}
	if (subject === "me") return NOT_THEIRS;
	if (OBLIGATION.test(before) && subject !== "them") return NOT_THEIRS;
	// `decides`, `chooses`: the verb's own form says someone else does it.
	if (subject === "them" || FUTURE_BEFORE.test(before) || /(?:es|s)$/i.test(matched)) return THEIRS;
	return NOT_THEIRS;
}

/**
 * A quick, loose test that a text may hold a cue that gives a date (most text does not):
 * every positive cue above contains one of these at the start of a word. Anchored at
 * word starts, the engine gives up at once inside words, which halves the cost of the
 * test on long lines of prose.
 */
export const MAY_HOLD_CUE =
	/\b(?:decid|decision|choos|choice|respon|repl|answer|verdict|outcome|result|call|ring|phone|buzz|bell|hear|know|feedback|news|word|update|back|tell|touch|reach|contact|notif|inform|follow|next\s+step|time\s*line|time\s*frame|turnaround|eta|revert)/i;

/**
 * Something that may be part of a date expression: a digit, or at the start of a word a
 * month or weekday name (or its start), a day, week, month or year word, or a shorthand
 * such as `EOW` or `tmrw`.
 * Loose on purpose: it only spares chrono-node the text that cannot hold a date.
 */
const MAY_HOLD_DATE =
	/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|day|today|week|wk|fortnight|month|year|tom+or+ow|tmr|tonight|morning|evening|afternoon|eo[dwm]\b|cob\b)/i;

/** True when a line or sentence may state a date: it holds both a cue word and something that may be a date. */
export function mayStateDateIn(text: string): boolean {
	return MAY_HOLD_CUE.test(text) && MAY_HOLD_DATE.test(text);
}

/**
 * The cues of a sentence, in order; of two that overlap, the longer is kept. `open`: the
 * sentence goes on a quotation opened before it (`"Thanks for Thursday. We will decide …"`).
 */
export function findCues(sentence: string, open = false): Cue[] {
	const matches: { index: number; end: number; family: Family; text: string }[] = [];
	for (const { pattern, family } of CUE_PATTERNS) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
			matches.push({ index: m.index, end: m.index + m[0].length, family, text: m[0] });
		}
	}
	matches.sort((a, b) => b.end - b.index - (a.end - a.index));
	const cues: Cue[] = [];
	for (const m of matches) {
		if (cues.some((c) => m.index < c.end && m.end > c.index)) continue;
		cues.push({ index: m.index, end: m.end, ...judge(m.family, sentence, m.index, m.text, open) });
	}
	return cues.sort((a, b) => a.index - b.index);
}

/** A turn in the sentence: what follows is about something else. */
const TURN = /\b(?:but|however|although|though|whereas|while|whilst|meanwhile|except|otherwise)\b/i;
/** The user's own act, or what already happened. */
const USER_ACT_OR_PAST =
	/\b(?:(?:i|we)(?:'ll|\s+will|\s+need|\s+have\s+to|\s+must|\s+should|\s+can|\s+plan|\s+want|'m\s+going|\s+am\s+going|\s+promised|\s+agreed)|(?:asked|want|wants|need|needs|told)\s+me\s+to|send|submit|sign|return|complete|finish|prepare|upload|fill|apply|was|were|came|arrived|happened|got|received|heard|decided|ago)\b/i;
/** Another event, whose date this may be. */
const EVENT =
	/\b(?:start\s+date|start(?:s|ing)?|first\s+day|join(?:s|ing)?|onboard\w*|interview\w*|on-?site|panel|screen(?:ing)?|round|technical|final|stage|loop|super\s?day|assessment|take-?home|assignment|case\s+study|presentation|exercise|challenge|test|application|applications|vacation|holiday|holidays|leave|out\s+of\s+(?:the\s+)?office|ooo|away|travel\w*|trip|conference|visa|notice|relocat\w*|meeting|meet|coffee|lunch|dinner|reference\s+checks?|background\s+check|appointment|scheduled|booked|offer|contract|review|availability|available)\b/i;
/** A deadline word that ties the date back to what it follows. */
const BY = /\b(?:by|within|before|no\s+later\s+than|until|till|til)\b/i;

/**
 * True when the words between a cue and a date show that the date belongs to something
 * else: a turn in the sentence, the user's own act, a past event, or another event (the
 * start date, an interview, a holiday) that the date follows directly.
 */
export function breaksLink(between: string): boolean {
	if (TURN.test(between) || USER_ACT_OR_PAST.test(between)) return true;
	// `decision made Friday` happened; `a decision will be made by Friday` is to come.
	if (/\bmade\b/i.test(between) && !/\bbe\s+made\b/i.test(between)) return true;
	// `callback scheduled for Monday`, `decision booked for Friday`: the cue's own event.
	const rest = between.replace(/^\s*(?:scheduled|booked|set|planned)\b/i, "");
	const event = EVENT.exec(rest);
	if (event && !BY.test(rest.slice(event.index + event[0].length))) return true;
	const due = /\bdue\b/i.exec(between);
	return due !== null && /\w/.test(between.slice(0, due.index));
}
