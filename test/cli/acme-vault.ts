/** A vault on disk for the draft and log commands: settings, one interview note written by someone else, a pressuring template. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const crlf = (lines: string[]) => lines.join("\r\n");

/** The note as another person wrote it: CRLF, a comment, a fake heading, no final newline. */
export const ACME_NOTE = crlf([
	"---",
	"tags: [interview]",
	"company: Acme # the parent company, not the brand",
	"role: Product Manager",
	"interview_date: 2026-11-19",
	"format: onsite",
	"people:",
	"  - name: Jane Doe",
	"    relation: hiring-manager",
	"    title: Director of Product",
	"    email: jane@acme.example",
	"  - name: Raj Patel",
	"    title: Staff Engineer",
	"    email: raj@acme.example",
	"topics: [the pricing overhaul, onboarding]",
	"follow_ups:",
	"  - {date: 2026-11-19, kind: thank-you, to: Jane Doe}",
	"---",
	"# Acme onsite",
	"",
	"```md",
	"## Follow-ups",
	"```",
	"",
	"## Follow-ups",
	"",
	"- thanked Jane in person",
	"",
	"## Notes",
	"They use Rust.",
]);

/** Writes the vault: settings, the note, and the pressuring check-in template. */
export function makeVault(): string {
	const root = mkdtempSync(join(tmpdir(), "ifu-draft-"));
	mkdirSync(join(root, ".obsidian", "plugins", "interview-followups"), { recursive: true });
	writeFileSync(
		join(root, ".obsidian", "plugins", "interview-followups", "data.json"),
		JSON.stringify({ templateFolder: "Templates", myName: "Sam Lee" }),
	);
	mkdirSync(join(root, "Interviews"));
	writeFileSync(join(root, "Interviews", "Acme.md"), ACME_NOTE);
	mkdirSync(join(root, "Templates"));
	writeFileSync(
		join(root, "Templates", "check-in.md"),
		[
			"---",
			"subject: Any news about {{role}}?",
			"---",
			"",
			"Hi {{first_name}},",
			"",
			"I have other offers, so I need an answer by Friday.",
			"",
			"{{my_name}}",
			"",
		].join("\n"),
	);
	return root;
}
