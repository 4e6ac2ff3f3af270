/**
 * `interview-followups log <note> --kind K (--to NAME | --from NAME) [--date D]
 * [--dismiss] [--snooze-until D]`: appends one entry to the note's follow-up log,
 * changing nothing else in the file.
 */
import { todayOnThisMachine } from "./clock";
import { unlikely } from "../core/rules/far-dates";
import { safeLine } from "../core/safe-text";
import { appendLogEntry, type LogEntryToAppend } from "../core/markdown/append-log-entry";
import { isSentKind, TASK_KINDS, type FollowUpKind } from "../core/model";
import { parseArgs, readChoiceOption, readDayOption } from "./args";
import { CliUsageError, type CliIo } from "./io";
import { loadNoteContext, requirePerson, writeNote } from "./note-context";

/** The help text of `log`. */
export const LOG_HELP = `Usage: interview-followups log <note> --kind KIND (--to NAME | --from NAME) [options]

Records a message you sent (--to), one you received (--from), or a follow-up you
dismissed or snoozed, in the note's follow_ups list. Nothing else in the note changes.

Options:
  --kind KIND             sent: a follow-up kind (check-in, thank-you, …) or follow-up;
                          received: anything (reply, rejection, offer, invite, …)
  --to NAME               the person you wrote to (a person of the note)
  --from NAME             the person who wrote to you
  --date YYYY-MM-DD       the day (default: --today, else today)
  --dismiss               dismiss the follow-up instead of recording a message
  --snooze-until DATE     move the follow-up to that day
  --channel CHANNEL       email, phone, linkedin or note
  --note TEXT             a short note, e.g. what a reply said
  --today YYYY-MM-DD      the day to evaluate the note for (default: today)
  --vault DIR             the vault (default: the nearest folder above the note with .obsidian)
  --config FILE           settings JSON (default: the vault's plugin settings, if any)
  -h, --help              show this help
`;

const CHANNELS = ["email", "phone", "linkedin", "note"] as const;

/** Runs `log` with its arguments (after the word `log`). */
export async function run(argv: string[], io: CliIo): Promise<number> {
	const args = parseArgs(argv, {
		positionals: ["note"],
		values: {
			kind: "check-in",
			to: "Jane Doe",
			from: "Jane Doe",
			date: "2026-11-23",
			"snooze-until": "2026-12-01",
			channel: "email",
			note: '"still deciding"',
			today: "2026-11-23",
			vault: "path/to/vault",
			config: "settings.json",
		},
		flags: ["dismiss"],
	});
	if (args.help) {
		io.stdout.write(LOG_HELP);
		return 0;
	}
	const v = args.values;
	const rawKind = v["kind"];
	if (rawKind === undefined || rawKind.trim() === "") throw new CliUsageError("--kind is required, e.g. --kind check-in");
	const kind = rawKind
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, "-");
	const to = v["to"];
	const from = v["from"];
	if (to !== undefined && from !== undefined)
		throw new CliUsageError("give either --to (a message you sent) or --from (one you received), not both");
	const dismiss = args.flags.has("dismiss");
	const snooze = v["snooze-until"] === undefined ? null : readDayOption("snooze-until", v["snooze-until"]);
	if (from !== undefined && (dismiss || snooze !== null))
		throw new CliUsageError("--dismiss and --snooze-until apply to follow-ups you send: use them with --to");
	if (dismiss && snooze !== null) throw new CliUsageError("give either --dismiss or --snooze-until, not both");
	if (from === undefined) {
		if (!isSentKind(kind))
			throw new CliUsageError(`unknown kind "${rawKind}" for a message you sent (a follow-up kind such as check-in, or follow-up)`);
		if (to === undefined && !TASK_KINDS.includes(kind as FollowUpKind))
			throw new CliUsageError("give --to NAME (a message you sent) or --from NAME (one you received)");
	}
	const today = v["today"] === undefined ? todayOnThisMachine() : readDayOption("today", v["today"]);
	const date = v["date"] === undefined ? today : readDayOption("date", v["date"]);
	const channel = v["channel"] === undefined ? null : readChoiceOption("channel", v["channel"], CHANNELS);
	// A year typed wrong would go into the note: say so, and write it as given.
	for (const [option, day] of [
		["--date", date],
		["--snooze-until", snooze],
	] as const) {
		const why = day === null ? null : unlikely(day, today);
		if (why !== null) io.stderr.write(`warning: ${option} ${day} is ${why}; it is written as given\n`);
	}

	const notePath = args.positionals["note"] ?? "";
	const context = await loadNoteContext(notePath, { vault: v["vault"] ?? null, config: v["config"] ?? null, today }, io);
	const entry: LogEntryToAppend = { date, kind };
	if (to !== undefined) entry.to = requirePerson(context, to).name;
	if (from !== undefined) entry.from = requirePerson(context, from).name;
	if (channel !== null) entry.channel = channel;
	if (dismiss) entry.dismissed = true;
	if (snooze !== null) entry.snoozedUntil = snooze;
	if (v["note"] !== undefined && v["note"].trim() !== "") entry.note = v["note"].trim();

	let key = "";
	await writeNote(context, (text) => {
		const result = appendLogEntry(text, entry, { fieldAliases: context.settings.fieldAliases });
		if (result.ok) key = result.key;
		return result;
	});
	const what = dismiss
		? "dismissed"
		: snooze !== null
			? `snoozed until ${snooze}`
			: from !== undefined
				? `received from ${entry.from}`
				: entry.to
					? `sent to ${entry.to}`
					: "done";
	io.stdout.write(safeLine(`logged ${kind} ${what} on ${date} in ${notePath} (${key})`) + "\n");
	return 0;
}
