/**
 * The `interview-followups` program (bundled to dist/cli.cjs): connects the command
 * table in commands.ts to the real process. Nothing else belongs here.
 */
import { run } from "./commands";
import type { CliIo } from "./io";

const io: CliIo = {
	stdout: process.stdout,
	stderr: process.stderr,
	isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
	env: process.env,
	cwd: process.cwd(),
};

// A closed pipe (`… | head`) ends the output early; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
	if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
	throw error;
});

void run(process.argv.slice(2), io).then((status) => {
	process.exitCode = status;
});
