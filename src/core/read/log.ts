/**
 * The follow-up log: `follow_ups` entries read into LogEntries, each name matched to one
 * of the note's people where it can be.
 */
import { readDay } from "../dates";
import { normalizeWord } from "../fields";
import type { LogEntry, Person } from "../model";
import { isSentKind } from "../model";
import { isRecord, linkBasename, nameKey, readFlag, readList, readText, readWikilink } from "../values";
import { type ReadContext, withoutNulls } from "./context";
import { describe } from "./describe";

/** The entries of a note's log, in the order written; entries without a readable date are left out, with a warning. */
export function readLog(value: unknown, people: readonly Person[], context: ReadContext): LogEntry[] {
	let keys: PersonKeys[] | undefined; // worked out for the first entry that needs them
	const keysOf = (): PersonKeys[] => (keys ??= personKeysOf(people));
	const entries = readList(value).map((raw, index): LogEntry | null => {
		if (!isRecord(raw)) return null;
		const f = context.lookups.log.transient(raw);
		const dateValue = f.get("date");
		const date = readDay(dateValue);
		if (date === null) {
			context.warn(
				"bad-date",
				dateValue === undefined
					? `Entry ${index + 1} of the follow-up log has no date; it is ignored.`
					: `Entry ${index + 1} of the follow-up log has the date "${describe(dateValue)}", which is not a date; it is ignored.`,
			);
			return null;
		}
		const to = f.get("to");
		const from = f.get("from");
		const direction = to === undefined && from !== undefined ? "received" : "sent";
		const kindText = readText(f.get("kind"));
		const kind = kindText === null ? (direction === "sent" ? "message" : "reply") : kindOf(kindText);
		if (direction === "sent" && kindText !== null && !isSentKind(kind)) {
			context.warn(
				"unknown-kind",
				`The follow-up log has a message of kind "${kindText}", which is not a follow-up kind; it counts as a message, not as a step.`,
			);
		}
		const snoozeValue = f.get("snoozed_until");
		const snoozedUntil = snoozeValue === undefined ? null : readDay(snoozeValue);
		if (snoozeValue !== undefined && snoozedUntil === null) {
			context.warn(
				"bad-date",
				`A snooze in the follow-up log runs until "${describe(snoozeValue)}", which is not a date; it is ignored.`,
			);
		}
		return {
			date,
			direction,
			kind,
			person: matchPerson(direction === "sent" ? to : from, people, keysOf, context),
			dismissed: readFlag(f.get("dismissed")) || readFlag(f.get("skipped")),
			snoozedUntil,
			index,
		};
	});
	return withoutNulls(entries);
}

/** The display name of the person a log name refers to, or the name as written. */
function matchPerson(value: unknown, people: readonly Person[], keysOf: () => readonly PersonKeys[], context: ReadContext): string | null {
	const link = readWikilink(value);
	if (link) {
		const linked = context.resolve(link.target, context.path);
		const byPath = linked ? people.find((p) => p.notePath === linked.path) : undefined;
		if (byPath) return byPath.name;
	}
	const written = readText(value);
	if (written === null) return null;
	// The first person, written just so: no earlier person can match first.
	if (people[0]?.name === written) return written;
	const key = nameKey(written);
	const match = keysOf().find((k) => k.name === key || k.note === key);
	return match ? match.person.name : written;
}

/** A log entry's kind as written → as compared: `Check in` → `check-in`. */
function kindOf(text: string): string {
	const word = normalizeWord(text);
	return word.includes(" ") ? word.replace(/ /g, "-") : word;
}

/** A person of the note with the keys a log name is matched by: the name, and the person note's name. */
interface PersonKeys {
	person: Person;
	name: string;
	note: string | null;
}

function personKeysOf(people: readonly Person[]): PersonKeys[] {
	return people.map((p) => ({ person: p, name: nameKey(p.name), note: p.notePath === null ? null : nameKey(linkBasename(p.notePath)) }));
}
