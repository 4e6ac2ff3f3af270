/**
 * Person notes' bodies: a person note linked from an application's people often keeps, in
 * its text, how to reach them (a `| Email | … |` row, an `**Email:** …` label) and the log
 * of what passed between you (a table with a date column, dated items, dated headings).
 * The text is read with the readers of an application's body; each entry joins an
 * application that lists the person, as a log note joins one (existing-vaults.md §3).
 * Pure: the hosts read the person notes' text and hand it in.
 */
import { bodyEntries, inlineFields, mayHaveEntries, parseBody, type DateContext } from "./body";
import { channelOf } from "./fields";
import { latestRoundBy } from "./log-notes";
import type { InterviewNote, Origin, Person, TimelineEntry } from "./model";
import { BODY_READ_LIMIT } from "./read/shapes";
import type { SourceNote } from "./source";
import { addressOf } from "./values";

/** What a person note's text gives: its dated entries (naming nobody yet) and the addresses it writes. */
export interface PersonNote {
	/** The entries of its tables, lists and headings, each with the note's path in its origin. */
	entries: TimelineEntry[];
	/** The email, phone and LinkedIn its text writes, where it writes them. */
	address: Partial<Record<"email" | "phone" | "linkedin", string>>;
}

/** A person note's text as the host read it: the text after its frontmatter, and the line that starts on (1 when absent). */
export type PersonNoteText = Pick<SourceNote, "body" | "bodyLine">;

/** A row of a two-column table: `| Email | jane@acme.example |`. */
const ROW = /^[ \t]*\|([^|\n]*)\|([^|\n]*)\|?[ \t]*$/gm;

/** What an address of each kind looks like, so a log's `| Email | sent the thank-you |` is none. */
const LOOKS: Readonly<Record<string, RegExp>> = { email: /\S@\S/, phone: /^[+(]?\d[\d\s()./-]{5,}$/, linkedin: /^\S+$/ };

/**
 * Whether a person note's text may give an address or a dated entry: it has an `@`, a table
 * (`|`), `LinkedIn` or `phone`, or a line that starts with a digit (after a list or heading
 * mark, a task box or bold marks: `- 2026-11-17 …`, `### 2026-11-11 — Phone screen`). A day
 * only inside a sentence is not looked for: hosts skip reading texts without these.
 */
export function mayHoldPersonText(text: string): boolean {
	return /[@|]|linkedin|phone|^[ \t>]*(?:(?:[-*+]|#{1,6}|\d{1,9}[.)])[ \t]+)?(?:\[.\][ \t]+)?[*_]*\d/im.test(text);
}

/** Reads a person note's text at `path`: dated entries as an application's body gives them, and addresses. */
export function readPersonNote(path: string, { body: text = "", bodyLine: firstLine = 1 }: PersonNoteText, ctx: DateContext): PersonNote {
	const note: PersonNote = { entries: [], address: {} };
	if (text.length > BODY_READ_LIMIT || !mayHoldPersonText(text)) return note;
	// A two-column row or a label whose name is a channel's (`Email`, `E-mail`, `LinkedIn`, `Phone`).
	const written: [string, string][] = text.includes("|")
		? [...text.matchAll(ROW)].map((row) => [row[1] as string, row[2] as string])
		: [];
	for (const field of inlineFields(text, firstLine, true)) written.push([field.key, field.value]);
	for (const [key, value] of written) {
		const channel = channelOf(key.replace(/[*_`:]/g, "").trim());
		const found = addressOf(value.trim());
		if (channel !== null && channel !== "note" && found !== null && LOOKS[channel]?.test(found)) note.address[channel] ??= found;
	}
	if (mayHaveEntries(text, ctx))
		for (const entry of bodyEntries(parseBody(text), { ...ctx, firstLine }).entries)
			note.entries.push({ ...entry, origin: { ...entry.origin, path } as Origin });
	return note;
}

/**
 * The applications, each with what the person notes its people link to write: their
 * addresses where the application and the note's properties give none, and their dated
 * entries, attributed to that person. An entry joins the application that lists the
 * person; of several, the one still going whose latest round on or before the entry's day
 * is the latest (a tie: none), as a log note joins one. An entry dated before every such
 * application's first round joins none: a person note keeps the whole acquaintance, not
 * only this application. Nor does an entry make a round: a meeting on a day the
 * application has a round is that round (with that person), any other stays a plain
 * event. `read` gives a person note by its path, or null.
 */
export function withPersonNotes(
	applications: readonly InterviewNote[],
	read: (path: string) => PersonNote | null,
	join: (note: InterviewNote, entries: TimelineEntry[]) => InterviewNote,
): InterviewNote[] {
	// Who lists each person note, under which name.
	const listing = new Map<string, [InterviewNote, string][]>();
	for (const app of applications)
		for (const person of app.people)
			if (person.notePath !== null && read(person.notePath) !== null) {
				const apps = listing.get(person.notePath) ?? [];
				if (!apps.some(([listed]) => listed === app)) apps.push([app, person.name]);
				listing.set(person.notePath, apps);
			}
	if (listing.size === 0) return [...applications];
	const joined = new Map<InterviewNote, TimelineEntry[]>();
	for (const [path, apps] of listing) {
		for (const entry of (read(path) as PersonNote).entries) {
			// The one whose latest round on or before the day is the latest (of several, only those
			// still going count); none when no round is that early, or when two tie.
			let best: [InterviewNote, string] | undefined;
			let bestDay = "";
			for (const listed of apps) {
				const day =
					apps.length > 1 && listed[0].status !== "active" && listed[0].status !== "applying"
						? ""
						: (latestRoundBy(listed[0], entry.date) ?? "");
				if (day > bestDay) [best, bestDay] = [listed, day];
				else if (day === bestDay) best = undefined;
			}
			if (best === undefined) continue;
			const [app, name] = best;
			const entries = joined.get(app) ?? [];
			// A meeting on a day the application has no round of is no new round: its rounds are its own.
			const round = entry.event !== "interview" || bestDay === entry.date;
			entries.push({ ...entry, person: name, others: undefined, ...(!round && { event: "other" }), interviewOn: undefined });
			joined.set(app, entries);
		}
	}
	return applications.map((app) => {
		const entries = joined.get(app);
		let changed = entries !== undefined;
		// Each person with the addresses their note's text writes, where nothing else gave one.
		const people = (list: readonly Person[]): Person[] =>
			list.map((person) => {
				const address = person.notePath === null ? undefined : read(person.notePath)?.address;
				const email = person.email ?? address?.email ?? null;
				const phone = person.phone ?? address?.phone ?? null;
				const linkedin = person.linkedin ?? address?.linkedin ?? null;
				// Joined again only when the text gives an address the person lacked.
				if (email === person.email && phone === person.phone && linkedin === person.linkedin) return person;
				changed = true;
				return { ...person, email, phone, linkedin };
			});
		const note = {
			...app,
			people: people(app.people),
			rounds: app.rounds?.map((round) => ({ ...round, people: people(round.people) })),
		};
		return changed ? join(note, entries?.sort((a, b) => a.date.localeCompare(b.date)) ?? []) : app;
	});
}
