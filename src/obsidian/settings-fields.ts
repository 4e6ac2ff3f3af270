/**
 * Text forms of the settings that are lists or maps, for the settings tab: one item
 * per line, `key: value` for maps. Pure functions, so the round trip is tested.
 */

/** Lines to a list: trimmed, blanks dropped. */
export function parseLines(text: string): string[] {
	return text
		.split(/\r?\n|,/)
		.map((line) => line.trim())
		.filter((line) => line !== "");
}

/** `interview_date: Interview-On, Met-On` per line → `{interview_date: [...]}`. */
export function parseAliasLines(text: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const line of text.split(/\r?\n/)) {
		const at = line.indexOf(":");
		if (at <= 0) continue;
		const key = line.slice(0, at).trim();
		const names = line
			.slice(at + 1)
			.split(",")
			.map((n) => n.trim())
			.filter((n) => n !== "");
		if (key !== "" && names.length > 0) out[key] = [...(out[key] ?? []), ...names];
	}
	return out;
}

/** The inverse of parseAliasLines. */
export function formatAliasLines(map: Readonly<Record<string, readonly string[]>>): string {
	return Object.entries(map)
		.map(([k, names]) => `${k}: ${names.join(", ")}`)
		.join("\n");
}

/** `Under_Review: active` per line → `{Under_Review: "active"}` (the group is checked on save). */
export function parseStatusLines(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const line of text.split(/\r?\n/)) {
		const at = line.lastIndexOf(":");
		if (at <= 0) continue;
		const key = line.slice(0, at).trim();
		const group = line.slice(at + 1).trim();
		if (key !== "" && group !== "") out[key] = group;
	}
	return out;
}

/** The inverse of parseStatusLines. */
export function formatStatusLines(map: Readonly<Record<string, string>>): string {
	return Object.entries(map)
		.map(([k, group]) => `${k}: ${group}`)
		.join("\n");
}

/** A whole number typed in a text box, or NaN (refused by the settings checks). */
export function parseWhole(text: string): number {
	return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}
