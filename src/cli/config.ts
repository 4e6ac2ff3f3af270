/**
 * Settings for the command line: the same keys as the plugin's data.json, read from
 * `--config FILE` or from the vault's own plugin folder. Any value the plugin would
 * refuse is a usage error here (exit 2), so a typo never silently changes the result.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { dateOrderOfLocale } from "../core/read-note";
import { defaultSettings, migrateSettings, type Settings } from "../core/settings";
import { type CliIo, CliUsageError } from "./io";
import { readRegularFileSync, SETTINGS_LIMIT, whyUnreadable } from "./read-file";

/** Where the plugin keeps its settings, relative to the vault root. */
export const PLUGIN_DATA_PATH = ".obsidian/plugins/interview-followups/data.json";

/**
 * How slashed dates read when the settings leave it to the locale (`dateOrder: ""`): the
 * system's, as LC_ALL, LC_TIME or LANG name it (POSIX's order), else as Node resolves it.
 */
export function localeDateOrder(env: CliIo["env"]): "DMY" | "MDY" {
	const named = [env["LC_ALL"], env["LC_TIME"], env["LANG"]].find((value) => value !== undefined && value !== "");
	return dateOrderOfLocale(named ?? Intl.DateTimeFormat().resolvedOptions().locale);
}

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
		text = readRegularFileSync(file, SETTINGS_LIMIT).toString("utf8");
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new CliUsageError(`settings file ${file} does not exist`);
		throw new CliUsageError(`settings file ${file} could not be read: ${whyUnreadable(error)}`);
	}
	const settings = settingsFromJson(text, file);
	checkFoldersStayInVault(vaultRoot, settings, file);
	return settings;
}

/** True when `path` is `folder` or lies under it (both real, absolute paths). */
export function isInside(folder: string, path: string): boolean {
	return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The real path of a file or folder, or null when it does not exist (or cannot be reached). */
export function realPathOrNull(path: string): string | null {
	try {
		return realpathSync.native(path);
	} catch {
		return null;
	}
}

/**
 * The settings' folders (templateFolder, newNoteFolder, interviewFolders) must stay inside
 * the vault. migrateSettings already refuses `..` and drives; here, a folder that is a
 * link to somewhere outside the vault is refused too, naming the key. A folder that does
 * not exist leads nowhere, and is left to the commands.
 */
function checkFoldersStayInVault(vaultRoot: string, settings: Settings, file: string): void {
	const vault = realPathOrNull(vaultRoot);
	if (vault === null) return;
	const folders: [string, string][] = [
		["templateFolder", settings.templateFolder],
		["newNoteFolder", settings.newNoteFolder],
		...settings.interviewFolders.map((folder): [string, string] => ["interviewFolders", folder]),
	];
	for (const [key, folder] of folders) {
		const segments = folder.split("/").filter((segment) => segment.trim() !== "");
		if (segments.length === 0) continue;
		const real = realPathOrNull(join(vaultRoot, ...segments));
		if (real !== null && !isInside(vault, real)) {
			throw new CliUsageError(`settings: "${key}" must be a folder inside the vault, but ${folder} leads to ${real} (in ${file})`);
		}
	}
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
