/**
 * The bundled example vault on the day it was written for, as the table a person sees
 * and as JSON. The approved files are reviewed like code: a change to the rules shows
 * up here as a readable diff. To accept a deliberate change, run with APPROVE=1.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands";
import { fakeIo } from "../cli/fake-io";

const root = join(__dirname, "../..");

async function approve(name: string, args: string[]) {
	const io = fakeIo(root);
	const status = await run(args, io);
	expect(io.err()).toBe("");
	expect(status).toBe(0);
	const file = join(__dirname, name);
	if (process.env.APPROVE === "1") writeFileSync(file, io.out());
	expect(existsSync(file), `${name} is missing: run with APPROVE=1 and review it`).toBe(true);
	expect(io.out()).toBe(readFileSync(file, "utf8"));
}

describe("the example vault on Monday 23 November 2026", () => {
	it("prints the approved table", async () => {
		await approve("example-vault.table.approved.txt", ["due", "examples/vault", "--today", "2026-11-23"]);
	});
	it("prints the approved JSON", async () => {
		await approve("example-vault.json.approved.json", ["due", "examples/vault", "--today", "2026-11-23", "--format", "json"]);
	});
});
