/** A CliIo that records what a command writes, for tests. */
import type { CliIo } from "../../src/cli/io";

/** A CliIo whose streams are strings; not a terminal unless told. */
export interface FakeIo extends CliIo {
	/** Everything written to stdout. */
	out: () => string;
	/** Everything written to stderr. */
	err: () => string;
}

/** Builds a FakeIo working in `cwd`. */
export function fakeIo(cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}): FakeIo {
	let out = "";
	let err = "";
	return {
		stdout: { write: (text: string) => (out += text) },
		stderr: { write: (text: string) => (err += text) },
		isTTY: { stdout: options.tty ?? false, stderr: options.tty ?? false },
		env: options.env ?? {},
		cwd,
		out: () => out,
		err: () => err,
	};
}
