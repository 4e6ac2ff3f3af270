/**
 * Temporary vaults on disk and the real CLI run over them, for the hardening tests.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { run } from "../../src/cli/commands";
import type { Diagnostic, FollowUp } from "../../src/core/model";
import { fakeIo } from "../cli/fake-io";

/** Every temporary folder made here; `removeVaults` deletes them. */
const made: string[] = [];

/** Writes the files (vault-relative path → text or bytes) into a fresh temporary vault. */
export function makeVault(files: Record<string, string | Uint8Array>): string {
	const root = mkdtempSync(join(tmpdir(), "ifu-hardening-"));
	made.push(root);
	for (const [path, content] of Object.entries(files)) {
		const absolute = join(root, path);
		mkdirSync(dirname(absolute), { recursive: true });
		writeFileSync(absolute, content);
	}
	return root;
}

/** Deletes every vault made so far. */
export function removeVaults(): void {
	for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Every file under a folder with its bytes, to prove a run changed nothing. */
export function snapshot(root: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else out.set(relative(root, path), readFileSync(path).toString("base64"));
		}
	};
	if (existsSync(root)) walk(root);
	return out;
}

/** What `due --format json` printed, parsed. */
export interface DueJson {
	today: string;
	followUps: FollowUp[];
	diagnostics: Diagnostic[];
}

/** The outcome of one CLI run. */
export interface CliRun {
	code: number;
	out: string;
	err: string;
}

/** Runs the command line as main.ts would, in `cwd`. */
export async function cli(argv: string[], cwd = tmpdir()): Promise<CliRun> {
	const io = fakeIo(cwd);
	const code = await run(argv, io);
	return { code, out: io.out(), err: io.err() };
}

/** `due <vault> --today 2026-11-23 --format json`, parsed; fails when the run did not exit 0. */
export async function dueJson(vault: string, today = "2026-11-23"): Promise<DueJson & { err: string }> {
	const result = await cli(["due", vault, "--today", today, "--format", "json"]);
	if (result.code !== 0) throw new Error(`due exited ${result.code}: ${result.err}`);
	return { ...(JSON.parse(result.out) as DueJson), err: result.err };
}

/** `due <vault> --today 2026-11-23` as the table; fails when the run did not exit 0. */
export async function dueTable(vault: string, today = "2026-11-23"): Promise<string> {
	const result = await cli(["due", vault, "--today", today, "--format", "table"]);
	if (result.code !== 0) throw new Error(`due exited ${result.code}: ${result.err}`);
	return result.out;
}

/** The diagnostic codes reported for one note. */
export function codesFor(json: DueJson, note: string): string[] {
	return json.diagnostics.filter((d) => d.note === note).map((d) => d.code);
}
