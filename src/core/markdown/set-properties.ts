/**
 * Setting and removing top-level properties of a note as a pure text edit: a value is
 * replaced where it stands (a comment after it stays), a new property goes at the end
 * of the frontmatter (or into a new block when the note has none), and a removed one
 * takes its line with it. Only values written on the key's own line are touched; a
 * list, a map or a text over several lines is refused rather than overwritten.
 */
import { lineEndingOf } from "./frontmatter-span";
import {
	keyBlocks,
	lineValue,
	newFrontmatter,
	onlyChanged,
	planned,
	readFrontmatter,
	refuse,
	uneditable,
	yamlKey,
	yamlScalar,
	type TextEdit,
} from "./frontmatter-text";
import type { Splice } from "./splice";
import { hasOwn } from "../values";

/** Properties to write, by key as written in the note: text sets the value, null removes the property. */
export type PropertyValues = Readonly<Record<string, string | null>>;

/**
 * Plans setting each property to its value (a YAML scalar that reads back as that text)
 * or removing it (null). Properties that already hold their value are left alone, so the
 * plan may be empty. Refuses, changing nothing, when the frontmatter cannot be read or a
 * property to change holds something other than one line's value.
 */
export function setProperties(text: string, values: PropertyValues): TextEdit {
	const eol = lineEndingOf(text);
	const wanted = Object.entries(values);
	const line = (key: string, value: string): string => `${yamlKey(key)}: ${yamlScalar(value)}${eol}`;
	const checks = Object.fromEntries(
		wanted.map(([key, value]) => [key, (_before: unknown, after: unknown) => (value === null ? after === undefined : after === value)]),
	);
	const finish = (splices: Splice[]): TextEdit => {
		const edit = planned(text, splices);
		if (splices.length > 0 && !onlyChanged(text, edit.text, checks)) {
			return refuse(
				`the properties ${wanted.map(([k]) => `"${k}"`).join(", ")} could not be written without changing other values; nothing was changed`,
			);
		}
		return edit;
	};

	const frontmatter = readFrontmatter(text);
	if (frontmatter === null) {
		const added = wanted.filter((entry): entry is [string, string] => entry[1] !== null);
		if (added.length === 0) return planned(text, []);
		return finish([newFrontmatter(text, added.map(([k, v]) => line(k, v)).join(""), eol)]);
	}
	if (!frontmatter.ok) return frontmatter;
	const { span, value: current } = frontmatter;
	const blocks = keyBlocks(frontmatter.lines);
	const splices: Splice[] = [];
	let appended = "";
	for (const [key, value] of wanted) {
		if (value === null ? !hasOwn(current, key) : current[key] === value) continue;
		if (!hasOwn(current, key)) {
			appended += line(key, value as string);
			continue;
		}
		const block = blocks.find((b) => b.key === key);
		if (!block) return uneditable(key);
		const onLine = lineValue(block.line.text, block.colonEnd);
		if (block.content.length > 0 || onLine.shape === "open") {
			return refuse(`"${key}" holds a list, a map or a text over several lines; it was left as it is, nothing was changed`);
		}
		const { start, next } = block.line;
		if (value === null) splices.push({ from: start, to: next, insert: "" });
		else if (onLine.shape === "empty")
			splices.push({ from: start + block.colonEnd, to: start + block.colonEnd, insert: ` ${yamlScalar(value)}` });
		else splices.push({ from: start + onLine.start, to: start + onLine.end, insert: yamlScalar(value) });
	}
	if (appended !== "") splices.push({ from: span.contentEnd, to: span.contentEnd, insert: appended });
	return finish(splices);
}
