/**
 * The ```interview-followups``` code block: a live table of follow-ups in any note.
 * The block's YAML goes through the core's parseFollowUpQuery (the same options as the
 * Bases view and the API); a wrong option shows a message and nothing else. The table
 * is a MarkdownRenderChild that listens to the index while the block is on screen and
 * stops when Obsidian unloads it (the note closed or the block edited).
 */
import { MarkdownRenderChild, parseYaml, type Plugin } from "obsidian";
import { parseFollowUpQuery, runFollowUpQuery, type FollowUpQuery, type QueryParse } from "../core/follow-up-query";
import { renderProblems, renderReading, tableHandlers, type DashboardDeps } from "./dashboard-deps";
import { renderFollowUpTable } from "./follow-up-table";
import { errorMessage } from "../core/values";

/** The code block's language. */
export const CODE_BLOCK_LANGUAGE = "interview-followups";

const HINT = 'Write one option per line, for example "status: overdue, due" or "groupBy: company".';

/** Reads a block's text: empty means every default; otherwise YAML, then the shared option checks. */
export function readBlockOptions(source: string): QueryParse {
	if (source.trim() === "") return parseFollowUpQuery(null);
	let raw: unknown;
	try {
		raw = parseYaml(source);
	} catch (error) {
		const message = errorMessage(error).split("\n")[0] ?? "";
		return { ok: false, problems: [`The options are not valid YAML: ${message}`] };
	}
	return parseFollowUpQuery(raw);
}

/** One rendered block. */
export class FollowUpBlock extends MarkdownRenderChild {
	#drawn = "";

	readonly #source: string;
	readonly #sourcePath: string;
	readonly #deps: DashboardDeps;

	/** `source` is the block's text; `sourcePath` the note it is in (links resolve from there). */
	constructor(containerEl: HTMLElement, source: string, sourcePath: string, deps: DashboardDeps) {
		super(containerEl);
		this.#source = source;
		this.#sourcePath = sourcePath;
		this.#deps = deps;
	}

	/** Checks the options; a good block subscribes to the index and draws. */
	override onload(): void {
		this.containerEl.addClass("ifu-dash");
		const parsed = readBlockOptions(this.#source);
		if (!parsed.ok) {
			renderProblems(this.containerEl, "This follow-ups block has a problem", parsed.problems, HINT);
			return;
		}
		this.registerEvent(this.#deps.indexer.onChange(() => this.#draw(parsed.query)));
		this.#draw(parsed.query);
	}

	#draw(query: FollowUpQuery): void {
		const { indexer, store } = this.#deps;
		if (!indexer.isReady) {
			renderReading(this.containerEl);
			return;
		}
		const horizon = store.get().horizonDays;
		// The index announces changes that may not touch this table's rows; draw only when the answer can differ.
		const key = `${indexer.index.revision}|${indexer.today()}|${horizon}`;
		if (key === this.#drawn) return;
		this.#drawn = key;
		const evaluation = indexer.evaluation();
		const result = runFollowUpQuery(evaluation.followUps, evaluation.today, query, horizon);
		renderFollowUpTable(this.containerEl, result, query, evaluation.today, tableHandlers(this.#deps, this.#sourcePath));
	}
}

/** Registers the code block. */
export function registerFollowUpCodeBlock(plugin: Plugin, deps: DashboardDeps): void {
	plugin.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source, el, ctx) => {
		ctx.addChild(new FollowUpBlock(el, source, ctx.sourcePath, deps));
	});
}
