/**
 * .github/workflows/release.yml cannot run here, so it is read: it must parse, start only
 * on a version tag, run only commands that CI (.ci/run) or these tests already prove, and
 * draft a release holding exactly the three files Obsidian installs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}

interface Workflow {
	on: { push?: { tags?: string[]; branches?: string[] } } & Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, { "runs-on": string; steps: Step[] }>;
}

const workflow = load(readFileSync(join(root, ".github/workflows/release.yml"), "utf8")) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const commands = steps.flatMap((step) => (step.run === undefined ? [] : [step.run.trim()]));
const release = commands.find((command) => command.startsWith("gh release create "));

/** Splits a one-line shell command into words, keeping "quoted words" whole. */
function words(command: string): string[] {
	return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
}

/** A command as CI proves it: no leading VAR=value, nothing after a lone `--` (reporting options). */
function core(command: string): string {
	const parts = words(command);
	while (parts.length > 0 && /^[A-Z_]+=/.test(parts[0] ?? "")) parts.shift();
	const end = parts.indexOf("--");
	return (end === -1 ? parts : parts.slice(0, end)).join(" ");
}

/** The commands .ci/run runs: each `step NAME COMMAND…`, and the test suite it runs per time zone. */
function ciCommands(): Set<string> {
	const script = readFileSync(join(root, ".ci/run"), "utf8");
	const found = new Set<string>();
	for (const line of script.split("\n")) {
		const step = /^step "[^"]+" (.+?)(\s*\|\|.*)?$/.exec(line);
		if (step?.[1]) found.add(core(step[1]));
		else if (/^\s*TZ=\S+ .*npm test\b/.test(line)) found.add(core(line.replace(/\s*\\$/, "")));
	}
	return found;
}

/** Commands the workflow may run that CI does not, each with the test that proves it. */
const PROVEN_ELSEWHERE: Record<string, string> = {
	"node version-bump.mjs --check $GITHUB_REF_NAME": "test/release/version-bump.test.ts",
};

/** GitHub's filter pattern as a regular expression (the subset the workflow may use: [..], +, *, ?). */
function tagPattern(glob: string): RegExp {
	const source = glob.replace(/\[[^\]]*\]|[+*?]|[^[+*?]+/g, (part) => {
		if (part.startsWith("[")) return part;
		if (part === "+" || part === "?") return part;
		if (part === "*") return "[^/]*";
		return part.replace(/[.\\^$|(){}]/g, "\\$&");
	});
	return new RegExp(`^(?:${source})$`);
}

describe("the release workflow", () => {
	it("starts only when a version tag is pushed, written without a v as Obsidian wants it", () => {
		expect(Object.keys(workflow.on)).toEqual(["push"]);
		expect(workflow.on.push?.branches).toBeUndefined();
		const patterns = (workflow.on.push?.tags ?? []).map(tagPattern);
		expect(patterns.length).toBeGreaterThan(0);
		const matches = (tag: string) => patterns.some((p) => p.test(tag));
		const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { version: string };
		for (const tag of [manifest.version, "1.2.3", "10.0.12"]) expect(matches(tag), tag).toBe(true);
		for (const tag of ["v1.2.3", "1.2.3-beta.1", "1.2", "latest"]) expect(matches(tag), tag).toBe(false);
	});

	it("installs, builds and tests before it releases, with the commands CI proves", () => {
		const proven = ciCommands();
		expect(proven).toContain("npm ci --no-audit --no-fund"); // the test reads .ci/run correctly
		const others = commands.filter((command) => command !== release).map(core);
		for (const command of others) {
			expect(proven.has(command) || command in PROVEN_ELSEWHERE, `"${command}" is run neither by .ci/run nor by a test`).toBe(true);
		}
		for (const needed of ["npm ci --no-audit --no-fund", "npm run build", "npm test", "npm run test:package"]) {
			expect(others).toContain(needed);
		}
		expect(commands.at(-1)).toBe(release);
		expect(others.indexOf("npm ci --no-audit --no-fund")).toBeLessThan(others.indexOf("npm run build"));
	});

	it("runs on the Node version the project is built with", () => {
		const node = steps.find((step) => step.uses?.startsWith("actions/setup-node@"));
		expect(String(node?.with?.["node-version"])).toBe("20");
	});

	it("drafts a release named after the tag with exactly main.js, manifest.json and styles.css", () => {
		expect(release).toBeDefined();
		const args = words(release ?? "").slice(3);
		const valueOptions = new Set(["--title", "-t", "--notes", "-n", "--notes-file", "-F", "--target"]);
		const files: string[] = [];
		const flags: string[] = [];
		for (let i = 1; i < args.length; i++) {
			const arg = args[i] ?? "";
			if (valueOptions.has(arg)) i += 1;
			else if (arg.startsWith("-")) flags.push(arg);
			else files.push(arg);
		}
		expect(args[0]).toBe("$GITHUB_REF_NAME");
		expect(flags).toContain("--draft");
		expect(files.sort()).toEqual(["main.js", "manifest.json", "styles.css"]);
		expect(workflow.permissions?.contents).toBe("write");
	});
});
