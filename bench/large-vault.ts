/**
 * A vault as a job seeker's real one looks: 10,000 notes, of which 1,000 are interview
 * notes (and 200 person notes), the rest daily notes, meeting notes, reading notes and
 * so on; a third of all notes have no frontmatter. Among the interview notes, 20 are
 * marked only by an inline #interview tag and 5 have a frontmatter block that does not
 * parse. Deterministic, in memory (the browser benchmark hands it to the fake app).
 *
 *   npx tsx bench/large-vault.ts      the plugin figures alone (startup, burst), in Chromium
 */
import { pathToFileURL } from "node:url";
import { measurePluginInChromium, type PluginResult } from "./browser";
import { seededRandom, vaultFiles } from "./vault";

/** The notes of the vault, and what the benchmark needs to know about them. */
export interface LargeVault {
	/** Vault path → text. */
	notes: Record<string, string>;
	/** Notes whose frontmatter block does not parse (the only ones whose text needs reading). */
	broken: number;
	/** Interview notes, as generated. */
	interviews: number;
	/** Notes without frontmatter. */
	withoutFrontmatter: number;
}

const TOPICS = ["garden", "reading", "recipes", "running", "travel", "finance", "work", "family", "music", "ideas"];
const WORDS =
	"the day went well we talked about plans for the week and wrote down a few ideas on the train home before dinner with friends".split(
		" ",
	);

function sentence(random: () => number): string {
	const n = 8 + Math.floor(random() * 12);
	const words = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)] ?? "and");
	return `${words.join(" ")}.`;
}

/** A note that is not an interview note: a heading, paragraphs, a list, now and then a tag. */
function otherNote(random: () => number, i: number, frontmatter: boolean): string {
	const topic = TOPICS[i % TOPICS.length] ?? "notes";
	const lines: string[] = [];
	if (frontmatter) {
		lines.push(
			"---",
			`tags: [${topic}]`,
			`created: 2026-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
		);
		if (random() < 0.3) lines.push(`aliases: [${topic} ${i}]`);
		if (random() < 0.2) lines.push("status: done");
		lines.push("---", "");
	}
	lines.push(`# ${topic[0]?.toUpperCase() ?? ""}${topic.slice(1)} ${i}`, "");
	for (let p = 1 + Math.floor(random() * 3); p > 0; p--) lines.push(`${sentence(random)} ${sentence(random)}`, "");
	for (let l = Math.floor(random() * 4); l > 0; l--) lines.push(`- ${sentence(random)}`);
	if (random() < 0.1) lines.push("", `#${topic}`);
	return lines.join("\n") + "\n";
}

/** The large vault: `total` notes, `interviews` of them interview notes (and a fifth of that, person notes). */
export function largeVault(total = 10_000, interviews = 1_000): LargeVault {
	const notes: Record<string, string> = {};
	let broken = 0;
	let inline = 0;
	for (const [path, text] of vaultFiles(interviews, Math.round(interviews / 5))) {
		if (path.startsWith("Interviews/") && broken < 5) {
			notes[path] = text.replace("tags: [interview]", "tags: [interview"); // a bracket left open
			if (notes[path] !== text) broken += 1;
			continue;
		}
		if (path.startsWith("Interviews/") && inline < 20 && text.includes("tags: [interview]")) {
			// Marked only by an inline tag: no frontmatter at all.
			const body = text.slice(text.indexOf("\n---\n", 4) + 5);
			notes[path] = `${body}\nInterview notes. #interview\n`;
			inline += 1;
			continue;
		}
		notes[path] = text;
	}
	const random = seededRandom(2026);
	const others = total - Object.keys(notes).length;
	const withoutTarget = Math.round(total / 3) - inline;
	for (let i = 0; i < others; i++) {
		const topic = TOPICS[i % TOPICS.length] ?? "notes";
		notes[`${topic}/${String(Math.floor(i / 100)).padStart(2, "0")}/Note ${i}.md`] = otherNote(random, i, i >= withoutTarget);
	}
	const withoutFrontmatter = Object.values(notes).filter((t) => !t.startsWith("---\n")).length;
	return { notes, broken, interviews, withoutFrontmatter };
}

/**
 * 500 notes arriving at once, as a sync brings them: 480 ordinary notes and 20 person
 * notes whose names interview notes link to without a note yet (so 20 interview notes
 * have something to read again, and nothing else does).
 */
export function burstNotes(vault: LargeVault, count = 500): Record<string, string> {
	const waiting = new Set<string>();
	for (const text of Object.values(vault.notes)) for (const m of text.matchAll(/\[\[([^\]|#]*Unknown\d+)/g)) waiting.add(m[1] ?? "");
	const names = [...waiting].sort().slice(0, 20);
	const random = seededRandom(500);
	const burst: Record<string, string> = {};
	names.forEach((name) => (burst[`People/${name}.md`] = `---\nrelation: recruiter\nemail: someone@example.com\n---\n`));
	for (let i = 0; Object.keys(burst).length < count; i++) burst[`Synced/${i}.md`] = otherNote(random, i, i % 3 !== 0);
	return burst;
}

/** Startup and burst on the large vault, in Chromium at 4× CPU throttling. */
export async function measureLargeVault(runs = 3): Promise<(PluginResult & { vault: LargeVault }) | null> {
	const vault = largeVault();
	const result = await measurePluginInChromium(vault.notes, burstNotes(vault), { runs, cpuThrottling: 4 });
	return result === null ? null : { ...result, vault };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const runs = Number(process.argv[2] ?? 3);
	const result = await measureLargeVault(runs);
	if (result === null) process.stdout.write("no Chromium\n");
	else {
		const { vault, ...figures } = result;
		process.stdout.write(
			JSON.stringify(
				{ notes: Object.keys(vault.notes).length, withoutFrontmatter: vault.withoutFrontmatter, broken: vault.broken, ...figures },
				null,
				1,
			) + "\n",
		);
	}
}
