/**
 * js-yaml's `load`, as the plugin's bundle sees it: Obsidian's own `parseYaml`, the parser
 * its metadata cache reads properties with. esbuild puts this module in place of js-yaml
 * for main.js only (esbuild.config.mjs), which keeps 44 KB out of the plugin; the write
 * checks (src/core/markdown/frontmatter-text.ts) then compare a note's properties as
 * Obsidian reads them. The command line and the tests use js-yaml with the CORE schema,
 * which is what the metadata cache gives for the values these checks compare.
 */
import { parseYaml } from "obsidian";

/** Unused here: Obsidian's parser has its own schema. Kept so the import of js-yaml resolves. */
export const CORE_SCHEMA = undefined;

/** Parses a YAML block; throws on YAML Obsidian cannot read, as js-yaml does. */
export function load(text: string): unknown {
	return parseYaml(text);
}
