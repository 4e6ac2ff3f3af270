/**
 * The command table and the dispatcher. Adding a command is one entry in COMMANDS;
 * a command is `run(argv, io)` returning its exit status, and throws CliUsageError for
 * anything the user typed wrong (printed here as one line, exit 2).
 * main.ts only connects this to the real process (so tests can import it freely).
 */
import { version } from "../../package.json";
import * as due from "./due-command";
import * as draft from "./draft-command";
import * as log from "./log-command";
import * as setup from "./setup-command";
import * as explain from "./explain-command";
import { safeLine, safeText } from "../core/safe-text";
import { CliUsageError, type CliIo, type CommandRun } from "./io";
import { OutputClosed, OutputFailed } from "./output";

/** One command of the table. */
interface Command {
	/** Runs it with the arguments after its name. */
	run: CommandRun;
	/** How to call it, for the help. */
	usage: string;
	/** What it does, in a few words. */
	summary: string;
}

/** Every command, by the word that selects it. */
const COMMANDS: Readonly<Record<string, Command>> = {
	due: { run: due.run, usage: "due <vault> [options]", summary: "list the follow-ups due for a vault" },
	draft: { run: draft.run, usage: "draft <note> --kind K [options]", summary: "print (or --write) the draft for a follow-up" },
	log: {
		run: log.run,
		usage: "log <note> --kind K (--to|--from) NAME",
		summary: "record a message sent or received, a dismissal or a snooze",
	},
	setup: { run: setup.run, usage: "setup <vault> [--write]", summary: "propose (or --write) the settings that read your vault" },
	explain: { run: explain.run, usage: "explain <note> [--today D]", summary: "show how a note is read and why its follow-ups are due" },
};

const NAME = "interview-followups";

/** The program's help text. */
export function helpText(): string {
	const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
	const commands = Object.values(COMMANDS).map((c) => `  ${NAME} ${c.usage.padEnd(width)}  ${c.summary}`);
	return [
		`${NAME} ${version}: which job-interview follow-ups are due, and why.`,
		"",
		"Usage:",
		...commands,
		`  ${NAME} --help | --version`,
		"",
		`Run "${NAME} <command> --help" for a command's options.`,
		"",
	].join("\n");
}

/** A system error code in words, for the one-line message. */
function outputProblem(code: string): string {
	const words: Record<string, string> = {
		ENOSPC: "no space left on the device",
		EDQUOT: "the disk quota is used up",
		EFBIG: "the file is too large",
		EBADF: "the output is closed",
		EIO: "an input/output error",
		EROFS: "a read-only file system",
		EACCES: "permission denied",
	};
	return Object.prototype.hasOwnProperty.call(words, code) ? `${code}: ${words[code]}` : code;
}

/** Runs the command line (without node and script path); resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
	try {
		return await dispatch(argv, io);
	} catch (error) {
		if (error instanceof CliUsageError) {
			// One line, whatever the message quotes (a name, a path, an argument): no control codes.
			io.stderr.write(`${NAME}: ${safeLine(error.message.replace(/\s*\n\s*/g, " "))}\n`);
			return 2;
		}
		// `… | head` stopped reading: what it wanted was written.
		if (error instanceof OutputClosed) return 0;
		if (error instanceof OutputFailed) {
			io.stderr.write(`${NAME}: the output could not be written (${outputProblem(error.code)}); what was written is incomplete\n`);
			return 1;
		}
		const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
		io.stderr.write(`${NAME}: something went wrong; this is a bug, please report it.\n${safeText(detail)}\n`);
		return 1;
	}
}

/** Picks the command (or the help, or the version) and runs it. */
async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
	const [first, ...rest] = argv;
	if (first === undefined) {
		io.stderr.write(helpText());
		return 2;
	}
	if (first === "--help" || first === "-h" || first === "help") {
		io.stdout.write(helpText());
		return 0;
	}
	if (first === "--version" || first === "-v") {
		io.stdout.write(`${version}\n`);
		return 0;
	}
	const command = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
	if (!command) {
		const what = first.startsWith("-") ? "option" : "command";
		throw new CliUsageError(`unknown ${what} "${first}" (commands: ${Object.keys(COMMANDS).join(", ")}; see ${NAME} --help)`);
	}
	return command.run(rest, io);
}
