/**
 * `npm run bench -- --breakdown`: where the cold time goes, stage by stage, and how it
 * compares with a floor of our own.
 *
 * - `safeReadMs`: the floor's work done with the CLI's own reader (readNoteFileSync:
 *   UTF-8 check, fences, gray-matter made safe, its YAML engine: readCommonYaml for the
 *   common shape, else js-yaml with the CORE schema), results dropped at once. What `due`
 *   spends reading, given how issue 2 says it must read.
 * - then the pipeline's stages as `evaluateVaultFolder` runs them: `listMs` (listing the
 *   files, VaultPass, and the link index over their paths), `readMs` (the pass: each file
 *   read and turned into an interview note, person notes read when first linked) and
 *   `rulesMs` (evaluateNotes: rules, adjustments, sorting).
 *
 * Each stage's time includes the garbage collection that happened during it, also given
 * apart (`gc` per stage, from the runtime's own GC performance entries). The floor is
 * measured again in the same runs, so the multiples compare figures taken side by side.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { calendarFor } from "../src/app/calendar";
import { vaultReading } from "../src/app/evaluate";
import { dateHolidays } from "../src/app/holidays";
import { createPathLinkResolver } from "../src/app/link-index";
import { loadSettingsFor } from "../src/cli/config";
import { readNoteFileSync } from "../src/cli/read-note-file";
import { listMarkdownFiles, VaultPass } from "../src/cli/scan-vault";
import type { InterviewNote } from "../src/core/model";
import { evaluateNotes } from "../src/core/rules";
import { floorRead } from "./floor";
import { median, round } from "./stats";
import { BENCH_TODAY } from "./vault";

/** Medians of each stage, in milliseconds, with the GC time inside it. */
export interface Breakdown {
	floorMs: number;
	safeReadMs: number;
	listMs: number;
	readMs: number;
	rulesMs: number;
	gcMs: { list: number; read: number; rules: number };
}

let gcTotal = 0;
const observer = new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) gcTotal += entry.duration;
});

/** Lets queued GC entries reach the observer. */
function settle(): Promise<void> {
	return new Promise((done) => setTimeout(done, 0));
}

/** Times one stage and the GC inside it. */
async function stage<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number; gcMs: number }> {
	await settle();
	const gcBefore = gcTotal;
	const start = performance.now();
	const value = await run();
	const ms = performance.now() - start;
	await settle();
	return { value, ms, gcMs: gcTotal - gcBefore };
}

/** The stages, `runs` times after one warm-up, each run after a full collection. */
export async function coldBreakdown(vault: string, runs: number, gc: () => void): Promise<Breakdown> {
	observer.observe({ entryTypes: ["gc"] });
	try {
		const samples: Record<string, number[]> = {};
		const add = (key: string, value: number): void => {
			(samples[key] ??= []).push(value);
		};
		for (let i = 0; i <= runs; i++) {
			const keep = i > 0;
			gc();
			const floor = await stage(() => floorRead(vault));
			gc();
			const files = listMarkdownFiles(vault);
			const safe = await stage(() => {
				let maps = 0;
				for (const file of files) if (readNoteFileSync(file.absolutePath, file.path).frontmatter !== null) maps += 1;
				return maps;
			});
			gc();
			const settings = loadSettingsFor(vault, null);
			const list = await stage(() => {
				const pass = new VaultPass(vault, { settings });
				return { pass, resolve: createPathLinkResolver(pass.paths(), (index) => pass.frontmatterAt(index)) };
			});
			const calendar = calendarFor(settings, BENCH_TODAY, dateHolidays);
			const read = await stage(() => {
				const notes: InterviewNote[] = [];
				const reading = vaultReading(settings, BENCH_TODAY);
				for (const source of list.value.pass.notes()) {
					const note = reading.read(source, list.value.resolve, calendar).note;
					if (note) notes.push(note);
				}
				return notes;
			});
			const rules = await stage(() => evaluateNotes(read.value, { settings, calendar, today: BENCH_TODAY }));
			if (!keep) continue;
			add("floorMs", floor.ms);
			add("safeReadMs", safe.ms);
			add("listMs", list.ms);
			add("readMs", read.ms);
			add("rulesMs", rules.ms);
			add("gc.list", list.gcMs);
			add("gc.read", read.gcMs);
			add("gc.rules", rules.gcMs);
		}
		const m = (key: string): number => round(median(samples[key] ?? []), 1);
		return {
			floorMs: m("floorMs"),
			safeReadMs: m("safeReadMs"),
			listMs: m("listMs"),
			readMs: m("readMs"),
			rulesMs: m("rulesMs"),
			gcMs: { list: m("gc.list"), read: m("gc.read"), rules: m("gc.rules") },
		};
	} finally {
		observer.disconnect();
	}
}

/** The breakdown as lines of the table, against the floor measured in the same runs. */
export function breakdownLines(b: Breakdown): string[] {
	const x = (ms: number): string => `${round(ms / b.floorMs, 2)} × floor`;
	const stages = b.listMs + b.readMs + b.rulesMs;
	return [
		"Where the cold time goes (--breakdown, medians; GC inside each stage in brackets):",
		`  floor                  ${b.floorMs} ms  (measured again beside the stages)`,
		`  safe read, dropped     ${b.safeReadMs} ms  (${x(b.safeReadMs)}: the floor's work through gray-matter made safe and its YAML engine)`,
		`  list and link index    ${b.listMs} ms  [gc ${b.gcMs.list}]`,
		`  read notes             ${b.readMs} ms  [gc ${b.gcMs.read}]  (files read, safe read, people linked, notes built, bodies and sentences read as due does)`,
		`  rules and sort         ${b.rulesMs} ms  [gc ${b.gcMs.rules}]`,
		`  stages together        ${round(stages, 1)} ms  (${x(stages)})`,
	];
}
