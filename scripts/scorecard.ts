// The scorecard: runs `due` on each vault of test/fixtures/other-vaults (vaults in the
// shapes of public job-search templates) and judges each follow-up against what a careful
// job seeker expects: right, near (due a day or two off), missing, wrong, and wrong ones
// that a must-not-list item names (traps). It builds nothing. See
// test/fixtures/other-vaults/README.md for the fixtures and how matching works.
//
//   npm run scorecard [-- options]
//     --json            one JSON object on stdout, nothing else
//     --brief           one line per vault and run, no item lines
//     --vault NAME      only this vault (repeat, or comma-separate)
//     --runs LIST       default,settings,setup (all by default)
//     --cli FILE        run a built command line (e.g. dist/cli.cjs) instead of the sources
//     --fixtures DIR    judge the vaults of another folder laid out the same way
//     --record          only check that the fixtures are well-formed; exit 1 if not
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type ExpectedFollowUp, FIXTURES, loadFixtures, NEEDS, type VaultFixture } from "./scorecard/fixtures";
import { builtCli, type CliRunner, hasSetup, type RunName, runVault, sourceCli } from "./scorecard/runs";
import { type JudgedItem, NEAR_BUSINESS_DAYS, scoreVault, type VaultScore } from "./scorecard/score";

const RUN_LABELS: Record<RunName, string> = {
	default: "default settings",
	settings: "hand-written settings",
	setup: "after setup --write",
};
const ALL_RUNS: RunName[] = ["default", "settings", "setup"];

interface Options {
	json: boolean;
	brief: boolean;
	record: boolean;
	vaults: string[];
	runs: RunName[];
	cli: string | null;
	fixtures: string;
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Options {
	const options: Options = { json: false, brief: false, record: false, vaults: [], runs: ALL_RUNS, cli: null, fixtures: FIXTURES };
	for (let i = 0; i < argv.length; i += 1) {
		const arg = argv[i]!;
		const value = (): string => {
			const next = argv[(i += 1)];
			if (next === undefined) throw new UsageError(`${arg} needs a value`);
			return next;
		};
		if (arg === "--json") options.json = true;
		else if (arg === "--brief") options.brief = true;
		else if (arg === "--record") options.record = true;
		else if (arg === "--vault") options.vaults.push(...value().split(","));
		else if (arg === "--cli") options.cli = resolve(value());
		else if (arg === "--fixtures") options.fixtures = resolve(value());
		else if (arg === "--runs") {
			const runs = value().split(",");
			const unknown = runs.filter((name) => !ALL_RUNS.includes(name as RunName));
			if (unknown.length > 0) throw new UsageError(`unknown run ${unknown.join(", ")} (runs: ${ALL_RUNS.join(", ")})`);
			options.runs = runs as RunName[];
		} else throw new UsageError(`unknown option ${arg}`);
	}
	return options;
}

/** Counts over several vaults. */
interface Totals {
	expected: number;
	right: number;
	near: number;
	missing: number;
	wrong: number;
	trapsHit: number;
	optionalListed: number;
	listed: number;
	failedVaults: number;
	missingByNeed: Record<string, number>;
}

function emptyTotals(): Totals {
	return {
		expected: 0,
		right: 0,
		near: 0,
		missing: 0,
		wrong: 0,
		trapsHit: 0,
		optionalListed: 0,
		listed: 0,
		failedVaults: 0,
		missingByNeed: {},
	};
}

const required = (fixture: VaultFixture): ExpectedFollowUp[] => fixture.followUps.filter((item) => item.optional !== true);

/** A run's judgement; when the run failed, everything expected is missing. */
function judge(fixture: VaultFixture, listed: Parameters<typeof scoreVault>[2] | null): VaultScore {
	return scoreVault(fixture.followUps, fixture.mustNotList, listed ?? []);
}

function addTo(totals: Totals, fixture: VaultFixture, score: VaultScore, failed: boolean): void {
	totals.expected += required(fixture).length;
	totals.right += score.right;
	totals.near += score.near;
	totals.missing += score.missing;
	totals.wrong += score.wrong;
	totals.trapsHit += score.trapsHit;
	totals.optionalListed += score.optionalListed;
	totals.listed += score.listed;
	if (failed) totals.failedVaults += 1;
	for (const item of score.items)
		if (item.verdict === "missing")
			for (const need of item.needs ?? []) totals.missingByNeed[need] = (totals.missingByNeed[need] ?? 0) + 1;
}

function counts(
	score: { right: number; near: number; missing: number; wrong: number; trapsHit: number; listed: number },
	expected: number,
): string {
	return `right ${score.right}/${expected}  near ${score.near}  missing ${score.missing}  wrong ${score.wrong} (traps ${score.trapsHit})  listed ${score.listed}`;
}

function itemLine(item: JudgedItem): string {
	const who = item.to ?? "nobody";
	const when =
		item.verdict === "near" && item.offBy !== undefined
			? `due ${item.listedDue} (${item.offBy > 0 ? "late" : "early"} by ${Math.abs(item.offBy)}, expected ${item.due})`
			: `due ${item.due}`;
	const tail =
		item.verdict === "wrong" ? (item.trap ? `  [trap: ${item.trap}]` : "") : item.verdict === "missing" ? `  (${item.why})` : "";
	return `      ${item.verdict.padEnd(7)} ${item.kind} → ${who}, ${when}  ${item.note}${tail}`;
}

async function main(argv: string[]): Promise<number> {
	let options: Options;
	try {
		options = parseOptions(argv);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`scorecard: ${error.message}`);
		return 2;
	}
	const { fixtures: all, problems } = loadFixtures(options.fixtures);
	const unknownVaults = options.vaults.filter((name) => !all.some((fixture) => fixture.name === name));
	if (unknownVaults.length > 0) {
		console.error(`scorecard: no vault ${unknownVaults.join(", ")} (vaults: ${all.map((fixture) => fixture.name).join(", ")})`);
		return 2;
	}
	const fixtures = options.vaults.length > 0 ? all.filter((fixture) => options.vaults.includes(fixture.name)) : all;

	if (options.record || problems.length > 0) {
		for (const problem of problems) console.error(`fixture problem: ${problem}`);
		if (options.record) {
			for (const fixture of fixtures) {
				const optional = fixture.followUps.length - required(fixture).length;
				console.log(
					`${fixture.name}: ${required(fixture).length} expected (+${optional} optional), ${fixture.mustNotList.length} must-not-list`,
				);
			}
			console.log(problems.length === 0 ? "fixtures are well-formed" : `${problems.length} problem(s)`);
		}
		if (problems.length > 0 || options.record) return problems.length === 0 ? 0 : 1;
	}

	if (options.cli !== null && !existsSync(options.cli)) {
		console.error(`scorecard: there is no ${options.cli} (build it first, e.g. npm run build)`);
		return 2;
	}
	const cli: CliRunner = options.cli === null ? sourceCli : builtCli(options.cli);
	const setupAvailable = options.runs.includes("setup") && (await hasSetup(cli));

	const totals = Object.fromEntries(options.runs.map((run) => [run, emptyTotals()])) as Record<RunName, Totals>;
	const report: Record<string, unknown>[] = [];
	const lines: string[] = [];
	lines.push(
		`Scorecard: ${fixtures.length} vaults, ${options.cli === null ? "command line from the sources" : options.cli}`,
		`Matching on note, kind and addressee; the same due day is right, within ${NEAR_BUSINESS_DAYS} business days near.`,
		"",
	);
	for (const fixture of fixtures) {
		const optional = fixture.followUps.length - required(fixture).length;
		lines.push(
			`${fixture.name}  (${fixture.template}, today ${fixture.today})  ${required(fixture).length} expected (+${optional} optional), ${fixture.mustNotList.length} must-not-list`,
		);
		const runs: Record<string, unknown> = {};
		for (const how of options.runs) {
			const result = await runVault(cli, fixture, how, setupAvailable);
			const score = judge(fixture, result.listed);
			addTo(totals[how], fixture, score, result.error !== null);
			runs[how] = { error: result.error, ...score };
			const label = `    ${RUN_LABELS[how].padEnd(22)}`;
			lines.push(result.error === null ? `${label}${counts(score, required(fixture).length)}` : `${label}no list: ${result.error}`);
			if (!options.brief && result.error === null)
				for (const item of score.items) if (item.verdict !== "right" && item.verdict !== "optional") lines.push(itemLine(item));
		}
		report.push({
			name: fixture.name,
			template: fixture.template,
			today: fixture.today,
			expected: required(fixture).length,
			optional,
			mustNotList: fixture.mustNotList.length,
			runs,
		});
		lines.push("");
	}
	const expectedTotal = fixtures.reduce((sum, fixture) => sum + required(fixture).length, 0);
	lines.push(`Totals over ${fixtures.length} vaults: ${expectedTotal} expected`);
	for (const how of options.runs) {
		const total = totals[how];
		const failed = total.failedVaults > 0 ? `  (${total.failedVaults} vault(s) gave no list)` : "";
		lines.push(`    ${RUN_LABELS[how].padEnd(22)}${counts(total, expectedTotal)}${failed}`);
		const needs = Object.entries(total.missingByNeed).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		if (needs.length > 0 && total.failedVaults < fixtures.length)
			lines.push(`      missing, by what they need: ${needs.map(([need, count]) => `${need} ${count}`).join(", ")}`);
	}

	if (options.json)
		console.log(
			JSON.stringify(
				{ nearBusinessDays: NEAR_BUSINESS_DAYS, needs: NEEDS, cli: options.cli ?? "sources", vaults: report, totals },
				null,
				2,
			),
		);
	else console.log(lines.join("\n"));
	return 0;
}

main(process.argv.slice(2)).then(
	(status) => (process.exitCode = status),
	(error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	},
);
