import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findVaultRoot, loadSettingsFor, PLUGIN_DATA_PATH, settingsFromJson } from "../../src/cli/config";
import { CliUsageError } from "../../src/cli/io";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const root = mkdtempSync(join(tmpdir(), "ifu-config-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function vaultWith(name: string, dataJson?: string): string {
	const vault = join(root, name);
	mkdirSync(join(vault, ".obsidian/plugins/interview-followups"), { recursive: true });
	if (dataJson !== undefined) writeFileSync(join(vault, PLUGIN_DATA_PATH), dataJson);
	return vault;
}

function usageMessage(action: () => unknown): string {
	try {
		action();
	} catch (error) {
		expect(error).toBeInstanceOf(CliUsageError);
		expect((error as Error).message).not.toContain("\n");
		return (error as Error).message;
	}
	throw new Error("expected a CliUsageError");
}

describe("settingsFromJson", () => {
	it("takes known keys and ignores unknown ones", () => {
		const settings = settingsFromJson('{"weekendDays": [5, 6], "holidays": ["2026-11-26"], "somethingElse": 1}', "s.json");
		expect(settings.weekendDays).toEqual([5, 6]);
		expect(settings.holidays).toEqual(["2026-11-26"]);
		expect(settings.interviewTag).toBe(DEFAULT_SETTINGS.interviewTag);
	});

	it("refuses an alias that would send log entries into another field, naming the key", () => {
		expect(usageMessage(() => settingsFromJson('{"fieldAliases": {"follow_ups": ["people"]}}', "s.json"))).toBe(
			'settings: "fieldAliases": "people" (under "follow_ups") is the name of another field, so it cannot also name "follow_ups"; remove it (in s.json)',
		);
	});

	it("refuses a value of the wrong type with one line naming the key and the file", () => {
		expect(usageMessage(() => settingsFromJson('{"weekendDays": "weekends"}', "s.json"))).toBe(
			'settings: "weekendDays" must be a list of weekday numbers from 0 (Sunday) to 6 (Saturday), not all seven (in s.json)',
		);
	});

	it("names every refused key on the same line", () => {
		const message = usageMessage(() => settingsFromJson('{"minGapBusinessDays": -1, "holidays": ["26/11/2026"]}', "s.json"));
		expect(message).toContain('"minGapBusinessDays"');
		expect(message).toContain('"holidays"');
	});

	it("refuses JSON that does not parse, naming the file", () => {
		expect(usageMessage(() => settingsFromJson("{weekendDays: [0]}", "/v/data.json"))).toMatch(
			/^settings file \/v\/data\.json is not valid JSON: /,
		);
	});

	it("refuses JSON that is not an object", () => {
		expect(usageMessage(() => settingsFromJson("[1, 2]", "s.json"))).toBe("settings file s.json: settings must be a JSON object");
	});
});

describe("loadSettingsFor", () => {
	it("uses the defaults when the vault has no plugin settings", () => {
		const vault = join(root, "plain");
		mkdirSync(vault);
		expect(loadSettingsFor(vault)).toEqual(DEFAULT_SETTINGS);
	});

	it("reads the vault's own plugin data.json", () => {
		const vault = vaultWith("with-data", '{"interviewTag": "job-interview"}');
		expect(loadSettingsFor(vault).interviewTag).toBe("job-interview");
	});

	it("prefers --config over the vault's data.json", () => {
		const vault = vaultWith("with-both", '{"interviewTag": "from-vault"}');
		const config = join(root, "config.json");
		writeFileSync(config, '{"interviewTag": "from-config"}');
		expect(loadSettingsFor(vault, config).interviewTag).toBe("from-config");
	});

	it("refuses a --config file that does not exist", () => {
		const missing = join(root, "nope.json");
		expect(usageMessage(() => loadSettingsFor(root, missing))).toBe(`settings file ${missing} does not exist`);
	});

	it("refuses a broken data.json in the vault, naming it", () => {
		const vault = vaultWith("broken", '{"stayInTouchWeeks": 0}');
		expect(usageMessage(() => loadSettingsFor(vault))).toBe(
			`settings: "stayInTouchWeeks" must be a whole number, 1 or more (in ${join(vault, PLUGIN_DATA_PATH)})`,
		);
	});
});

describe("findVaultRoot", () => {
	it("finds the nearest folder above the note that holds .obsidian", () => {
		const vault = vaultWith("nested");
		mkdirSync(join(vault, "Interviews/2026"), { recursive: true });
		expect(findVaultRoot(join(vault, "Interviews/2026/Acme.md"))).toBe(vault);
		expect(findVaultRoot(join(vault, "Acme.md"))).toBe(vault);
	});

	it("falls back to the note's own folder outside any vault", () => {
		const loose = join(root, "loose/notes");
		mkdirSync(loose, { recursive: true });
		expect(findVaultRoot(join(loose, "Acme.md"))).toBe(loose);
	});
});
