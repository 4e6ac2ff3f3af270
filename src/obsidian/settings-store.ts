/**
 * The plugin's settings in data.json. Read from `unknown` through the core's
 * migrateSettings (Templater style: defaults copied, never mutated; every refused value
 * reported), saved whole, and announced to listeners so the index rebuilds.
 */
import { Events, type EventRef, type Plugin } from "obsidian";
import { migrateSettings, type Settings, type SettingsProblem } from "../core/settings";

/** Holds the current settings and persists changes. */
export class SettingsStore {
	#current: Settings;
	readonly #events = new Events();
	/** Values in data.json that could not be used at the last load. */
	problems: SettingsProblem[] = [];

	readonly #plugin: Plugin;

	/** Starts from the defaults; call `load()` before use. */
	constructor(plugin: Plugin) {
		this.#plugin = plugin;
		this.#current = migrateSettings(null).settings;
	}

	/** The settings in force. Treat as read-only; change them through `update`. */
	get(): Settings {
		return this.#current;
	}

	/** Reads data.json (also after another device synced it) and tells listeners. */
	async load(): Promise<SettingsProblem[]> {
		const { settings, problems } = migrateSettings(await this.#plugin.loadData());
		const changed = JSON.stringify(settings) !== JSON.stringify(this.#current);
		this.#current = settings;
		this.problems = problems;
		if (changed) this.#events.trigger("changed");
		return problems;
	}

	/**
	 * Validates a change with the same checks as loading, then saves. Returns the
	 * problems; nothing is saved when there are any.
	 */
	async update(patch: Partial<Settings>): Promise<SettingsProblem[]> {
		const { settings, problems } = migrateSettings({ ...this.#current, ...patch });
		const relevant = problems.filter((p) => p.key in patch);
		if (relevant.length > 0) return relevant;
		this.#current = settings;
		// A value the user has just set is no longer one that could not be used.
		this.problems = this.problems.filter((p) => !(p.key in patch));
		await this.#plugin.saveData(settings);
		this.#events.trigger("changed");
		return [];
	}

	/** Calls back with the new settings after each change. */
	onChange(callback: (settings: Settings) => void): EventRef {
		return this.#events.on("changed", () => callback(this.#current));
	}
}
