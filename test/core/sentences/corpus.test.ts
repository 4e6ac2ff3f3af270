/**
 * The corpus as a table-driven test: every row is read, precision and recall are printed
 * (for the rows the rules were tuned on, for the held-out rows, and for all), and the
 * test fails on any false date (a date where the row states none, or a wrong day or
 * kind) or when fewer than 90 % of the stated dates are found.
 */
import { describe, expect, it } from "vitest";
import { makeCalendar } from "../../../src/core/dates";
import { findStatedDates, type StatedDate } from "../../../src/core/sentences";
import { HELD_OUT_NEGATIVES, HELD_OUT_POSITIVES, NEGATIVES, POSITIVES, type CorpusRow } from "./corpus";

interface Result {
	row: CorpusRow;
	found: StatedDate[];
}

function read(row: CorpusRow): Result {
	const found = findStatedDates(row.text, {
		reference: row.reference,
		calendar: makeCalendar([0, 6], row.holidays ?? []),
		dateOrder: row.dateOrder ?? "MDY",
	});
	return { row, found };
}

function isRight(row: CorpusRow, date: StatedDate): boolean {
	return row.expected !== null && date.kind === row.expected.kind && date.day === row.expected.day;
}

function describeRow({ row, found }: Result): string {
	const got = found.map((f) => `${f.kind} ${f.day} from "${f.text}"`).join("; ") || "nothing";
	const wanted = row.expected ? `${row.expected.kind} ${row.expected.day}` : "nothing";
	return `${JSON.stringify(row.text)} (reference ${row.reference}): wanted ${wanted}, got ${got}`;
}

/** Counts and rates over some rows. */
function score(results: readonly Result[]) {
	const positives = results.filter(({ row }) => row.expected !== null);
	const found = positives.filter(({ row, found }) => found.some((f) => isRight(row, f)));
	const reported = results.flatMap(({ row, found }) => found.map((f) => isRight(row, f)));
	const wrong = results.filter(({ row, found }) => found.some((f) => !isRight(row, f)));
	return {
		rows: results.length,
		positives: positives.length,
		negatives: results.length - positives.length,
		found: found.length,
		reported: reported.length,
		right: reported.filter(Boolean).length,
		wrong,
		missed: positives.filter((r) => !found.includes(r)),
		recall: positives.length === 0 ? 1 : found.length / positives.length,
		precision: reported.length === 0 ? 1 : reported.filter(Boolean).length / reported.length,
	};
}

function report(name: string, s: ReturnType<typeof score>): string {
	const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
	return [
		`${name}: ${s.rows} rows (${s.positives} stating a date, ${s.negatives} stating none); ` +
			`found ${s.found}/${s.positives}, recall ${percent(s.recall)}; ` +
			`${s.right}/${s.reported} dates right, precision ${percent(s.precision)}.`,
		...s.missed.map((r) => `  missed: ${describeRow(r)}`),
		...s.wrong.map((r) => `  false: ${describeRow(r)}`),
	].join("\n");
}

describe("the sentence corpus", () => {
	const tuned = [...POSITIVES, ...NEGATIVES].map(read);
	const heldOut = [...HELD_OUT_POSITIVES, ...HELD_OUT_NEGATIVES].map(read);
	const all = score([...tuned, ...heldOut]);
	// The figures are this test's report, printed with every run.
	process.stdout.write(`${[report("Tuned on", score(tuned)), report("Held out", score(heldOut)), report("All", all)].join("\n")}\n`);

	it("holds at least 200 sentences, about half stating nothing", () => {
		expect(all.rows).toBeGreaterThanOrEqual(200);
		expect(all.negatives).toBeGreaterThanOrEqual(all.rows * 0.45);
		expect(all.positives).toBeGreaterThanOrEqual(all.rows * 0.45);
	});

	it("reports no false decision date or call-back day", () => {
		expect(all.wrong.map(describeRow)).toEqual([]);
	});

	it("finds at least 90 % of the stated dates", () => {
		expect(all.recall).toBeGreaterThanOrEqual(0.9);
	});

	it("gives the line of the sentence when the row names it", () => {
		for (const result of [...tuned, ...heldOut]) {
			const line = result.row.expected?.line;
			if (line === undefined) continue;
			expect(
				result.found.map((f) => f.line),
				describeRow(result),
			).toContain(line);
		}
	});
});
