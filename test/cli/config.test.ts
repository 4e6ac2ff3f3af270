import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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
			`settings: "stayInTouchWeeks" must be a whole number from 1 to 104 (in ${join(vault, PLUGIN_DATA_PATH)})`,
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

describe("settings values are held to what the command line accepts", () => {
	const refused = (json: string): string => usageMessage(() => settingsFromJson(json, "s.json"));

	it("refuses a horizon beyond the one --horizon accepts, naming the limit", () => {
		expect(refused('{"horizonDays": 1e12}')).toBe('settings: "horizonDays" must be a whole number of days from 0 to 3650 (in s.json)');
		expect(refused('{"horizonDays": 3651}')).toContain("from 0 to 3650");
		expect(settingsFromJson('{"horizonDays": 3650}', "s.json").horizonDays).toBe(3650);
	});

	it("refuses numbers so large the date arithmetic would run for minutes", () => {
		expect(refused('{"minGapBusinessDays": 1e12}')).toBe(
			'settings: "minGapBusinessDays" must be a whole number from 0 to 60 (in s.json)',
		);
		expect(refused('{"stayInTouchWeeks": 1e9}')).toContain('"stayInTouchWeeks" must be a whole number from 1 to 104');
		expect(refused('{"stayInTouchMax": 1e300}')).toContain('"stayInTouchMax" must be a whole number from 0 to 100');
		expect(refused('{"maxDraftWords": 1e7}')).toContain('"maxDraftWords" must be a whole number from 1 to 10000');
	});

	it("refuses a heading, a name or a tag of more than one line, or holding control codes", () => {
		expect(refused('{"followUpHeading": "## Follow-ups\\nInjected line"}')).toBe(
			'settings: "followUpHeading" must be a markdown heading on one line, such as "## Follow-ups" (in s.json)',
		);
		expect(refused('{"followUpHeading": "## Follow-ups\\r"}')).toContain('"followUpHeading"');
		expect(refused('{"followUpHeading": "## A\\u2028B"}')).toContain('"followUpHeading"');
		expect(refused('{"myName": "Sam\\u001b]0;owned\\u0007"}')).toContain('"myName" must be text on one line');
		expect(refused('{"interviewTag": "interview\\nother"}')).toContain('"interviewTag"');
		expect(refused('{"fieldAliases": {"company": ["Employer\\u001b[2J"]}}')).toContain('"fieldAliases"');
	});

	it("refuses a holiday that is not a real day", () => {
		expect(refused('{"holidays": ["2026-02-30"]}')).toContain('"holidays" must be a list of real days written YYYY-MM-DD');
	});

	it("refuses settings folders that lead out of the vault, naming the key", () => {
		for (const folder of ["../secret", "Templates/../../secret", "..", "..\\\\secret", "C:/Users/me", "~/notes", "a\\\\b"]) {
			expect(refused(JSON.stringify({ templateFolder: folder })), folder).toContain(
				'"templateFolder" must be a folder inside the vault',
			);
			expect(refused(JSON.stringify({ newNoteFolder: folder })), folder).toContain(
				'"newNoteFolder" must be a folder inside the vault',
			);
			expect(refused(JSON.stringify({ interviewFolders: ["Interviews", folder] })), folder).toContain(
				'"interviewFolders" must be a list of folders inside the vault',
			);
		}
	});

	it("takes folders inside the vault, a leading / meaning the vault's root as in Obsidian", () => {
		const settings = settingsFromJson(
			'{"templateFolder": "/Templates/", "newNoteFolder": "Jobs/2026", "interviewFolders": ["a..b"]}',
			"s.json",
		);
		expect(settings).toMatchObject({ templateFolder: "/Templates/", newNoteFolder: "Jobs/2026", interviewFolders: ["a..b"] });
	});

	it("refuses a settings folder that is a link to somewhere outside the vault", () => {
		const vault = vaultWith("linked", '{"templateFolder": "Templates"}');
		const outside = join(root, "outside-templates");
		mkdirSync(outside, { recursive: true });
		symlinkSync(outside, join(vault, "Templates"));
		expect(usageMessage(() => loadSettingsFor(vault))).toBe(
			`settings: "templateFolder" must be a folder inside the vault, but Templates leads to ${realpathSync(outside)} (in ${join(vault, PLUGIN_DATA_PATH)})`,
		);
		const inside = vaultWith("linked-inside", '{"interviewFolders": ["Current"]}');
		mkdirSync(join(inside, "Jobs"));
		symlinkSync(join(inside, "Jobs"), join(inside, "Current"));
		expect(loadSettingsFor(inside).interviewFolders).toEqual(["Current"]);
	});
});
