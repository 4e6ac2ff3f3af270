/**
 * What `draft` and `log` share: one interview note on disk read with its vault's
 * settings, its people resolved through the vault's person notes, the vault's pending
 * follow-ups, and the way to write the note back (safe-write.ts).
 */
import { existsSync } from "node:fs";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import { calendarFor } from "../app/calendar";
import { evaluateVault } from "../app/evaluate";
import { dateHolidays, UnknownHolidayCountry } from "../app/holidays";
import { createLinkResolver } from "../app/link-index";
import type { Evaluation, InterviewNote, Person } from "../core/model";
import { NoteReading } from "../core/read-note";
import { withStatedDates } from "../core/read/stated";
import type { Settings } from "../core/settings";
import type { SourceNote } from "../core/source";
import { nameKey } from "../core/values";
import { findVaultRoot, loadSettingsFor, localeDateOrder } from "./config";
import { CliUsageError, type CliIo } from "./io";
import type { TextEdit } from "../core/markdown/frontmatter-text";
import { NOTE_LIMIT, readRegularFileSync, whyUnreadable } from "./read-file";
import { inlineTagsOf } from "../core/classify";
import { sourceFromText } from "./read-note-file";
import { NoteWriteRefused, writeNoteFile, type WriteOutcome } from "./safe-write";
import { personNoteText, scanVault } from "./scan-vault";

/** An interview note read from disk, with everything around it. */
export interface NoteContext {
	/** The note as typed on the command line. */
	shownPath: string;
	/** Where the note is on disk. */
	absolutePath: string;
	/** The vault folder (nearest above the note holding `.obsidian`, or `--vault`). */
	vaultRoot: string;
	/** The note's exact text as read (a BOM and the line endings included). */
	text: string;
	/** The vault's settings. */
	settings: Settings;
	/** The note, read. */
	note: InterviewNote;
	/** The vault evaluated for the day: pending follow-ups of every note. */
	evaluation: Evaluation;
}

/** Strict UTF-8 that keeps a leading BOM in the text, so the text is the file, byte for byte. */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads a note's text exactly, or throws a one-line CliUsageError. */
function readNoteText(shownPath: string, absolutePath: string): string {
	let bytes: Uint8Array;
	try {
		bytes = readRegularFileSync(absolutePath, NOTE_LIMIT);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === "ENOENT" || code === "ENOTDIR") {
			// The command line reaches us decoded as UTF-8: a name with other bytes arrives changed.
			const hint = shownPath.includes("\uFFFD")
				? " (its name is not UTF-8 text, which this command cannot open: rename the file)"
				: "";
			throw new CliUsageError(`there is no note ${shownPath}${hint}`);
		}
		if (code === "EISDIR") throw new CliUsageError(`${shownPath} is a folder, not a note`);
		throw new CliUsageError(`the note ${shownPath} could not be read: ${whyUnreadable(error)}`);
	}
	try {
		return UTF8.decode(bytes);
	} catch {
		throw new CliUsageError(`${shownPath} is not UTF-8 text`);
	}
}

/** The vault-relative path of a file, `/` separators; null when it lies outside the vault. */
function vaultPath(vaultRoot: string, absolutePath: string): string | null {
	const rel = relative(vaultRoot, absolutePath);
	if (rel === "" || rel.startsWith("..") || resolve(vaultRoot, rel) !== absolutePath) return null;
	return rel.split(sep).join("/").normalize("NFC");
}

/** Options both commands take. */
export interface NoteOptions {
	/** `--vault`, as typed, or null. */
	vault: string | null;
	/** `--config`, as typed, or null. */
	config: string | null;
	/** The day to evaluate for. */
	today: string;
}

/**
 * Reads the note and its vault. A missing note, a note that is not an interview note
 * (or whose frontmatter cannot be read) and bad settings are CliUsageErrors.
 */
export async function loadNoteContext(notePath: string, options: NoteOptions, io: CliIo): Promise<NoteContext> {
	const vaultGiven = options.vault === null ? null : resolve(io.cwd, options.vault);
	let absolutePath = resolve(io.cwd, notePath);
	// A note named by its path inside the vault given (`explain Jobs/Acme.md --vault ~/Notes`).
	if (vaultGiven !== null && !isAbsolute(notePath) && !existsSync(absolutePath) && existsSync(resolve(vaultGiven, notePath)))
		absolutePath = resolve(vaultGiven, notePath);
	const text = readNoteText(notePath, absolutePath);
	const vaultRoot = vaultGiven ?? findVaultRoot(absolutePath);
	const settings = loadSettingsFor(vaultRoot, options.config === null ? null : resolve(io.cwd, options.config));

	let sources: SourceNote[];
	try {
		sources = scanVault(vaultRoot, { settings });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliUsageError(`the vault folder ${vaultRoot} could not be read (${code ?? String(error)})`);
	}
	const path = vaultPath(vaultRoot, absolutePath) ?? basename(absolutePath);
	const fromText = sourceFromText(path, text);
	// Its inline tags, as the vault's scan gives them (a status tag in the text counts).
	const tags = inlineTagsOf(fromText.body ?? "");
	const own = tags.length === 0 ? fromText : { ...fromText, inlineTags: tags };
	sources = [...sources.filter((s) => s.path !== path), own];

	const resolveLink = createLinkResolver(sources);
	let evaluation: Evaluation;
	let read;
	try {
		const calendar = calendarFor(settings, options.today, dateHolidays);
		const dateOrder = localeDateOrder(io.env);
		read = new NoteReading(settings, { today: options.today, dateOrder, sentences: withStatedDates }).read(own, resolveLink, calendar);
		const joined: InterviewNote[] = [];
		evaluation = evaluateVault(sources, {
			settings,
			today: options.today,
			resolve: resolveLink,
			countryHolidays: dateHolidays,
			dateOrder,
			personText: personNoteText(vaultRoot),
			onNote: (note) => {
				if (note.path === path) joined.push(note);
			},
		});
		// What log notes add to it (a call log's notes, a daily note's items), and its people's
		// person notes (their log, their addresses), is part of the note.
		const withLogs = joined[0];
		const elsewhere = withLogs?.timeline?.some((entry) => "path" in entry.origin && entry.origin.from !== "property");
		if (read.note !== null && withLogs && (elsewhere || JSON.stringify(withLogs.people) !== JSON.stringify(read.note.people)))
			read = { ...read, note: withLogs };
	} catch (error) {
		if (error instanceof UnknownHolidayCountry) throw new CliUsageError(`settings: "holidayCountry": ${error.message}`);
		throw error;
	}
	if (read.note === null) {
		if (own.frontmatterError !== null) throw new CliUsageError(`${notePath}: ${own.frontmatterError}`);
		throw new CliUsageError(
			`${notePath} is not an interview note (tag it #${settings.interviewTag} or set type: ${settings.interviewTag})`,
		);
	}
	return { shownPath: notePath, absolutePath, vaultRoot, text, settings, note: read.note, evaluation };
}

/** A name as compared (nameKey), once written as a link or in another Unicode form: `[[Jane Doe]]` is Jane Doe. */
function personKey(name: string): string {
	return nameKey(name.replace(/^\[\[|\]\]$/g, "").normalize("NFC"));
}

/** The note's person called `name` (display name or person-note basename), or null. */
export function findPerson(note: InterviewNote, name: string): Person | null {
	const key = personKey(name);
	return (
		note.people.find((p) => personKey(p.name) === key) ??
		note.people.find((p) => p.notePath !== null && personKey(basename(p.notePath, ".md")) === key) ??
		null
	);
}

/** The person named on the command line, or a CliUsageError listing who is in the note. */
export function requirePerson(context: NoteContext, name: string): Person {
	const person = findPerson(context.note, name);
	if (person) return person;
	const people = context.note.people.map((p) => p.name);
	const list = people.length > 0 ? `people in it: ${people.join(", ")}` : "it lists no people";
	throw new CliUsageError(`"${name}" is not a person in ${context.shownPath} (${list})`);
}

/**
 * Writes an edit into the note: `plan` is run on the note's text as it is when the
 * write happens (again if the note changes meanwhile), and the result replaces the note
 * safely (see safe-write.ts). Anything that stops the write is a CliUsageError.
 */
export async function writeNote(context: NoteContext, plan: (text: string) => TextEdit): Promise<WriteOutcome> {
	try {
		return await writeNoteFile(context.absolutePath, context.shownPath, plan);
	} catch (error) {
		if (error instanceof NoteWriteRefused) throw new CliUsageError(error.message);
		throw error;
	}
}
