/**
 * `interview-followups draft <note> --kind K [--to NAME] [--today D] [--write] [--json]`:
 * prints the draft for one follow-up of a note; with `--write`, inserts it into the note
 * exactly as the plugin does (same heading, same block, never twice).
 */
import { todayOnThisMachine } from "./clock";
import { join } from "node:path";
import { buildDraft, templateFileName, userTemplateFrom, type UserTemplates } from "../core/drafts/index";
import { applySplice, planDraftInsertion } from "../core/markdown/plan-insertion";
import { FOLLOW_UP_KINDS, isFollowUpKind, type FollowUp, type FollowUpKind, type Person } from "../core/model";
import { parseArgs, readDayOption } from "./args";
import { CliUsageError, type CliIo } from "./io";
import { findPerson, loadNoteContext, requirePerson, writeNote, type NoteContext } from "./note-context";
import { safeLine, safeText } from "../core/safe-text";
import { isInside, realPathOrNull } from "./config";
import { readRegularFileSync, TEMPLATE_LIMIT, whyUnreadable } from "./read-file";
import { sourceFromText } from "./read-note-file";

/** The help text of `draft`. */
export const DRAFT_HELP = `Usage: interview-followups draft <note> --kind KIND [options]

Prints the draft message (or script, or checklist) for one follow-up of an interview note.

Options:
  --kind KIND         ${FOLLOW_UP_KINDS.join(", ")}
  --to NAME           the person it is for (default: the one the follow-up is pending for)
  --today YYYY-MM-DD  write it for that day (default: today)
  --write             insert it into the note under the follow-up heading (never twice)
  --json              print {"kind","to","subject","text","warnings"} as JSON
  --vault DIR         the vault (default: the nearest folder above the note with .obsidian)
  --config FILE       settings JSON (default: the vault's plugin settings, if any)
  -h, --help          show this help
`;

/** Reads the checked `--kind`. */
export function readKind(raw: string | undefined): FollowUpKind {
	if (raw === undefined) throw new CliUsageError(`--kind is required, e.g. --kind check-in (kinds: ${FOLLOW_UP_KINDS.join(", ")})`);
	const kind = raw.trim().toLowerCase();
	if (!isFollowUpKind(kind)) throw new CliUsageError(`unknown kind "${raw}" (kinds: ${FOLLOW_UP_KINDS.join(", ")})`);
	return kind;
}

/** The pending follow-ups of this note and kind, in list order. */
function pendingFor(context: NoteContext, kind: FollowUpKind): FollowUp[] {
	return context.evaluation.followUps.filter((f) => f.note === context.note.path && f.kind === kind);
}

/** The primary contact, as the rules spec defines it. */
function primaryContact(people: readonly Person[]): Person | null {
	return (
		people.find((p) => p.primary) ??
		(["hiring-manager", "interviewer", "recruiter", "hr"] as const).map((r) => people.find((p) => p.relation === r)).find((p) => p) ??
		people[0] ??
		null
	);
}

/**
 * Reads the user's template for a kind from the vault's template folder, if there is one.
 * Only a regular file inside the vault, of at most TEMPLATE_LIMIT, is read; anything else
 * is said on stderr, and the built-in template is used.
 */
function userTemplatesFor(context: NoteContext, kind: FollowUpKind, io: CliIo): UserTemplates {
	const folder = context.settings.templateFolder.trim().replace(/^\/+|\/+$/g, "");
	if (folder === "") return {};
	const shown = `${folder}/${templateFileName(kind)}`;
	const file = join(context.vaultRoot, ...folder.split("/"), templateFileName(kind));
	const builtIn = (why: string): UserTemplates => {
		io.stderr.write(`warning: template ${safeLine(shown)} ${why}; the built-in template is used\n`);
		return {};
	};
	const real = realPathOrNull(file);
	if (real === null) return {}; // no template of this kind: the built-in one, without a word
	const vault = realPathOrNull(context.vaultRoot);
	if (vault !== null && !isInside(vault, real)) return builtIn(`leads outside the vault (to ${safeLine(real)})`);
	let text: string;
	try {
		text = readRegularFileSync(file, TEMPLATE_LIMIT).toString("utf8");
	} catch (error) {
		return builtIn(`could not be read: ${whyUnreadable(error)}`);
	}
	const source = sourceFromText(shown, text);
	if (source.frontmatterError !== null) {
		io.stderr.write(`warning: template ${safeLine(shown)}: ${safeLine(source.frontmatterError)}; its whole text is used as the body\n`);
	}
	return { [kind]: userTemplateFrom(source.frontmatter, source.body ?? text) };
}

/** Runs `draft` with its arguments (after the word `draft`). */
export async function run(argv: string[], io: CliIo): Promise<number> {
	const args = parseArgs(argv, {
		positionals: ["note"],
		values: { kind: "check-in", to: "Jane Doe", today: "2026-11-23", vault: "path/to/vault", config: "settings.json" },
		flags: ["write", "json"],
	});
	if (args.help) {
		io.stdout.write(DRAFT_HELP);
		return 0;
	}
	const kind = readKind(args.values["kind"]);
	const today = args.values["today"] === undefined ? todayOnThisMachine() : readDayOption("today", args.values["today"]);
	const notePath = args.positionals["note"] ?? "";
	const context = await loadNoteContext(
		notePath,
		{ vault: args.values["vault"] ?? null, config: args.values["config"] ?? null, today },
		io,
	);

	const pending = pendingFor(context, kind);
	const toArg = args.values["to"];
	let person: Person | null;
	let followUp: FollowUp | undefined;
	if (toArg !== undefined) {
		person = requirePerson(context, toArg);
		followUp = pending.find((f) => f.to !== null && findPerson(context.note, f.to) === person);
	} else if (pending.length > 0) {
		followUp = pending[0];
		person = followUp?.to ? findPerson(context.note, followUp.to) : null;
		const others = pending
			.slice(1)
			.map((f) => f.to)
			.filter((n): n is string => n !== null);
		if (others.length > 0) io.stderr.write(`note: also pending for ${safeLine(others.join(", "))} (use --to NAME)\n`);
	} else {
		person = kind === "ask-next-steps" ? null : primaryContact(context.note.people);
		if (person !== null)
			io.stderr.write(`note: no ${kind} is pending in ${safeLine(notePath)}; drafting for ${safeLine(person.name)}\n`);
	}

	const draft = buildDraft({
		kind,
		note: context.note,
		person,
		today,
		settings: context.settings,
		userTemplates: userTemplatesFor(context, kind, io),
	});

	if (args.flags.has("json")) {
		io.stdout.write(
			`${JSON.stringify({ kind: draft.kind, to: draft.to, subject: draft.subject, text: draft.text, warnings: draft.warnings.map((w) => ({ code: w.code, message: w.message })) }, null, 2)}\n`,
		);
	} else {
		// The draft as a person reads it: no control codes reach the terminal (--json keeps every character).
		io.stdout.write(`Subject: ${safeLine(draft.subject)}\n\n${safeText(draft.text)}\n`);
		for (const w of draft.warnings) io.stderr.write(`warning (${w.code}): ${safeLine(w.message)}\n`);
	}

	if (args.flags.has("write")) {
		const options = { heading: context.settings.followUpHeading, due: followUp?.due ?? null };
		const outcome = await writeNote(context, (text) => {
			const splice = planDraftInsertion(text, draft, options);
			return { ok: true, splices: splice ? [splice] : [], text: splice ? applySplice(text, splice) : text };
		});
		if (outcome === "unchanged") io.stderr.write(`${safeLine(notePath)} already holds this draft; nothing was written\n`);
		else io.stderr.write(`inserted into ${safeLine(notePath)} under "${safeLine(context.settings.followUpHeading)}"\n`);
	}
	return 0;
}
