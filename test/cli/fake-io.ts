/** A CliIo that records what a command writes, for tests. */
import type { CliIo } from "../../src/cli/io";

/** A CliIo whose streams are strings; not a terminal unless told. */
export interface FakeIo extends CliIo {
	/** Everything written to stdout. */
	out: () => string;
	/** Everything written to stderr. */
	err: () => string;
}

/** Builds a FakeIo working in `cwd`, in a US English locale unless `env` names another. */
export function fakeIo(cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}): FakeIo {
	let out = "";
	let err = "";
	return {
		stdout: { write: (text: string) => (out += text) },
		stderr: { write: (text: string) => (err += text) },
		isTTY: { stdout: options.tty ?? false, stderr: options.tty ?? false },
		// Pinned, so slashed dates read the same whatever the machine running the tests.
		env: { LANG: "en_US.UTF-8", ...options.env },
		cwd,
		out: () => out,
		err: () => err,
	};
}
