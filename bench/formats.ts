/**
 * `due --format ics` against `due --format json` on a large generated vault, as whole
 * processes: the built command line (dist/cli.cjs, so run `npm run build` first) under
 * `/usr/bin/time -v`, which reports wall time, CPU time (user + system, all threads) and
 * the peak resident memory. The calendar must stay within twice the JSON's time and
 * memory. Runs alternate between the two formats, so a busy neighbour slows both alike;
 * each figure is the median of the runs.
 *
 *   npx tsx bench/formats.ts [--notes 50000] [--runs 3] [--keep]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./stats";
import { BENCH_TODAY, writeVault } from "./vault";

/** One run's figures. */
interface Figures {
	wallS: number;
	cpuS: number;
	peakMB: number;
}

const FORMATS = ["json", "ics"] as const;

function option(name: string, fallback: number): number {
	const at = process.argv.indexOf(`--${name}`);
	const value = at === -1 ? fallback : Number(process.argv[at + 1]);
	if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number`);
	return value;
}

/** Reads `/usr/bin/time -v` output. */
function figuresOf(report: string): Figures {
	const field = (label: string): string => {
		const line = report.split("\n").find((l) => l.trim().startsWith(label));
		if (line === undefined) throw new Error(`no "${label}" in the time report`);
		return line.slice(line.lastIndexOf(": ") + 2).trim();
	};
	const wall = field("Elapsed (wall clock) time")
		.split(":")
		.reduce((total, part) => total * 60 + Number(part), 0);
	return {
		wallS: wall,
		cpuS: Number(field("User time (seconds)")) + Number(field("System time (seconds)")),
		peakMB: Number(field("Maximum resident set size (kbytes)")) / 1024,
	};
}

function runOnce(vault: string, format: string): Figures {
	const cli = join(import.meta.dirname, "..", "dist", "cli.cjs");
	const script = `/usr/bin/time -v node ${JSON.stringify(cli)} due ${JSON.stringify(vault)} --today ${BENCH_TODAY} --format ${format}`;
	// /usr/bin/time writes its report on stderr: the shell sends that here and the output away.
	return figuresOf(execFileSync("/bin/sh", ["-c", `${script} 2>&1 >/dev/null`], { encoding: "utf8", maxBuffer: 1 << 20 }));
}

function main(): void {
	const notes = option("notes", 50_000);
	const runs = option("runs", 3);
	if (!existsSync(join(import.meta.dirname, "..", "dist", "cli.cjs"))) throw new Error("run `npm run build` first");
	const root = mkdtempSync(join(tmpdir(), "ifu-formats-"));
	try {
		process.stderr.write(`writing a vault of ${notes} interview notes in ${root}…\n`);
		writeVault(root, notes);
		const results: Record<string, Figures[]> = { json: [], ics: [] };
		for (let run = 0; run < runs; run++) {
			for (const format of FORMATS) {
				const figures = runOnce(root, format);
				results[format]?.push(figures);
				process.stderr.write(
					`run ${run + 1} ${format}: ${figures.wallS.toFixed(2)} s wall, ${figures.cpuS.toFixed(2)} s CPU, ${figures.peakMB.toFixed(0)} MB\n`,
				);
			}
		}
		const summary = (format: string, key: keyof Figures): number => median((results[format] ?? []).map((f) => f[key]));
		const rows = (["wallS", "cpuS", "peakMB"] as const).map((key) => {
			const json = summary("json", key);
			const ics = summary("ics", key);
			return `| ${key} | ${json.toFixed(2)} | ${ics.toFixed(2)} | ${(ics / json).toFixed(2)} × |`;
		});
		process.stdout.write(
			[
				`${notes} interview notes, median of ${runs} runs`,
				"",
				"| figure | json | ics | ics / json |",
				"|---|---|---|---|",
				...rows,
				"",
			].join("\n"),
		);
	} finally {
		if (process.argv.includes("--keep")) process.stderr.write(`kept ${root}\n`);
		else rmSync(root, { recursive: true, force: true });
	}
}

main();
