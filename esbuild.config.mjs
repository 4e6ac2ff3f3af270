// Builds the two products from one source tree:
//  - main.js + styles.css at the root, beside manifest.json: the Obsidian plugin
//    (browser platform, CommonJS, `obsidian` and CodeMirror provided by the app);
//  - dist/cli.cjs: the `interview-followups` command (Node platform, every dependency bundled,
//    so the published package needs nothing else at run time).
// `node esbuild.config.mjs production` builds once, minified; without it, watches.
import esbuild from "esbuild";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { minify } from "terser";
import { SHORT_FIELDS } from "./scripts/short-fields.mjs";

const production = process.argv[2] === "production";

const banner = "/* Interview Follow-ups. Built with esbuild; the readable source is in src/. */";

/** styles/*.css, in name order, concatenated into styles.css (Obsidian loads one file). */
function buildStyles() {
	const parts = readdirSync("styles")
		.filter((name) => name.endsWith(".css"))
		.sort()
		.map((name) => readFileSync(`styles/${name}`, "utf8").trimEnd());
	writeFileSync("styles.css", parts.join("\n\n") + "\n");
}

/**
 * micromark-extension-gfm-table carries its own copy of micromark's edit map
 * (lib/edit-map.js): the same `add` and `consume`, only without `addBefore`, which tables
 * never call. micromark's parser already bundles micromark-util-edit-map, so both bundles
 * take that one, and the table extension's copy stays out (about 0.6 KB of main.js).
 */
const oneEditMap = {
	name: "one-edit-map",
	setup(build) {
		build.onResolve({ filter: /^\.\/edit-map\.js$/ }, async (args) => {
			if (!/[\\/]micromark-extension-gfm-table[\\/]/.test(args.importer)) return undefined;
			return build.resolve("micromark-util-edit-map", { kind: args.kind, resolveDir: args.resolveDir });
		});
	},
};

/**
 * The names our sources import from `obsidian` as values (`Notice`, `Setting`, …): every
 * `import { … } from "obsidian"` under src/, less the names marked `type`.
 */
function obsidianValueNames() {
	const names = new Set();
	for (const file of readdirSync("src", { recursive: true })) {
		if (!file.endsWith(".ts")) continue;
		const text = readFileSync(`src/${file}`, "utf8");
		for (const [, list] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"obsidian"/g)) {
			for (const item of list.split(",")) {
				const name = item.trim().split(/\s+as\s+/)[0];
				if (name && !name.startsWith("type ")) names.add(name);
			}
		}
	}
	return [...names].sort();
}

/**
 * Each of our modules that imports from `obsidian` would get its own
 * `var import_obsidianN = require("obsidian")` in main.js (twenty of them), and every use
 * would read `import_obsidianN.Notice`. Resolved here to one module that takes the names
 * the sources import from the app's module once, at load, they share one `require`
 * (about 0.35 KB) and each use is a short local name (about 0.4 KB more): the same
 * objects, since the app's module does not change while the plugin runs.
 */
const oneObsidian = {
	name: "one-obsidian",
	setup(build) {
		build.onResolve({ filter: /^obsidian$/ }, (args) =>
			args.namespace === "one-obsidian" ? { path: "obsidian", external: true } : { path: "obsidian", namespace: "one-obsidian" },
		);
		build.onLoad({ filter: /.*/, namespace: "one-obsidian" }, () => ({
			contents: `export const { ${obsidianValueNames().join(", ")} } = require("obsidian");`,
			loader: "js",
		}));
	},
};

const plugin = {
	entryPoints: ["src/obsidian/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "browser",
	target: "es2022",
	outfile: "main.js",
	banner: { js: banner },
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		...builtinModules,
		...builtinModules.map((m) => `node:${m}`),
	],
	logLevel: "info",
	sourcemap: production ? false : "inline",
	minify: production,
	treeShaking: true,
	// Obsidian has a YAML parser of its own: main.js uses it instead of carrying js-yaml.
	alias: { "js-yaml": "./src/obsidian/yaml-in-obsidian.ts" },
	plugins: [oneEditMap, oneObsidian],
	// Non-ASCII text as itself rather than escaped (Obsidian reads main.js as UTF-8).
	charset: "utf8",
};

const cli = {
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "node",
	target: "node20",
	outfile: "dist/cli.cjs",
	banner: { js: "#!/usr/bin/env node\n" + banner },
	plugins: [oneEditMap],
	logLevel: "info",
	sourcemap: false,
	// Spaces and syntax squeezed, names kept: the published file is a quarter smaller, and a
	// bug report's message and stack trace still name our own functions and variables.
	minifyWhitespace: production,
	minifySyntax: production,
	minifyIdentifiers: false,
};

/**
 * The production main.js: esbuild bundles and minifies, then terser squeezes the result
 * further (about 6.4 KB: it folds more expressions in several passes, names top-level
 * functions shortly, writes `function` expressions that use neither `this` nor `arguments`
 * as arrows, and object methods as shorthand; and it moves function declarations to the
 * top of their scope, where JavaScript hoists them anyway: about 0.66 KB of the 6.4). main.js has a 300 KB budget (`npm run
 * bench`, bundleBytes) because phones load it at every start. The arrows and methods are
 * "unsafe" only for a function called with `new` or whose `prototype` is used: our classes
 * are classes, and the parser's functions are plain callbacks. Plain `unsafe` (about 0.9 KB)
 * writes `${x} days` as `x+" days"` and `String(x)` as `x+""`, joins arrays of constant
 * text (the drafts' paragraphs) once at build time, and drops `new` before `Error`,
 * `RegExp` and `Array`: the same result for every string, number, null, array or plain
 * object; only a Symbol (which String() would name, `+` refuses) or an object with its
 * own `valueOf` would read differently, and no such value is ever written into text here.
 * A fourth pass finds about 0.35 KB more that the third left (a fifth finds less than the
 * fourth); `unsafe_proto` writes `Object.prototype.hasOwnProperty` as `{}.hasOwnProperty`.
 * The browser tests load this file and check that it lists what the sources list
 * (docs/decisions.md, "Code").
 */
async function buildPlugin() {
	const [output] = (await esbuild.build({ ...plugin, write: false })).outputFiles;
	const squeezed = await minify(output.text, {
		ecma: 2020,
		toplevel: true,
		compress: {
			passes: 4,
			unsafe: true,
			unsafe_arrows: true,
			unsafe_methods: true,
			unsafe_proto: true,
			// Writes `Number(x)` as `+x` (about 0.25 KB): the same number for every string, boolean
			// or null, which is all our code passes it (digits a pattern matched, mostly); only a
			// BigInt would differ, and no BigInt is ever made here (Obsidian's YAML makes none).
			// Its other folds, reordering `a * 2 * 3`, find nothing to do in this bundle.
			unsafe_math: true,
			hoist_funs: true,
			// esbuild's minifier already joins statements with commas; terser's joining on top of
			// it made main.js about 0.16 KB longer, not shorter (measured on this bundle).
			sequences: false,
		},
		// micromark keeps its parser state in fields named `_lowercase` (`_bufferIndex`,
		// `_tokenizer`, `_spread`) and in a few longer ones (`containerState`, `consume`,
		// `sliceSerialize`): short names for them save about 0.9 KB and 3 KB. None of our own
		// fields, nor of Obsidian's objects that we touch, is named so (a lint rule on src/
		// keeps it that way), and nothing named so is saved to disk (scripts/short-fields.mjs).
		mangle: { properties: { regex: SHORT_FIELDS } },
		format: { preamble: banner },
	});
	writeFileSync(plugin.outfile, squeezed.code);
}

buildStyles();
if (production) {
	await Promise.all([buildPlugin(), esbuild.build(cli)]);
} else {
	const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
	await Promise.all(contexts.map((c) => c.watch()));
}
