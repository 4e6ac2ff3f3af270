/**
 * The floor of the benchmark: the least any reader of the vault must do. Kept apart so
 * that every measurement that compares with it (run.ts, breakdown.ts) runs the same code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";

/** Every `.md` file under a folder, skipping dot-folders (what any vault reader must list). */
export function listFiles(folder: string, out: string[] = []): string[] {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const full = join(folder, entry.name);
		if (entry.isDirectory()) listFiles(full, out);
		else if (entry.name.endsWith(".md")) out.push(full);
	}
	return out;
}

/**
 * The least any reader must do: list the files, read each, cut out the frontmatter
 * block and load it with js-yaml's default loader. No safety, no notes, no rules.
 */
export function floorRead(vault: string): number {
	let maps = 0;
	for (const file of listFiles(vault)) {
		const text = readFileSync(file, "utf8");
		if (!text.startsWith("---")) continue;
		const end = text.indexOf("\n---", 3);
		if (end === -1) continue;
		const data = load(text.slice(text.indexOf("\n") + 1, end));
		if (data !== null && typeof data === "object") maps += 1;
	}
	return maps;
}
