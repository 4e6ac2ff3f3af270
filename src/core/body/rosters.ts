/**
 * Who was met at a round, written in the body as a labelled line rather than in a
 * property: `- Panel: Daniel Park (Hiring Manager), Ruth Adeyemi (Firmware Lead)` under a
 * heading dated like `### Stage 2 — Technical panel (2026-11-17)`, or nested under a dated
 * list item. Such a line names the people of the round of that day. A line of
 * interviewers that no date places (`- Entrevistadores: Ana Pérez y Luis Gómez` in an
 * interview note's notes) names the note's people; any other undated line, and a line that
 * names no one who looks like a person (`With: the whole team`), is left alone.
 */
import type { Nodes, Root } from "mdast";
import type { Day, Origin } from "../model";
import { personOf, splitPeopleText, type PersonText } from "../people-text";
import { relationInTitle } from "../relations";
import type { BodyContext } from "./context";
import { dateWithin, readEntryDate } from "./entry-date";
import { readSigns } from "./entry-words";
import { fileLine, plainText } from "./parse-body";
import { sentencesIn } from "./sentence-ends";

/** The people a labelled line names, and the day it places them on. */
export interface Roster {
	/** The day of the round they were met at; null for the application's people (a `# Connections` list, an undated line of interviewers). */
	date: Day | null;
	/** Each person as the line writes them (`Daniel Park (Hiring Manager)`), to be read as people text. */
	people: string[];
	/** Where the line is: a list item, or a line of a paragraph. */
	origin: Origin;
	/** For a `Date:` line that dates its section (`### Stage 2`), the section's heading; it names no one. */
	section?: string;
}

/**
 * The words that name the interviewers, before a colon: `Interviewers:`, in Spanish
 * `Entrevistadora:`, in Chinese and Japanese `面试官：`, `面接官：`. Such a line names
 * people even where no date places it.
 */
const INTERVIEWER_WORDS = "interviewers?|interviewed by|entrevistador(?:a|es|as)?|面试官|面接官";

/**
 * The words that introduce who was met, before a colon: the interviewer words, and
 * `Panel:`, `Met with:`, `参与者：`.
 */
const LABEL_WORDS =
	`${INTERVIEWER_WORDS}|panel|panelists?|interview(?:ed)? with|met|met with|attendees|participants|people|who|with|` +
	"面试人|参与者|参与人员|与会者|参会人员?|参加者";

/** Where a label may begin: the start of the text, after a clause (`一面（视频），面试官：…`) or a quoted title (`"Intro call" attendees: …`). */
const CLAUSE_END = '[,，;；。"”]';

/** A label at the start of a line's text or of one of its clauses; its words are the first group. */
const LABEL = new RegExp(`(?:^|${CLAUSE_END}\\s*)(${LABEL_WORDS})\\s*[:：]\\s*`, "i");
const INTERVIEWER_LABEL = new RegExp(`^(?:${INTERVIEWER_WORDS})$`, "i");
/** A dash after a dated round's words, before who was met: `2차 면접 (대면) — 김도윤 (팀장), 최민서`. */
const DASH = /\s[—–]\s+/;

/** A line's start up to a colon that may end a label (after a list marker or emphasis). */
const LABEL_START = new RegExp(`^[ \\t>]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?[*_]{0,2}(?:${LABEL_WORDS})[*_]{0,2}[ \\t]*[:：]$`, "i");

/** A clause's end up to a colon that may end a label. */
const LABEL_AFTER_CLAUSE = new RegExp(`${CLAUSE_END}[ \\t]*[*_]{0,2}(?:${LABEL_WORDS})[*_]{0,2}[ \\t]*[:：]$`, "i");

/** How far into a line a label's colon may be. */
const LABEL_REACH = 40;

/**
 * A heading over a list or a table of people: the application's (`# Connections`, `## People`,
 * `## 👥 Key Contacts`), or who was at a meeting (`## Attendees`, `## Participants`, `## Panel`).
 */
export const PEOPLE_HEADING_WORDS = String.raw`(?:key )?(?:connections|people|contacts|interviewers|attendees|participants|panel|personas a contactar)`;
export const PEOPLE_HEADING = new RegExp(String.raw`^[^\p{L}]*${PEOPLE_HEADING_WORDS}$`, "iu");
/** The same heading as a line of markdown, for the quick look before parsing. */
const PEOPLE_HEADING_LINE = new RegExp(String.raw`^#{1,6}[ \t]+[^\p{L}\n]*${PEOPLE_HEADING_WORDS}[ \t]*$`, "imu");

/**
 * True when a body may hold a labelled line of people, or a heading over a list of them
 * (then parse it): a quick look at the start of each line that has a colon near its
 * start, and at headings, before any parsing.
 */
export function mayHaveRosters(markdown: string): boolean {
	return (
		labelBefore(markdown, ":") ||
		labelBefore(markdown, "：") ||
		PEOPLE_HEADING_LINE.test(markdown) ||
		/ [—–] [^\n(]{2,40}\(/.test(markdown) ||
		metWith(markdown) ||
		REFERRER_NAMED.test(markdown)
	);
}

/**
 * Someone a list item names as the user's referrer (`Tell Ola Brandt (my referrer) how it
 * went`): a name of two capitalised words before brackets that end with the word; or
 * (second group) a link or such a name after `referred by` (`Referred by [[Tomas Achterhof]]
 * (former colleague)`). Every part of the first is bounded, so a long run of capitals costs no
 * more than its length; the second starts only at its words.
 */
const REFERRER_NAMED =
	/(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]{0,30} \p{Lu}[\p{L}'’-]{0,30} \([^()\n]{0,60}[Rr]eferr(?:er|al)\))|[Rr]eferred by (\[\[[^\]]+\]\]|\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+)/u;

/** Whether a text names someone met (MET_WITH, MET_SUBJECT), looked for only where a bracket follows a space: four times faster. */
function metWith(text: string): boolean {
	return text.includes(" (") && (MET_WITH.test(text) || MET_SUBJECT.test(text));
}

/** A list item of a name, a title in brackets, then after a dash an email or a LinkedIn profile. */
const LISTED_WITH_ADDRESS = /^([^()\n]{1,60}?) \(([^()\n]{1,60})\) [-–—] (\S+@\S+|\S*linkedin\.com\/in\/\S+)$/i;

/** A name of two to four capitalised words. */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’-]*\s){1,3}\p{Lu}[\p{L}'’-]*)`;
/** Someone met, in running text: `with` (`w/`), `to`, `met` or `by` before a name and a title in brackets (no digit: `(V2)` is no title). */
const MET_WITH = new RegExp(String.raw`\b(?:with|w\/|to|met|by|and) ${NAME} \((\p{Lu}[^()\n\d]{1,60})\)`, "u");
/** Someone met, opening a sentence, then what they did: `Ivy Chan (recruiting coordinator) met me at reception`. */
const MET_SUBJECT = new RegExp(String.raw`(?:^|[.!?] )${NAME} \(([^()\n\d]{1,60})\) \p{Ll}`, "mu");

/**
 * The people a text names as met, with their titles, in the order written: after a cue
 * (MET_WITH), and opening a sentence when the brackets name a relation (MET_SUBJECT: a
 * place in brackets, `Kwun Tong (the office) was busy`, is no one). An address in the
 * brackets is the person's email, the rest their title (personOf).
 */
export function metIn(text: string): PersonText[] {
	if (!metWith(text)) return [];
	const subjects = [...text.matchAll(new RegExp(MET_SUBJECT, "gmu"))].filter((m) => relationInTitle(m[2] as string, {}) !== null);
	return [...text.matchAll(new RegExp(MET_WITH, "gu")), ...subjects]
		.filter((m) => looksLikeName(m[1] as string))
		.sort((a, b) => a.index - b.index)
		.flatMap(([, name, about]) => personOf(`${name} (${about})`) ?? []);
}

/**
 * The people a label of interviewers introduces (`Interviewers: Dana Liu, Sam Ito`,
 * `面接官：佐藤 健一（開発部長）、高橋 美咲（人事）`), or any label of who was met when `anyLabel`
 * (`Panel:`, `Met with:`), up to the end of the sentence (`面试官：赵晨（产品经理）。主要聊…`,
 * `Panel: Dana Liu. Went well.`); those that look like people. With `dash`, a dash after a
 * round's words is such a label when all that follows it is names. None without a label.
 */
export function labelledPeople(text: string, anyLabel = false, dash = false): PersonText[] {
	const label = LABEL.exec(text) ?? (dash ? DASH.exec(text) : null);
	if (label === null || !(anyLabel || INTERVIEWER_LABEL.test(label[1] ?? ""))) return [];
	const people = splitPeopleText(sentencesIn(text.slice(label.index + label[0].length))[0] ?? "");
	const named = people.filter((person) => looksLikeName(person.name));
	// After a dash, only a text of nothing but names: `Call — went well` names no one.
	return label[1] === undefined && named.length < people.length ? [] : named;
}

/** True when some `colon` in the text ends a label, at a line's start or after a clause. */
function labelBefore(markdown: string, colon: string): boolean {
	for (let at = markdown.indexOf(colon); at !== -1; at = markdown.indexOf(colon, at + 1)) {
		const lineStart = markdown.lastIndexOf("\n", at) + 1;
		const from = Math.max(lineStart, at - LABEL_REACH);
		if (from === lineStart && LABEL_START.test(markdown.slice(lineStart, at + 1))) return true;
		if (LABEL_AFTER_CLAUSE.test(markdown.slice(from, at + 1))) return true;
	}
	return false;
}

/**
 * A written name that looks like a person's: a wikilink, or two to four words each
 * starting with a capital letter (particles such as `de` or `van` allowed between them).
 */
export function looksLikeName(name: string): boolean {
	if (/^\[\[[^\]]+\]\]$/.test(name)) return true;
	// Chinese, Japanese and Korean names have no capitals: two to four characters (`王磊`, `田中 太郎`),
	// or a family name in Han and a given name in kana (`中村 さくら`).
	if (/^[\p{Script=Han}\p{Script=Hangul}]{2,4}$|^\p{sc=Hani}{1,3}[\p{sc=Hira}\p{sc=Kana}]{1,4}$/u.test(name.replace(/\s/g, "")))
		return true;
	const words = name.split(/\s+/);
	if (words.length < 2 || words.length > 4) return false;
	return words.every((word, i) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || (i > 0 && i < words.length - 1 && /^\p{Ll}{1,3}$/u.test(word)));
}

/** A word leading a cell of names that is no part of them: `With Nadia - fine`, `met Hugo`. */
export const LEADING_CUE = /^\s*(?:with|and|met|by|from)\s+/i;

/**
 * The people a text names when it names nothing else: every part looks like a name
 * (`Priti Sharma (Engineering Manager) and Callum Reid`); null otherwise.
 */
export function namesOnly(text: string): string[] | null {
	const people = splitPeopleText(text.replace(LEADING_CUE, ""));
	return people.length > 0 && people.every((person) => looksLikeName(person.name)) ? people.map(written) : null;
}

/**
 * The people a text starts with when the first has a title, up to the first part that
 * names no one: `Daniel Reyes (engineering manager), system design …`. (A text of nothing
 * but names is namesOnly's.)
 */
export function leadingNames(text: string): string[] {
	const people = splitPeopleText(text);
	return people[0]?.title
		? people
				.slice(
					0,
					people.findIndex((person) => !looksLikeName(person.name)),
				)
				.map(written)
		: [];
}

/** A person part written back as text, as readPeople reads it. */
export function written(person: PersonText): string {
	return `${person.name}${person.title === null ? "" : ` (${person.title})`}${person.email === null ? "" : ` <${person.email}>`}`;
}

/**
 * The labelled lines of people in a body, each with the day it places them on; and the
 * items of a list under a people heading that start with links, as the application's
 * people (`- [[Tom Baird]] and [[Yusuf Kaya]], engineers on the team`: the words after
 * the links are each one's title, and name their relation where they can). A `Date:` line
 * that dates its section gives one more, naming no one, with the section's heading: the
 * reader makes it a round when the heading names one (`### Stage 2`).
 */
export function rostersOf(tree: Root, ctx: BodyContext): Roster[] {
	const rosters: Roster[] = [];
	// The headings above, by depth: a dated section's subsections keep its day.
	const sections: { depth: number; day: Day | null }[] = [];
	let headingDay: Day | null = null;
	let heading = "";
	let peopleHeading = false;

	/** Each line of a block's text that starts with a label, its people placed on `day` (the note's, for interviewers on no day). */
	const consider = (text: string, node: Nodes, day: Day | null, from: "list" | "text"): void => {
		text.split("\n").forEach((line, i) => one(line.trim(), node, day, from, i));
	};
	const one = (text: string, node: Nodes, day: Day | null, from: "list" | "text", lineInNode: number): void => {
		// A dash names people only after an interview's words: `Applied — Acme Corp (remote)` names no one.
		const dash = day !== null && DASH.test(text) && readSigns(text.split(DASH)[0] ?? "", ctx.vocabulary).interview;
		const people = labelledPeople(text, day !== null, dash).map(written);
		if (people.length > 0) rosters.push({ date: day, people, origin: { from, line: fileLine(node, ctx.firstLine) + lineInNode } });
	};

	const visit = (node: Nodes, itemDay: Day | null): void => {
		if (node.type === "heading") {
			while ((sections[sections.length - 1]?.depth ?? 0) >= node.depth) sections.pop();
			sections.push({ depth: node.depth, day: dateWithin(plainText(node), ctx) });
			headingDay = sections.reduce<Day | null>((day, section) => section.day ?? day, null);
			heading = plainText(node).trim();
			peopleHeading = PEOPLE_HEADING.test(heading);
			return;
		}
		if (node.type === "listItem") {
			const [first, ...others] = node.children;
			let day = itemDay;
			if (first?.type === "paragraph") {
				const text = plainText(first).trim();
				const links = peopleHeading ? /^(?:\[\[[^\]]+\]\](?:\s*(?:,|&|and)\s*)?)+/i.exec(text) : null;
				// `- Tomás Ibarra (Talent Acquisition) - linkedin.com/in/tomas-ibarra-ta`: someone to reach, and where.
				const listed = peopleHeading ? LISTED_WITH_ADDRESS.exec(text) : null;
				const about =
					links === null
						? ""
						: text
								.slice(links[0].length)
								.replace(/[()]/g, "")
								.replace(/^[\s,:;–—-]+/, "");
				const people =
					links !== null
						? (links[0].match(/\[\[[^\]]+\]\]/g) ?? []).map((link) => (about === "" ? link : `${link} (${about})`))
						: listed !== null && looksLikeName(listed[1] as string)
							? [`${listed[1]} (${listed[2]}, ${listed[3]})`]
							: null;
				if (people !== null) {
					rosters.push({ date: null, people, origin: { from: "list", line: fileLine(first, ctx.firstLine) } });
					return;
				}
				const [firstLine = "", ...more] = text.split("\n");
				const dated = readEntryDate(firstLine.replace(/^\[.\]\s+/, ""), ctx);
				if (dated !== null) day = dated.date;
				// `### Stage 2` over `- **Date:** Wed 18 Nov 2026`: the label dates the section.
				const dateLabel = /^date\s*[:：]/i.exec(firstLine);
				if (dateLabel !== null && headingDay === null) {
					headingDay = readEntryDate(firstLine.slice(dateLabel[0].length), ctx)?.date ?? null;
					if (headingDay !== null)
						rosters.push({
							date: headingDay,
							people: [],
							origin: { from: "list", line: fileLine(first, ctx.firstLine) },
							section: heading,
						});
				}
				// The item's own line, after its date if it has one, then the lines that continue it.
				consider([dated === null ? firstLine : dated.rest, ...more].join("\n"), first, day ?? headingDay, "list");
				// A referrer is not met at the round, but is owed an update after it.
				const named = REFERRER_NAMED.exec(text);
				const referrer = named?.[1] ?? (named?.[2] && `${named[2]} (referrer)`);
				if (referrer !== undefined) {
					// `Sent Priya (my referrer) an update`: the verb opening the item is no part of her name.
					const verb = referrer.slice(0, referrer.indexOf(" "));
					const signs = readSigns(verb, ctx.vocabulary);
					rosters.push({
						date: day ?? headingDay,
						people: [signs.sent || signs.weakSent ? referrer.slice(verb.length + 1) : referrer],
						origin: { from: "list", line: fileLine(first, ctx.firstLine) },
					});
				}
			}
			for (const child of first?.type === "paragraph" ? others : node.children) visit(child, day);
			return;
		}
		if (node.type === "paragraph") {
			const text = plainText(node);
			consider(text, node, itemDay ?? headingDay, "text");
			// `One-to-one with Hana Kovač (Design Director), then with Luis Ortega (Senior Designer)`.
			const met = metIn(text).map(written);
			if (met.length > 0)
				rosters.push({ date: itemDay ?? headingDay, people: met, origin: { from: "text", line: fileLine(node, ctx.firstLine) } });
			return;
		}
		if ("children" in node) for (const child of node.children) visit(child, itemDay);
	};

	visit(tree, null);
	return rosters;
}
