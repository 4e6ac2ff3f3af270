/**
 * The layer rule of eslint.config.mjs, proved to fire: a core file reaching another
 * layer, or an app file reaching a host, by any relative path, fails lint.
 */
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The project's lint config, without type information (the fixtures are not files of the project). */
const eslint = new ESLint({
	cwd: root,
	overrideConfig: [tseslint.configs.disableTypeChecked, { languageOptions: { parserOptions: { projectService: false, project: null } } }],
	ruleFilter: ({ ruleId }) => ruleId === "import/no-restricted-paths",
});

/** The layer-rule messages for a file at `path` that imports `specifier`. */
async function layerErrors(path: string, specifier: string): Promise<string[]> {
	const [result] = await eslint.lintText(`import { x } from "${specifier}";\nexport const y = x;\n`, { filePath: `${root}${path}` });
	return (result?.messages ?? []).map((m) => m.message);
}

describe("the layer rule", () => {
	it("fails a core file that imports the app layer, the plugin or the command line", async () => {
		expect(await layerErrors("src/core/fixture.ts", "../app/evaluate")).toEqual([expect.stringContaining("src/core is pure")]);
		expect(await layerErrors("src/core/markdown/fixture.ts", "../../obsidian/ui-text")).toEqual([
			expect.stringContaining("src/core is pure"),
		]);
		expect(await layerErrors("src/core/rules/fixture.ts", "../../cli/scan-vault")).toEqual([
			expect.stringContaining("src/core is pure"),
		]);
	});

	it("fails an app file that imports the plugin or the command line", async () => {
		expect(await layerErrors("src/app/fixture.ts", "../obsidian/ui-text")).toEqual([
			expect.stringContaining("src/app serves both hosts"),
		]);
		expect(await layerErrors("src/app/fixture.ts", "../cli/scan-vault")).toEqual([
			expect.stringContaining("src/app serves both hosts"),
		]);
	});

	it("lets each layer import the layers below it", async () => {
		expect(await layerErrors("src/core/markdown/fixture.ts", "../values")).toEqual([]);
		expect(await layerErrors("src/app/fixture.ts", "../core/values")).toEqual([]);
		expect(await layerErrors("src/obsidian/fixture.ts", "../app/evaluate")).toEqual([]);
		expect(await layerErrors("src/cli/fixture.ts", "../obsidian/ui-text")).toEqual([]);
	});
});
