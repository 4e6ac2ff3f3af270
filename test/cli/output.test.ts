// The command line's output: every byte written or a one-line error with a non-zero exit,
// never a stack trace; a reader that went away (`| head`) ends it quietly.
import { spawn } from "node:child_process";
import { existsSync, openSync, closeSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { descriptorSink, type WriteSync } from "../../src/cli/output";
import { builtCli } from "./built-cli";
import { fakeIo } from "./fake-io";

/** A write that takes at most `chunk` bytes at a time, then fails with `code` once `room` bytes are in. */
function device(room: number, code: string, chunk = 7): { write: WriteSync; written: () => string } {
	const out: number[] = [];
	const write: WriteSync = (_fd, buffer, offset, length) => {
		if (out.length >= room) throw Object.assign(new Error(code), { code });
		const n = Math.min(length, chunk, room - out.length);
		out.push(...buffer.subarray(offset, offset + n));
		return n;
	};
	return { write, written: () => Buffer.from(out).toString("utf8") };
}

describe("the output", () => {
	it("writes every byte even when the system takes a few at a time", () => {
		const disk = device(1_000, "ENOSPC");
		descriptorSink(1, disk.write).write("Interview follow-ups — Zoë\n");
		expect(disk.written()).toBe("Interview follow-ups — Zoë\n");
	});

	it("waits when the descriptor is not ready, as a blocking write would", () => {
		let busy = 3;
		let text = "";
		const write: WriteSync = (_fd, buffer, offset, length) => {
			if (busy-- > 0) throw Object.assign(new Error("EAGAIN"), { code: "EAGAIN" });
			text += Buffer.from(buffer.subarray(offset, offset + length)).toString();
			return length;
		};
		descriptorSink(1, write).write("all of it");
		expect(text).toBe("all of it");
	});

	it("a full disk is a one-line error and exit status 1, not exit 0 with part of the file", async () => {
		const io = fakeIo(process.cwd());
		const disk = device(300, "ENOSPC");
		const status = await run(["due", "examples/vault", "--today", "2026-11-23", "--format", "ics"], {
			...io,
			stdout: descriptorSink(1, disk.write),
		});
		expect(status).toBe(1);
		expect(disk.written().length).toBe(300);
		expect(io.err()).toBe(
			"interview-followups: the output could not be written (ENOSPC: no space left on the device); what was written is incomplete\n",
		);
	});

	it("a closed descriptor is reported the same way", async () => {
		const io = fakeIo(process.cwd());
		const status = await run(["--version"], { ...io, stdout: descriptorSink(1, device(0, "EBADF").write) });
		expect([status, io.err()]).toEqual([
			1,
			"interview-followups: the output could not be written (EBADF: the output is closed); what was written is incomplete\n",
		]);
	});

	it("a reader that went away (`| head`) ends the command quietly with status 0", async () => {
		const io = fakeIo(process.cwd());
		const status = await run(["due", "examples/vault", "--today", "2026-11-23"], {
			...io,
			stdout: descriptorSink(1, device(20, "EPIPE").write),
		});
		expect([status, io.err()]).toEqual([0, ""]);
	});

	it.runIf(existsSync("/dev/full"))("`> /dev/full` prints one line and exits 1, without a stack trace", async () => {
		const cli = await builtCli();
		const full = openSync("/dev/full", "w");
		const result = await new Promise<{ status: number | null; err: string }>((resolve, reject) => {
			const child = spawn(process.execPath, [cli, "due", "examples/vault", "--today", "2026-11-23", "--format", "ics"], {
				stdio: ["ignore", full, "pipe"],
			});
			let err = "";
			child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
			child.on("error", reject);
			child.on("close", (status) => resolve({ status, err }));
		});
		closeSync(full);
		expect(result).toEqual({
			status: 1,
			err: "interview-followups: the output could not be written (ENOSPC: no space left on the device); what was written is incomplete\n",
		});
	});
});
