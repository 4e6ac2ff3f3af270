/** How each follow-up is sent (follow-up-rules.md, "Channel"). */
import type { Channel, FollowUpKind, InterviewNote, Person } from "../model";
import { isTask } from "../model";
import { normalizeWord } from "../fields";

/**
 * callback → phone; tasks → null; else the person's own channel; else LinkedIn when the
 * contact started there and the person has a LinkedIn address or no email; else email
 * when known; else phone when known; else email.
 */
export function channelFor(kind: FollowUpKind, person: Person | null, note: InterviewNote): Channel | null {
	if (kind === "callback") return "phone";
	if (isTask(kind)) return null;
	if (person === null) return "email";
	if (person.channel !== null) return person.channel;
	const fromLinkedIn = note.source !== null && isLinkedIn(normalizeWord(note.source));
	if (fromLinkedIn && (person.linkedin !== null || person.email === null)) return "linkedin";
	if (person.email !== null) return "email";
	if (person.phone !== null) return "phone";
	return "email";
}

/** `linkedin`, also written with spaces (`Linked In`). */
function isLinkedIn(word: string): boolean {
	return word === "linkedin" || (word.includes(" ") && word.replace(/ /g, "") === "linkedin");
}
