/**
 * What a command may touch of the outside world, passed in so commands run in tests
 * without spawning a process. main.ts builds the real one from `process`.
 */

/** Somewhere text goes (process.stdout fits, and so does a test's string buffer). */
export interface TextSink {
	/** Writes text as is; add your own line endings. */
	write(text: string): unknown;
}

/** The process surroundings of one command run. */
export interface CliIo {
	/** Where results go (and nothing else: JSON output must stay parseable). */
	stdout: TextSink;
	/** Where messages, warnings and progress go. */
	stderr: TextSink;
	/** Whether each stream is a terminal: colours need stdout, progress needs stderr. */
	isTTY: { stdout: boolean; stderr: boolean };
	/** Environment variables (NO_COLOR, …). */
	env: Readonly<Record<string, string | undefined>>;
	/** The folder relative paths on the command line are read from. */
	cwd: string;
}

/**
 * A mistake on the command line or in the settings the user can fix: main.ts prints
 * `interview-followups: <message>` on stderr and exits 2. Commands just throw it.
 */
export class CliUsageError extends Error {
	override name = "CliUsageError";
}

/** One command: takes its own arguments (after the command name), returns the exit status. */
export type CommandRun = (argv: string[], io: CliIo) => Promise<number>;
