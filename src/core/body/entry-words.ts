/**
 * What an entry's words say: which event, of which kind, which way, and with whom
 * (existing-vaults.md §3, "What an entry is"). One pass over the words of the text, each
 * tried against the phrases of the vocabulary that start with it; no regular expression
 * ever runs over the whole text more than once.
 */
import { MONTH_NUMBERS, WEEKDAY_NUMBERS, isDay } from "../dates";
import type { InterviewFormat } from "../model";
import type { TimelineEvent } from "../timeline-types";
import {
	DENIAL,
	NAME_PARTICLES,
	NOT_NAMES,
	PERSON_CUES,
	stem,
	SUBJECT_VERBS,
	WORD_PATTERN,
	type OutcomeKind,
	type Vocabulary,
} from "../vocabulary";
import { hasOwn } from "../values";
import { HONORIFIC } from "../people-text";
import { looksLikeName } from "./rosters";

/** What the words of one text say, before an event is chosen. */
export interface EntrySigns {
	/** The first message kind named (`thank-you`, `check-in`, …), or null. */
	messageKind: string | null;
	/** Answers from the company named. */
	outcomes: Set<OutcomeKind>;
	/** Interview words were found. */
	interview: boolean;
	/** The format named, if any (by an interview word or a qualifier). */
	format: InterviewFormat | null;
	/** Application words were found. */
	applied: boolean;
	/** A firm sign that the user wrote (`sent`, `emailed`, `to Maya`, `replied to`). */
	sent: boolean;
	/** A firm sign that the company wrote (`received`, `heard`, `from Maya`). */
	received: boolean;
	/** A sign that gives way to interview words (`called`). */
	weakSent: boolean;
	/** Likewise (`got`). */
	weakReceived: boolean;
	/** A past-tense word says it was done (`sent`, `followed up`, `applied`). */
	happened: boolean;
	/** The counterpart the text names, if any. */
	person: PersonInText | null;
}

/** The event an entry records, as the vocabulary places it. */
export interface Placement {
	event: TimelineEvent;
	kind: string;
	format: InterviewFormat | null;
}

/** Empty signs: nothing said. */
export function noSigns(): EntrySigns {
	return {
		messageKind: null,
		outcomes: new Set(),
		interview: false,
		format: null,
		applied: false,
		sent: false,
		received: false,
		weakSent: false,
		weakReceived: false,
		happened: false,
		person: null,
	};
}

interface Token {
	/** As written. */
	text: string;
	/** Lower case. */
	lower: string;
	/** Offset of its first character in the text. */
	start: number;
	/** Offset after its last character. */
	end: number;
}

/** Words of a text with their offsets. Wikilinks are left out: they name notes, not events. */
function tokensOf(text: string): Token[] {
	const tokens: Token[] = [];
	const links = wikilinkSpans(text);
	let link = 0;
	for (const m of text.matchAll(WORD_PATTERN)) {
		const start = m.index;
		while (link < links.length && (links[link]?.[1] ?? 0) <= start) link++;
		const span = links[link];
		if (span !== undefined && start >= span[0] && start < span[1]) continue;
		// Apostrophes at the edges (quotes) are not part of the word.
		let word = m[0];
		let from = start;
		while (word.length > 0 && (word[0] === "'" || word[0] === "’")) {
			word = word.slice(1);
			from++;
		}
		while (word.length > 0 && (word.endsWith("'") || word.endsWith("’"))) word = word.slice(0, -1);
		if (word === "") continue;
		tokens.push({ text: word, lower: word.toLowerCase(), start: from, end: from + word.length });
	}
	return tokens;
}

/** [start, end) of each `[[…]]` in a text, in order. Linear: each `]]` is looked for once. */
export function wikilinkSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let at = text.indexOf("[[");
	while (at >= 0) {
		const close = text.indexOf("]]", at + 2);
		if (close < 0) break;
		spans.push([at, close + 2]);
		at = text.indexOf("[[", close + 2);
	}
	return spans;
}

/** The target of a wikilink's inner text: `Maya Chen|Maya` → `Maya Chen`, `Maya#Notes` → `Maya`. */
export function linkTarget(inner: string): string {
	let end = inner.length;
	for (const mark of ["|", "#", "^"]) {
		const at = inner.indexOf(mark);
		if (at >= 0 && at < end) end = at;
	}
	return inner.slice(0, end).trim();
}

/**
 * The person a wikilink names: its target, without the ` - Company` or ` @ Company` a contact
 * note's name may add (`[[Owen Pike - Acme|Owen Pike]]` is Owen Pike), as for a name written
 * as text (existing-vaults.md §2). A link to a day (`by [[2026-11-18]]`, a daily note) names
 * nobody: empty.
 */
export function linkName(inner: string): string {
	const target = linkTarget(inner);
	return isDay(target) ? "" : target.replace(/ [-@] .*/, "");
}

/** True when the token's lower form is a negation (`no`, `never`, `haven't`). */
function negates(token: Token | undefined): boolean {
	return token !== undefined && DENIAL.test(token.lower);
}

/** Words opening an entry that say it is getting ready for something: `Prepare …`, `Practise …`. */
const PREPARING = /^\W*(?:prep(?:are[ds]?|aring)?|practi[cs](?:e[ds]?|ing)|rehears(?:e[ds]?|ing)|study|studied)\b/i;

/** Reads the signs of one text. */
export function readSigns(text: string, vocabulary: Vocabulary): EntrySigns {
	const signs = noSigns();
	const tokens = tokensOf(text);
	const stems = tokens.map((t) => stem(t.text));
	const lowers = tokens.map((t) => t.lower);
	let denied = false;
	let i = 0;
	while (i < tokens.length) {
		const entry = longestMatch(vocabulary.entryPhrases, stems, i);
		const direction = longestMatch(vocabulary.directionPhrases, lowers, i);
		const length = Math.max(entry?.words.length ?? 0, direction?.words.length ?? 0);
		if (length === 0) {
			i++;
			continue;
		}
		// `no reply yet`, `haven't heard back`: the word is denied, not reported.
		const negated = negates(tokens[i - 1]) || (negates(tokens[i - 2]) && tokens[i - 1]?.lower === "yet");
		if (negated) denied = true;
		else {
			const past = tokens.slice(i, i + length).some((t) => t.lower.endsWith("ed"));
			if (direction !== null && direction.words.length === length) {
				const meaning = direction.meaning;
				if (meaning.is === "direction") {
					if (meaning.direction === "sent") {
						if (meaning.weak) signs.weakSent = true;
						else signs.sent = true;
					} else if (meaning.weak) signs.weakReceived = true;
					else signs.received = true;
					signs.happened = true;
				}
			}
			if (entry !== null && entry.words.length === length) {
				const meaning = entry.meaning;
				const next = tokens[i + length]?.lower;
				if (meaning.is === "outcome" && meaning.kind === "reply" && next === "to") {
					// `replied to Raj`: the user answered (an open task `Reply to Raj` is still to do).
					signs.sent = true;
				} else if (meaning.is === "message") {
					// The first kind named holds, except that saying you want the job outranks
					// the thanks around it: that note is itself the thank-you after an informal chat.
					// `thanks to [[Ines]]'s referral` is owing to someone, no message to them.
					if (
						(signs.messageKind === null && !(next === "to" && /^s$|['’]s$/.test(tokens[i + length + 1]?.lower ?? ""))) ||
						(meaning.kind === "want-the-job" && signs.messageKind === "thank-you")
					)
						signs.messageKind = meaning.kind;
				} else if (meaning.is === "outcome") signs.outcomes.add(meaning.kind);
				else if (meaning.is === "interview") {
					signs.interview = true;
					signs.format ??= meaning.format;
				} else if (meaning.is === "format") signs.format ??= meaning.format;
				else if (meaning.is === "applied") signs.applied = true;
				if (past) signs.happened = true;
			}
		}
		i += length;
	}
	// `Prepare questions for the interview`: getting ready for one is no meeting held.
	if (PREPARING.test(text)) signs.interview = false;
	const person = personIn(text, tokens, vocabulary);
	signs.person = person;
	// `No reply from Raj`: the name does not make it an answer.
	if (person !== null && !denied) {
		if (person.subject) {
			signs.sent = false;
			signs.weakSent = false;
		}
		// `Case study presentation to Wen Li`: a meeting held with them, not a message.
		if (person.direction === "sent" && (!signs.interview || signs.messageKind !== null)) signs.sent = true;
		if (person.direction === "received") signs.received = true;
	}
	return signs;
}

/** The longest phrase of an index that matches the words from position i, or null. */
function longestMatch(index: Vocabulary["entryPhrases"], words: readonly string[], i: number) {
	const candidates = index.get(words[i] ?? "");
	if (candidates === undefined) return null;
	for (const phrase of candidates) {
		let all = true;
		for (let k = 1; k < phrase.words.length; k++) {
			if (words[i + k] !== phrase.words[k]) {
				all = false;
				break;
			}
		}
		if (all) return phrase;
	}
	return null;
}

/**
 * Signs of two texts together. When the first places the entry, it alone says what the
 * entry is and which way it went (the second text may tell of other events: `I sent a
 * thank-you after` under an interview); the second only adds a format. When the first
 * places nothing, the second says what the entry is, and its direction counts where the
 * first names none.
 */
export function mergeSigns(strong: EntrySigns, weak: EntrySigns): EntrySigns {
	const person = strong.person ?? weak.person;
	if (places(strong)) return { ...strong, format: strong.format ?? weak.format, happened: strong.happened || weak.happened, person };
	const strongDirected = strong.sent || strong.received || strong.weakSent || strong.weakReceived;
	const directions = strongDirected ? strong : weak;
	return {
		...weak,
		format: strong.format ?? weak.format,
		sent: directions.sent,
		received: directions.received,
		weakSent: directions.weakSent,
		weakReceived: directions.weakReceived,
		happened: strong.happened || weak.happened,
		person,
	};
}

/** True when the signs name anything an entry can be. */
export function places(signs: EntrySigns): boolean {
	return signs.messageKind !== null || signs.outcomes.size > 0 || signs.interview || signs.applied;
}

const OUTCOME_ORDER: readonly OutcomeKind[] = ["rejection", "offer", "invite", "reply"];

function firstOutcome(outcomes: ReadonlySet<OutcomeKind>): OutcomeKind | null {
	return OUTCOME_ORDER.find((kind) => outcomes.has(kind)) ?? null;
}

/** A placement of any event but an interview: it has no format. */
export const placed = (event: TimelineEvent, kind = ""): Placement => ({ event, kind, format: null });

/** An interview, of a format or of none. */
export const interviewPlacement = (format: InterviewFormat | null): Placement => ({ event: "interview", kind: format ?? "", format });

/**
 * The event the signs make: a firm direction first (an outcome, when both ways are
 * named); with none, a message kind means sent, a rejection or offer received, then an
 * invitation, an interview, a reply, an application, in that order; else `other`.
 */
export function placeSigns(signs: EntrySigns): Placement {
	const sent = signs.sent || (signs.weakSent && !signs.interview);
	const received = signs.received || (signs.weakReceived && !signs.interview);
	const outcome = firstOutcome(signs.outcomes);
	const direction = sent && received ? (outcome !== null ? "received" : "sent") : sent ? "sent" : received ? "received" : null;
	if (direction === "sent") {
		if (signs.messageKind !== null) return placed("sent", signs.messageKind);
		return signs.applied ? placed("applied") : placed("sent", "message");
	}
	if (direction === "received") return placed("received", outcome ?? "reply");
	if (signs.messageKind !== null) return placed("sent", signs.messageKind);
	if (outcome === "rejection" || outcome === "offer" || outcome === "invite") return placed("received", outcome);
	if (signs.interview) return interviewPlacement(signs.format);
	if (outcome === "reply") return placed("received", "reply");
	return signs.applied ? placed("applied") : placed("other");
}

/** A counterpart found in a text, and the direction its cue implies. */
export interface PersonInText {
	/** The name as written, or the person a wikilink names (linkName). */
	name: string;
	/** `sent` after `to`, `received` after `from` or before a verb (`Raj replied`), else null. */
	direction: "sent" | "received" | null;
	/** The name opens the text and did what the verb after it says (`Maya called`). */
	subject: boolean;
	/** Further names joined to it by `and`, `&` or commas (`with [[Maya Chen]] (HM) and [[Raj]]`). */
	others: string[];
}

/** Longest name taken after a cue, in words. */
const MAX_NAME_WORDS = 4;

/**
 * The counterpart an entry names: a name opening it before a verb of theirs (`Raj
 * replied`, `[[Maya Chen]] called`), else the first name after a cue (`to Raj`, `with
 * [[Maya Chen]]`, `from Claire Dubois`, `thanked Priya`), else a wikilink straight after
 * a colon (`Onsite interviews: [[Elena Park]], [[Tom Baird]]`). A name is a wikilink's
 * target, or a run of capitalised words that are not articles, pronouns, roles, months,
 * weekdays or entry words. The names joined to it (`and`, `&`, commas; a title in
 * brackets between is skipped) come along. Null when there is none.
 */
function personIn(text: string, tokens: readonly Token[], vocabulary: Vocabulary): PersonInText | null {
	const links = new Map(wikilinkSpans(text).map((span) => [span[0], span[1]]));
	// `Rejected: Noor emailed …`: after a word and a colon, when the words before it name no one who wrote.
	const after = (label: RegExpExecArray | null) => label && subjectOf(text, tokens, links, vocabulary, label[0].length);
	const subject = subjectOf(text, tokens, links, vocabulary) ?? after(WORD_LABEL.exec(text));
	if (subject !== null) return subject;
	const found = (name: string, direction: PersonInText["direction"], end: number): PersonInText => ({
		name,
		direction,
		subject: false,
		others: joinedNames(text, tokens, links, end, vocabulary),
	});
	for (let i = 0; i < tokens.length; i++) {
		const cue = tokens[i] as Token;
		if (!PERSON_CUES.has(cue.lower)) continue;
		const direction = cue.lower === "to" ? "sent" : cue.lower === "from" ? "received" : null;
		// A wikilink straight after the cue (spaces and a colon between are fine).
		let at = cue.end;
		while (at < text.length && (text[at] === " " || text[at] === ":" || text[at] === "\t")) at++;
		if (text.startsWith("[[", at)) {
			const end = links.get(at);
			if (end !== undefined) {
				const name = linkName(text.slice(at + 2, end - 2));
				if (name !== "") return found(name, direction, end);
			}
			continue;
		}
		const name = nameFrom(text, tokens, i + 1, vocabulary);
		if (name !== null) return found(name.text, direction, (tokens[name.next - 1] as Token).end);
	}
	// `Onsite interviews: [[Elena Park]], [[Tom Baird]]`: links that look like names, listed after a colon.
	for (const [start, end] of links) {
		const name = linkName(text.slice(start + 2, end - 2));
		if (/:\s*$/.test(text.slice(Math.max(0, start - 9), start)) && looksLikeName(name)) return found(name, null, end);
	}
	return null;
}

/**
 * The names joined to a name that ends at `at`: each after `,`, `&`, `and` or `, and` (or
 * the `and` of Portuguese, Spanish or French: `e`, `y`, `et`), a
 * wikilink or a run of name words, with a title in brackets after a name skipped
 * (`[[Priya Raman]] (hiring manager) and [[Tomás Ortega]] (engineer)`); eight at most.
 */
function joinedNames(
	text: string,
	tokens: readonly Token[],
	links: ReadonlyMap<number, number>,
	at: number,
	vocabulary: Vocabulary,
): string[] {
	const names: string[] = [];
	for (let i = at; names.length < 8;) {
		const joiner = /^\s*(?:\([^()]{0,60}\)\s*)?(?:(?:,\s*)?(and|e|y|et)\s+|[,&]\s*)/i.exec(text.slice(i, i + 80));
		if (joiner === null) break;
		i += joiner[0].length;
		const end = links.get(i);
		const name =
			end === undefined
				? nameFrom(
						text,
						tokens,
						tokens.findIndex((t) => t.start >= i),
						vocabulary,
						i,
					)
				: { text: linkName(text.slice(i + 2, end - 2)), next: 0 };
		// `…, Frankfurt office`: after a comma, words that run on in lower case name a place or a thing.
		if (
			!name?.text ||
			(joiner[1] === undefined &&
				end === undefined &&
				/^ (?!(?:and|e|y|et) )\p{Ll}/u.test(text.slice((tokens[name.next - 1] as Token).end)))
		)
			break;
		names.push(name.text);
		i = end ?? (tokens[name.next - 1] as Token).end;
	}
	return names;
}

/** A name opening the text, followed by one of their verbs (`Raj replied`), or null. */
function subjectOf(
	text: string,
	tokens: readonly Token[],
	links: ReadonlyMap<number, number>,
	vocabulary: Vocabulary,
	after?: number,
): PersonInText | null {
	// A status in brackets before the words (`(Rejected): Priya emailed`) is not part of them.
	const label = LEADING_LABEL.exec(text);
	const start = after ?? (label === null ? text.length - text.trimStart().length : label[0].length);
	const linkEnd = links.get(start);
	let name: string | null = null;
	let next: Token | undefined;
	if (linkEnd !== undefined) {
		name = linkName(text.slice(start + 2, linkEnd - 2));
		next = tokens.find((t) => t.start >= linkEnd);
	} else {
		const first = tokens.findIndex((t) => t.start >= start);
		const found = first === -1 ? null : nameFrom(text, tokens, first, vocabulary, start);
		if (found !== null) {
			name = found.text;
			next = tokens[found.next];
		}
	}
	if (!name || next === undefined) return null;
	// `Raj replied`, or words of an answer after the name (`Laura me escribió`, `Raj reply …`),
	// unless the name is a label (`Key Points: Not moving forward`) or a denial (`No reply`).
	if (
		!SUBJECT_VERBS.has(next.lower) &&
		(!vocabulary.entryPhrases.get(stem(next.text))?.some((p) => p.meaning.is === "outcome") ||
			DENIAL.test(name) ||
			text[next.start - 2] === ":")
	)
		return null;
	return { name, direction: "received", subject: true, others: [] };
}

/** A word or a few and a colon opening a line or an entry's words: `Next steps: `, `Rejected: `. */
export const WORD_LABEL = /^\s*\p{L}[\p{L} _/-]{0,30}[:：]\s*/u;

/** A status or tag in brackets opening an entry's words, with the colon or dash after it. */
export const LEADING_LABEL = /^\s*[([][^()[\]]{1,40}[)\]]\s*[:\-–—]?\s*/;

/**
 * A run of capitalised words from token k (and the index of the token after it), or null.
 * `from`: where the name may start (a name opening the text, after any label).
 */
function nameFrom(
	text: string,
	tokens: readonly Token[],
	k: number,
	vocabulary: Vocabulary,
	from?: number,
): { text: string; next: number } | null {
	const first = tokens[k];
	if (first === undefined) return null;
	// Only spaces between the cue and the name; a name opening the text has nothing before it.
	const before =
		from !== undefined
			? text.slice(from, first.start)
			: k === 0
				? text.slice(0, first.start)
				: text.slice((tokens[k - 1] as Token).end, first.start);
	if (before.trim() !== "") return null;
	const parts: Token[] = [];
	// `Dr. Jane Doe`: the title is no part of the name; `Dr. Doe` alone is left to the note's people.
	const titled = +(HONORIFIC.test(first.text) && /^\.? $/.test(text.slice(first.end, tokens[k + 1]?.start)));
	for (let j = k + titled; j < tokens.length && parts.length < MAX_NAME_WORDS; j++) {
		const token = tokens[j] as Token;
		const gap = parts.length === 0 ? "" : text.slice((tokens[j - 1] as Token).end, token.start);
		if (parts.length > 0 && gap !== " " && gap !== "-") break;
		// `Jae-won Park`, `Hye-jin`: after a hyphen, a name goes on in lower case.
		if (isNameWord(token, vocabulary) || (parts.length > 0 && gap === "-" && /^\p{Ll}+$/u.test(token.text))) {
			parts.push(token);
			continue;
		}
		// `Ana de la Cruz`: small words inside a name, never at its end.
		if (parts.length > 0 && NAME_PARTICLES.has(token.text)) {
			let next = j + 1;
			while (tokens[next] !== undefined && NAME_PARTICLES.has((tokens[next] as Token).text)) next++;
			const after = tokens[next];
			if (after !== undefined && isNameWord(after, vocabulary)) {
				parts.push(...tokens.slice(j, next + 1));
				j = next;
				continue;
			}
		}
		break;
	}
	if (parts.length <= titled) return null;
	const start = (parts[0] as Token).start;
	const end = (parts[parts.length - 1] as Token).end;
	const name = text.slice(start, end).replace(/[’']s$/, "");
	return name === "" ? null : { text: name, next: k + parts.length + titled };
}

/** A capitalised word that may be part of a name. */
function isNameWord(token: Token, vocabulary: Vocabulary): boolean {
	if (!/^\p{Lu}/u.test(token.text)) return false;
	if (NOT_NAMES.has(token.lower) || hasOwn(WEEKDAY_NUMBERS, token.lower) || hasOwn(MONTH_NUMBERS, token.lower)) return false;
	return !vocabulary.phraseStarts.has(stem(token.text)) && !vocabulary.phraseStarts.has(token.lower);
}
