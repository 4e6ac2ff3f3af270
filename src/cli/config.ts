/**
 * Settings for the command line: the same keys as the plugin's data.json, read from
 * `--config FILE` or from the vault's own plugin folder. Any value the plugin would
 * refuse is a usage error here (exit 2), so a typo never silently changes the result.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { defaultSettings, migrateSettings, type Settings } from "../core/settings";
import { CliUsageError } from "./io";

/** Where the plugin keeps its settings, relative to the vault root. */
export const PLUGIN_DATA_PATH = ".obsidian/plugins/interview-followups/data.json";

/** Reads settings from the text of a JSON file; `file` names it in messages. */
export function settingsFromJson(text: string, file: string): Settings {
	let raw: unknown;
	try {
		raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new CliUsageError(`settings file ${file} is not valid JSON: ${detail}`);
	}
	const { settings, problems } = migrateSettings(raw);
	const whole = problems.find((problem) => problem.key === "(settings)");
	if (whole) throw new CliUsageError(`settings file ${file}: ${whole.message}`);
	if (problems.length > 0) {
		const messages = problems.map((problem) => problem.message).join("; ");
		throw new CliUsageError(`settings: ${messages} (in ${file})`);
	}
	return settings;
}

/**
 * The settings for a vault: `configPath` when given (it must exist), else the vault's
 * plugin data.json when it exists, else the defaults. Throws CliUsageError.
 */
export function loadSettingsFor(vaultRoot: string, configPath?: string | null): Settings {
	const file = configPath ?? join(vaultRoot, PLUGIN_DATA_PATH);
	if (!configPath && !existsSync(file)) return defaultSettings();
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why =
			code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder" : `could not be read (${code ?? "unknown error"})`;
		throw new CliUsageError(`settings file ${file} ${why}`);
	}
	return settingsFromJson(text, file);
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/**
 * The vault a note belongs to: the nearest folder above it that holds `.obsidian`, else
 * the note's own folder. Returns an absolute path.
 */
export function findVaultRoot(notePath: string): string {
	const noteFolder = dirname(resolve(notePath));
	for (let folder = noteFolder; ; folder = dirname(folder)) {
		if (isFolder(join(folder, ".obsidian"))) return folder;
		if (dirname(folder) === folder) return noteFolder;
	}
}
