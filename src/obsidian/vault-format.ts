/**
 * "Read my vault's format": the command line's `setup`, inside Obsidian. The same core
 * detector (src/core/setup) looks at every note's frontmatter as the metadata cache holds
 * it; a body is read only for the notes the current settings already read theirs, for
 * notes that tag themselves inline and for notes without properties (see `lookAt`), so
 * the text of notes with properties of their own is never read.
 * The proposal is merged into the settings the user chose (their values win), and the
 * notes the merged settings select are read into a separate index, for the figures
 * "after". Nothing is saved here: the modal applies the result when asked.
 *
 * Both passes run in slices and give the main thread back between them, as the indexer
 * does, so a large vault keeps Obsidian responsive and the modal can show progress.
 */
import type { App, CachedMetadata, TFile } from "obsidian";
import { FollowUpIndex } from "../app/follow-up-index";
import { type SetupYield, yieldOf } from "../app/setup-yield";
import type { Day } from "../core/model";
import type { Settings } from "../core/settings";
import { SetupDetector, type SetupProposal } from "../core/setup/detect";
import { chosenSettings, mergeProposal, type MergedSettings } from "../core/setup/merge";
import { isRecord } from "../core/values";
import { linkResolver, readPlan, sourceByPlan, sourceWithBody } from "./note-source";
import { yieldToUi, type VaultIndexer } from "./vault-indexer";
import { logError } from "../app/log-error";

/** What reading the vault's format found, and what it would change. */
export interface VaultFormatReading {
	/** The proposal, item by item with its evidence. */
	proposal: SetupProposal;
	/** The proposal merged into the user's own settings (theirs win). */
	merged: MergedSettings;
	/** What the settings in force yield today. */
	before: SetupYield;
	/** What the merged settings would yield today (the same as before when nothing is proposed). */
	after: SetupYield;
	/** The day the follow-ups were counted for. */
	today: Day;
}

/** How far a reading has got: looking at the notes, then reading them with the proposal. */
export interface FormatProgress {
	/** Which pass runs. */
	stage: "looking" | "previewing";
	/** Files done in this pass. */
	done: number;
	/** Files in the vault. */
	total: number;
}

/** What the reading needs from the plugin. */
export interface FormatDeps {
	/** The settings in force (the store's). */
	settings: Settings;
	/** The plugin's indexer: its index gives the figures "before", and its day. */
	indexer: VaultIndexer;
	/** Called once per slice while a pass runs. */
	onProgress?: (progress: FormatProgress) => void;
	/** Aborted when the modal closes: the reading stops at its next slice. */
	signal?: AbortSignal;
	/** Milliseconds of work per slice (tests use 0: a slice per file). */
	sliceMs?: number;
}

/** The reading was stopped (the modal closed). */
export class FormatReadingStopped extends Error {}

/** Work per slice before the main thread is given back (the indexer uses the same budget). */
const SLICE_MS = 5;

/** Counts time since the main thread was last given back, and gives it back when a slice is up. */
class Slices {
	#start = performance.now();
	readonly #ms: number;
	readonly #signal: AbortSignal | undefined;

	constructor(ms: number, signal: AbortSignal | undefined) {
		this.#ms = ms;
		this.#signal = signal;
	}

	/** True when it gave the main thread back (a good moment to report progress). */
	async next(): Promise<boolean> {
		if (performance.now() - this.#start < this.#ms) return false;
		await yieldToUi();
		if (this.#signal?.aborted) throw new FormatReadingStopped("stopped");
		this.#start = performance.now();
		return true;
	}
}

/** Looks at the vault, proposes settings, and works out what they would yield; saves nothing. */
export async function readVaultFormat(app: App, deps: FormatDeps): Promise<VaultFormatReading> {
	const { settings, indexer } = deps;
	const slices = new Slices(deps.sliceMs ?? SLICE_MS, deps.signal);
	const files = app.vault.getMarkdownFiles();
	const report = (stage: FormatProgress["stage"], done: number): void => deps.onProgress?.({ stage, done, total: files.length });

	/** Shows every note to a detector, reading the text of those `selecting` reads theirs (see lookAt). */
	const look = async (selecting: Settings): Promise<SetupProposal> => {
		const detector = new SetupDetector(settings, indexer.today());
		report("looking", 0);
		for (const [i, file] of files.entries()) {
			await lookAt(app, detector, selecting, file);
			if (await slices.next()) report("looking", i + 1);
		}
		return detector.propose();
	};
	let proposal = await look(settings);
	// A second look reads the text of the notes the first proposal selects, as the command
	// line's setup does: their inline fields, status words and slashed dates are in it.
	if (proposal.items.length > 0) proposal = await look(mergeProposal(chosenSettings(settings), proposal.settings).settings);
	const merged = mergeProposal(chosenSettings(settings), proposal.settings);

	await indexer.whenIdle();
	const today = indexer.today();
	const before = yieldOf(indexer.evaluation(), indexer.index.interviewCount);
	if (proposal.items.length === 0) return { proposal, merged, before, after: before, today };

	report("previewing", 0);
	const index = new FollowUpIndex(merged.settings, undefined, indexer.index.hostDateOrder, () => today);
	const resolve = linkResolver(app);
	for (const [i, file] of files.entries()) {
		const cache = app.metadataCache.getFileCache(file);
		const plan = readPlan(file.path, cache, merged.settings);
		if (cache !== null && plan !== "skip" && plan !== "wait") {
			try {
				index.update(await sourceByPlan(app, file, cache, plan), resolve);
			} catch (error) {
				logError(`could not read ${file.path}`, error);
			}
		}
		if (await slices.next()) report("previewing", i + 1);
	}
	for (const step of index.evaluationSteps(today)) {
		void step;
		await slices.next();
	}
	return { proposal, merged, before, after: yieldOf(index.evaluate(today), index.interviewCount), today };
}

/**
 * Shows one note to the detector: its frontmatter and inline tags from the cache, and its
 * body when `selecting` reads it (the settings in force, then those first proposed), when
 * the note carries an inline tag, when it has no properties at all (such a note keeps
 * whatever facts it has in its text: bold labels, inline fields, a dated timeline, a daily
 * note's links), or when it is named for a day, a week or a stamp (a journal note). The
 * text of other notes with properties of their own is never read.
 */
async function lookAt(app: App, detector: SetupDetector, selecting: Settings, file: TFile): Promise<void> {
	const cache: CachedMetadata | null = app.metadataCache.getFileCache(file);
	const frontmatter: unknown = cache?.frontmatter;
	const inlineTags = (cache?.tags ?? []).map((t) => t.tag);
	let body: string | undefined;
	try {
		// A journal note named for its day, week or stamp (`2026-11-20_1445`) may link notes in its text, properties or not.
		const journal = /^\d{4}-(W\d\d|\d\d-\d\d([ _]\d{4})?)\.md$/.test(file.name);
		if (
			cache !== null &&
			(frontmatter === undefined || journal || inlineTags.length > 0 || readPlan(file.path, cache, selecting) === "body")
		)
			body = (await sourceWithBody(app, file, cache)).body;
		detector.add({ path: file.path, frontmatter: isRecord(frontmatter) ? { ...frontmatter } : null, body, inlineTags });
	} catch (error) {
		// One note that cannot be read must not stop the others from being looked at.
		logError(`could not look at ${file.path}`, error);
	}
}
