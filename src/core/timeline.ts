/**
 * A note's timeline joined into the note (existing-vaults.md §3): dated entries read from
 * tables, dated lists, frontmatter lists or log notes become messages the rules count,
 * rounds, and outcomes. Pure: the entries are read elsewhere (src/core/body/, the note
 * reader, the log-note join) and handed in with their origins.
 */
import { clausesIn } from "./body/sentence-ends";
import { TITLES } from "./people-text";
import { textPerson } from "./read/people";
import type { Day, InterviewNote, LogEntry, NotARound, Person, Round, TimelineEntry } from "./model";
import { escapeRegExp, linkBasename, nameKey, readText, readWikilink } from "./values";
import { DENIAL, NAME_PARTICLES, REFERRED_BY, WITHDRAWN } from "./vocabulary";

/**
 * Matches a name written in an entry to a person of the note (`match`): display name,
 * person note, or a first name only one person has; `add` adds a person to match.
 */
export function personMatcher(people: readonly Person[]): {
	add: (person: Person) => void;
	match: (written: string | null) => string | null;
} {
	const byKey = new Map<string, Person>();
	const byFirst = new Map<string, Person | null>();
	const add = (person: Person): void => {
		byKey.set(nameKey(person.name), person);
		if (person.notePath !== null) byKey.set(nameKey(linkBasename(person.notePath)), person);
		const first = nameKey(person.name).split(" ")[0] ?? "";
		if (first !== "") byFirst.set(first, byFirst.has(first) ? null : person);
	};
	people.forEach(add);
	return {
		add,
		match: (written) => {
			const text = written === null ? null : readText(written);
			if (text === null) return null;
			const key = nameKey(text);
			const person = byKey.get(key) ?? (key.includes(" ") ? undefined : byFirst.get(key)) ?? null;
			return person?.name ?? text;
		},
	};
}

/** Characters that may stand next to a name in running text. */
const NAME_EDGE = "[^\\p{L}\\p{N}]";
/** A name in Han characters or Hangul, which stand next to other words (or Korean particles) with no space. */
const HAN_NAME = /^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u;

/** A clause that denies what follows it: `no address for Callum`, `but not Sam`, `couldn't reach Ana`. */
const NEGATED_CLAUSE = new RegExp(`(?:${DENIAL.source})[^,.;:!?()]*$`, "i");

/**
 * The note's people an entry's text names besides the one its words made its person:
 * by full name, or by a first name only one of them has, written with its capital
 * (`Thank-you emails to Hannah Cole and Ben Ortiz`, `Called Ben and Hannah`). Only its
 * first clause says whom the entry is about, a name owning something is not addressed
 * (`Sent to Grace Kim. Still need Omar's address.` is about Grace alone), and neither is
 * one after a denial in its clause (`Priti only, no address for Callum`).
 */
function othersNamedIn(entryText: string, people: readonly Person[], already: string | null): string[] {
	const text = clausesIn(entryText)[0] ?? "";
	const firsts = people.map((person) => person.name.split(/\s+/)[0] ?? "");
	const named: string[] = [];
	for (const [i, person] of people.entries()) {
		const first = firsts[i] ?? "";
		if (person.name === already) continue;
		const only = firsts.indexOf(first) === firsts.lastIndexOf(first);
		const written = [person.name, ...(first !== person.name && only && /^\p{Lu}/u.test(first) ? [first] : [])].map(escapeRegExp);
		// `Ms Vogt`, `Dr. Reuter`, `Frau Vogt`, `Prof. Weber`: the surname after a title of HONORIFIC
		// (two people of one note with the same surname are both named by it).
		written.push(`${TITLES} ${escapeRegExp(person.name.split(" ").pop() as string)}`);
		const found = written.some((name) => {
			// Chinese and Japanese run words together: a name in Han characters stands anywhere (`给周敏发了感谢邮件`).
			const edge = HAN_NAME.test(name) ? "" : NAME_EDGE;
			const at = new RegExp(`(?:^|${edge})${name}(?!['’]s(?:$|${NAME_EDGE}))(?:$|${edge})`, "u").exec(text);
			return at !== null && !NEGATED_CLAUSE.test(text.slice(0, at.index + 1));
		});
		if (found) named.push(person.name);
	}
	return named;
}

/** Two entries for one message (the same day, way, kind and person): the plugin's log and the user's own table, say. */
function sameMessage(a: LogEntry, b: LogEntry): boolean {
	return (
		a.date === b.date &&
		a.direction === b.direction &&
		a.kind === b.kind &&
		!a.dismissed &&
		!b.dismissed &&
		a.snoozedUntil === null &&
		b.snoozedUntil === null &&
		(a.person === null ? b.person === null : b.person !== null && nameKey(a.person) === nameKey(b.person))
	);
}

/** Adds the person to a round's people unless one of them has that name. */
function addOnce(people: Person[], person: Person): void {
	if (!people.some((p) => nameKey(p.name) === nameKey(person.name))) people.push(person);
}

/**
 * The round, when its people are the application's, standing in for nobody named, with
 * only those of them among `named`, when a source of its day names who was met there
 * (existing-vaults.md §1): anyone but a referrer, who is owed an update but was not met.
 */
function metOnly(round: Round, named: readonly Person[]): void {
	const met = named.filter((p) => p.relation !== "referrer");
	if (!round.borrowedPeople || met.length === 0) return;
	round.people = round.people.filter((k) => met.some((p) => nameKey(p.name) === nameKey(k.name)));
	delete round.borrowedPeople;
}

/** Rounds by date, one per day: a later source adds people, a format and a name to a round it meets. */
export function mergeRounds(rounds: readonly Round[]): Round[] {
	const byDay = new Map<Day, Round>();
	// With one interview day, the note's people are the people of that interview.
	const oneDay = rounds.every((r) => r.date === rounds[0]?.date);
	for (const round of rounds) {
		const known = byDay.get(round.date);
		if (known === undefined) {
			byDay.set(round.date, { ...round, people: [...round.people] });
			continue;
		}
		known.name ??= round.name;
		known.format ??= round.format;
		if (known.decisionDate === null && round.decisionDate !== null) {
			known.decisionDate = round.decisionDate;
			known.decisionOrigin = round.decisionOrigin;
		}
		if (known.callBack === null && round.callBack !== null) {
			known.callBack = round.callBack;
			known.callBackOrigin = round.callBackOrigin;
		}
		// The application's people stood in for a round that named nobody; a same-day round
		// naming people says who was met (existing-vaults.md §1), when the application has other
		// interview days the others may have been met on: of the application's, only those it names stay.
		if (!oneDay) metOnly(known, round.people);
		for (const person of round.people) addOnce(known.people, person);
	}
	return [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * A note about a networking contact: it sits in a folder of such notes, whose name starts
 * with the word (`Outreach/`, `Networking/`, `Contacts/`; not `Neural Network Labs/`). Its
 * calls and messages are with that person, and the interviews it mentions are the
 * application's, kept in the application's notes.
 */
export const CONTACT_NOTE = /(?:^|\/)(?:outreach|network|contacts|connections)[^/]*\//i;

/** A person named only in a timeline entry (an interview "with Maya"): an interviewer, no contact details. */
function entryPerson(name: string): Person {
	return textPerson({ name, title: null, email: null }, {}).person;
}

/**
 * People a line of the body places at the round of a day (`Panel: Daniel Park, Ruth
 * Adeyemi` under a dated heading), or, with no day, names as the application's (`# Connections`).
 */
export interface RoundPeople {
	date: Day | null;
	people: readonly Person[];
}

/** Words that say an entry is about a referral: `Referral from Jess Ong`, `referred by [[Sam Lee]]`. */
const REFERRAL = /\brefer(?:ral|red|rer)\b/i;
/** What an entry writes after REFERRED_BY's words: `referred by Jess Ong` gives `Jess Ong`. */
const AFTER_REFERRED_BY = new RegExp(`(?:${REFERRED_BY}) (.+)`, "i");
/** Capitalised words, with NAME_PARTICLES between them: the name that starts a text (`María de la Cruz, …`). */
const LEADING_NAME = new RegExp(`^\\p{Lu}[\\p{L}'’-]*(?: (?:(?:${[...NAME_PARTICLES].join("|")}) )*\\p{Lu}[\\p{L}'’-]*)*`, "u");

/**
 * The people entries name as having referred the user (`Applied | Referral from Jess
 * Ong`), as referrers, where the note (or a round of it) does not already have them:
 * they are owed an update after each interview.
 */
function referrersIn(entries: readonly TimelineEntry[], people: readonly Person[], person: (name: string) => Person): Person[] {
	const { match } = personMatcher(people);
	const found: Person[] = [];
	for (const entry of entries) {
		const name = match(referrerOf(entry));
		if (name === null || people.some((p) => p.name === name)) continue;
		found.push({ ...person(name), relation: "referrer", origin: entry.origin });
	}
	return found;
}

/**
 * Whom an entry names as having referred you: the person a link after `referred by` (or
 * REFERRED_BY's words in another language) or before `'s referral` names (`with [[Bastian]],
 * thanks to [[Ines Duarte]]'s referral`), else the one of its people written as plain
 * text before `'s referral` (`Emailed Dana and Jess, thanks to Jess's referral`), else the
 * name written after those words (`Applied after a coffee with Dana, referred by Jess Ong`,
 * `recomendado por Lucía Ferrer`), else, when it speaks of a referral in English, its
 * first person; null when it speaks of none.
 */
export function referrerOf(entry: TimelineEntry): string | null {
	const after = AFTER_REFERRED_BY.exec(entry.text)?.[1] ?? "";
	const link = readWikilink(/^\[\[[^\]]+\]\]/.exec(after)?.[0] ?? /(\[\[[^\]]+\]\])['’]s referral/i.exec(entry.text)?.[1]);
	if (link !== null) return link.alias ?? linkBasename(link.target);
	return (
		[...(entry.others ?? []), entry.person].find(
			(name) => name !== null && RegExp(`${escapeRegExp(name)}['’]s referral`, "i").test(entry.text),
		) ??
		LEADING_NAME.exec(after)?.[0] ??
		(REFERRAL.test(entry.text) ? entry.person : null)
	);
}

/** The people with each of `more` that is not already among them (by name, or a first name only one of them has). */
function joinPeople(people: readonly Person[], more: readonly Person[]): Person[] {
	const all = [...people];
	const index = personMatcher(all);
	for (const person of more) {
		const known = index.match(person.name);
		if (!all.some((p) => p.name === known)) {
			all.push(person);
			index.add(person);
		}
	}
	return all;
}

/**
 * The people the note's rounds and its interview entries name, to be joined to the note's
 * own (full names before first names, so `with Dana` joins the Dana Whitfield another entry
 * links). Entries match names against all of them (`Thank-you email to Dana` after a phone
 * screen with [[Dana Whitfield]]), though only the note's own people are the application's.
 */
function namedAtRounds(note: InterviewNote, entries: readonly TimelineEntry[], person: (name: string) => Person): Person[] {
	const written: string[] = [];
	for (const entry of entries)
		if (entry.event === "interview" && entry.person !== null) written.push(entry.person.trim(), ...(entry.others ?? []));
	written.sort((a, b) => Number(!a.includes(" ")) - Number(!b.includes(" ")));
	return [...(note.rounds ?? []).flatMap((round) => round.people), ...written.map(person)];
}

/**
 * The note with more people (those its lines of people name, the referrers its entries
 * name) added to its own, where not already among them (by name, or a first name only one
 * of them has): so entries that name them (`Sent to Daniel only`) count for them, and each
 * gets their own follow-ups.
 */
function withRosterPeople(note: InterviewNote, more: readonly Person[]): InterviewNote {
	const people = joinPeople(note.people, more);
	return people.length === note.people.length ? note : { ...note, people };
}

/**
 * The rounds without the days a last-contact property gave (`Date Last Interaction`) that
 * a timeline entry of the same day shows were something else (a reply, an invitation, a
 * message, an application), unless an entry of that day is an interview or a rejection;
 * and those days.
 * A day no entry speaks of stays a round.
 */
function withoutOtherContacts(rounds: readonly Round[], entries: readonly TimelineEntry[]): { rounds: Round[]; notRounds: NotARound[] } {
	const kept: Round[] = [];
	const notRounds: NotARound[] = [];
	for (const round of rounds) {
		const property = round.lastContact;
		const sameDay = property === undefined ? [] : entries.filter((e) => e.date === round.date && e.event !== "other");
		const entry = sameDay[0];
		// A rejection that day keeps it: the interview came before, and the reply counts from the news.
		if (property !== undefined && entry !== undefined && !sameDay.some((e) => e.event === "interview" || e.kind === "rejection"))
			notRounds.push({ date: round.date, property, entry });
		else kept.push(round);
	}
	return { rounds: kept, notRounds };
}

/**
 * The note with timeline entries joined in:
 * - sent and received entries join the log the rules count (a message already in the log
 *   on the same day, to the same person, is not counted twice; a plain message to a
 *   referrer is their update);
 * - interview entries become rounds (merged by day with the rounds already known), and
 *   the people a line of the body places at a round's day join that round;
 * - the latest rejection, offer or withdrawal dated on or after the status property's date
 *   (or with none), and followed by no later interview, sets the status to rejected or ended
 *   from that day, unless a status property already says ended, rejected or closed;
 * - a round on a day of the last contact is dropped when an entry of that day says what
 *   the contact was and it was no interview (withoutOtherContacts);
 * - an application (`applying`) with a round left is active;
 * - every entry is kept in `timeline`, for the timeline view and `explain`.
 */
export function withTimeline(
	note: InterviewNote,
	entries: readonly TimelineEntry[],
	rosters: readonly RoundPeople[] = [],
	noted: readonly Person[] = [],
): InterviewNote {
	if (entries.length === 0 && rosters.length === 0) return activeWithRound(note);
	const person = (name: string): Person => noted.find((p) => nameKey(p.name) === nameKey(name)) ?? entryPerson(name);
	// The people a log note's words place at an interview, with their titles, as a line of people would.
	const placed = [...rosters, ...entries.flatMap((entry) => (entry.met === undefined ? [] : [{ date: entry.date, people: entry.met }]))];
	// Everyone the note and its rounds name, each once: first to find referrers, then again
	// once the people of its lines of people and its referrers are the note's.
	const named = namedAtRounds(note, entries, person);
	note = withRosterPeople(note, [
		...placed.flatMap((roster) => roster.people),
		...referrersIn(entries, joinPeople(note.people, named), person),
	]);
	const everyone = joinPeople(note.people, named);
	const { match } = personMatcher(everyone);
	// The log's names matched again: a first name (`Thank-you note to Hana`) may only now have its person (a log note's).
	const log = note.log.map((entry) => ({ ...entry, person: match(entry.person) }));
	const checked = withoutOtherContacts(note.rounds ?? [], entries);
	const rounds: Round[] = [...checked.rounds];
	const contact = CONTACT_NOTE.test(note.path);
	let index = log.reduce((max, e) => Math.max(max, e.index + 1), 0);
	for (const entry of entries) {
		const first = match(entry.person);
		const joined = (entry.others ?? []).map(match).filter((name): name is string => name !== null && name !== first);
		// One message to several people is one entry per person, as the log would hold it.
		const names = [...(first === null ? [] : [first]), ...joined];
		for (const other of othersNamedIn(entry.text, everyone, first)) if (!names.includes(other)) names.push(other);
		if (entry.event === "sent" || entry.event === "received") {
			for (const person of names.length === 0 ? [null] : names) {
				const logged: LogEntry = {
					date: entry.date,
					direction: entry.event,
					// A plain message to whoever referred you tells them how it went.
					kind:
						entry.kind === "message" && note.people.some((p) => p.name === person && p.relation === "referrer")
							? "update-referrer"
							: entry.kind,
					person,
					dismissed: false,
					snoozedUntil: null,
					index: index++,
					origin: entry.origin,
				};
				if (!log.some((e) => sameMessage(e, logged))) log.push(logged);
			}
		}
		// An interview entry, or an invitation that names the interview's day, is a round; in a
		// note about a contact, only an informal meeting with them is (an informational coffee).
		const roundDay =
			contact && entry.format !== "informal" ? null : entry.event === "interview" ? entry.date : (entry.interviewOn ?? null);
		if (roundDay !== null) {
			rounds.push({
				date: roundDay,
				name: null,
				format: entry.format,
				// Who sent an invitation is not who will be met.
				people: entry.event === "interview" ? names.map((name) => everyone.find((p) => p.name === name) ?? person(name)) : [],
				decisionDate: null,
				decisionOrigin: null,
				callBack: null,
				callBackOrigin: null,
				origin: entry.origin,
			});
		}
	}
	// A note without a round of its own keeps its decision and call-back properties for the
	// round its timeline gives it: they were written about that interview.
	if (checked.rounds.length === 0) {
		for (const round of rounds) {
			round.decisionDate ??= note.decisionDate;
			round.decisionOrigin ??= note.decisionOrigin ?? null;
			round.callBack ??= note.callBack;
			round.callBackOrigin ??= note.callBackOrigin ?? null;
		}
	}
	const merged = mergeRounds(rounds);
	for (const roster of placed) {
		const round = merged.find((r) => r.date === roster.date);
		if (round === undefined) continue;
		const people = roster.people.map((written) => everyone.find((p) => p.name === match(written.name)) ?? written);
		// Those a line of the day names were met there, as an entry's.
		if (merged.length > 1) metOnly(round, people);
		for (const person of people) addOnce(round.people, person);
	}
	const latest = merged[merged.length - 1] ?? null;
	const joined: InterviewNote = {
		...note,
		log,
		rounds: merged,
		timeline: [...(note.timeline ?? []), ...entries],
		interviewDate: latest?.date ?? (checked.notRounds.length > 0 ? null : note.interviewDate),
		format: latest === null ? note.format : latest.format,
		decisionDate: latest === null ? note.decisionDate : latest.decisionDate,
		decisionOrigin: latest === null ? (note.decisionOrigin ?? null) : latest.decisionOrigin,
		callBack: latest === null ? note.callBack : latest.callBack,
	};
	if (checked.notRounds.length > 0) joined.notRounds = [...(note.notRounds ?? []), ...checked.notRounds];
	return withOutcome(activeWithRound(joined), entries, merged);
}

/** The note, made active when it is an application (`applying`) with a round. */
function activeWithRound(note: InterviewNote): InterviewNote {
	return note.status === "applying" && (note.rounds ?? []).length > 0 ? { ...note, status: "active" } : note;
}

/**
 * The status an outcome in the timeline sets (existing-vaults.md §3, "Outcomes in the
 * timeline"); a rejected status written without its day takes the day of the rejection the
 * timeline records.
 */
function withOutcome(note: InterviewNote, entries: readonly TimelineEntry[], rounds: readonly Round[]): InterviewNote {
	const open = note.status === "active" || note.status === "applying";
	if (!open && (note.status !== "rejected" || note.statusDate !== null)) return note;
	let outcome: TimelineEntry | null = null;
	for (const entry of entries) {
		const ends = entry.event === "received" && (entry.kind === "rejection" || entry.kind === "offer");
		// `withdrew from the process by email to Mina`: the process is over, whichever side stopped it.
		if (!ends && !WITHDRAWN.test(clausesIn(entry.text)[0] ?? "")) continue;
		if (outcome === null || entry.date >= outcome.date) outcome = entry;
	}
	if (outcome === null) return note;
	if (!open) return outcome.kind === "rejection" ? { ...note, statusDate: outcome.date, statusDateOrigin: outcome.origin } : note;
	// The status property says active or applying: an outcome on its own day is news it does not yet tell.
	if (note.statusDate !== null && outcome.date < note.statusDate) return note;
	if (rounds.some((round) => round.date > outcome.date)) return note;
	return {
		...note,
		status: outcome.kind === "rejection" ? "rejected" : "ended",
		statusText: outcome.text,
		statusDate: outcome.date,
		statusOrigin: outcome.origin,
		statusDateOrigin: outcome.origin,
	};
}
