/**
 * People: a note's `people` list read into Persons. An item is a name, a link to a person
 * note, or an inline map (whose `name` may itself be a link); a person note's fields fill
 * in what the inline map leaves out.
 */
import type { PersonField } from "../fields";
import { relationOf, channelOf } from "../fields";
import type { Channel, Person, Relation } from "../model";
import { isRecord, linkBasename, readFlag, readList, readText, readWikilink } from "../values";
import { type ReadContext, withoutNulls } from "./context";
import type { FieldReader } from "./fields";

/** A person as built from its sources, with the warnings it raised (given again to each note that reads it). */
export interface BuiltPerson {
	person: Person;
	warnings: readonly (readonly [string, string])[];
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

/** The people of a note's `people` value; items that name nobody are left out. */
export function readPeople(value: unknown, context: ReadContext): Person[] {
	return withoutNulls(
		readList(value).map((item) => {
			const built = builtPerson(item, context);
			if (built === null) return null;
			for (const [code, message] of built.warnings) context.warn(code, message);
			return built.person;
		}),
	);
}

/** One item of `people`, with the warnings it raises; null for an item that names nobody. */
function builtPerson(item: unknown, context: ReadContext): BuiltPerson | null {
	const link = readWikilink(item);
	if (link) return personFromLink(link.target, link.alias, null, context);
	if (isRecord(item)) {
		const fields = context.lookups.person.transient(item);
		const nameValue = fields.get("name");
		const nameLink = readWikilink(nameValue);
		if (nameLink) return personFromLink(nameLink.target, nameLink.alias, fields, context);
		const name = readText(nameValue);
		if (name === null) return null;
		return built(name, null, [fields]);
	}
	const name = readText(item);
	return name === null ? null : built(name, null, []);
}

function personFromLink(target: string, alias: string | null, inline: FieldReader<PersonField> | null, context: ReadContext): BuiltPerson {
	const linked = context.resolve(target, context.path);
	const sources = inline ? [inline] : [];
	if (linked === null) {
		const { person, warnings } = built(alias ?? linkBasename(target), null, sources);
		const unresolved: [string, string] = [
			"unresolved-person",
			`The link [[${target}]] points at no note; ${alias ?? linkBasename(target)} is kept as a person without contact details.`,
		];
		return { person, warnings: [unresolved, ...warnings] };
	}
	const name = alias ?? linkBasename(linked.path);
	if (!isRecord(linked.frontmatter)) return built(name, linked.path, sources);
	const personNote = context.lookups.person.sharedReader(linked.frontmatter);
	if (inline === null) {
		// The person note alone: the same person, under this name, for every note linking it.
		return context.linkedPeople.get(linked.frontmatter, linked.path, name, () => built(name, linked.path, [personNote]));
	}
	sources.push(personNote);
	return built(name, linked.path, sources);
}

/** A person from field sources in priority order (inline map first, then the person note), with the warnings it raises. */
function built(name: string, notePath: string | null, sources: readonly FieldReader<PersonField>[]): BuiltPerson {
	const warnings: [string, string][] = [];
	let relation: Relation = "interviewer";
	let title = readText(firstValue(sources, "title"));
	let relationText: string | null = null;
	for (const source of sources) {
		relationText = readText(source.get("relation"));
		const role = readText(source.get("role"));
		if (relationText === null && role !== null && relationOf(role) !== null) relationText = role;
		else if (role !== null && title === null && relationOf(role) === null) title = role;
		if (relationText !== null) break;
	}
	if (relationText !== null) {
		const known = relationOf(relationText);
		if (known) relation = known;
		else {
			warnings.push([
				"unknown-relation",
				`${name}'s relation "${relationText}" is not one of hiring-manager, interviewer, recruiter, hr, staff or referrer; treated as interviewer.`,
			]);
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
	return { person, warnings };
}

/** A person field's value from the first source that has it (inline map first, then the person note). */
function firstValue(sources: readonly FieldReader<PersonField>[], field: PersonField): unknown {
	for (const source of sources) {
		const value = source.get(field);
		if (value !== undefined) return value;
	}
	return undefined;
}
