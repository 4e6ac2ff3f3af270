/**
 * People written as text (existing-vaults.md §2): one value that names several people
 * ("Grace Kim (Director), Omar Haddad (Engineer)"), a title in brackets, an address in
 * angle brackets, a company after a dash or an @. Pure text in, parts out; which relation
 * a title names is relations.ts's business.
 */

/** One person as a piece of text names them. */
export interface PersonText {
	/** The name as written (a wikilink stays a wikilink: `[[Lee Wong]]`). */
	name: string;
	/** The title in brackets after the name, or null. */
	title: string | null;
	/** The address in angle brackets, or null. */
	email: string | null;
}

/** Words that follow a name after a comma without being another person ("Jane Doe, PhD"). */
const NAME_SUFFIXES = new Set(["phd", "ph.d.", "mba", "md", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "esq", "esq."]);

/** A value that names no one: a form's `Referral: None`. */
const NO_ONE = /^none$/i;

/**
 * A title before a name that is no part of it (`Dr. Anke Winter`, `Frau Vogt`, `Sra. Ruiz`,
 * `M. Morel`), also to the drafts' first name: in English, German, Spanish, Portuguese and French.
 * Written with the capitals a title has before a surname in running text (TITLES).
 */
export const HONORIFIC = /^(?:Dr|Dra|Prof|Mrs?|Ms|Mx|Miss|Sir|Dame|Herrn?|Frau|Sra?|Mme|M\.)\.?$/i;

/** HONORIFIC's titles as a pattern's source, for a title in running text, where case counts (`Prof. Weber`). */
export const TITLES = HONORIFIC.source.slice(1, -1);

/** A name without a title before it, when a name of two words or more follows (`Dr. Matthias Reuter`). */
export function withoutHonorific(name: string): string {
	const words = name.split(/\s+/);
	return words.length > 2 && HONORIFIC.test(words[0] as string) ? words.slice(1).join(" ") : name;
}

/** Brackets, and the characters that split a text into people outside them (full-width ones too: `王磊、陈静（HR）`). */
const OPENING = "([<{（【";
const CLOSING = ")]>}）】";
const SEPARATORS = ",;/\n\r、，；";

/** ` and `, ` & `, and Spanish ` y `: joining words between two names. */
const JOINERS = [" and ", " & ", " y "];

/**
 * The parts of a text between separators at the top level: `,`, `;`, `/`, line breaks,
 * ` and `, ` & `, ` y `, and their full-width forms (`、`, `，`, `；`). Separators inside brackets of any kind (a title in parentheses, a
 * wikilink, an address) do not split.
 */
function topLevelParts(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	const cut = (end: number, skip: number): void => {
		parts.push(text.slice(start, end));
		start = end + skip;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i] as string;
		if (OPENING.includes(c)) depth++;
		else if (CLOSING.includes(c) && depth > 0) depth--;
		else if (depth === 0) {
			if (SEPARATORS.includes(c)) cut(i, 1);
			else if (c === " ") {
				const joiner = JOINERS.find((j) => text.slice(i, i + j.length).toLowerCase() === j);
				if (joiner !== undefined) {
					cut(i, joiner.length);
					i += joiner.length - 1;
				}
			}
		}
	}
	parts.push(text.slice(start));
	return parts;
}

/**
 * `Raj Patel - Acme`, `Raj Patel @ Acme`, `Raj Patel (Engineer) – Acme`: the text before
 * the company. A dash inside brackets (`(Eng - Platform)`) is part of the title.
 */
function withoutCompany(text: string): string {
	const outside = text.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
	const m = /\s(?:-|–|—|@)\s/.exec(outside);
	return m === null ? text : text.slice(0, m.index);
}

/** One part, read as a person (`Dara Whelan (Head of Design, dara@corbel.example)`); null when it names nobody. */
export function personOf(part: string): PersonText | null {
	let rest = part.trim();
	let email: string | null = null;
	let title: string | null = null;
	// `<jane@acme.example>`, or the address bare after the name (Markdown's autolink, read as text).
	const address = /<([^<>\s]+@[^<>\s]+)>|\s([^<>\s()]+@[^<>\s()]+\.[^<>\s()]+)$/.exec(rest);
	if (address) {
		email = address[1] ?? address[2] ?? null;
		rest = (rest.slice(0, address.index) + rest.slice(address.index + address[0].length)).trim();
	}
	rest = withoutCompany(rest).trim();
	const bracket = /[(（]([^()（）]*)[)）]\s*$/.exec(rest);
	if (bracket) {
		let inside = (bracket[1] ?? "").trim();
		// `(Head of Design, dara@corbel.example)`, `（分析组组长，lin.xiao@lanzhou.example）`: the address is the email.
		const inner = /(?:^|[\s,;，；]+)([^\s,;，；@]+@[^\s,;，；@]+)$/.exec(inside);
		if (inner !== null && email === null) {
			email = inner[1] ?? null;
			inside = inside.slice(0, inner.index);
		}
		title = inside === "" ? null : inside;
		rest = rest.slice(0, bracket.index).trim();
	}
	if (rest === "" && email !== null) rest = email;
	if (rest === "" || !/[\p{L}\p{N}]/u.test(rest) || NO_ONE.test(rest)) return null;
	if (email === null && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(rest)) email = rest;
	return { name: withoutHonorific(rest), title, email };
}

/**
 * The people a text value names, in the order written. `"Grace Kim (Director), Omar
 * Haddad"` is two people; `"Jane Doe <jane@acme.example>"` one with an address; a name's
 * suffix after a comma (`Jane Doe, PhD`) stays with the name.
 */
export function splitPeopleText(text: string): PersonText[] {
	const parts = topLevelParts(text).map((p) => p.trim());
	const joined: string[] = [];
	for (const part of parts) {
		if (part === "") continue;
		const last = joined.length - 1;
		const beforeBracket = part.replace(/\s*\(.*$/s, "").toLowerCase();
		if (last >= 0 && NAME_SUFFIXES.has(beforeBracket)) joined[last] = `${joined[last] as string}, ${part}`;
		else joined.push(part);
	}
	const people: PersonText[] = [];
	for (const part of joined) {
		const person = personOf(part);
		if (person !== null) people.push(person);
	}
	return people;
}
