// Lint as the Obsidian community review does (eslint-plugin-obsidianmd's recommended
// config: ESLint, typescript-eslint type-checked, Obsidian rules), plus manifest.json
// validation, plus the layer rule of STYLE.md: core imports no obsidian, Node or
// gray-matter; app imports no obsidian. The import rules are errors, not advice.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import tseslint from "typescript-eslint";
import globals from "globals";
import { builtinModules } from "node:module";
import { SHORT_FIELDS } from "./scripts/short-fields.mjs";

/** The plugin's own restricted imports (requestUrl over fetch libraries, moment from obsidian). */
const obsidianRestricted = [
	{ name: "axios", message: "Use the built-in `requestUrl` function instead of `axios`." },
	{ name: "node-fetch", message: "Use the built-in `requestUrl` function instead of `node-fetch`." },
	{ name: "moment", message: "Import `moment` from 'obsidian'.", allowTypeImports: true },
];

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** no-restricted-imports options for a layer that must stay free of some modules. */
function restrict(names, message) {
	return ["error", { paths: [...obsidianRestricted, ...names.map((name) => ({ name, message }))] }];
}

export default defineConfig([
	globalIgnores([
		".local/**",
		"dist/",
		"main.js",
		"styles.css",
		"node_modules/",
		"examples/",
		"test/fixtures/",
		"test/e2e/screenshots/",
		"bench/results/",
		"coverage/",
		"tmp/",
	]),
	...obsidianmd.configs.recommended,
	{
		files: ["**/*.ts", "**/*.mts", "**/*.mjs", "**/*.js"],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["*.mjs", "bench/*.mjs", "scripts/*.mjs", "test/e2e/*.mjs", "test/package/*.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// Everything under src/ may end up in main.js, which must parse on iOS before 16.4.
		// obsidianmd/regex-lookbehind misses negative lookbehinds such as (?<!x), so ask again.
		files: ["src/**/*.ts"],
		ignores: ["src/cli/**"],
		rules: {
			"no-restricted-syntax": [
				"error",
				{
					selector: "Literal[regex.pattern=/\\(\\?<[=!]/]",
					message: "No regex lookbehind: iOS before 16.4 cannot parse it. Match the character before and keep it.",
				},
				{
					selector: "NewExpression[callee.name='RegExp'] > Literal[value=/\\(\\?<[=!]/]",
					message: "No regex lookbehind: iOS before 16.4 cannot parse it.",
				},
				{
					// esbuild.config.mjs shortens micromark's field names in main.js (scripts/short-fields.mjs).
					selector: `MemberExpression > Identifier.property[name=/${SHORT_FIELDS.source}/], :matches(Property, PropertyDefinition, MethodDefinition) > Identifier.key[name=/${SHORT_FIELDS.source}/]`,
					message:
						"main.js shortens this name (micromark's parser state, scripts/short-fields.mjs): name yours otherwise, without a leading underscore.",
				},
			],
		},
	},
	{
		// The pure core: no obsidian, no Node, no gray-matter, no DOM globals.
		files: ["src/core/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": restrict(
				["obsidian", "gray-matter", ...nodeBuiltins],
				"src/core is pure: pass data in from src/app or a host (src/obsidian, src/cli).",
			),
		},
	},
	{
		// The layers by path, whatever the import is written as: core imports no other
		// layer, app imports neither host. Checked on resolved files, so `../app/x` from
		// src/core and `../../app/x` from a subfolder are both caught.
		files: ["src/**/*.ts"],
		settings: { "import/resolver": { node: { extensions: [".ts", ".js", ".json"] } } },
		rules: {
			"import/no-restricted-paths": [
				"error",
				{
					zones: [
						{
							target: "./src/core",
							from: ["./src/app", "./src/obsidian", "./src/cli"],
							message: "src/core is pure and depends on no other layer: move the code into core, or pass it in.",
						},
						{
							target: "./src/app",
							from: ["./src/obsidian", "./src/cli"],
							message: "src/app serves both hosts: take what you need from them as a parameter.",
						},
					],
				},
			],
		},
	},
	{
		// Use cases: no obsidian (the plugin and the CLI both use them).
		files: ["src/app/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": restrict(
				["obsidian"],
				"src/app runs in the CLI too: take what you need from obsidian as a parameter.",
			),
		},
	},
	{
		// The plugin bundle runs on mobile: no Node built-ins, no gray-matter (it uses eval for JS front matter).
		files: ["src/obsidian/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": restrict(
				[...nodeBuiltins, "gray-matter", "date-holidays"],
				"The plugin runs on mobile: keep Node-only code in src/cli.",
			),
		},
	},
	{
		// The command line and build scripts run on Node.
		files: [
			"src/cli/**/*.ts",
			"scripts/**/*.ts",
			"scripts/**/*.mjs",
			"test/**/*.ts",
			"test/**/*.mjs",
			"bench/**/*.mjs",
			"bench/**/*.ts",
			"*.mjs",
			"*.ts",
		],
		languageOptions: { globals: { ...globals.node, NodeJS: "readonly" } },
		rules: {
			// Obsidian's runtime rules (popout windows, DOM helpers, vault APIs) are about
			// code that runs inside the app; these files run on Node or drive the fake.
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/no-tfile-tfolder-cast": "off",
			"import/no-extraneous-dependencies": "off",
		},
	},
	{
		// Printing is what a command-line tool, a build script or a benchmark is for; the
		// Function-constructor ban stays.
		files: [
			"src/cli/**/*.ts",
			"scripts/**/*.ts",
			"scripts/**/*.mjs",
			"bench/**/*.mjs",
			"bench/**/*.ts",
			"test/e2e/**/*.mjs",
			"test/package/**/*.mjs",
			"*.mjs",
		],
		rules: {
			"obsidianmd/rule-custom-message": [
				"error",
				{
					"no-new-func": {
						messages: { "The Function constructor is eval": "The Function constructor executes arbitrary code, like eval()." },
					},
				},
			],
		},
	},
	{
		// js-yaml reads YAML with the 1.2 core schema as Obsidian does (the CLI, and the test
		// fake of the metadata cache); gray-matter depends on it anyway.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["js-yaml"] }] },
	},
	{
		// The plugin's files as the review reads them; UI text in sentence case, brand names kept.
		files: ["src/obsidian/**/*.ts"],
		rules: {
			"obsidianmd/ui/sentence-case": ["warn", { enforceCamelCaseLower: true, brands: ["LinkedIn", "Obsidian"] }],
		},
	},
	{
		// manifest.json, as the community review validates it.
		files: ["manifest.json"],
		languageOptions: { parser: tseslint.parser, parserOptions: { project: null, projectService: false } },
		extends: [tseslint.configs.disableTypeChecked],
		rules: { "obsidianmd/validate-manifest": "error" },
	},
]);
