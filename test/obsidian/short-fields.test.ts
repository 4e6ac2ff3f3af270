import { build } from "esbuild";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minify } from "terser";
import { afterAll, describe, expect, it } from "vitest";
import { parseBody } from "../../src/core/body/parse-body";
import { SHORT_FIELDS } from "../../scripts/short-fields.mjs";

const folder = mkdtempSync(join(tmpdir(), "ifu-short-fields-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** parseBody as main.js carries it: micromark's fields renamed by terser, as esbuild.config.mjs does. */
async function shortenedParseBody(): Promise<typeof parseBody> {
	const bundled = await build({
		stdin: { contents: 'export { parseBody } from "./src/core/body/parse-body";', resolveDir: process.cwd(), loader: "ts" },
		bundle: true,
		format: "cjs",
		platform: "node",
		write: false,
		logLevel: "silent",
	});
	const squeezed = await minify(bundled.outputFiles[0]?.text ?? "", {
		compress: false,
		mangle: { properties: { regex: SHORT_FIELDS } },
	});
	const file = join(folder, "parse-body.cjs");
	writeFileSync(file, squeezed.code ?? "");
	return (createRequire(import.meta.url)(file) as { parseBody: typeof parseBody }).parseBody;
}

/** Every markdown file below a folder. */
function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: "utf8" })
		.filter((name) => name.endsWith(".md"))
		.map((name) => join(dir, name));
}

describe("main.js's shortened micromark fields", () => {
	it("parse the example and fixture notes into the same trees as the sources", async () => {
		const shortened = await shortenedParseBody();
		const files = [
			...markdownFiles("examples"),
			...markdownFiles("test/fixtures/other-vaults"),
			...markdownFiles("test/fixtures/spec-vaults"),
			"README.md",
		];
		expect(files.length).toBeGreaterThan(100);
		const different = files.filter((file) => {
			const text = readFileSync(file, "utf8");
			return JSON.stringify(shortened(text)) !== JSON.stringify(parseBody(text));
		});
		expect(different).toEqual([]);
		// The renaming did happen: the parser's own names are gone from the squeezed code.
		expect(readFileSync(join(folder, "parse-body.cjs"), "utf8")).not.toMatch(/\.(containerState|sliceSerialize)\b/);
	}, 60_000);
});
