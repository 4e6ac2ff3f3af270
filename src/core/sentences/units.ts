/**
 * A note's text as the sentences a reader sees, each with its line and the day it is
 * read relative to.
 *
 * Frontmatter, fenced and inline code, HTML comments and `%% %%` comments are skipped
 * (blanked, so that line numbers hold). Each line is read on its own: a heading, a
 * paragraph line, a list item, each cell of a table row. Markdown marks are taken out
 * (`**`, links, `[[wikilinks]]`, list and task markers, quote and callout markers).
 *
 * The reference day: a list item, table row or line that begins with a date (`- 13 Nov:
 * called Maya`, `| 2026-11-13 | … |`) is read relative to that date, as a timeline entry;
 * text under a heading that dates a round or a log (`## Onsite, 3 Dec`, `### 2026-11-20`)
 * relative to that heading's date; everything else relative to the given reference.
 */
import { blankCodeAndComments } from "../classify";
import { findFrontmatter } from "../markdown/frontmatter-span";
import type { Day } from "../model";
import { MAY_HOLD_CUE } from "./cues";
import { findWrittenDay, type DateOrder } from "./expressions";

/** A piece of text read as sentences. */
export interface Unit {
	/** The text with markdown marks taken out. */
	text: string;
	/** 1-based line in the note. */
	line: number;
	/** The day the text is read relative to. */
	reference: Day;
	/** The day of the text around it: the reference when the unit is not a dated entry. */
	outer: Day;
	/** The entry's own date at the start of the text, when it is a dated entry. */
	entry: { end: number; day: Day } | null;
}

/**
 * A heading's words, besides its date and the names after `with`, that make it the heading
 * of a round or a log. Other words (a job title: `### Data Engineer -- November 16, 2026`,
 * the day the note was made) leave the heading undated.
 */
const DATED_HEADING_WORDS =
	/^(?:[\s\W\d]|on|the|of|at|and|round|interview|screen|phone|video|call|onsite|on-site|panel|technical|tech|final|first|second|third|stage|meeting|chat|coffee|lunch|debrief|update|updates|notes?|log|follow-?up|recruiter|hiring|manager|hr|hm|conversation|loop|superday|presentation|assessment|case|study|with)*$/i;
/** `with Maya`, `with Dana Liu and Sam`: the people a round's heading names. */
const WITH_NAMES = /\bwith\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’-]*)*/gu;

function blank(text: string): string {
	return text.replace(/[^\n]/g, " ");
}

/** Markdown marks out of one line's text. */
export function plainText(line: string): string {
	return line
		.replace(/[’‘]/g, "'")
		.replace(/!?\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2")
		.replace(/!?\[\[([^\]]*)\]\]/g, (_m, target: string) => target.replace(/#.*$/, ""))
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/\bhttps?:\/\/\S+/g, " ")
		.replace(/<[^>\n]+>/g, " ")
		.replace(
			/\[([^\]:[]+)::\s*([^\]]*)\]|\(([^):(]+)::\s*([^)]*)\)/g,
			(_m, k1?: string, v1?: string, k2?: string, v2?: string) => `${k1 ?? k2 ?? ""}: ${v1 ?? v2 ?? ""}`,
		)
		.replace(/::/g, ":")
		.replace(/\*\*|__|==|~~|\*/g, "")
		.replace(/(^|[^\w])_+|_+(?=[^\w]|$)/g, "$1")
		.replace(/(^|\s)#(?=[A-Za-z])/g, "$1")
		.replace(/\s+/g, " ")
		.trim();
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const TABLE_ROW = /^\s*\|/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LINE_MARKS = /^\s*(?:>\s?)*(?:\[![^\]]*\][+-]?\s*)?(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\[[ xX/-]\]\s+)?/;
/** Where an entry's date may stop: a separator, or for a bare ISO day any space. */
const ENTRY_SEPARATOR = /^\s*(?:[:|)–—-]|,\s)\s*/;

/** The date an entry begins with, when the text begins with one. */
function entryDate(text: string, reference: Day, dateOrder: DateOrder): Unit["entry"] {
	if (
		!/^(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i.test(text) ||
		!/\d/.test(text.slice(0, 32))
	)
		return null;
	const written = findWrittenDay(text.slice(0, 32), reference, dateOrder);
	if (written === null || written.index !== 0) return null;
	const rest = text.slice(written.end);
	const separator = ENTRY_SEPARATOR.exec(rest);
	const iso = /^\d{4}-\d{2}-\d{2}$/.test(text.slice(0, written.end)) && /^\s/.test(rest);
	if (separator === null && !iso) return null;
	return { end: written.end, day: written.day };
}

/** The date of a heading that dates a round or a log, or null. */
function headingDate(text: string, reference: Day, dateOrder: DateOrder): Day | null {
	const written = findWrittenDay(text, reference, dateOrder);
	if (written === null) return null;
	const rest = (text.slice(0, written.index) + " " + text.slice(written.end)).replace(WITH_NAMES, " ");
	return DATED_HEADING_WORDS.test(rest) ? written.day : null;
}

/**
 * The units of a note or a piece of one. With `wanted`, only the lines it accepts (the
 * line as written, marks and all) become units: the others cost one test each, and the
 * date of a heading is read only when a unit under it needs it.
 */
export function unitsOf(
	markdown: string,
	reference: Day,
	firstLine: number,
	dateOrder: DateOrder,
	wanted: (line: string) => boolean = () => true,
): Unit[] {
	const frontmatter = findFrontmatter(markdown);
	const body = frontmatter ? blank(markdown.slice(0, frontmatter.bodyStart)) + markdown.slice(frontmatter.bodyStart) : markdown;
	const lines = blankCodeAndComments(body).split("\n");
	const units: Unit[] = [];
	// Headings that may date a section (they hold a digit); `day` is read when first needed.
	const sections: { level: number; heading: string; day?: Day | null }[] = [];
	const dayUnder = (depth: number): Day => {
		for (let i = depth - 1; i >= 0; i--) {
			const section = sections[i] as (typeof sections)[number];
			if (section.day === undefined) {
				const text = plainText(section.heading);
				section.day = /\d/.test(text) ? headingDate(text, dayUnder(i), dateOrder) : null;
			}
			if (section.day !== null) return section.day;
		}
		return reference;
	};
	const sectionDay = () => dayUnder(sections.length);

	const push = (raw: string, line: number, outer: Day) => {
		const text = plainText(raw);
		if (text === "") return;
		// Only text that may state a date needs its entry's date.
		const entry = MAY_HOLD_CUE.test(text) ? entryDate(text, outer, dateOrder) : null;
		units.push({ text, line, reference: entry?.day ?? outer, outer, entry });
	};

	lines.forEach((raw, i) => {
		const line = firstLine + i;
		const content = raw.replace(/\r$/, "");
		if (content.trim() === "") return;
		const heading = HEADING.exec(content);
		if (heading) {
			const level = (heading[1] ?? "#").length;
			while ((sections[sections.length - 1]?.level ?? 0) >= level) sections.pop();
			const text = heading[2] ?? "";
			if (/\d/.test(text)) sections.push({ level, heading: text });
			if (wanted(content)) push(text, line, sectionDay());
			return;
		}
		if (!wanted(content)) return;
		if (TABLE_ROW.test(content)) {
			if (TABLE_SEPARATOR.test(content)) return;
			const cells = content
				.trim()
				.replace(/\\\|/g, "\uE000")
				.replace(/^\||\|$/g, "")
				.split("|")
				.map((cell) => plainText(cell.replace(/\uE000/g, "|")));
			const mayState = cells.some((cell) => MAY_HOLD_CUE.test(cell));
			const dated = cells.map((cell) => {
				if (!mayState || !/\d/.test(cell)) return null;
				const written = findWrittenDay(cell, sectionDay(), dateOrder);
				return written !== null && written.index === 0 && written.end === cell.length ? written.day : null;
			});
			const rowDay = dated.find((d) => d !== null) ?? sectionDay();
			cells.forEach((cell, c) => {
				if (dated[c] === null && cell !== "") units.push({ text: cell, line, reference: rowDay, outer: rowDay, entry: null });
			});
			return;
		}
		push(content.replace(LINE_MARKS, ""), line, sectionDay());
	});
	return units;
}

/** Abbreviations after which a full stop does not end a sentence. */
const TITLES = new Set("mr mrs ms dr prof st vs etc approx est eg ie e.g i.e a.m p.m no inc ltd co corp jr sr dept mgr".split(" "));
/** Month and weekday abbreviations: a full stop after them ends a sentence unless a number follows. */
const DAY_WORDS = new Set("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split(" "));

/** A sentence of a unit, with its offset in the unit's text. */
export interface Sentence {
	text: string;
	index: number;
}

/** A unit's text split into sentences. */
export function sentencesOf(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let start = 0;
	const cut = (end: number) => {
		const piece = text.slice(start, end);
		const lead = piece.length - piece.trimStart().length;
		if (piece.trim() !== "") sentences.push({ text: piece.trim(), index: start + lead });
		start = end;
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch !== "." && ch !== "!" && ch !== "?") continue;
		const next = text[i + 1];
		if (next !== undefined && next !== " ") continue;
		if (ch === ".") {
			const word = /([A-Za-z.]+)$/.exec(text.slice(start, i))?.[1]?.toLowerCase() ?? "";
			// `Dr. Lee`, `e.g. Friday`; a month or weekday only before a number (`Nov. 27`).
			if (TITLES.has(word) || /^[a-z]$/.test(word)) continue;
			if (DAY_WORDS.has(word) && /^\s*\d/.test(text.slice(i + 1))) continue;
		}
		const after = text.slice(i + 1).trimStart();
		if (after !== "" && !/^[A-Z0-9"“'(]/.test(after)) continue;
		cut(i + 1);
	}
	cut(text.length);
	return sentences;
}
