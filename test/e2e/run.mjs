// End-to-end check of the side panel in a real browser: bundles the real plugin code
// (src/obsidian/main.ts) with the fake obsidian (test/fakes/obsidian.ts) into one page,
// opens it in Debian's Chromium through playwright-core, asserts on the DOM, and writes
// screenshots to test/e2e/screenshots/. Prints a vitest-like summary; exits 1 on failure.
//
//   npm run test:e2e            (CHROMIUM=/path/to/chromium to use another binary)
//   npm run test:e2e -- --summary FILE   also writes {"passed": N, "failed": N, "failures": [...]} to FILE (for CI)
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const shots = join(root, "test/e2e/screenshots");
const TODAY = "2026-11-23";
const started = Date.now();

// ---------------------------------------------------------------- assertions
const results = [];
function check(name, ok, detail = "") {
	results.push({ name, ok: Boolean(ok), detail });
	console.log(`  ${ok ? "\u2713" : "\u00d7"} ${name}${ok || !detail ? "" : `\n      ${detail}`}`);
}

// ---------------------------------------------------------------- the page
async function bundle() {
	const out = await build({
		entryPoints: [join(root, "test/e2e/page.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2022",
		write: false,
		logLevel: "silent",
		alias: { obsidian: join(root, "test/fakes/obsidian.ts") },
	});
	return out.outputFiles[0].text;
}

function pluginCss() {
	return readdirSync(join(root, "styles"))
		.filter((name) => name.endsWith(".css"))
		.sort()
		.map((name) => readFileSync(join(root, "styles", name), "utf8"))
		.join("\n");
}

/** Every markdown file of a folder, as {vault-relative path: text}. */
function readVault(dir) {
	const notes = {};
	const walk = (d) => {
		for (const name of readdirSync(d)) {
			if (name.startsWith(".")) continue;
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) notes[relative(dir, full).split("\\").join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return notes;
}

function html(script) {
	// Inline everything: no server, no network.
	const safe = script.replace(/<\/script/gi, "<\\/script");
	return `<!doctype html><html><head><meta charset="utf-8"><title>Interview Follow-ups e2e</title>
<style>${readFileSync(join(root, "test/e2e/theme.css"), "utf8")}</style>
<style>${pluginCss()}</style></head>
<body class="theme-light"><div class="notice-container"></div><div class="settings-pane"></div>
<script>${safe}</script></body></html>`;
}

// ---------------------------------------------------------------- scenarios
function frontmatter(lines) {
	return ["---", ...lines, "---", "", "Notes.", ""].join("\n");
}

async function main() {
	const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
	if (!existsSync(executablePath)) {
		console.error(`Chromium not found at ${executablePath}. Install it with: apt-get install -y --no-install-recommends chromium`);
		process.exit(1);
	}
	mkdirSync(shots, { recursive: true });
	const page$ = html(await bundle());
	const vaultDir = join(root, "examples/vault");
	const exampleNotes = existsSync(vaultDir) ? readVault(vaultDir) : {};
	const dataPath = join(vaultDir, ".obsidian/plugins/interview-followups/data.json");
	const exampleData = existsSync(dataPath) ? JSON.parse(readFileSync(dataPath, "utf8")) : null;

	const userDataDir = mkdtempSync(join(tmpdir(), "ifu-e2e-"));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath,
		headless: true,
		args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
		viewport: { width: 1180, height: 960 },
		deviceScaleFactor: 1,
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const errors = [];
	page.on("pageerror", (e) => errors.push(String(e)));
	page.on("console", (m) => {
		if (m.type() === "error") errors.push(m.text());
	});

	async function fresh(notes, data = null, theme = "light") {
		await page.setContent(page$, { waitUntil: "load" });
		await page.evaluate((t) => document.body.classList.replace("theme-light", `theme-${t}`), theme);
		await page.evaluate(({ notes, data, today }) => window.e2e.load(notes, data, today), { notes, data, today: TODAY });
	}
	const panel = ".workspace-right .view-content";
	const shot = async (name, selector) => {
		// Notices fade after a few seconds in Obsidian; keep them off the pictures.
		await page.evaluate(() => document.querySelector(".notice-container")?.replaceChildren());
		const file = join(shots, `${name}.png`);
		if (selector) await page.locator(selector).first().screenshot({ path: file });
		else await page.screenshot({ path: file });
		console.log(`    screenshot ${relative(root, file)}`);
	};

	try {
		// 1. The example vault, light theme.
		console.log("\n example vault");
		check("the example vault has notes", Object.keys(exampleNotes).length > 0, "examples/vault is missing");
		await fresh(exampleNotes, exampleData);
		await page.evaluate(() => window.e2e.openPanel());
		const groups = await page.locator(`${panel} .ifu-group-title`).allTextContents();
		check(
			"groups follow-ups under Overdue / Due today / Upcoming",
			groups.length > 0 && groups.every((g) => ["Overdue", "Due today", "Upcoming"].includes(g)),
			JSON.stringify(groups),
		);
		const rows = await page.locator(`${panel} .ifu-row`).count();
		const sourceRows = await page.locator(`${panel} .ifu-row-main`).allTextContents(); // for main.js as built (1a)
		check("lists follow-ups from the example vault", rows >= 5, `${rows} rows`);
		const whens = await page.locator(`${panel} .ifu-when`).allTextContents();
		check(
			"says when in words (overdue / today / a date)",
			whens.every((w) => /overdue|today|tomorrow|^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}$/.test(w)),
			JSON.stringify(whens.slice(0, 5)),
		);
		const attention = await page
			.locator(`${panel} .ifu-attention-summary`)
			.textContent()
			.catch(() => null);
		check("shows the notes that need attention", attention !== null && /notes? needs? attention/.test(attention), String(attention));
		await page.locator(`${panel} .ifu-row-main`).first().click();
		const reason = await page.locator(`${panel} .ifu-row-reason`).first().textContent();
		check("expands a row to show the reason", (reason ?? "").length > 20, String(reason));
		const notices = await page.locator(".notice").allTextContents();
		check(
			"shows one start-up notice, not one per follow-up",
			notices.length === 1 && /^Interview follow-ups: .*(overdue|due today)/.test(notices[0]),
			JSON.stringify(notices),
		);
		const icons = await page
			.locator(`${panel} .ifu-row`)
			.first()
			.locator(".ifu-action")
			.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
		check(
			"each row offers insert, copy, mark sent, log reply, snooze, dismiss and open",
			JSON.stringify(icons) ===
				JSON.stringify(["Insert draft into the note", "Copy draft", "Mark sent", "Log a reply", "Snooze", "Dismiss", "Open note"]),
			JSON.stringify(icons),
		);
		await shot("panel-light", ".workspace-right");
		await page.locator(`${panel} .ifu-attention-summary`).click();
		await page.locator(panel).evaluate((el) => (el.scrollTop = el.scrollHeight));
		await shot("panel-light-attention", ".workspace-right");

		// 1a. The shipped main.js (as `npm run build` minified it) on the same vault: the same rows.
		console.log("\n main.js as built");
		const builtFile = join(root, "main.js");
		if (!existsSync(builtFile)) execFileSync("node", ["esbuild.config.mjs", "production"], { cwd: root, stdio: "inherit" });
		await page.setContent(page$, { waitUntil: "load" });
		await page.addScriptTag({
			content: `window.builtMain = function (require, module, exports) {\n${readFileSync(builtFile, "utf8")}\n};`,
		});
		await page.evaluate(({ notes, data, today }) => window.e2e.loadBuilt(notes, data, today), {
			notes: exampleNotes,
			data: exampleData,
			today: TODAY,
		});
		await page.evaluate(() => window.e2e.openPanel());
		const builtRows = await page.locator(`${panel} .ifu-row-main`).allTextContents();
		check(
			"main.js as built lists the same follow-ups as the sources",
			builtRows.length >= 5 && JSON.stringify(builtRows) === JSON.stringify(sourceRows),
			`${builtRows.length} rows against ${sourceRows.length}; first difference: ${JSON.stringify(
				builtRows.map((row, i) => [row, sourceRows[i]]).find(([a, b]) => a !== b),
			)}`,
		);

		// 1b. The first reading of a large vault, paused midway: the panel says how far it has got.
		console.log("\n first reading of a large vault");
		const large = { ...exampleNotes };
		for (let i = 0; i < 4000; i++) large[`Journal/${String(i).padStart(4, "0")}.md`] = `# Day ${i}\n\nNothing about work today.\n`;
		for (const theme of ["light", "dark"]) {
			await page.setContent(page$, { waitUntil: "load" });
			await page.evaluate((t) => document.body.classList.replace("theme-light", `theme-${t}`), theme);
			await page.evaluate(({ notes, data, today }) => window.e2e.loadReading(notes, data, today, { pauseAt: 1500 }), {
				notes: large,
				data: exampleData,
				today: TODAY,
			});
			await page.locator(`${panel} .ifu-progress-text`).waitFor();
			const said = await page.locator(`${panel} .ifu-progress-text`).textContent();
			const bar = await page.locator(`${panel} progress.ifu-progress`).evaluate((el) => [el.value, el.max]);
			if (theme === "light") {
				check(
					"while reading a large vault, the panel says how many notes it has looked at, of how many",
					/^[\d,]+ of 4,\d{3} notes looked at$/.test(said ?? "") && bar[0] > 0 && bar[0] < bar[1],
					`${said} ${JSON.stringify(bar)}`,
				);
				check("no follow-up rows are drawn from a half-read vault", (await page.locator(`${panel} .ifu-row`).count()) === 0);
			}
			// The top of the sidebar: below the progress it is empty.
			const box = await page.locator(".workspace-right").boundingBox();
			const file = join(shots, `panel-reading-${theme}.png`);
			await page.screenshot({ path: file, clip: { x: box.x, y: box.y, width: box.width, height: 160 } });
			console.log(`    screenshot ${relative(root, file)}`);
			if (theme === "light") {
				await page.evaluate(() => window.e2e.resume());
				const after = await page.locator(`${panel} .ifu-row`).count();
				check("once the reading ends, the panel lists the follow-ups", after >= 5, `${after} rows`);
			}
		}

		// 2. Dark theme.
		console.log("\n dark theme");
		await fresh(exampleNotes, exampleData, "dark");
		await page.evaluate(() => window.e2e.openPanel());
		const bg = await page.locator(".workspace-right").evaluate((el) => getComputedStyle(el).backgroundColor);
		check("draws the dark theme", bg === "rgb(38, 38, 38)", bg);
		await page.locator(`${panel} .ifu-row-main`).first().click();
		await shot("panel-dark", ".workspace-right");

		// 3. A note's timeline.
		console.log("\n timeline");
		await fresh(exampleNotes, exampleData);
		await page.evaluate(() => window.e2e.openPanel());
		const withLog =
			Object.entries(exampleNotes).find(
				([p, t]) => p.startsWith("Interviews/") && /Meridian Tide/.test(p) && /follow_ups:/.test(t),
			) ?? Object.entries(exampleNotes).find(([p, t]) => p.startsWith("Interviews/") && /follow_ups:/.test(t));
		if (withLog) {
			await page.evaluate((p) => window.e2e.openNote(p), withLog[0]);
			const labels = await page.locator(`${panel} .ifu-tl-label`).allTextContents();
			check(
				"draws the active note's timeline with the interview, the log and today",
				labels.some((l) => l.startsWith("Interview")) && labels.includes("Today") && labels.length >= 4,
				JSON.stringify(labels),
			);
			const dots = await page.locator(`${panel} .ifu-tl-dot`).count();
			check("each timeline item has a dot on the rail", dots === labels.length, `${dots} dots, ${labels.length} labels`);
			await shot("timeline");
		} else check("the example vault has an interview note with a log", false);

		// 4. The empty state.
		console.log("\n empty state");
		await fresh({ "Journal.md": "# Journal\n" });
		await page.evaluate(() => window.e2e.openPanel());
		const emptyTitle = await page.locator(`${panel} .ifu-empty-title`).textContent();
		check("explains how to start when there are no interview notes", emptyTitle === "No interview notes yet", String(emptyTitle));
		check(
			"offers a New interview note button",
			(await page.locator(`${panel} .ifu-empty button`).textContent()) === "New interview note",
		);
		await shot("empty-state", ".workspace-right");
		await page.locator(`${panel} .ifu-empty button`).click();
		await page.evaluate(() => window.e2e.ticks(10));
		const afterNew = await page.locator(`${panel} .ifu-active .ifu-tl-label`).allTextContents();
		check("the button creates and opens a new interview note", afterNew.includes("Today"), JSON.stringify(afterNew));

		// 5. Markup in a company name is text.
		console.log("\n untrusted text");
		const evil = "<img src=x onerror=window.__xss=1>";
		await fresh({
			"Interviews/Evil.md": frontmatter([
				"tags: [interview]",
				`company: "${evil}"`,
				"role: '<b>Boss</b>'",
				"interview_date: 2026-11-20",
				"people: ['<script>window.__xss=2</script>']",
			]),
		});
		await page.evaluate(() => window.e2e.openPanel());
		await page.waitForTimeout(100);
		check(
			"a company named <img onerror> renders as text",
			(await page.locator(`${panel} .ifu-company`).first().textContent()) === evil &&
				(await page.locator(`${panel} .ifu-row-title`).first().getAttribute("title")) === `${evil} · <b>Boss</b>`,
		);
		check("no element was created from note text", (await page.locator(`${panel} img, ${panel} b, ${panel} script`).count()) === 0);
		check("no script from a note ran", (await page.evaluate(() => window.__xss)) === undefined);

		// 6. A thousand rows.
		console.log("\n a thousand rows");
		const many = {};
		for (let i = 0; i < 250; i++) {
			many[`Interviews/Company ${String(i).padStart(3, "0")}.md`] = frontmatter([
				"tags: [interview]",
				`company: Company ${i}`,
				"role: Engineer",
				"interview_date: 2026-11-20",
				"people: [Ann Lee, Bo Chen, Cy Diaz, Di Eve]",
			]);
		}
		await fresh(many);
		const t0 = Date.now();
		await page.evaluate(() => window.e2e.openPanel());
		const drawMs = Date.now() - t0;
		const counted = await page.locator(`${panel} .ifu-count`).allTextContents();
		const total = counted.reduce((sum, n) => sum + Number(n), 0);
		check("counts over 1,000 follow-ups", total >= 1000, JSON.stringify(counted));
		const firstPage = await page.locator(`${panel} .ifu-row`).count();
		const moreButtons = await page.locator(`${panel} .ifu-show-more`).count();
		check(
			"draws each group's first 50 rows, with a Show more button",
			firstPage === 50 * counted.length && moreButtons === counted.length,
			`${firstPage} rows, ${moreButtons} buttons`,
		);
		check(`draws them in under 3 seconds (${drawMs} ms)`, drawMs < 3000);
		while ((await page.locator(`${panel} .ifu-show-more`).count()) > 0) await page.locator(`${panel} .ifu-show-more`).first().click();
		const count = await page.locator(`${panel} .ifu-row`).count();
		check("Show more reaches every row", count === total, `${count} of ${total} rows`);
		const scrolled = await page.locator(panel).evaluate((el) => {
			el.scrollTop = el.scrollHeight;
			const rows = el.querySelectorAll(".ifu-row");
			const last = rows[rows.length - 1].getBoundingClientRect();
			const box = el.getBoundingClientRect();
			return {
				top: el.scrollTop,
				visible: last.bottom <= box.bottom + 1 && last.top >= box.top - 1,
				scrollable: el.scrollHeight > el.clientHeight,
			};
		});
		check("the list scrolls to its last row", scrolled.scrollable && scrolled.top > 0 && scrolled.visible, JSON.stringify(scrolled));
		await shot("thousand-rows-scrolled", ".workspace-right");

		// 7. The settings tab.
		console.log("\n settings tab");
		await fresh(exampleNotes, exampleData);
		await page.evaluate(() => {
			document.body.classList.add("show-settings");
			window.e2e.showSettings();
		});
		const headings = await page.locator(".settings-pane .setting-item-heading .setting-item-name").allTextContents();
		check("the settings tab shows its sections", headings.length === 6, JSON.stringify(headings));
		const name = await page.locator(".settings-pane .setting-item").filter({ hasText: "Your name" }).locator("input").inputValue();
		check("the settings tab shows the vault's data.json values", name === "Alex Morgan", name);
		await page.setViewportSize({ width: 820, height: 2000 });
		await shot("settings", ".settings-pane");
		await page.setViewportSize({ width: 1180, height: 960 });

		// 8. The interview-followups code block in reading view.
		console.log("\n code block");
		const block = ".markdown-preview-view";
		// Tall enough that the whole note fits: a screenshot of an element inside a scrolled area is cut off.
		await page.setViewportSize({ width: 1180, height: 2400 });
		await fresh(exampleNotes, exampleData);
		await page.evaluate(() => window.e2e.showCodeBlock("horizon: 7\ncolumns: when, what, to, company, note, actions"));
		const blockGroups = await page.locator(`${block} .ifu-dash-group-title`).allTextContents();
		check(
			"the block groups follow-ups by status",
			blockGroups.length > 0 && blockGroups.every((g) => ["Overdue", "Due now", "Upcoming"].includes(g)),
			JSON.stringify(blockGroups),
		);
		const blockRows = await page.locator(`${block} tr.ifu-dash-row`).count();
		check("the block lists the example vault's follow-ups", blockRows >= 3, `${blockRows} rows`);
		const blockButtons = await page
			.locator(`${block} tr.ifu-dash-row`)
			.first()
			.locator(".ifu-dash-action")
			.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
		check(
			"each row offers insert draft and mark sent",
			JSON.stringify(blockButtons) === JSON.stringify(["Insert draft into the note", "Mark sent"]) ||
				JSON.stringify(blockButtons) === JSON.stringify(["Insert checklist into the note", "Mark done"]),
			JSON.stringify(blockButtons),
		);
		const overflow = await page
			.locator(`${block} .ifu-dash-table`)
			.first()
			.evaluate((el) => el.scrollWidth - el.clientWidth);
		check("the table fits the reading width", overflow <= 1, `${overflow}px too wide`);
		await page.mouse.move(1, 1);
		await shot("code-block-light", block);
		const target = await page.locator(`${block} .ifu-col-note a`).first().getAttribute("data-href");
		await page.locator(`${block} .ifu-col-note a`).first().click();
		await page.evaluate(() => window.e2e.ticks(5));
		const opened = await page.evaluate(() => window.e2e.activeFile());
		check("a row's link opens its note", target !== null && opened === target, `${target} → ${opened}`);

		await fresh(exampleNotes, exampleData);
		await page.evaluate(() => window.e2e.showCodeBlock("status: late\ngroupBy: person\nsort: due"));
		const problems = await page.locator(`${block} .ifu-dash-problems li`).allTextContents();
		check(
			"a bad option shows a clear message and no table",
			problems.length === 3 && (await page.locator(`${block} table`).count()) === 0,
			JSON.stringify(problems),
		);
		await shot("code-block-error", block);

		await fresh(exampleNotes, exampleData, "dark");
		await page.evaluate(() => window.e2e.showCodeBlock("horizon: 7\ngroupBy: company\ncolumns: when, what, to, note, actions"));
		const darkGroups = await page.locator(`${block} .ifu-dash-group-title`).count();
		check("the dark theme draws the block grouped by company", darkGroups >= 2, `${darkGroups} groups`);
		await page.mouse.move(1, 1);
		await shot("code-block-dark", block);

		// 9. The Follow-ups view of a base, in a window of the usual size (the view scrolls).
		console.log("\n Bases view");
		await page.setViewportSize({ width: 1180, height: 960 });
		for (const theme of ["light", "dark"]) {
			await fresh(exampleNotes, exampleData, theme);
			const paths = await page.evaluate(() => window.e2e.interviewPaths());
			await page.evaluate((p) => window.e2e.showBase(p), paths);
			const summary = await page.locator(".bases-view .ifu-dash-summary").textContent();
			const baseRows = await page.locator(".bases-view tr.ifu-dash-row").count();
			if (theme === "light") {
				check(
					"the Bases view lists the follow-ups of the notes the base selects",
					paths.length > 0 && baseRows > 0 && /interview notes?, with \d+ follow-ups? pending/.test(summary ?? ""),
					`${paths.length} notes, ${baseRows} rows, ${summary}`,
				);
				await page.evaluate((p) => window.e2e.showBase(p.slice(0, 1)), paths);
				const fewer = await page.locator(".bases-view tr.ifu-dash-row").count();
				check("a base selecting fewer notes lists fewer follow-ups", fewer < baseRows, `${fewer} of ${baseRows}`);
				await page.evaluate((p) => window.e2e.showBase(p), paths);
			}
			await page.mouse.move(1, 1);
			await shot(`bases-view-${theme}`, ".bases-stand-in");
		}

		// 10. "Read my vault's format" on a vault in another template's shape, then on the example vault.
		console.log("\n reading the vault's format");
		const otherShape = readVault(join(root, "test/fixtures/other-vaults/dataview-history/vault"));
		for (const theme of ["light", "dark"]) {
			await fresh(otherShape, null, theme);
			await page.evaluate(() => document.body.classList.add("show-settings"));
			await page.evaluate(() => window.e2e.readVaultFormat());
			if (theme === "light") {
				const items = await page.locator(".ifu-format-item").count();
				const after = await page.locator(".ifu-format-after td").allTextContents();
				check("the dialog lists the proposed settings with their evidence", items >= 2, `${items} items`);
				check("the preview counts the notes the proposal reads", after[0] === "6", JSON.stringify(after));
			}
			await shot(`vault-format-${theme}`, ".modal");
		}
		await fresh(exampleNotes, exampleData);
		await page.evaluate(() => document.body.classList.add("show-settings"));
		await page.evaluate(() => window.e2e.readVaultFormat());
		await page.locator("button", { hasText: "Apply to settings" }).click();
		await page.waitForFunction(() => document.querySelector(".modal-container") === null);
		check("applying closes the dialog without a browser error", errors.length === 0, errors.join("\n      "));

		// 11. "Explain this note" on a note read through aliases, in a window tall enough for the whole dialog.
		console.log("\n Explain this note");
		await page.setViewportSize({ width: 1180, height: 1500 });
		const larkspur = Object.keys(exampleNotes).find((p) => /Larkspur Analytics/.test(p));
		for (const theme of ["light", "dark"]) {
			await fresh(exampleNotes, exampleData, theme);
			if (!larkspur) {
				check("the example vault has the Larkspur Analytics note", false);
				break;
			}
			await page.evaluate((p) => window.e2e.openNote(p), larkspur);
			await page.evaluate(() => window.e2e.command("explain-note"));
			const headings = await page.locator(".ifu-explain-modal .ifu-explain-heading").allTextContents();
			const sources = await page.locator(".ifu-explain-modal .ifu-explain-fields .ifu-explain-from").allTextContents();
			const reasons = await page.locator(".ifu-explain-modal .ifu-explain-follow-ups .ifu-explain-more").allTextContents();
			if (theme === "light") {
				check(
					"the dialog shows each section the command line prints",
					["Fields read", "Properties not read", "People", "Rounds", "Log", `Follow-ups on ${TODAY}`].every((h) =>
						headings.includes(h),
					),
					JSON.stringify(headings),
				);
				check(
					"each field names the property it was read from, an alias included",
					sources.includes("from property Interview-Date") && sources.includes("from property decision_by"),
					JSON.stringify(sources),
				);
				check(
					"each follow-up comes with its reason",
					reasons.length >= 2 && reasons.every((r) => r.length > 40),
					JSON.stringify(reasons),
				);
			}
			const fits = await page.locator(".ifu-explain-modal").evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
			check(`the dialog fits without scrolling in a tall window (${theme})`, fits);
			await shot(`explain-note-${theme}`, ".ifu-explain-modal");
		}
		await page.setViewportSize({ width: 1180, height: 960 });

		check("no errors in the browser console", errors.length === 0, errors.join("\n      "));
	} finally {
		await context.close();
		rmSync(userDataDir, { recursive: true, force: true });
	}
}

await main().catch((error) => {
	check("the run finished", false, error instanceof Error ? error.stack : String(error));
});
const failed = results.filter((r) => !r.ok).length;
const passed = results.length - failed;
console.log(`\n Tests  ${failed ? `${failed} failed | ` : ""}${passed} passed (${results.length})`);
console.log(` Duration  ${((Date.now() - started) / 1000).toFixed(2)}s\n`);
const summaryAt = process.argv.indexOf("--summary");
if (summaryAt > 0 && process.argv[summaryAt + 1])
	writeFileSync(
		process.argv[summaryAt + 1],
		JSON.stringify({ passed, failed, failures: results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.detail}`) }),
	);
process.exit(failed ? 1 : 0);
