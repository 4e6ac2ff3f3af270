// The spec's example vaults, run end to end through the command line (files on disk →
// gray-matter → link index → core → JSON), compared with each vault's expected.json.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "./fake-io";

const root = join(__dirname, "../fixtures/spec-vaults");

interface Expected {
	today: string;
	args: string[];
	followUps: Record<string, unknown>[];
	diagnostics: Record<string, unknown>[];
	why: string;
}

describe("spec vaults through `due --format json`", () => {
	const cases = readdirSync(root)
		.sort()
		.filter((name) => existsSync(join(root, name, "expected.json")));
	it("finds the spec vaults", () => expect(cases.length).toBeGreaterThan(0));
	for (const name of cases) {
		const folder = join(root, name);
		const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as Expected;
		it(`${name}`, async () => {
			const io = fakeIo(folder);
			const status = await run(["due", "vault", ...expected.args, "--format", "json"], io);
			expect(io.err()).toBe("");
			expect(status).toBe(0);
			const output = JSON.parse(io.out()) as Expected;
			expect(output.today).toBe(expected.today);
			// expected.json leaves out the reason and the diagnostic message: compare the rest.
			expect(
				output.followUps.map(({ reason: _reason, ...rest }) => rest),
				expected.why,
			).toEqual(expected.followUps);
			expect(
				output.diagnostics.map(({ message: _message, ...rest }) => rest),
				expected.why,
			).toEqual(expected.diagnostics);
		});
	}
});
