/**
 * Merging a setup proposal into what a settings file already holds: the user's keys win.
 * A map gains the entries it lacks, a list the items it lacks, and a plain value is set
 * only where the file has none. The result goes through migrateSettings, and any value it
 * would refuse is left as the file had it, so nothing invalid is ever written.
 */
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from "../settings";
import { hasOwn, isRecord } from "../values";

/** What merging gave: the object to save, and the settings it means. */
export interface MergedSettings {
	/** The file's object with the proposal added (the file's own keys and entries kept). */
	data: Record<string, unknown>;
	/** The complete settings that object reads as. */
	settings: Settings;
	/** Settings keys the proposal could not add, and why. */
	refused: { key: string; message: string }[];
}

function mergeValue(existing: unknown, proposed: unknown): unknown {
	if (existing === undefined) return proposed;
	if (isRecord(existing) && isRecord(proposed)) {
		const out: Record<string, unknown> = { ...existing };
		for (const [key, value] of Object.entries(proposed)) if (!hasOwn(out, key)) out[key] = value;
		return out;
	}
	if (Array.isArray(existing) && Array.isArray(proposed)) {
		const out: unknown[] = [...(existing as unknown[])];
		for (const item of proposed as unknown[]) if (!out.some((x) => JSON.stringify(x) === JSON.stringify(item))) out.push(item);
		return out;
	}
	return existing;
}

/**
 * Merges `proposed` into `existing` (a settings file's parsed object, or null when there
 * is none). Keys the proposal does not name are kept as they are, unknown ones included.
 */
export function mergeProposal(existing: Record<string, unknown> | null, proposed: Partial<Settings>): MergedSettings {
	const base: Record<string, unknown> = existing === null ? {} : { ...existing };
	const data: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(proposed)) data[key] = mergeValue(base[key], value);
	let { settings, problems } = migrateSettings(data);
	const refused: { key: string; message: string }[] = [];
	const badKeys = new Set(problems.map((p) => p.key).filter((key) => hasOwn(proposed, key)));
	if (badKeys.size > 0) {
		for (const key of badKeys) {
			if (hasOwn(base, key)) data[key] = base[key];
			else delete data[key];
			for (const p of problems) if (p.key === key) refused.push(p);
		}
		({ settings, problems } = migrateSettings(data));
	}
	return { data, settings, refused };
}

/**
 * The settings that differ from the defaults, as the object a proposal merges into. The
 * plugin saves its settings whole, so its data.json holds every key; a key still at its
 * default is one the user left alone, and a proposal may fill it.
 */
export function chosenSettings(settings: Settings): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(settings))
		if (JSON.stringify(value) !== JSON.stringify((DEFAULT_SETTINGS as Record<string, unknown>)[key])) out[key] = value;
	return out;
}
