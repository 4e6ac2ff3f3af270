/**
 * Running the tool on a fixture vault, the way a user would: `due <vault> --format json
 * --today D`, with no settings (the vault has none), with the hand-written settings
 * (`--config expected-settings.json`), and, when the build has a `setup` command, on a
 * copy of the vault after `setup <copy> --write`. The command line runs in this process
 * from the sources (the default) or as a child process from a built file (`--cli`).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { VaultFixture } from "./fixtures";
import type { ListedFollowUp } from "./score";

/** What one command run printed. */
export interface CommandOutput {
	status: number;
	stdout: string;
	stderr: string;
}

/** Runs the command line with these arguments (no program name), in folder `cwd`. */
export type CliRunner = (argv: string[], cwd: string) => Promise<CommandOutput>;

/**
 * The environment of every run: no colours, and a month-first locale, so that a vault
 * whose settings leave `dateOrder` to the locale scores the same on every machine.
 */
const SCORE_ENV = { NO_COLOR: "1", LANG: "en_US.UTF-8", LC_ALL: "", LC_TIME: "" };

/** The command line of this checkout, run in this process (no build needed; loaded on first use). */
export const sourceCli: CliRunner = async (argv, cwd) => {
	const { run: runFromSources } = await import("../../src/cli/commands");
	let stdout = "";
	let stderr = "";
	const status = await runFromSources(argv, {
		stdout: { write: (text: string) => (stdout += text) },
		stderr: { write: (text: string) => (stderr += text) },
		isTTY: { stdout: false, stderr: false },
		env: SCORE_ENV,
		cwd,
	});
	return { status, stdout, stderr };
};

/** A built command line (e.g. dist/cli.cjs of any checkout), run with this Node. */
export function builtCli(file: string): CliRunner {
	return (argv, cwd) => {
		const child = spawnSync(process.execPath, [file, ...argv], { cwd, encoding: "utf8", env: { ...process.env, ...SCORE_ENV } });
		const status = child.status ?? 1;
		const stderr = child.error ? `${child.error.message}\n${child.stderr}` : child.stderr;
		return Promise.resolve({ status, stdout: child.stdout, stderr });
	};
}

/** The ways the scorecard runs the tool on a vault. */
export type RunName = "default" | "settings" | "setup";

/** What a run listed, or why it listed nothing. */
export interface RunResult {
	/** The follow-ups listed; null when the run failed or was not possible. */
	listed: ListedFollowUp[] | null;
	/** Why there is no list (the tool's message, or "not available"). */
	error: string | null;
}

function firstLine(text: string): string {
	return text.trim().split("\n")[0] ?? "";
}

function parseDue(output: CommandOutput, today: string): RunResult {
	if (output.status !== 0) return { listed: null, error: firstLine(output.stderr) || `exit status ${output.status}` };
	let parsed: unknown;
	try {
		parsed = JSON.parse(output.stdout);
	} catch {
		return { listed: null, error: `the output is not JSON: ${firstLine(output.stdout)}` };
	}
	const result = parsed as { today?: unknown; followUps?: unknown };
	if (result.today !== today) return { listed: null, error: `the tool evaluated ${String(result.today)}, not ${today}` };
	if (!Array.isArray(result.followUps)) return { listed: null, error: "the output has no followUps list" };
	const listed = (result.followUps as Record<string, unknown>[]).map((item) => ({
		note: String(item.note),
		kind: String(item.kind),
		to: typeof item.to === "string" ? item.to : null,
		due: String(item.due),
		...(typeof item.windowEnd === "string" ? { windowEnd: item.windowEnd } : {}),
		...(typeof item.reason === "string" ? { reason: item.reason } : {}),
	}));
	return { listed, error: null };
}

/** Whether this command line has a `setup` command. */
export async function hasSetup(cli: CliRunner): Promise<boolean> {
	return (await cli(["setup", "--help"], process.cwd())).status === 0;
}

/** Runs `due` on the fixture's vault in one of the ways. */
export async function runVault(cli: CliRunner, fixture: VaultFixture, how: RunName, setupAvailable: boolean): Promise<RunResult> {
	const due = (vault: string, extra: string[]) =>
		cli(["due", vault, "--format", "json", "--today", fixture.today, ...extra], fixture.folder);
	if (how === "default") return parseDue(await due(fixture.vault, []), fixture.today);
	if (how === "settings") {
		if (fixture.settingsFile === null) return { listed: null, error: "no expected-settings.json" };
		return parseDue(await due(fixture.vault, ["--config", fixture.settingsFile]), fixture.today);
	}
	if (!setupAvailable) return { listed: null, error: "not available (this command line has no setup command)" };
	// setup --write changes the vault, so it runs on a copy.
	const copy = mkdtempSync(join(tmpdir(), `scorecard-${fixture.name}-`));
	try {
		cpSync(fixture.vault, copy, { recursive: true });
		const setup = await cli(["setup", copy, "--write"], fixture.folder);
		if (setup.status !== 0) return { listed: null, error: `setup failed: ${firstLine(setup.stderr) || `exit status ${setup.status}`}` };
		return parseDue(await due(copy, []), fixture.today);
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}
