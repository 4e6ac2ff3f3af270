// The command line as someone installs it: `npm pack`, then an offline install of the tarball
// into an empty folder (so nothing can come from this repository's node_modules or the
// network), then `interview-followups` run from there. Checks that the tarball holds only
// what a user runs, that it needs no other package, and that the installed program prints
// what the tests approved. Prints the tarball's figures; exits 1 on failure.
//
//   npm run test:package                    (npm pack runs the build first: see "prepack")
//   npm run test:package -- --summary FILE  also writes {"passed": N, "failed": N, "failures": [...]} to FILE (for CI)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const started = Date.now();
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** What a user of the command line gets, and nothing else. */
const EXPECTED_FILES = ["CHANGELOG.md", "LICENSE", "README.md", "dist/cli.cjs", "package.json"];

const results = [];
function check(name, ok, detail = "") {
	results.push({ name, ok: Boolean(ok), detail });
	console.log(`  ${ok ? "\u2713" : "\u00d7"} ${name}${ok || !detail ? "" : `\n      ${detail}`}`);
}

/** The environment without what an outer `npm run` exports, so npm below reads only its defaults. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== "NODE_PATH"));

function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, env, encoding: "utf8" });
	if (result.error) throw result.error;
	return result;
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** A one-note vault for the holiday check: an interview on Tuesday 10 November 2026 (Veterans Day is the 11th). */
function holidayVault(dir) {
	mkdirSync(join(dir, "Interviews"), { recursive: true });
	writeFileSync(
		join(dir, "Interviews", "Acme.md"),
		["---", "tags: [interview]", "company: Acme", "interview_date: 2026-11-10", "people:", "  - Jane Doe", "---", ""].join("\n"),
	);
	writeFileSync(join(dir, "us.json"), JSON.stringify({ holidayCountry: "US" }));
	writeFileSync(join(dir, "none.json"), JSON.stringify({}));
}

function thankYouWindowEnd(stdout) {
	const followUp = JSON.parse(stdout).followUps.find((f) => f.kind === "thank-you");
	return followUp?.windowEnd;
}

async function main() {
	const work = mkdtempSync(join(tmpdir(), "ifu-package-"));
	try {
		console.log("\n npm pack");
		const packed = run("npm", ["pack", "--json", "--pack-destination", work], root);
		if (packed.status !== 0) {
			check("npm pack succeeds", false, packed.stderr.trim().split("\n").slice(-5).join("\n      "));
			return;
		}
		// The build (prepack) prints to stdout before npm's JSON; the JSON is the last thing printed.
		const info = JSON.parse(packed.stdout.slice(packed.stdout.lastIndexOf("\n[") + 1))[0];
		const files = info.files.map((f) => f.path).sort();
		console.log(`  ${info.filename}: ${info.entryCount} files, ${kb(info.size)} packed, ${kb(info.unpackedSize)} unpacked`);
		check("the tarball holds only what a user runs", JSON.stringify(files) === JSON.stringify(EXPECTED_FILES), files.join(", "));
		check(
			"the package needs no other package at run time (everything is bundled)",
			Object.keys(pkg.dependencies ?? {}).length === 0 && Object.keys(pkg.optionalDependencies ?? {}).length === 0,
			JSON.stringify(pkg.dependencies),
		);

		console.log("\n npm install --offline <tarball>, in an empty folder");
		const home = join(work, "home");
		mkdirSync(home);
		// An empty cache too: offline, npm could otherwise take a dependency from ~/.npm and hide it.
		const cache = ["--cache", join(work, "cache")];
		const install = run("npm", ["install", "--offline", "--no-audit", "--no-fund", ...cache, join(work, info.filename)], home);
		check("installs offline", install.status === 0, install.stderr.trim().split("\n").slice(-5).join("\n      "));
		if (install.status !== 0) return;
		const installed = readdirSync(join(home, "node_modules")).filter((name) => !name.startsWith("."));
		check("installs nothing but itself", JSON.stringify(installed) === JSON.stringify([pkg.name]), installed.join(", "));
		const bin = join(home, "node_modules", ".bin", "interview-followups");
		check("puts interview-followups in node_modules/.bin", existsSync(bin));

		console.log("\n interview-followups, run from there");
		const version = run(bin, ["--version"], home);
		check(
			"--version prints the package's version",
			version.status === 0 && version.stdout.trim() === pkg.version,
			version.stdout + version.stderr,
		);

		cpSync(join(root, "examples", "vault"), join(home, "examples", "vault"), { recursive: true });
		const table = run(bin, ["due", "examples/vault", "--today", "2026-11-23"], home);
		const approvedTable = readFileSync(join(root, "test/approved/example-vault.table.approved.txt"), "utf8");
		check(
			"due prints the approved table for the example vault",
			table.status === 0 && table.stderr === "" && table.stdout === approvedTable,
			`exit ${table.status}; ${table.stderr.trim() || "the output differs from test/approved/example-vault.table.approved.txt"}`,
		);
		const json = run(bin, ["due", "examples/vault", "--today", "2026-11-23", "--format", "json"], home);
		const approvedJson = readFileSync(join(root, "test/approved/example-vault.json.approved.json"), "utf8");
		check(
			"due --format json prints the approved JSON",
			json.status === 0 && json.stdout === approvedJson,
			`exit ${json.status}; ${json.stderr.trim() || "the output differs from test/approved/example-vault.json.approved.json"}`,
		);

		const vault = join(home, "holidays");
		holidayVault(vault);
		const args = ["due", vault, "--today", "2026-11-10", "--format", "json", "--config"];
		const plain = run(bin, [...args, join(vault, "none.json")], home);
		const us = run(bin, [...args, join(vault, "us.json")], home);
		check(
			"holidayCountry works from the bundle alone (the thank-you moves past Veterans Day)",
			plain.status === 0 &&
				us.status === 0 &&
				thankYouWindowEnd(plain.stdout) === "2026-11-11" &&
				thankYouWindowEnd(us.stdout) === "2026-11-12",
			`without holidays ${thankYouWindowEnd(plain.stdout) ?? plain.stderr.trim()}, with US holidays ${thankYouWindowEnd(us.stdout) ?? us.stderr.trim()}`,
		);

		const missing = run(bin, ["due", "no-such-vault"], home);
		check(
			"a vault that is not there is one clear line and exit 2",
			missing.status === 2 && missing.stdout === "" && /^interview-followups: .*no-such-vault.*\n$/.test(missing.stderr),
			`exit ${missing.status}: ${missing.stderr}`,
		);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

await main().catch((error) => {
	check("the run finished", false, error instanceof Error ? error.stack : String(error));
});
const failed = results.filter((r) => !r.ok).length;
const passed = results.length - failed;
console.log(`\n Tests  ${failed ? `${failed} failed | ` : ""}${passed} passed (${results.length})`);
console.log(` Duration  ${((Date.now() - started) / 1000).toFixed(2)}s\n`);
const summaryAt = process.argv.indexOf("--summary");
if (summaryAt > 0 && process.argv[summaryAt + 1])
	writeFileSync(
		process.argv[summaryAt + 1],
		JSON.stringify({ passed, failed, failures: results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.detail}`) }),
	);
process.exit(failed ? 1 : 0);
