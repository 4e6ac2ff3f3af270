/**
 * The "Follow-ups" view type for Obsidian's Bases: the pending follow-ups of the notes
 * the base selects. Bases decides which notes (its filters, sort and groups); the
 * plugin's index decides what is due. The view's options (show, group by, days ahead)
 * go through the same parseFollowUpQuery as the code block.
 */
import {
	BasesView,
	type BasesAllOptions,
	type BasesEntry,
	type BasesEntryGroup,
	type BasesQueryResult,
	type Plugin,
	type QueryController,
} from "obsidian";
import { BASES_VIEW_TYPE } from "../core/export/base-file";
import { parseFollowUpQuery, runFollowUpQuery, type FollowUpQuery } from "../core/follow-up-query";
import { plural } from "../core/follow-up-text";
import type { FollowUp } from "../core/model";
import { renderProblems, renderReading, tableHandlers, type DashboardDeps } from "./dashboard-deps";
import { renderFollowUpTable } from "./follow-up-table";

/** The view's options in the Bases toolbar; their values are query options. */
function viewOptions(deps: DashboardDeps): BasesAllOptions[] {
	return [
		{
			type: "dropdown",
			key: "status",
			displayName: "Show",
			default: "all",
			options: {
				all: "Everything within the days ahead",
				now: "Overdue and due now",
				overdue: "Overdue only",
				upcoming: "Upcoming only",
			},
		},
		{
			type: "dropdown",
			key: "groupBy",
			displayName: "Group follow-ups by",
			default: "status",
			options: { status: "Status", company: "Company", kind: "Kind", none: "No groups" },
		},
		{ type: "slider", key: "horizon", displayName: "Days ahead", min: 0, max: 60, step: 1, default: deps.store.get().horizonDays },
	];
}

/** The Bases view. */
export class FollowUpBasesView extends BasesView {
	/** The view type id, as in the .base file. */
	readonly type = BASES_VIEW_TYPE;
	#drawnRevision = "";
	/** Our own element inside Bases' container: Bases owns the container, its classes and its other children. */
	readonly #root: HTMLElement;

	readonly #deps: DashboardDeps;

	/** `containerEl` is the area below the Bases toolbar. */
	constructor(controller: QueryController, containerEl: HTMLElement, deps: DashboardDeps) {
		super(controller);
		this.#deps = deps;
		this.#root = containerEl.createDiv({ cls: "ifu-dash ifu-bases-view" });
	}

	/** Follow-ups change with the index too, not only with the base's data. */
	override onload(): void {
		this.registerEvent(
			this.#deps.indexer.onChange(() => {
				if (this.#revision() !== this.#drawnRevision) this.#draw();
			}),
		);
	}

	/** The view leaves the base (another view picked, the base closed): take our element with it. */
	override onunload(): void {
		this.#root.remove();
	}

	/** Bases ran the query again (a note or the base changed). */
	override onDataUpdated(): void {
		this.#draw();
	}

	#revision(): string {
		return `${this.#deps.indexer.index.revision}|${this.#deps.indexer.today()}|${this.#deps.store.get().horizonDays}`;
	}

	#draw(): void {
		const { indexer, store } = this.#deps;
		const root = this.#root;
		if (!indexer.isReady) {
			renderReading(root);
			return;
		}
		this.#drawnRevision = this.#revision();
		const parsed = parseFollowUpQuery({
			status: this.config.get("status"),
			groupBy: this.config.get("groupBy"),
			horizon: this.config.get("horizon"),
		});
		if (!parsed.ok) {
			renderProblems(
				root,
				"This Follow-ups view has a problem",
				parsed.problems,
				"Pick the view's options again in the Bases toolbar.",
			);
			return;
		}
		// Bases may call before its first result; treat that as an empty base.
		const data = this.data as BasesQueryResult | undefined;
		const entries: BasesEntry[] = data?.data ?? [];
		const evaluation = indexer.evaluation();
		const horizon = store.get().horizonDays;
		const paths = new Set(entries.map((e) => e.file.path));
		const mine = evaluation.followUps.filter((f) => paths.has(f.note));
		const interviewCount = [...paths].filter((p) => indexer.index.note(p) !== null).length;

		root.empty();
		root.createDiv({ cls: "ifu-dash-summary", text: summary(entries.length, interviewCount, mine) });
		const handlers = tableHandlers(this.#deps, "");
		const groups: BasesEntryGroup[] = data?.groupedData ?? [];
		if (!groups.some((g) => g.hasKey())) {
			renderFollowUpTable(
				root.createDiv(),
				runFollowUpQuery(mine, evaluation.today, parsed.query, horizon),
				parsed.query,
				evaluation.today,
				handlers,
			);
			return;
		}
		// The base groups its notes: keep its groups, rows earliest first inside each.
		const inGroup: FollowUpQuery = { ...parsed.query, groupBy: "none" };
		for (const group of groups) {
			const groupPaths = new Set(group.entries.map((e) => e.file.path));
			const rows = mine.filter((f) => groupPaths.has(f.note));
			if (rows.length === 0) continue;
			const section = root.createDiv({ cls: "ifu-bases-group" });
			section.createDiv({ cls: "ifu-bases-group-title", text: group.hasKey() ? (group.key?.toString() ?? "") : "(none)" });
			renderFollowUpTable(
				section.createDiv(),
				runFollowUpQuery(rows, evaluation.today, inGroup, horizon),
				inGroup,
				evaluation.today,
				handlers,
			);
		}
	}
}

function summary(noteCount: number, interviewCount: number, followUps: readonly FollowUp[]): string {
	const interviews = interviewCount === 1 ? "1 is an interview note" : `${interviewCount} are interview notes`;
	return `${plural(noteCount, "note")} in this base; ${interviews}, with ${plural(followUps.length, "follow-up")} pending.`;
}

/** Registers the view type; false when Bases is turned off in this vault. */
export function registerFollowUpBasesView(plugin: Plugin, deps: DashboardDeps): boolean {
	return plugin.registerBasesView(BASES_VIEW_TYPE, {
		name: "Follow-ups",
		icon: "calendar-clock",
		factory: (controller, containerEl) => new FollowUpBasesView(controller, containerEl, deps),
		options: () => viewOptions(deps),
	});
}
