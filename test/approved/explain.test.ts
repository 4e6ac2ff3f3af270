/**
 * `explain` on notes of every shape the reader knows (our own format, a follow-up
 * table, inline fields, timeline bullets, a tracker plugin's YAML, person records),
 * on a pinned day. The approved file is the exact text a person sees: the plugin's
 * "Explain this note" builds from the same sections, and the command line must not
 * drift while it does. To accept a deliberate change, run with APPROVE=1.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "../cli/fake-io";

const root = join(__dirname, "../..");
const others = "test/fixtures/other-vaults";

/** Each note with the options it is explained with. */
const NOTES: [string, ...string[]][] = [
	["examples/vault/Interviews/2026-11-23 Brightline Health - onsite.md", "--vault", "examples/vault"],
	["examples/vault/Interviews/2026-11-09 Cinderford Hospitality - onsite.md", "--vault", "examples/vault"],
	...(
		[
			["timeline-bullets", "Companies/Fathom Robotics.md"],
			["followup-log-table", "Job Search/Applications/2026-W45/021126-Aldergrove Medical-Firmware Engineer.md"],
			["inline-fields", "JobSearch/Data Engineer - Sable.md"],
			["records-commlog", "30 Records/10 Positions/Platform Engineer Sorrel Systems.md"],
			["tracker-plugin-yaml", "Job Applications/Corvid Labs - Platform Engineer.md"],
		] as const
	).map(([shape, note]): [string, ...string[]] => [
		`${others}/${shape}/vault/${note}`,
		"--vault",
		`${others}/${shape}/vault`,
		"--config",
		`${others}/${shape}/expected-settings.json`,
	]),
];

it("explains notes of every shape exactly as approved on Monday 23 November 2026", async () => {
	let text = "";
	for (const args of NOTES) {
		const io = fakeIo(root);
		const status = await run(["explain", ...args, "--today", "2026-11-23"], io);
		expect(io.err()).toBe("");
		expect(status).toBe(0);
		text += `$ interview-followups explain ${args.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ")}\n${io.out()}\n`;
	}
	const file = join(__dirname, "explain.approved.txt");
	if (process.env.APPROVE === "1") writeFileSync(file, text);
	expect(existsSync(file), "explain.approved.txt is missing: run with APPROVE=1 and review it").toBe(true);
	expect(text).toBe(readFileSync(file, "utf8"));
});
