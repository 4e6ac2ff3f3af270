// @vitest-environment happy-dom
/**
 * The plugin and the command line read the same notes the same way: every fixture vault
 * in another shape (test/fixtures/other-vaults, held-out-vaults), with the settings a user
 * would write for it, loaded into the plugin through the fake Obsidian and read from disk
 * by the command line's evaluation. Each interview note must come out with the same
 * rounds, people and status. Only sentences and person notes' text differ by design (the
 * plugin reads no decision or call-back dates from sentences, and only the properties of
 * person notes: docs/decisions.md), so those are not compared: the command line reads
 * these vaults here without person notes' text.
 * Likewise "Read my vault's format" proposes what `setup` proposes, for the same notes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { App } from "obsidian";
import { evaluateVaultFolder } from "../../src/cli/due-command";
import { defaultSettings, migrateSettings } from "../../src/core/settings";
import { SetupDetector } from "../../src/core/setup/detect";
import { mergeProposal } from "../../src/core/setup/merge";
import type { InterviewNote } from "../../src/core/model";
import { readVaultFormat } from "../../src/obsidian/vault-format";
import { indexerOf, loadPlugin, notesOnDisk, TODAY } from "./harness";

const FIXTURES = join(__dirname, "../fixtures");

function vaultsOf(set: string): string[] {
	const base = join(FIXTURES, set);
	return readdirSync(base).filter(
		(name) => existsSync(join(base, name, "vault")) && existsSync(join(base, name, "expected-settings.json")),
	);
}

/** What both hosts must agree on, note by note. */
function shape(note: InterviewNote): unknown {
	return {
		path: note.path,
		company: note.company,
		role: note.role,
		rounds: (note.rounds ?? []).map((round) => round.date),
		interviewDate: note.interviewDate,
		people: note.people.map((person) => [person.name, person.relation, person.email, person.phone, person.linkedin]),
		status: note.status,
		log: note.log.map((entry) => [entry.date, entry.kind, entry.direction]),
	};
}

describe("the plugin reads vaults in other shapes as the command line does", () => {
	for (const set of ["other-vaults", "held-out-vaults"]) {
		for (const name of vaultsOf(set)) {
			it(`${set}/${name}`, async () => {
				const dir = join(FIXTURES, set, name);
				const data: unknown = JSON.parse(readFileSync(join(dir, "expected-settings.json"), "utf8"));
				const { settings } = migrateSettings(data);
				const cli = evaluateVaultFolder(join(dir, "vault"), settings, TODAY, {
					keepNotes: true,
					dateOrder: "MDY",
					personText: false,
				});
				const { plugin } = await loadPlugin(notesOnDisk(join(dir, "vault")), data);
				const inPlugin = indexerOf(plugin).index.notes();
				expect(cli.notes.size).toBeGreaterThan(0);
				expect(inPlugin.map(shape).sort(byPath)).toEqual([...cli.notes.values()].map(shape).sort(byPath));
			});
		}
	}
});

describe("the plugin's setup proposes what the command line's setup proposes", () => {
	for (const set of ["other-vaults", "held-out-vaults"]) {
		for (const name of vaultsOf(set)) {
			it(`${set}/${name}`, async () => {
				const root = join(FIXTURES, set, name, "vault");
				const detector = new SetupDetector(defaultSettings(), TODAY);
				evaluateVaultFolder(root, defaultSettings(), TODAY, { onSource: (source) => detector.add(source), allBodies: true });
				const cli = detector.propose();
				const { plugin, fake } = await loadPlugin(notesOnDisk(root));
				const reading = await readVaultFormat(fake as unknown as App, {
					settings: defaultSettings(),
					indexer: indexerOf(plugin),
					sliceMs: 1000,
				});
				// The notes to read may be named by a tag or by their folder: the plugin sees inline tags
				// from the cache, the command line from the text; either selects the same notes.
				const { interviewTag, interviewFolders, ...rest } = reading.proposal.settings;
				const { interviewTag: cliTag, interviewFolders: cliFolders, ...cliRest } = cli.settings;
				expect(rest).toEqual(cliRest);
				expect(interviewTag !== undefined || interviewFolders !== undefined).toBe(cliTag !== undefined || cliFolders !== undefined);
				// The notes the proposals select: as many, or with a folder where the command line names a
				// tag, those of the folder alone (inline-fields: the tag is also on a dashboard note).
				const selected = evaluateVaultFolder(root, mergeProposal(null, cli.settings).settings, TODAY, { keepNotes: true });
				if (interviewTag === cliTag) expect(reading.after.notes).toBe(selected.notes.size);
				else if (interviewTag === undefined)
					expect(reading.after.notes).toBe(
						[...selected.notes.keys()].filter((path) => interviewFolders?.some((f) => path.startsWith(`${f}/`))).length,
					);
				else {
					// A tag where the command line names a folder: the plugin never reads the text of a note
					// with properties, so a note with a company property whose only dates are in its text
					// (bewerbungen-kontakt-de: a contact sheet beside each application) does not look like an
					// application to it, and the tag the applications carry wins. The command line, given
					// that proposal, reads the same notes.
					const tagged = evaluateVaultFolder(root, mergeProposal(null, reading.proposal.settings).settings, TODAY, {
						keepNotes: true,
					});
					expect(reading.after.notes).toBe(tagged.notes.size);
					expect(tagged.notes.size).toBeGreaterThan(0);
				}
			});
		}
	}
});

function byPath(a: unknown, b: unknown): number {
	return (a as { path: string }).path.localeCompare((b as { path: string }).path);
}
