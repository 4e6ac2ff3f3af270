/**
 * `npm run bench:pair`: is a change to the cold path faster or slower, measured so that
 * the machine's own noise falls on both sides alike.
 *
 *   npm run bench:pair                          HEAD against the working tree
 *   npm run bench:pair -- --base main~3         another base
 *   npm run bench:pair -- --base A --tree B     two commits, neither the working tree
 *   npm run bench:pair -- --iterations 41 --notes 2000 --json
 *   npm run bench:pair -- --base da1da7b --different   a base that reads notes differently
 *
 * Both trees are bundled with esbuild (the base from `git archive` into a temporary
 * folder) and loaded into this one process, each with its own module state. Every
 * iteration times the floor (bench/floor.ts) and both trees' `due` path
 * (`evaluateVaultFolder` over the bench vault, bench/vault.ts), base and tree in
 * alternating order, with a full collection before each. Each is timed in wall time and
 * in CPU time (`process.cpuUsage`: user and system time of every thread, the
 * collector's helpers included), which hides the time spent waiting for a core that
 * other work holds.
 *
 * The report gives each side's median and, the figure to judge a change by, the median
 * of the per-iteration differences (tree − base) with its quartiles and how many
 * iterations the tree was faster in. A difference whose quartiles straddle zero is noise.
 * Both trees must give the same evaluation, or the run stops (unless `--different`).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { evaluateVaultFolder } from "../src/cli/due-command";
import type { loadSettingsFor } from "../src/cli/config";
import { floorRead } from "./floor";
import { collectGarbage, flushWrites, median, percentile, round } from "./stats";
import { BENCH_TODAY, writeVault } from "./vault";

const root = fileURLToPath(new URL("..", import.meta.url));

interface Args {
	base: string;
	tree: string | null;
	iterations: number;
	notes: number;
	json: boolean;
	/** Time trees whose evaluations differ (a change of what is read, not only of speed). */
	different: boolean;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { base: "HEAD", tree: null, iterations: 31, notes: 10_000, json: false, different: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const text = (): string => {
			const value = argv[++i];
			if (value === undefined) throw new Error(`${arg} needs a value`);
			return value;
		};
		const count = (): number => {
			const n = Number(text());
			if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} needs a positive whole number`);
			return n;
		};
		if (arg === "--base") args.base = text();
		else if (arg === "--tree") args.tree = text();
		else if (arg === "--iterations") args.iterations = count();
		else if (arg === "--notes") args.notes = count();
		else if (arg === "--json") args.json = true;
		else if (arg === "--different") args.different = true;
		else if (arg === "-h" || arg === "--help") {
			process.stdout.write(
				"Usage: npm run bench:pair -- [--base REV] [--tree REV] [--iterations N] [--notes N] [--json] [--different]\n",
			);
			process.exit(0);
		} else throw new Error(`unknown option ${String(arg)}`);
	}
	return args;
}

function say(message: string): void {
	process.stderr.write(`bench:pair: ${message}\n`);
}

/** What a bundled tree offers: the CLI's own `due` path. */
interface TreeModule {
	evaluateVaultFolder: typeof evaluateVaultFolder;
	loadSettingsFor: typeof loadSettingsFor;
}

/** A git revision's sources, written out under `folder` (what a bundle of its CLI needs). */
function checkOut(rev: string, folder: string): string {
	mkdirSync(folder, { recursive: true });
	const archive = execFileSync("git", ["archive", "--format=tar", rev, "src", "package.json"], {
		cwd: root,
		maxBuffer: 256 * 1024 * 1024,
	});
	execFileSync("tar", ["-x", "-C", folder], { input: archive });
	return folder;
}

/** Bundles a tree's `due` path into one CommonJS file and loads it, with module state of its own. */
async function loadTree(treeRoot: string, outfile: string): Promise<TreeModule> {
	const entry = `${outfile}.entry.ts`;
	const from = (path: string): string => JSON.stringify(join(treeRoot, path));
	writeFileSync(
		entry,
		`export { evaluateVaultFolder } from ${from("src/cli/due-command")};\n` +
			`export { loadSettingsFor } from ${from("src/cli/config")};\n`,
	);
	await build({
		entryPoints: [entry],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		outfile,
		nodePaths: [join(root, "node_modules")], // a tree from git archive has none of its own
		logLevel: "silent",
	});
	return createRequire(import.meta.url)(outfile) as TreeModule;
}

/** One timed call: wall and CPU milliseconds. */
interface Sample {
	wall: number;
	cpu: number;
}

function timed(run: () => unknown): Sample {
	collectGarbage();
	const cpuStart = process.cpuUsage();
	const wallStart = performance.now();
	run();
	const wall = performance.now() - wallStart;
	const cpu = process.cpuUsage(cpuStart);
	return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Median, quartiles and count below zero of per-iteration differences. */
interface Difference {
	median: number;
	q1: number;
	q3: number;
	/** Iterations in which the tree took less time than the base. */
	faster: number;
}

function difference(tree: readonly number[], base: readonly number[]): Difference {
	const diffs = tree.map((t, i) => t - (base[i] as number));
	return {
		median: round(median(diffs), 1),
		q1: round(percentile(diffs, 25), 1),
		q3: round(percentile(diffs, 75), 1),
		faster: diffs.filter((d) => d < 0).length,
	};
}

/** The figures of one clock (wall or CPU). */
interface ClockReport {
	floor: number;
	base: number;
	tree: number;
	difference: Difference;
	baseRatio: number;
	treeRatio: number;
}

function clockReport(samples: { floor: Sample[]; base: Sample[]; tree: Sample[] }, clock: keyof Sample): ClockReport {
	const of = (list: Sample[]): number[] => list.map((s) => s[clock]);
	const floor = median(of(samples.floor));
	const base = median(of(samples.base));
	const tree = median(of(samples.tree));
	return {
		floor: round(floor, 1),
		base: round(base, 1),
		tree: round(tree, 1),
		difference: difference(of(samples.tree), of(samples.base)),
		baseRatio: round(base / floor, 3),
		treeRatio: round(tree / floor, 3),
	};
}

function describeClock(name: string, r: ClockReport, iterations: number): string {
	const d = r.difference;
	const percent = round((d.median / r.base) * 100, 1);
	return [
		`${name}: floor ${r.floor} ms, base ${r.base} ms (${r.baseRatio} ×), tree ${r.tree} ms (${r.treeRatio} ×)`,
		`  tree − base per iteration: median ${d.median} ms (${percent} %), quartiles ${d.q1} … ${d.q3} ms, tree faster in ${d.faster} of ${iterations}`,
	].join("\n");
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const work = mkdtempSync(join(tmpdir(), "ifu-pair-"));
	try {
		const baseCommit = execFileSync("git", ["rev-parse", "--short", args.base], { cwd: root, encoding: "utf8" }).trim();
		const treeCommit =
			args.tree === null ? null : execFileSync("git", ["rev-parse", "--short", args.tree], { cwd: root, encoding: "utf8" }).trim();
		say(`bundling base ${baseCommit} and ${treeCommit ?? "the working tree"}`);
		const base = await loadTree(checkOut(args.base, join(work, "base")), join(work, "base.cjs"));
		const tree = await loadTree(args.tree === null ? root : checkOut(args.tree, join(work, "tree")), join(work, "tree.cjs"));

		const vault = join(work, "vault");
		mkdirSync(vault);
		say(`writing ${args.notes} interview notes`);
		writeVault(vault, args.notes);
		flushWrites();

		const due = (module: TreeModule) => (): unknown =>
			module.evaluateVaultFolder(vault, module.loadSettingsFor(vault, null), BENCH_TODAY).evaluation;
		const runBase = due(base);
		const runTree = due(tree);
		// Warm-up, and the check that the change changed nothing a user sees.
		if (JSON.stringify(runBase()) !== JSON.stringify(runTree())) {
			if (!args.different) throw new Error("the two trees give different evaluations (--different times them anyway)");
			say("the two trees give different evaluations: timing them anyway (--different)");
		}
		floorRead(vault);
		runBase();
		runTree();

		const samples = { floor: [] as Sample[], base: [] as Sample[], tree: [] as Sample[] };
		for (let i = 0; i < args.iterations; i++) {
			samples.floor.push(timed(() => floorRead(vault)));
			if (i % 2 === 0) {
				samples.base.push(timed(runBase));
				samples.tree.push(timed(runTree));
			} else {
				samples.tree.push(timed(runTree));
				samples.base.push(timed(runBase));
			}
			if ((i + 1) % 10 === 0) say(`${i + 1} of ${args.iterations} iterations`);
		}
		const report = {
			base: baseCommit,
			tree: treeCommit ?? "working tree",
			notes: args.notes,
			iterations: args.iterations,
			cpu: clockReport(samples, "cpu"),
			wall: clockReport(samples, "wall"),
		};
		if (args.json) process.stdout.write(JSON.stringify(report) + "\n");
		else {
			process.stdout.write(
				[
					`base ${report.base} against ${report.tree}, ${args.notes} interview notes, ${args.iterations} iterations (medians)`,
					describeClock("CPU ", report.cpu, args.iterations),
					describeClock("wall", report.wall, args.iterations),
				].join("\n") + "\n",
			);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

await main();
