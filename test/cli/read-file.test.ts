import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileRefused, readRegularFileSync, whyUnreadable } from "../../src/cli/read-file";

const dir = mkdtempSync(join(tmpdir(), "ifu-read-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readRegularFileSync", () => {
	it("reads a file up to its limit, and refuses one byte more", () => {
		writeFileSync(join(dir, "a.txt"), "x".repeat(100));
		expect(readRegularFileSync(join(dir, "a.txt"), 100).toString()).toBe("x".repeat(100));
		expect(() => readRegularFileSync(join(dir, "a.txt"), 99)).toThrow(
			new FileRefused("it is larger than 99 bytes, the most this command reads", "EFBIG"),
		);
		writeFileSync(join(dir, "empty.txt"), "");
		expect(readRegularFileSync(join(dir, "empty.txt"), 10).length).toBe(0);
	});

	it("refuses a folder and a device, with codes the callers can tell apart", () => {
		expect(() => readRegularFileSync(dir, 10)).toThrow(
			expect.objectContaining({ code: "EISDIR", message: "it is a folder, not a file" }),
		);
		expect(() => readRegularFileSync("/dev/null", 10)).toThrow(
			expect.objectContaining({ code: "ENOTREG", message: "it is a device, not a file" }),
		);
	});
});

describe("whyUnreadable", () => {
	it("says in words what the system's error codes mean", () => {
		const error = (code: string) => Object.assign(new Error(code), { code });
		expect(whyUnreadable(error("EACCES"))).toBe("permission denied");
		expect(whyUnreadable(error("EPERM"))).toBe("permission denied");
		expect(whyUnreadable(error("ENAMETOOLONG"))).toBe("its path is longer than the system allows (4,096 bytes)");
		expect(whyUnreadable(error("ELOOP"))).toBe("it is a link that leads back to itself");
		expect(whyUnreadable(error("EIO"))).toBe("the disk reported an error (EIO)");
		expect(whyUnreadable(error("EWHATEVER"))).toBe("the system refused (EWHATEVER)");
	});
});
