/**
 * People: a note's `people` list read into Persons. An item is a name, a link to a person
 * note, or an inline map (whose `name` may itself be a link); a person note's fields fill
 * in what the inline map leaves out.
 */
import type { PersonField } from "../fields";
import { channelOf, normalizeKey } from "../fields";
import type { Channel, Person, Relation } from "../model";
import { splitPeopleText, type PersonText } from "../people-text";
import { relationInTitle, relationOf, relationOfFolders } from "../relations";
import { isRecord, linkBasename, nameKey, readFlag, readList, readText, readWikilink } from "../values";
import type { ReadContext } from "./context";
import type { FieldReader } from "./fields";

/** A person as built from its sources, with the warnings it raised (given again to each note that reads it). */
export interface BuiltPerson {
	person: Person;
	warnings: readonly (readonly [string, string])[];
	/** True when the person's own fields (map, person note, title) named the relation. */
	stated: boolean;
}

/** A person built from a person note alone, with the path and name it was built for. */
interface LinkedPerson {
	path: string;
	name: string;
	built: BuiltPerson;
}

/**
 * People built from a person note alone, by the note's frontmatter, then its path and
 * the name they are shown under. A person note is nearly always linked under one name
 * from one path, so each frontmatter keeps a short list, searched from the start.
 */
export class LinkedPeople {
	private readonly byNote = new WeakMap<Record<string, unknown>, LinkedPerson[]>();

	get(frontmatter: Record<string, unknown>, path: string, name: string, build: () => BuiltPerson): BuiltPerson {
		const known = this.byNote.get(frontmatter);
		if (known !== undefined) for (const entry of known) if (entry.path === path && entry.name === name) return entry.built;
		const built = build();
		if (known === undefined) this.byNote.set(frontmatter, [{ path, name, built }]);
		else if (known.length < 8) known.push({ path, name, built }); // past a few names (a hostile vault may use thousands), build anew
		return built;
	}
}

/**
 * The people of a value (a `people` list, or a field named after a relation such as
 * `recruiter`, whose relation is `relation`); items that name nobody are left out. A
 * text item may name several people (existing-vaults.md §2).
 */
export function readPeople(value: unknown, context: ReadContext, relation: Relation | null = null): Person[] {
	const out: Person[] = [];
	for (const item of readList(value)) {
		for (const built of builtPeople(item, context)) {
			for (const [code, message] of built.warnings) context.warn(code, message);
			out.push(relation !== null && !built.stated ? { ...built.person, relation } : built.person);
		}
	}
	return out;
}

/** One item of a people value, as the people it names, with the warnings each raises. */
function builtPeople(item: unknown, context: ReadContext): BuiltPerson[] {
	const link = readWikilink(item);
	if (link) return [personFromLink(link.target, link.alias, null, context)];
	if (isRecord(item)) {
		const fields = context.lookups.person.transient(item);
		const nameValue = fields.get("name");
		const nameLink = readWikilink(nameValue);
		if (nameLink) return [personFromLink(nameLink.target, nameLink.alias, fields, context)];
		const name = readText(nameValue);
		if (name === null) return [];
		return [built(name, null, [fields], context)];
	}
	const text = readText(item);
	if (text === null) return [];
	return splitPeopleText(text).map((part) => {
		const partLink = readWikilink(part.name);
		if (!partLink) return textPerson(part, context.settings.relationAliases);
		const person = personFromLink(partLink.target, partLink.alias, null, context);
		if (person.stated || (part.title === null && part.email === null)) return person;
		const fromTitle = part.title === null ? null : relationInTitle(part.title, context.settings.relationAliases);
		return {
			person: {
				...person.person,
				title: person.person.title ?? part.title,
				email: person.person.email ?? part.email,
				relation: fromTitle ?? person.person.relation,
			},
			warnings: person.warnings,
			stated: fromTitle !== null,
		};
	});
}

/**
 * A LinkedIn profile in a person's brackets or table row, as a whole address or as its path
 * only (`linkedin.com/in/jane-doe`, `/in/jane-doe`): their LinkedIn address.
 */
const LINKEDIN_PROFILE = /(?:^|\W)((?:linkedin\.com)?\/in\/[^\s,;，；)]+)/i;

/**
 * A person written as text, not linked (`Ivy Chan (recruiting coordinator) <ivy@…>`): the
 * relation its title names, else interviewer; a LinkedIn profile in the title is their address.
 */
export function textPerson(part: PersonText, aliases: Readonly<Record<string, string>>): BuiltPerson {
	const fromTitle = part.title === null ? null : relationInTitle(part.title, aliases);
	const person: Person = {
		name: part.name,
		relation: fromTitle ?? "interviewer",
		title: part.title,
		email: part.email,
		phone: null,
		linkedin: LINKEDIN_PROFILE.exec(part.title ?? "")?.[1] ?? null,
		channel: null,
		primary: false,
		notePath: null,
	};
	return { person, warnings: [], stated: fromTitle !== null };
}

function personFromLink(target: string, alias: string | null, inline: FieldReader<PersonField> | null, context: ReadContext): BuiltPerson {
	const linked = context.resolve(target, context.path);
	const sources = inline ? [inline] : [];
	if (linked === null) {
		const { person, warnings, stated } = built(alias ?? linkBasename(target), null, sources, context);
		const unresolved: [string, string] = [
			"unresolved-person",
			`The link [[${target}]] points at no note; ${alias ?? linkBasename(target)} is kept as a person without contact details.`,
		];
		return { person, warnings: [unresolved, ...warnings], stated };
	}
	if (!isRecord(linked.frontmatter)) return built(alias ?? linkBasename(linked.path), linked.path, sources, context);
	const personNote = context.lookups.person.sharedReader(linked.frontmatter);
	const name = alias ?? noteDisplayName(linked.frontmatter, linkBasename(linked.path), context);
	if (inline === null) {
		// The person note alone: the same person, under this name, for every note linking it.
		return context.linkedPeople.get(linked.frontmatter, linked.path, name, () => built(name, linked.path, [personNote], context));
	}
	sources.push(personNote);
	return built(name, linked.path, sources, context);
}

/**
 * The person a timeline entry names as `name`, built from the person note it links under
 * that name (`[[Owen Pike - Acme|Owen Pike]]`), else from a note the name itself resolves
 * to, as a `people` link would be; else, when the entry writes a title or an address
 * straight after the name (`Ana Lima (tech lead) <ana@x.example>`), read as a line of
 * people is (existing-vaults.md §2); null otherwise. Only the metadata the resolver gives is read.
 */
export function notedPerson(name: string, text: string, context: ReadContext): Person | null {
	for (const written of [...(text.match(/\[\[[^\]]+\]\]/g) ?? []), `[[${name}]]`]) {
		const link = readWikilink(written);
		if (link === null || nameKey(link.alias ?? linkBasename(link.target)) !== nameKey(name)) continue;
		if (!isRecord(context.resolve(link.target, context.path)?.frontmatter)) continue;
		const found = personFromLink(link.target, name.trim(), null, context);
		for (const [code, message] of found.warnings) context.warn(code, message);
		return found.person;
	}
	// The reader may have taken the angle brackets off an address (a Markdown autolink).
	const at = text.indexOf(name);
	const after = at < 0 ? null : /^ ?(\([^()]+\))? ?(?:<?(\S+@\S*\w)>?)?/.exec(text.slice(at + name.length));
	return after?.[1] || after?.[2]
		? (readPeople(`${name} ${after[1] ?? ""}${after[2] ? ` <${after[2]}>` : ""}`, context)[0] ?? null)
		: null;
}

/**
 * The name a person note is shown under when the link gives none: its `full_name`, else
 * its `name` when the file name is a slug or an id (`lee-wong`, `p0042`) rather than a
 * name, else the file name. A file named like a person ("Lee Wong") already is the
 * display name, and a `name` beside it is often a shortening ("Lee W.").
 */
function noteDisplayName(frontmatter: Record<string, unknown>, basename: string, context: ReadContext): string {
	let full: string | null = null;
	let short: string | null = null;
	for (const [key, value] of Object.entries(frontmatter)) {
		if (!context.lookups.person.names(key, "name")) continue; // ignoredFields may leave out any of them
		if (normalizeKey(key) === "fullname") full ??= readText(value);
		else short ??= readText(value);
	}
	if (full !== null) return full;
	return short !== null && !/\s/.test(basename.trim()) ? short : basename;
}

/** A person from field sources in priority order (inline map first, then the person note), with the warnings it raises. */
function built(name: string, notePath: string | null, sources: readonly FieldReader<PersonField>[], context: ReadContext): BuiltPerson {
	const aliases = context.settings.relationAliases;
	const relationOfWord = (value: string): Relation | null => relationOf(value, aliases);
	const warnings: [string, string][] = [];
	let relation: Relation = "interviewer";
	let stated = false;
	let title = readText(firstValue(sources, "title"));
	let relationText: string | null = null;
	for (const source of sources) {
		relationText = readText(source.get("relation"));
		const role = readText(source.get("role"));
		if (relationText === null && role !== null && relationOfWord(role) !== null) relationText = role;
		else if (role !== null && title === null && relationOfWord(role) === null) title = role;
		if (relationText !== null) break;
	}
	if (relationText !== null) {
		const known = relationOfWord(relationText);
		stated = true;
		if (known) relation = known;
		else {
			warnings.push([
				"unknown-relation",
				`${name}'s relation "${relationText}" is not one of hiring-manager, interviewer, recruiter, hr, staff or referrer; treated as interviewer.`,
			]);
		}
	}
	if (relationText === null) {
		// A title that names one ("Senior Recruiter"), else the person note's folder (`People/Recruiters/`).
		const fromTitle = title === null ? null : relationInTitle(title, aliases);
		const fromFolder = notePath === null ? null : relationOfFolders(notePath, aliases);
		if (fromTitle !== null || fromFolder !== null) {
			relation = fromTitle ?? fromFolder ?? relation;
			stated = true;
		}
	}
	const channelText = readText(firstValue(sources, "channel"));
	const channel: Channel | null = channelText === null ? null : channelOf(channelText);
	const person: Person = {
		name,
		relation,
		title,
		email: readText(firstValue(sources, "email")),
		phone: readText(firstValue(sources, "phone")),
		linkedin: readText(firstValue(sources, "linkedin")),
		channel,
		primary: readFlag(firstValue(sources, "primary")),
		notePath,
	};
	return { person, warnings, stated };
}

/** A person field's value from the first source that has it (inline map first, then the person note). */
function firstValue(sources: readonly FieldReader<PersonField>[], field: PersonField): unknown {
	for (const source of sources) {
		const value = source.get(field);
		if (value !== undefined) return value;
	}
	return undefined;
}
