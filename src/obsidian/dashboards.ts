/**
 * Everything that shows follow-ups outside the side panel, registered in one place:
 * the code block, the Bases view, the export commands, the property write-back, and
 * the API other plugins and DataviewJS scripts read.
 */
import type { Plugin } from "obsidian";
import { createApi, type InterviewFollowUpsApi } from "../app/api";
import { registerFollowUpBasesView } from "./bases-view";
import { registerFollowUpCodeBlock } from "./code-block";
import type { DashboardDeps } from "./dashboard-deps";
import { PropertyWriteBack } from "./property-write-back";
import { registerExportCommands } from "./vault-exports";

/** Registers the dashboards on the plugin and returns its API. */
export function registerDashboards(plugin: Plugin, deps: DashboardDeps): InterviewFollowUpsApi {
	registerFollowUpCodeBlock(plugin, deps);
	registerFollowUpBasesView(plugin, deps);
	registerExportCommands(plugin, deps);
	plugin.addChild(new PropertyWriteBack(deps.app, deps.store, deps.indexer, deps.writer));
	return pluginApi(deps);
}

/** The API over the plugin's index. */
export function pluginApi({ indexer, store }: Pick<DashboardDeps, "indexer" | "store">): InterviewFollowUpsApi {
	return createApi({
		evaluation: () => indexer.evaluation(),
		note: (path) => indexer.index.note(path),
		horizonDays: () => store.get().horizonDays,
		subscribe: (callback) => {
			const ref = indexer.onChange(callback);
			return () => indexer.offChange(ref);
		},
	});
}
