/**
 * Reading files the user points at (settings, templates, notes) without ever waiting
 * forever or filling the memory: only regular files are read, each kind up to a size
 * limit, and every refusal comes with a reason a person can act on.
 *
 * A named pipe would block the first read until someone writes to it, and a link to
 * `/dev/zero` never ends. Files are opened without blocking and checked with fstat on
 * the open descriptor, so what is read is what was checked.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/** The largest settings file read: settings are a few kilobytes. */
export const SETTINGS_LIMIT = 1024 * 1024;
/** The largest template read: a template is a message of a few hundred words. */
export const TEMPLATE_LIMIT = 256 * 1024;
/**
 * The largest note read. A note holding a whole book is still well under this; anything
 * larger is a log, an export or an attachment named `.md`, and is reported, not read.
 */
export const NOTE_LIMIT = 16 * 1024 * 1024;

/** A file the reader refuses: not a regular file, or over its limit. Its message is the reason. */
export class FileRefused extends Error {
	override name = "FileRefused";

	/** `EISDIR` for a folder, `EFBIG` for a file over its limit, `ENOTREG` for anything else that is not a file. */
	constructor(
		message: string,
		readonly code: "EISDIR" | "EFBIG" | "ENOTREG",
	) {
		super(message);
	}
}

/** "1 MB", "256 KB": a limit as the messages write it. */
export function sizeText(bytes: number): string {
	if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
	if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
	return `${bytes} bytes`;
}

/** A file larger than `limit`. */
export function tooLarge(limit: number): FileRefused {
	return new FileRefused(`it is larger than ${sizeText(limit)}, the most this command reads`, "EFBIG");
}

/** What a file that is not a regular file is, in words. */
function kindOf(stats: Stats): string {
	if (stats.isDirectory()) return "a folder";
	if (stats.isFIFO()) return "a named pipe";
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
	if (stats.isSocket()) return "a socket";
	return "not a regular file";
}

/** Opens a file for reading without waiting on it (a named pipe would wait for a writer). */
export function openWithoutWaiting(path: string): number {
	// O_NONBLOCK is not defined on Windows, where named pipes are not files anyway.
	return openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
}

/**
 * The bytes of a regular file of at most `limit` bytes. Throws FileRefused for anything
 * else (a folder, a named pipe, a device, a file too large, or one that grows past the
 * limit while it is read), and the system's error when the file cannot be opened.
 */
export function readRegularFileSync(path: string, limit: number): Buffer {
	const fd = openWithoutWaiting(path);
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) throw new FileRefused(`it is ${kindOf(stats)}, not a file`, stats.isDirectory() ? "EISDIR" : "ENOTREG");
		if (stats.size > limit) throw tooLarge(limit);
		// Room for one byte more than the limit, to notice a file that grows while it is read.
		let buffer = Buffer.allocUnsafe(Math.min(limit + 1, stats.size + 4096));
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				if (length > limit) throw tooLarge(limit);
				const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
				buffer.copy(larger);
				buffer = larger;
			}
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) return buffer.subarray(0, length);
			length += read;
		}
	} finally {
		closeSync(fd);
	}
}

/** Why a file could not be read, in words: a FileRefused's reason, or the system error explained. */
export function whyUnreadable(error: unknown): string {
	if (error instanceof FileRefused) return error.message;
	const code = (error as NodeJS.ErrnoException | null)?.code;
	switch (code) {
		case "EACCES":
		case "EPERM":
			return "permission denied";
		case "ENOENT":
			return "it does not exist";
		case "ENOTDIR":
			return "a folder on its path is a file";
		case "EISDIR":
			return "it is a folder, not a file";
		case "ENAMETOOLONG":
			return "its path is longer than the system allows (4,096 bytes)";
		case "ELOOP":
			return "it is a link that leads back to itself";
		case "EIO":
			return "the disk reported an error (EIO)";
		case "ENXIO":
			return "it is a socket or a device that is not there";
		default:
			return `the system refused (${code ?? (error instanceof Error ? error.message : String(error))})`;
	}
}
