/**
 * The `interview-followups` program (bundled to dist/cli.cjs): connects the command
 * table in commands.ts to the real process. Nothing else belongs here.
 */
import { isatty } from "node:tty";
import { run } from "./commands";
import type { CliIo } from "./io";
import { descriptorSink, messageSink } from "./output";

// Written straight to the descriptors, in full or with a clear error (see output.ts):
// process.stdout would report a full disk as a stack trace, or not at all.
const io: CliIo = {
	stdout: descriptorSink(1),
	stderr: messageSink(2),
	isTTY: { stdout: isatty(1), stderr: isatty(2) },
	env: process.env,
	cwd: process.cwd(),
};

void run(process.argv.slice(2), io).then((status) => {
	process.exitCode = status;
});
