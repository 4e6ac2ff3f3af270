/**
 * A query over the due list: which statuses, kinds and companies, how far ahead, how
 * many, how grouped and with which columns. The `interview-followups` code block, the
 * Bases view's options and the API's `due(options)` all read their options through
 * `parseFollowUpQuery`, so `status: overdue` means the same in each, and a wrong value
 * gets the same clear message. Pure: options in, follow-ups out.
 */
import { KIND_WORDS } from "./follow-up-text";
import { FOLLOW_UP_KINDS, type Day, type FollowUp, type FollowUpKind, type FollowUpStatus } from "./model";
import { ALL_STATUSES, selectFollowUps } from "./select-follow-ups";
import { MAX_HORIZON_DAYS } from "./settings";

/** How rows are grouped under headings. */
export type GroupBy = "status" | "company" | "kind" | "none";

/** Every grouping, in the order the message lists them. */
export const GROUP_BYS: readonly GroupBy[] = ["status", "company", "kind", "none"];

/** Every column a table can show, as stable ids. */
export const COLUMNS = ["when", "what", "to", "channel", "company", "role", "note", "why", "actions"] as const;

/** One column of a follow-up table. */
export type Column = (typeof COLUMNS)[number];

/** The columns when the options name none. */
export const DEFAULT_COLUMNS: readonly Column[] = ["when", "what", "to", "company", "note", "actions"];

/** A checked query. */
export interface FollowUpQuery {
	/** Statuses to show, in list order. */
	statuses: FollowUpStatus[];
	/** Kinds to show; null for every kind. */
	kinds: FollowUpKind[] | null;
	/** Companies to show, lower-cased; null for every company. */
	companies: string[] | null;
	/** Days ahead for upcoming follow-ups; null to use the settings' horizon. */
	horizonDays: number | null;
	/** How rows are grouped. */
	groupBy: GroupBy;
	/** Columns, in display order. */
	columns: Column[];
	/** At most this many rows (earliest first); null for no limit. */
	limit: number | null;
}

/** What reading options gave: a query, or every problem found (never both). */
export type QueryParse = { ok: true; query: FollowUpQuery } | { ok: false; problems: string[] };

/** The options as a reader writes them, for messages and docs. */
export const QUERY_OPTIONS = ["status", "kinds", "company", "horizon", "groupBy", "columns", "limit"] as const;

/** Spellings accepted for each option: lower case, without `_`, `-` or spaces. */
const OPTION_NAMES: Readonly<Record<string, (typeof QUERY_OPTIONS)[number]>> = {
	status: "status",
	statuses: "status",
	kind: "kinds",
	kinds: "kinds",
	company: "company",
	companies: "company",
	horizon: "horizon",
	horizondays: "horizon",
	groupby: "groupBy",
	group: "groupBy",
	columns: "columns",
	column: "columns",
	limit: "limit",
};

/** The query with no options: everything within the settings' horizon, grouped by status. */
export function defaultQuery(): FollowUpQuery {
	return {
		statuses: [...ALL_STATUSES],
		kinds: null,
		companies: null,
		horizonDays: null,
		groupBy: "status",
		columns: [...DEFAULT_COLUMNS],
		limit: null,
	};
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A list written as a YAML list or as `a, b`; null when it is neither. */
function textList(value: unknown): string[] | null {
	const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : typeof value === "number" ? [value] : null;
	if (items === null || !items.every((x) => typeof x === "string" || typeof x === "number")) return null;
	return items.map((x) => String(x).trim()).filter((x) => x !== "");
}

/** A whole number written as a number or as text (`14`, `14 days`); null otherwise. */
function wholeNumber(value: unknown): number | null {
	if (typeof value === "number") return Number.isInteger(value) ? value : null;
	if (typeof value !== "string") return null;
	const m = /^\s*(\d{1,6})\s*(?:d|days?)?\s*$/i.exec(value);
	return m ? Number(m[1]) : null;
}

const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(", ");

/** Reads one list option whose items must come from `allowed`. */
function pickList<T extends string>(
	name: string,
	value: unknown,
	allowed: readonly T[],
	problems: string[],
	aliases: Readonly<Record<string, readonly T[]>> = {},
): T[] | null {
	const items = textList(value);
	if (items === null || items.length === 0) {
		problems.push(`"${name}" must be one value or a list of them: ${allowed.join(", ")}.`);
		return null;
	}
	const out: T[] = [];
	const unknown: string[] = [];
	for (const item of items) {
		const lower = item.toLowerCase();
		const alias = aliases[lower];
		if (alias) out.push(...alias);
		else if ((allowed as readonly string[]).includes(lower)) out.push(lower as T);
		else unknown.push(item);
	}
	if (unknown.length > 0) {
		problems.push(`${name}: ${quoted(unknown)} ${unknown.length === 1 ? "is" : "are"} not known. Use ${allowed.join(", ")}.`);
		return null;
	}
	return [...new Set(out)];
}

/**
 * Reads query options from anything (parsed YAML, a Bases view's config, an API
 * caller's object). `null`/`undefined` give the default query. Unknown options and
 * wrong values are all reported, each in a sentence that says what would be right.
 */
export function parseFollowUpQuery(raw: unknown): QueryParse {
	const query = defaultQuery();
	if (raw === null || raw === undefined) return { ok: true, query };
	if (!isRecord(raw))
		return {
			ok: false,
			problems: [
				`Options must be lines of "name: value", such as "status: overdue, due". Known options: ${QUERY_OPTIONS.join(", ")}.`,
			],
		};
	const problems: string[] = [];
	for (const [key, value] of Object.entries(raw)) {
		const option = OPTION_NAMES[key.toLowerCase().replace(/[\s_-]/g, "")];
		if (value === null || value === undefined) continue;
		switch (option) {
			case "status": {
				const statuses = pickList("status", value, ALL_STATUSES, problems, { all: ALL_STATUSES, now: ["overdue", "due"] });
				if (statuses) query.statuses = ALL_STATUSES.filter((s) => statuses.includes(s));
				break;
			}
			case "kinds": {
				const kinds = pickList("kinds", value, FOLLOW_UP_KINDS, problems);
				if (kinds) query.kinds = kinds;
				break;
			}
			case "company": {
				const companies = textList(value);
				if (companies === null || companies.length === 0) problems.push(`"company" must be a company name or a list of them.`);
				else query.companies = companies.map((c) => c.toLowerCase());
				break;
			}
			case "horizon": {
				const days = wholeNumber(value);
				if (days === null || days < 0 || days > MAX_HORIZON_DAYS)
					problems.push(`"horizon" must be a whole number of days from 0 to ${MAX_HORIZON_DAYS} (got ${JSON.stringify(value)}).`);
				else query.horizonDays = days;
				break;
			}
			case "groupBy": {
				const [groupBy, ...rest] = pickList("groupBy", value, GROUP_BYS, problems) ?? [];
				if (groupBy !== undefined && rest.length === 0) query.groupBy = groupBy;
				else if (groupBy !== undefined) problems.push(`"groupBy" takes one value: ${GROUP_BYS.join(", ")}.`);
				break;
			}
			case "columns": {
				const columns = pickList("columns", value, COLUMNS, problems);
				if (columns) query.columns = columns;
				break;
			}
			case "limit": {
				const limit = wholeNumber(value);
				if (limit === null || limit < 1) problems.push(`"limit" must be a whole number, 1 or more (got ${JSON.stringify(value)}).`);
				else query.limit = limit;
				break;
			}
			default:
				problems.push(`"${key}" is not an option. Known options: ${QUERY_OPTIONS.join(", ")}.`);
		}
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, query };
}

/** One heading's rows. */
export interface FollowUpGroup {
	/** A stable id: the status, the company (lower-cased), the kind, or `all`. */
	id: string;
	/** The heading; empty when the query does not group. */
	title: string;
	/** Rows, earliest first. */
	followUps: FollowUp[];
}

/** What a query found. */
export interface QueryResult {
	/** Groups in display order; none when nothing matched. */
	groups: FollowUpGroup[];
	/** The rows shown, earliest first (the groups' rows, ungrouped). */
	shown: FollowUp[];
	/** Matching rows left out by `limit`. */
	overLimit: number;
	/** Matching upcoming follow-ups beyond the horizon, earliest first. */
	later: FollowUp[];
	/** The horizon applied, in days. */
	horizonDays: number;
}

const STATUS_TITLES: Readonly<Record<FollowUpStatus, string>> = { overdue: "Overdue", due: "Due now", upcoming: "Upcoming" };

function groupKey(f: FollowUp, by: GroupBy): { id: string; title: string } {
	switch (by) {
		case "status":
			return { id: f.status, title: STATUS_TITLES[f.status] };
		case "company":
			return f.company === null ? { id: "", title: "(no company)" } : { id: f.company.toLowerCase(), title: f.company };
		case "kind":
			return { id: f.kind, title: KIND_WORDS[f.kind].label };
		case "none":
			return { id: "all", title: "" };
	}
}

/**
 * Runs a query over an evaluation's follow-ups (sorted earliest first, as the rules
 * return them). Statuses and the horizon go through the shared selectFollowUps; status
 * groups come in list order, other groups in the order of their earliest row.
 */
export function runFollowUpQuery(
	followUps: readonly FollowUp[],
	today: Day,
	query: FollowUpQuery,
	defaultHorizonDays: number,
): QueryResult {
	const horizonDays = query.horizonDays ?? defaultHorizonDays;
	const kinds = query.kinds === null ? null : new Set<string>(query.kinds);
	const companies = query.companies === null ? null : new Set(query.companies);
	const matches = (f: FollowUp): boolean =>
		(kinds === null || kinds.has(f.kind)) && (companies === null || companies.has((f.company ?? "").trim().toLowerCase()));
	const selected = selectFollowUps(followUps.filter(matches), today, { statuses: query.statuses, horizonDays });
	const shown = query.limit === null ? selected.shown : selected.shown.slice(0, query.limit);
	const groups = new Map<string, FollowUpGroup>();
	if (query.groupBy === "status")
		for (const status of ALL_STATUSES) groups.set(status, { id: status, title: STATUS_TITLES[status], followUps: [] });
	for (const f of shown) {
		const { id, title } = groupKey(f, query.groupBy);
		let group = groups.get(id);
		if (!group) groups.set(id, (group = { id, title, followUps: [] }));
		group.followUps.push(f);
	}
	return {
		groups: [...groups.values()].filter((g) => g.followUps.length > 0),
		shown,
		overLimit: selected.shown.length - shown.length,
		later: selected.later,
		horizonDays,
	};
}
