/**
 * Writing a note on disk without losing anything: what `log` and `draft --write` use.
 *
 *  - **Our own writers** take turns: a lock file beside the note (`.ifu-<hash>.lock`,
 *    made with O_EXCL) is held from reading the note to replacing it. A lock left by a
 *    process that died (or older than LOCK_STALE_MS) is broken safely.
 *  - **Other programs** (an editor, a sync client): the edit is planned on the text as
 *    read, and the file is read again and compared just before it is replaced; when it
 *    changed, the edit is planned again on the new text, up to ATTEMPTS times, and then
 *    refused. A write landing between that last comparison and the replace (a window of
 *    microseconds) can still be lost: no file system offers a compare-and-replace.
 *  - **Files as they are**: a symbolic link is written through to its target (the link
 *    stays a link); the mode and the owner are kept; a note with several hard links, or
 *    whose owner cannot be given to a new file, is written in place (the changed part
 *    only, then flushed) because a rename would split the links or change the owner;
 *    every other note is replaced whole, in one rename, by a temp file beside it.
 *  - Temp files have short names of their own (`.ifu-<pid>-<random>.tmp`), so a note
 *    whose name is as long as the file system allows can be written. A temp file left by
 *    a process that was killed is removed by the next write in that folder.
 */
import { createHash, randomBytes } from "node:crypto";
import { closeSync, constants, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, writeSync, type Stats } from "node:fs";
import { access, link, open, readFile, readdir, realpath, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import type { TextEdit } from "../core/markdown/frontmatter-text";

/** How many times the edit is planned again when the note keeps changing under it. */
export const ATTEMPTS = 5;
/** A lock older than this is taken to be left over (our writes take milliseconds). */
export const LOCK_STALE_MS = 30_000;
/** How long to wait for another of our processes to finish writing the same note. */
export const LOCK_WAIT_MS = 10_000;
/** A temp file of ours older than this, whose process is gone, is removed. */
export const TEMP_STALE_MS = 60_000;

/** Why a note was not written; the message is one line for the user, ending "nothing was written". */
export class NoteWriteRefused extends Error {
	override name = "NoteWriteRefused";
}

/** What a write did. */
export type WriteOutcome = "written" | "unchanged";

/** For tests: a hook run just before the note is compared and replaced, and how long to wait for the lock. */
export interface WriteHooks {
	/** Runs after the new text is ready and before the last comparison. */
	beforeReplace?: () => Promise<void> | void;
	/** How long to wait for another writer's lock (default LOCK_WAIT_MS). */
	lockWaitMs?: number;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException | null)?.code ?? String(error);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (min: number, max: number): number => min + Math.floor(Math.random() * (max - min));
const HOST = hostname();

/** True when a process with this id runs on this machine (or cannot be asked). */
function isRunning(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return codeOf(error) === "EPERM";
	}
}

/** The note's text, exactly (a BOM kept), or a refusal when it is not UTF-8. */
function decode(bytes: Uint8Array, shown: string): string {
	try {
		return UTF8.decode(bytes);
	} catch {
		throw new NoteWriteRefused(`${shown} is not UTF-8 text; nothing was written`);
	}
}

/** The lock file of a note: beside it, named by a hash of its name (any note name fits). */
export function lockPathFor(target: string): string {
	return join(dirname(target), `.ifu-${createHash("sha256").update(basename(target)).digest("hex").slice(0, 16)}.lock`);
}

/** A lock held on one note by this process. */
class NoteLock {
	private constructor(
		readonly path: string,
		private readonly token: string,
	) {}

	/** Takes the lock for `target`, waiting for another of our writers, breaking a stale lock. */
	static async take(target: string, shown: string, waitMs = LOCK_WAIT_MS): Promise<NoteLock> {
		const path = lockPathFor(target);
		const token = `${process.pid} ${HOST} ${Date.now()} ${randomBytes(6).toString("hex")}`;
		const deadline = Date.now() + waitMs;
		for (;;) {
			let handle: FileHandle | null = null;
			try {
				handle = await open(path, "wx", 0o644);
				await handle.writeFile(token);
				return new NoteLock(path, token);
			} catch (error) {
				if (codeOf(error) !== "EEXIST") {
					throw new NoteWriteRefused(
						`${shown} could not be locked for writing (${codeOf(error)} on ${basename(path)}); nothing was written`,
					);
				}
			} finally {
				await handle?.close();
			}
			if (await NoteLock.breakIfStale(path)) continue;
			if (Date.now() > deadline) {
				throw new NoteWriteRefused(
					`${shown} is being written by another interview-followups process; nothing was written, try again`,
				);
			}
			await sleep(jitter(5, 25));
		}
	}

	/** Removes the lock at `path` when its owner is gone; true when it did (or the lock vanished). */
	private static async breakIfStale(path: string): Promise<boolean> {
		let info;
		let content;
		try {
			info = await stat(path);
			content = await readFile(path, "utf8");
		} catch (error) {
			return codeOf(error) === "ENOENT";
		}
		const [pid, host] = content.split(" ");
		const age = Date.now() - info.mtimeMs;
		// An empty lock is being written now, or was when its process stopped: give it two seconds.
		const stale = content === "" ? age > 2_000 : age > LOCK_STALE_MS || (host === HOST && !isRunning(Number(pid)));
		if (!stale) return false;
		// Moved aside first, so that a fresh lock taken meanwhile by another process is not deleted by mistake.
		const aside = `${path}.${randomBytes(6).toString("hex")}.stale`;
		try {
			await rename(path, aside);
		} catch (error) {
			return codeOf(error) === "ENOENT";
		}
		const moved = await stat(aside).catch(() => null);
		if (moved && moved.ino !== info.ino) await link(aside, path).catch(() => undefined);
		await unlink(aside).catch(() => undefined);
		return true;
	}

	/** True while the lock file is still this one (nobody broke it). */
	async held(): Promise<boolean> {
		return (await readFile(this.path, "utf8").catch(() => "")) === this.token;
	}

	/** Lets go of the lock, if it is still ours. */
	async release(): Promise<void> {
		if (await this.held()) await unlink(this.path).catch(() => undefined);
	}
}

/** Removes temp files and moved-aside locks of ours in `folder` whose process is gone. */
async function removeLeftovers(folder: string): Promise<void> {
	let names: string[];
	try {
		names = await readdir(folder);
	} catch {
		return;
	}
	for (const name of names) {
		const m = /^\.ifu-(?:(\d+)-[0-9a-f]+\.tmp|[0-9a-f]+\.lock\.[0-9a-f]+\.stale)$/.exec(name);
		if (!m) continue;
		const path = join(folder, name);
		const info = await stat(path).catch(() => null);
		if (!info) continue;
		const age = Date.now() - info.mtimeMs;
		const mine = m[1] !== undefined && Number(m[1]) === process.pid;
		if (mine) continue;
		if (age > TEMP_STALE_MS && (m[1] === undefined || !isRunning(Number(m[1])) || age > 60 * TEMP_STALE_MS)) {
			await unlink(path).catch(() => undefined);
		}
	}
}

/** The offset of the first byte where two byte strings differ. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i < n && a[i] === b[i]) i++;
	return i;
}

/** Writes all of `bytes` at `position` (a write may take fewer bytes than asked). */
async function writeAll(handle: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
	let done = 0;
	while (done < bytes.length) {
		const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
		if (bytesWritten <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
		done += bytesWritten;
	}
}

/**
 * Plans an edit on the note's current text and writes it (see the module comment).
 * `plan` may run several times (once per attempt) and must not have side effects it
 * cannot repeat. Throws NoteWriteRefused, with a one-line reason, when nothing was
 * written because of the note, the folder or another writer.
 */
export async function writeNoteFile(
	notePath: string,
	shown: string,
	plan: (text: string) => TextEdit,
	hooks: WriteHooks = {},
): Promise<WriteOutcome> {
	let target: string;
	try {
		target = await realpath(notePath);
	} catch (error) {
		throw new NoteWriteRefused(`${shown} could not be found (${codeOf(error)}); nothing was written`);
	}
	const info = await stat(target);
	if (!info.isFile()) throw new NoteWriteRefused(`${shown} is not a regular file; nothing was written`);
	const writable =
		(info.mode & 0o222) !== 0 &&
		(await access(target, constants.W_OK).then(
			() => true,
			() => false,
		));
	// A rename would replace a read-only note all the same (the folder decides), but the user made it read-only to keep it as it is.
	if (!writable) throw new NoteWriteRefused(`${shown} is read-only; nothing was written`);

	const folder = dirname(target);
	let lock = await NoteLock.take(target, shown, hooks.lockWaitMs);
	try {
		await removeLeftovers(folder);
		for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
			if (attempt > 1) await sleep(jitter(10, 50));
			// Held so long that another process took it as left over: take it again.
			if (!(await lock.held())) lock = await NoteLock.take(target, shown, hooks.lockWaitMs);
			const before = await readFile(target);
			const edit = plan(decode(before, shown));
			if (!edit.ok) throw new NoteWriteRefused(`${shown}: ${edit.message}`);
			if (edit.splices.length === 0) return "unchanged";
			const after = Buffer.from(edit.text, "utf8");
			const current = await stat(target);
			const done =
				current.nlink > 1
					? await replaceInPlace(target, before, after, lock, hooks)
					: await replaceByRename(target, folder, current, before, after, lock, hooks);
			if (done) return "written";
		}
		throw new NoteWriteRefused(`${shown} kept changing while it was being written (${ATTEMPTS} tries); nothing was written, try again`);
	} catch (error) {
		if (error instanceof NoteWriteRefused) throw error;
		throw new NoteWriteRefused(`${shown} could not be written (${codeOf(error)}); it was left as it was`);
	} finally {
		await lock.release();
	}
}

/**
 * Replaces the note by a temp file with its mode and owner, after checking that the
 * note still holds `before`. False when it changed (or our lock was broken): try again.
 */
async function replaceByRename(
	target: string,
	folder: string,
	info: Stats,
	before: Buffer,
	after: Buffer,
	lock: NoteLock,
	hooks: WriteHooks,
): Promise<boolean> {
	const temp = join(folder, `.ifu-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
	const mode = info.mode & 0o7777;
	let handle: FileHandle | null = await open(temp, "wx", mode);
	let renamed = false;
	try {
		await writeAll(handle, after, 0);
		await handle.chmod(mode);
		const made = await handle.stat();
		if (made.uid !== info.uid || made.gid !== info.gid) {
			const owned = await handle.chown(info.uid, info.gid).then(
				() => true,
				() => false,
			);
			// This process cannot give a new file the note's owner (it is not root): keep the file, write into it.
			if (!owned) {
				await handle.close();
				handle = null;
				await unlink(temp).catch(() => undefined);
				return replaceInPlace(target, before, after, lock, hooks);
			}
		}
		await handle.sync();
		await handle.close();
		handle = null;
		await hooks.beforeReplace?.();
		if (!(await lock.held())) return false;
		// The last comparison and the rename run back to back, without yielding, to keep the window where another program's save could be lost as small as it can be.
		if (!readFileSync(target).equals(before)) return false;
		renameSync(temp, target);
		renamed = true;
		return true;
	} finally {
		await handle?.close();
		if (!renamed) await unlink(temp).catch(() => undefined);
	}
}

/**
 * Writes into the note itself, from the first changed byte, then flushes it: hard links
 * and the owner stay. False when the note no longer holds `before`: try again.
 */
async function replaceInPlace(target: string, before: Buffer, after: Buffer, lock: NoteLock, hooks: WriteHooks): Promise<boolean> {
	await hooks.beforeReplace?.();
	if (!(await lock.held())) return false;
	// Compared and written back to back, without yielding (see replaceByRename).
	const fd = openSync(target, "r+");
	try {
		if (!readFileSync(fd).equals(before)) return false;
		const from = firstDifference(before, after);
		let done = from;
		while (done < after.length) {
			const n = writeSync(fd, after, done, after.length - done, done);
			if (n <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
			done += n;
		}
		if (after.length < before.length) ftruncateSync(fd, after.length);
		fsyncSync(fd);
		return true;
	} finally {
		closeSync(fd);
	}
}
