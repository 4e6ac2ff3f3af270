/**
 * A small, strict command-line parser: known options only, `--opt value` or
 * `--opt=value`, and a one-line CliUsageError for anything else. Each command declares
 * its options and reads the values with the checks below.
 */
import { isDay } from "../core/dates";
import type { Day, FollowUpStatus } from "../core/model";
import { MAX_HORIZON_DAYS } from "../core/settings";
import { CliUsageError } from "./io";

/** What a command accepts. `--help` (and `-h`) is always accepted. */
export interface ArgSpec {
	/** Names of the required positional arguments, in order, e.g. `["vault"]`. */
	positionals: readonly string[];
	/** Options that take a value, by name without dashes, with an example value for messages. */
	values: Readonly<Record<string, string>>;
	/** Options without a value, by name without dashes. */
	flags?: readonly string[];
}

/** The command line, split. */
export interface ParsedArgs {
	/** Positional arguments by the names in the spec. */
	positionals: Record<string, string>;
	/** Values given, by option name without dashes. */
	values: Record<string, string | undefined>;
	/** Flags given, by name without dashes. */
	flags: Set<string>;
	/** `--help` or `-h` was given: show help, check nothing else. */
	help: boolean;
}

/** Splits argv by the spec, or throws a CliUsageError naming the first problem. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
	const flagNames = new Set(spec.flags ?? []);
	const parsed: ParsedArgs = { positionals: {}, values: {}, flags: new Set(), help: false };
	const positionals: string[] = [];
	let optionsEnded = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (optionsEnded || !arg.startsWith("-") || arg === "-") {
			positionals.push(arg);
			continue;
		}
		if (arg === "--") {
			optionsEnded = true;
			continue;
		}
		if (arg === "--help" || arg === "-h") {
			parsed.help = true;
			continue;
		}
		const equals = arg.indexOf("=");
		const name = (equals === -1 ? arg : arg.slice(0, equals)).replace(/^--?/, "");
		const inline = equals === -1 ? undefined : arg.slice(equals + 1);
		if (flagNames.has(name)) {
			if (inline !== undefined) throw new CliUsageError(`--${name} takes no value`);
			parsed.flags.add(name);
			continue;
		}
		const example = spec.values[name];
		if (!arg.startsWith("--") || example === undefined || !Object.prototype.hasOwnProperty.call(spec.values, name)) {
			throw new CliUsageError(`unknown option ${arg.slice(0, equals === -1 ? undefined : equals)}${suggestion(name, spec)}`);
		}
		if (parsed.values[name] !== undefined) throw new CliUsageError(`--${name} is given twice: give it once`);
		let value = inline;
		if (value === undefined) {
			const next = argv[i + 1];
			if (next === undefined || (next.startsWith("--") && next.length > 2)) {
				throw new CliUsageError(`--${name} needs a value, e.g. --${name} ${example}`);
			}
			value = next;
			i += 1;
		}
		parsed.values[name] = value;
	}
	if (parsed.help) return parsed;
	if (positionals.length > spec.positionals.length) {
		throw new CliUsageError(`unexpected argument "${positionals[spec.positionals.length]}"`);
	}
	spec.positionals.forEach((name, index) => {
		const value = positionals[index];
		if (value === undefined) throw new CliUsageError(`missing <${name}>`);
		parsed.positionals[name] = value;
	});
	return parsed;
}

function suggestion(name: string, spec: ArgSpec): string {
	const known = [...Object.keys(spec.values), ...(spec.flags ?? []), "help"];
	const close = known.find((k) => name.length >= 3 && (k.startsWith(name) || name.startsWith(k)));
	return close ? ` (did you mean --${close}?)` : ` (options: ${known.map((k) => `--${k}`).join(", ")})`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `--today`-style value: a real `YYYY-MM-DD` day. A well-written day that does not exist is told so. */
export function readDayOption(name: string, raw: string): Day {
	if (isDay(raw)) return raw;
	const written = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
	if (written) {
		const [year, month, day] = [Number(written[1]), Number(written[2]), Number(written[3])];
		const monthName = MONTHS[month - 1];
		if (monthName === undefined)
			throw new CliUsageError(`--${name}: ${raw} is not a day: there is no month ${month} (months run 01 to 12)`);
		const length = [31, 30, 29, 28].find((last) => isDay(`${written[1]}-${written[2]}-${last}`)) ?? 28;
		throw new CliUsageError(`--${name}: ${raw} is not a day: ${monthName} ${year} has ${length} days, and day ${day} does not exist`);
	}
	throw new CliUsageError(`--${name} must be a date written YYYY-MM-DD, e.g. 2026-11-23 (got "${raw}")`);
}

/** A whole number from 0 to `max` (days). */
export function readWholeNumberOption(name: string, raw: string, max: number): number {
	const value = /^\d{1,12}$/.test(raw) ? Number(raw) : Number.NaN;
	if (!(value <= max)) throw new CliUsageError(`--${name} must be a whole number of days from 0 to ${max} (got "${raw}")`);
	return value;
}

/** One of the choices. */
export function readChoiceOption<T extends string>(name: string, raw: string, choices: readonly T[]): T {
	const value = raw.toLowerCase();
	if (!(choices as readonly string[]).includes(value)) {
		throw new CliUsageError(`--${name} must be one of ${choices.join(", ")} (got "${raw}")`);
	}
	return value as T;
}

/** A comma-separated list, each item one of the choices; duplicates dropped. */
export function readListOption<T extends string>(name: string, raw: string, choices: readonly T[]): T[] {
	const items = raw
		.split(",")
		.map((item) => item.trim().toLowerCase())
		.filter((item) => item !== "");
	if (items.length === 0) throw new CliUsageError(`--${name} needs at least one of ${choices.join(", ")}`);
	const wrong = items.find((item) => !(choices as readonly string[]).includes(item));
	if (wrong !== undefined) throw new CliUsageError(`--${name}: "${wrong}" is not one of ${choices.join(", ")}`);
	return [...new Set(items)] as T[];
}

/** The output formats `due` knows (formats.ts says which are available). */
export const FORMAT_NAMES = ["table", "json", "markdown", "ics"] as const;

/** One output format of `due`. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** The statuses, in list order. */
export const STATUSES: readonly FollowUpStatus[] = ["overdue", "due", "upcoming"];

/** The arguments of `due`, checked. */
export interface DueArgs {
	/** `--help` was given. */
	help: boolean;
	/** The vault folder as typed. */
	vault: string;
	/** The day to evaluate for, or null for the local date. */
	today: Day | null;
	/** The output format. */
	format: FormatName;
	/** The settings file as typed, or null for the vault's own. */
	config: string | null;
	/** The statuses to show. */
	statuses: FollowUpStatus[];
	/** The horizon in days, or null for the settings' `horizonDays`. */
	horizon: number | null;
}

/** What `due` accepts. */
export const DUE_SPEC: ArgSpec = {
	positionals: ["vault"],
	values: { today: "2026-11-23", format: "json", config: "settings.json", status: "overdue,due", horizon: "14" },
};

/** Parses and checks the arguments of `due`. */
export function parseDueArgs(argv: readonly string[]): DueArgs {
	const args = parseArgs(argv, DUE_SPEC);
	if (args.help) return { help: true, vault: "", today: null, format: "table", config: null, statuses: [...STATUSES], horizon: null };
	const { today, format, config, status, horizon } = args.values;
	return {
		help: args.help,
		vault: args.positionals["vault"] ?? "",
		today: today === undefined ? null : readDayOption("today", today),
		format: format === undefined ? "table" : readChoiceOption("format", format, FORMAT_NAMES),
		config: config ?? null,
		statuses: status === undefined ? [...STATUSES] : readListOption("status", status, STATUSES),
		horizon: horizon === undefined ? null : readWholeNumberOption("horizon", horizon, MAX_HORIZON_DAYS),
	};
}
