/**
 * The command line bundled once per test file, for tests that need real processes
 * (two writers at once, another user): esbuild builds src/cli/main.ts as `npm run build`
 * does, into a temp folder, and `runCli` spawns it.
 */
import { spawn, type SpawnOptions } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

let built: Promise<string> | null = null;

/** The path of the bundled command line (built on first use). */
export function builtCli(): Promise<string> {
	built ??= (async () => {
		const folder = mkdtempSync(join(tmpdir(), "ifu-cli-"));
		chmodSync(folder, 0o755); // another user may run it (the owner test)
		const outfile = join(folder, "cli.cjs");
		await build({
			entryPoints: ["src/cli/main.ts"],
			bundle: true,
			format: "cjs",
			platform: "node",
			target: "node20",
			outfile,
			logLevel: "silent",
		});
		return outfile;
	})();
	return built;
}

/** What a finished process left. */
export interface CliRun {
	/** Exit status (null when killed by a signal). */
	status: number | null;
	/** Its standard output. */
	out: string;
	/** Its standard error. */
	err: string;
}

/** Runs the bundled command line with these arguments. */
export async function runCli(args: string[], options: SpawnOptions = {}): Promise<CliRun> {
	const cli = await builtCli();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, ...args], { ...options, stdio: ["ignore", "pipe", "pipe"] });
		let out = "";
		let err = "";
		child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
		child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
		child.on("error", reject);
		child.on("close", (status) => resolve({ status, out, err }));
	});
}
