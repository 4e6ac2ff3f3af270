/**
 * Timeline entries from GFM tables (existing-vaults.md §3): a table counts when a column's
 * header is a date word (`Date`, `📅 When`, `**Sent on**`) and its cells hold dates.
 * Each row is one entry: the person columns (`To`, `With`, `From`, `Who`, `Contact`,
 * `Person`) give the counterpart, the type columns (`Type`, `Action`, `What`, `Event`,
 * `Direction`, `Stage`) say what it is, `Notes` and the other columns are its text and are read
 * for what the type columns do not say; the heading above the table is read last.
 */
import type { Nodes, Root, Table, TableRow } from "mdast";
import { wordsOf, DATE_COLUMN_WORDS, KIND_COLUMN_WORDS, NOTES_COLUMN_WORDS, PERSON_COLUMN_WORDS } from "../vocabulary";
import type { BodyContext, BodyEntries, BodyWarning } from "./context";
import { datedEntries } from "./dated-entry";
import { readEntryDate } from "./entry-date";
import { linkName, wikilinkSpans } from "./entry-words";
import { fileLine, plainText } from "./parse-body";
import { LEADING_CUE, leadingNames, namesOnly, PEOPLE_HEADING, written } from "./rosters";

/** What a column holds. */
type Column = "date" | "person" | "kind" | "notes" | "text";

/** The tables of a body, each with the heading above it. */
function tablesOf(tree: Root): { table: Table; heading: string | null }[] {
	const found: { table: Table; heading: string | null }[] = [];
	let heading: string | null = null;
	const visit = (node: Nodes): void => {
		if (node.type === "heading") {
			heading = plainText(node).trim() || null;
			return;
		}
		if (node.type === "table") {
			found.push({ table: node, heading });
			return;
		}
		if ("children" in node) for (const child of node.children) visit(child);
	};
	visit(tree);
	return found;
}

/** The text of each cell of a row (missing cells are ""). */
function cellTexts(row: TableRow, width: number): string[] {
	const texts: string[] = [];
	for (let i = 0; i < width; i++) {
		const cell = row.children[i];
		texts.push(cell === undefined ? "" : plainText(cell).replace(/\s+/g, " ").trim());
	}
	return texts;
}

/** What each column holds, from the header and, for the date, from the cells below it. */
function columnsOf(header: readonly string[], rows: readonly string[][], ctx: BodyContext): Column[] | null {
	const words = header.map((text) => wordsOf(text));
	let dateColumn = -1;
	let mostDates = 0;
	words.forEach((headerWords, column) => {
		if (!headerWords.some((w) => DATE_COLUMN_WORDS.has(w))) return;
		const dates = rows.filter((cells) => readEntryDate(cells[column] ?? "", ctx) !== null).length;
		if (dates > mostDates) {
			dateColumn = column;
			mostDates = dates;
		}
	});
	if (dateColumn < 0) return null;
	return words.map((headerWords, column): Column => {
		if (column === dateColumn) return "date";
		if (headerWords.some((w) => PERSON_COLUMN_WORDS.has(w))) return "person";
		if (headerWords.some((w) => KIND_COLUMN_WORDS.has(w))) return "kind";
		if (headerWords.some((w) => NOTES_COLUMN_WORDS.has(w))) return "notes";
		return "text";
	});
}

/** Whether a cell holds only a link to another note: `[[R1 onsite]]`, `[R1](rounds/R1-onsite.md)`. */
function linksNote(cell: TableRow["children"][number] | undefined): boolean {
	const [only, ...more] = cell?.children ?? [];
	if (only === undefined || more.length > 0) return false;
	return only.type === "link" ? /^[^:]+\.md$/i.test(only.url) : only.type === "text" && /^\[\[[^\]]+\]\]$/.test(only.value.trim());
}

/** The counterpart in a person cell: a wikilink's name (linkName), else the cell as written. */
function personOf(cell: string): string | null {
	const link = wikilinkSpans(cell)[0];
	if (link !== undefined) return linkName(cell.slice(link[0] + 2, link[1] - 2)) || null;
	return cell.replace(LEADING_CUE, "") || null;
}

/** Which way a column's header says its entries went: `To` sent, `From` received. */
function directionOfHeader(words: readonly string[]): "sent" | "received" | null {
	if (words.includes("from")) return "received";
	if (words.includes("to") || words.includes("sent")) return "sent";
	return null;
}

/**
 * The entries of the body's tables that have a date column, in order. A row whose date
 * cell is empty or cannot be read is skipped with a warning (a row with nothing in it
 * is skipped silently: templates leave blank rows).
 */
export function tableEntries(tree: Root, ctx: BodyContext): BodyEntries {
	const result: BodyEntries = { entries: [], warnings: [], rosters: [] };
	for (const { table, heading } of tablesOf(tree)) {
		const [headerRow, ...bodyRows] = table.children;
		if (headerRow === undefined || bodyRows.length === 0) continue;
		const width = headerRow.children.length;
		const header = cellTexts(headerRow, width);
		const rows = bodyRows.map((row) => cellTexts(row, width));
		const columns = columnsOf(header, rows, ctx);
		if (columns === null) {
			// `## Contacts` over `| Name | Title | Email |`, or a table whose column says it lists
			// interviewers (`| Slot | Interviewer | Role |`, under any heading): the application's people,
			// a row each, the other cells their title (where a relation may be named; a bare number,
			// a slot, is none) and an address their email.
			// Brackets in a cell are flattened: `Hiring Manager (Analytics Lead)` is a title, not a name and a title.
			const name = header.findIndex(
				(text) => (/^\W*name\W*$/i.test(text) && PEOPLE_HEADING.test(heading ?? "")) || /^\W*interviewers?\W*$/i.test(text),
			);
			if (name >= 0)
				rows.forEach((cells, index) => {
					const others = cells.filter((cell, column) => column !== name && !/^\d*$/.test(cell));
					const title = others.filter((cell) => !cell.includes("@")).join(", ");
					if (cells[name])
						result.rosters.push({
							date: null,
							people: [
								written({
									name: cells[name],
									title: title.replace(/\s*[(（]\s*/g, ", ").replace(/[)）]/g, "") || null,
									email: others.find((cell) => cell.includes("@")) ?? null,
								}),
							],
							origin: {
								from: "table",
								table: heading,
								row: index + 1,
								line: fileLine(bodyRows[index] as TableRow, ctx.firstLine),
							},
						});
				});
			continue;
		}
		// `| R0 | 2026-11-16 | [R0-recruiter.md](rounds/R0-recruiter.md) |`: each row is kept in the note it links.
		if (
			columns.some((role, column) => role !== "person" && role !== "date" && bodyRows.every((row) => linksNote(row.children[column])))
		)
			continue;
		const headerWords = header.map((text) => wordsOf(text));
		const dateColumn = columns.indexOf("date");
		// A date column headed `Sent` dates messages the user sent.
		const dateDirection = headerWords[dateColumn]?.includes("sent") ? "sent" : null;

		rows.forEach((cells, index) => {
			const row = bodyRows[index] as TableRow;
			const line = fileLine(row, ctx.firstLine);
			const where = heading === null ? `a table (line ${line})` : `the table "${heading}"`;
			// A warning about this row: `Row 2 of the table "Log"`, then what is wrong.
			const warnRow = (message: string): void => warn(result.warnings, line, `Row ${index + 1} of ${where}${message}`);
			const dateCell = cells[dateColumn] ?? "";
			if (dateCell === "") {
				if (cells.some((cell) => cell !== "")) warnRow(" has no date; the row is not read.");
				return;
			}
			const date = readEntryDate(dateCell, ctx);
			if (date === null) {
				warnRow(`: "${dateCell}" is not a date this plugin can read; the row is not read.`);
				return;
			}
			if (date.warning !== null) warnRow(`: ${date.warning}`);

			const main: string[] = [];
			const more: string[] = [];
			const text: string[] = [];
			const names: string[] = [];
			let person: string | null = null;
			let direction: "sent" | "received" | null = dateDirection;
			if (date.rest !== "") {
				more.push(date.rest);
				text.push(date.rest);
			}
			cells.forEach((cell, column) => {
				if (cell === "" || column === dateColumn) return;
				const role = columns[column];
				if (role === "person") {
					if (person === null) {
						person = personOf(cell);
						direction = directionOfHeader(headerWords[column] ?? []) ?? direction;
					}
					return;
				}
				if (role !== "kind") names.push(...(namesOnly(cell) ?? leadingNames(cell)));
				(role === "kind" ? main : more).push(cell);
				text.push(cell);
			});
			const origin = { from: "table", table: heading, row: index + 1, line } as const;
			const entries = datedEntries(
				{
					date: date.date,
					main: main.join("\n"),
					more: more.join("\n"),
					text: text.join(" · "),
					person,
					direction,
					heading,
					task: null,
					origin,
				},
				ctx,
			);
			result.entries.push(...entries);
			// `Stage 1 – video interview | 18/11/2026 | Priti Sharma (EM) and Callum Reid`: who was met.
			const interview = entries.find((entry) => entry.event === "interview");
			if (interview !== undefined && names.length > 0) result.rosters.push({ date: interview.date, people: names, origin });
		});
	}
	return result;
}

function warn(warnings: BodyWarning[], line: number, message: string): void {
	warnings.push({ line, message });
}
