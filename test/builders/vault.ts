/**
 * Builders for test vaults: source notes from frontmatter records, a resolver over
 * them, and one call that evaluates the lot. Tests say what matters and nothing else.
 */
import type { Day, Evaluation } from "../../src/core/model";
import { type Settings, migrateSettings } from "../../src/core/settings";
import type { LinkResolver, SourceNote } from "../../src/core/source";
import { evaluateVault } from "../../src/app/evaluate";
import { basename } from "node:path";

/** A source note with parsed frontmatter and an optional body. */
export function aSource(path: string, frontmatter: Record<string, unknown> | null, body = ""): SourceNote {
	return { path, frontmatter, frontmatterError: null, body };
}

/** A source note whose frontmatter did not parse. */
export function aBrokenSource(path: string, error: string, text: string): SourceNote {
	return { path, frontmatter: null, frontmatterError: error, body: text };
}

/** A resolver that matches link targets to the sources by basename or path, case-insensitively. */
export function resolverOver(sources: readonly SourceNote[]): LinkResolver {
	return (target) => {
		const wanted = target.toLowerCase().replace(/\.md$/, "");
		const hit = sources.find((s) => {
			const path = s.path.toLowerCase().replace(/\.md$/, "");
			return path === wanted || basename(path) === wanted;
		});
		return hit ? { path: hit.path, frontmatter: hit.frontmatter } : null;
	};
}

/** Settings from partial values, validated like a data.json would be. */
export function settingsWith(partial: Partial<Settings> = {}): Settings {
	const { settings, problems } = migrateSettings(partial);
	if (problems.length > 0) throw new Error(problems.map((p) => p.message).join("; "));
	return settings;
}

/** Evaluates the sources on a day with the given settings. */
export function evaluate(sources: readonly SourceNote[], today: Day, settings: Partial<Settings> = {}): Evaluation {
	return evaluateVault(sources, { settings: settingsWith(settings), today, resolve: resolverOver(sources) });
}
