/**
 * The real standard output and error, written so that nothing is lost silently: each
 * write goes to the file descriptor at once, in full (a write the system takes only in
 * part is continued), and a failure (a full disk, `> /dev/full`, a closed descriptor)
 * stops the command with OutputFailed, which the dispatcher reports in one line with a
 * non-zero exit. A reader that went away (`| head`) ends the output quietly, as usual
 * for command-line tools.
 */
import { writeSync } from "node:fs";
import type { TextSink } from "./io";

/** The output could not be written; `code` is the system's error code (ENOSPC, EBADF, …). */
export class OutputFailed extends Error {
	override name = "OutputFailed";
	constructor(readonly code: string) {
		super(`the output could not be written (${code})`);
	}
}

/** The reader of the output went away (EPIPE): stop writing, it is not an error. */
export class OutputClosed extends Error {
	override name = "OutputClosed";
}

/** What writeSync does; tests pass their own. */
export type WriteSync = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

const pause = new Int32Array(new SharedArrayBuffer(4));

/** A sink that writes everything to `fd` before returning, or throws OutputFailed / OutputClosed. */
export function descriptorSink(fd: number, write: WriteSync = writeSync): TextSink {
	return {
		write(text: string): boolean {
			const bytes = Buffer.from(text, "utf8");
			let done = 0;
			let stalls = 0;
			while (done < bytes.length) {
				let n: number;
				try {
					n = write(fd, bytes, done, bytes.length - done);
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code ?? "EIO";
					if (code === "EPIPE") throw new OutputClosed("the reader of the output went away");
					// A descriptor left non-blocking by whoever started us: wait for the reader, as a blocking write would.
					if (code === "EAGAIN") {
						Atomics.wait(pause, 0, 0, 1);
						continue;
					}
					throw new OutputFailed(code);
				}
				if (n > 0) {
					done += n;
					stalls = 0;
				} else if (++stalls > 100) throw new OutputFailed("EIO");
			}
			return true;
		},
	};
}

/** A sink for messages: a message that cannot be written has nowhere else to go, so it is dropped. */
export function messageSink(fd: number, write: WriteSync = writeSync): TextSink {
	const sink = descriptorSink(fd, write);
	return {
		write(text: string): boolean {
			try {
				sink.write(text);
				return true;
			} catch {
				return false;
			}
		},
	};
}
