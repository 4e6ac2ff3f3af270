/** Small timing helpers: medians, not means, because the machine is shared. */
import { execFileSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** Milliseconds a synchronous call takes. */
export function timeSync(run: () => unknown): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

/** Rounds to a number of decimals (for the JSON output). */
export function round(value: number, decimals = 2): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}

// The flag must be set before the first use of gc.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** A full garbage collection, so that one timed run does not pay for the garbage of the one before. */
export function collectGarbage(): void {
	gc();
}

/**
 * Asks the system to write a new vault out now. Otherwise the kernel writes it back
 * during the first timed runs (Linux waits up to 30 s), on the same cores the runs use.
 * Where there is no `sync` command, nothing is done.
 */
export function flushWrites(): void {
	try {
		execFileSync("sync", { stdio: "ignore" });
	} catch {
		// not on this system: the timings may then include some of that writing
	}
}
