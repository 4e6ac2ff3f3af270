import { describe, expect, it } from "vitest";
import { SetupDetector, type SetupProposal } from "../../../src/core/setup/detect";
import { defaultSettings } from "../../../src/core/settings";

/** Splits a note's text into frontmatter (flat `key: value` lines, quotes taken off) and body, as a host would. */
function noteOf(path: string, text: string): { path: string; frontmatter: Record<string, unknown> | null; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (match === null) return { path, frontmatter: null, body: text };
	const frontmatter: Record<string, unknown> = {};
	for (const line of (match[1] ?? "").split("\n")) {
		const [key, ...rest] = line.split(":");
		const value = rest.join(":").trim();
		frontmatter[(key ?? "").trim()] = /^\[.*\]$/.test(value)
			? value.slice(1, -1).split(/,\s*/)
			: /^".*"$/.test(value)
				? value.slice(1, -1)
				: value;
	}
	return { path, frontmatter, body: text.slice(match[0].length) };
}

/** What setup proposes for a vault of these notes ({vault-relative path: text}), from the default settings. */
function propose(notes: Record<string, string>): SetupProposal {
	const detector = new SetupDetector(defaultSettings(), "2026-11-23");
	for (const [path, text] of Object.entries(notes)) detector.add(noteOf(path, text));
	return detector.propose();
}

describe("setup: notes that list many jobs are not applications", () => {
	/** One job's note, as a scraper writes it: the company a property, the facts a dated timeline. */
	const job = (company: string, status: string): string =>
		`---\ncompany: ${company}\ntitle: Data Engineer\nstatus: ${status}\nscraped_at: 2026-11-02T07:30:00\ntags: [job-hunt, job-hunt/${status}]\n---\n# ${company}\n\n## Timeline\n\n- **2026-11-02:** Applied\n- **2026-11-16:** Phone interview with Dana Reyes\n`;
	/** The scraper's dashboard of the day: the same tag, a table of every job found. */
	const dashboard = (day: string): string =>
		`---\nupdated: ${day}T08:15:00\ntotal_jobs: 4\ntags: [job-hunt]\n---\n# Job Tracker\n\n| Date | Company | Title | Status |\n|---|---|---|---|\n| 2026-11-02 | Orrin | Data Engineer | 📞 Interview |\n| 2026-11-04 | Kelpie | Data Engineer | 📞 Interview |\n| 2026-11-08 | Talden | Data Engineer | ✅ Applied |\n| 2026-11-12 | Brisk | Data Engineer | 🔍 New |\n`;
	const vault = {
		"Job hunt/Cover Letters/Orrin - Data Engineer.md": job("Orrin", "interview"),
		"Job hunt/Cover Letters/Kelpie - Data Engineer.md": job("Kelpie", "interview"),
		"Job hunt/Cover Letters/Talden - Data Engineer.md": job("Talden", "applied"),
		"Job hunt/Cover Letters/Brisk - Data Engineer.md": job("Brisk", "applied"),
		"Job hunt/Job Tracker - 2026-11-20.md": dashboard("2026-11-20"),
		"Job hunt/Job Tracker - 2026-11-23.md": dashboard("2026-11-23"),
		"Job hunt/Archive/Job Tracker - 2026-10-30.md": dashboard("2026-10-30"),
	};

	it("proposes the folder of the jobs' notes, not the tag the dashboards share with them", () => {
		const proposal = propose(vault);
		expect(proposal.applications).toBe(4);
		expect(proposal.settings.interviewTag).toBeUndefined();
		expect(proposal.settings.interviewFolders).toEqual(["Job hunt/Cover Letters"]);
		expect(proposal.items.find((item) => item.setting === "interviewFolders")?.evidence).toBe(
			'the folder "Job hunt/Cover Letters" holds 4 of the 4 notes that look like applications',
		);
	});

	it("still counts a note that names its company in a property, whatever its tables list", () => {
		const { ["Job hunt/Job Tracker - 2026-11-20.md"]: _dashboard, ...rest } = vault;
		const withCompany = dashboard("2026-11-20").replace("tags:", "company: Orrin\ntags:");
		expect(propose({ ...rest, "Job hunt/Job Tracker - 2026-11-20.md": withCompany }).applications).toBe(5);
	});

	it("still counts a note whose table names two companies or fewer", () => {
		const { ["Job hunt/Job Tracker - 2026-11-20.md"]: _dashboard, ...rest } = vault;
		const two = dashboard("2026-11-20")
			.split("\n")
			.filter((line) => !/Talden|Brisk/.test(line))
			.join("\n");
		expect(propose({ ...rest, "Job hunt/Job Tracker - 2026-11-20.md": two }).applications).toBe(5);
	});

	it("does not count a tracker without properties whose dated rows log applications and interviews", () => {
		const logged = (company: string): string =>
			`# Data Lead @ ${company}\n\n## Log\n\n- 2026-11-02 Applied online.\n- 2026-11-16 Phone interview with Dana Reyes.\n`;
		const proposal = propose({
			"Search/Notes/Orrin.md": logged("Orrin"),
			"Search/Notes/Kelpie.md": logged("Kelpie"),
			"Search/Notes/Talden.md": logged("Talden"),
			"Search/Tracker.md": `# Tracker\n\n| Date | Company | Event |\n|---|---|---|\n| 2026-11-02 | Orrin | Applied |\n| 2026-11-16 | Kelpie | Phone interview |\n| 2026-11-18 | Talden | Video interview |\n`,
		});
		expect(proposal.applications).toBe(3);
		expect(proposal.settings.interviewFolders).toEqual(["Search/Notes"]);
	});
});

describe("setup: a status kept as a tag", () => {
	/** An application note tagged for the search and, when it has one, for its status. */
	const job = (company: string, status: string | null): string =>
		`---\ncompany: ${company}\napplied: 2026-11-02\ntags: [application${status === null ? "" : `, status/${status}`}]\n---\n# ${company}\n\n## Log\n\n- 2026-11-16 Phone screen with Dana Reyes\n`;
	const vault = {
		"Jobs/Orrin.md": job("Orrin", "interviewing"),
		"Jobs/Kelpie.md": job("Kelpie", "interviewing"),
		"Jobs/Talden.md": job("Talden", "interviewing"),
		"Jobs/Brisk.md": job("Brisk", null),
		"Jobs/Lumen.md": job("Lumen", "rejected"),
		"Jobs/Targets.md": "# Targets\n\n#application #moc\n\n- [[Orrin]]\n- [[Kelpie]]\n",
		"Templates/Application.md": "---\ncompany:\ntags: [application]\n---\n# {{title}}\n\n## Log\n\n- \n",
	};

	it("proposes the folder every application is in, not the status tag only the interviewing ones carry", () => {
		const proposal = propose(vault);
		expect(proposal.applications).toBe(5);
		expect(proposal.settings.interviewTag).toBeUndefined();
		expect(proposal.settings.interviewFolders).toEqual(["Jobs"]);
	});
});

describe("setup: one folder per application", () => {
	/** An application's notes without properties: the facts are dated rows of its log. */
	const notes = (company: string): string =>
		`# Application Notes\n\nCompany: ${company}\nPosition: Analyst\n\n## Communication Log\n| Date | Direction | Summary |\n|---|---|---|\n| 2026-11-04 | Outbound | Applied through the website |\n| 2026-11-16 | Both | Video interview with Dana Reyes (hiring manager) |\n`;
	const description = (company: string): string =>
		`# Job description: Analyst (${company})\n\nSaved from the posting. Requirements: SQL, clear writing.\n`;
	const vault = {
		"applications/Orrin/Analyst/Notes.md": notes("Orrin"),
		"applications/Orrin/Analyst/Job description.md": description("Orrin"),
		"applications/Kelpie/Analyst/Notes.md": notes("Kelpie"),
		"applications/Kelpie/Analyst/Job description.md": description("Kelpie"),
		"applications/Talden/Analyst/Notes.md": notes("Talden"),
		"applications/Brisk/Analyst/Notes.md": notes("Brisk"),
		"applications/Fennel/Analyst/Notes.md": notes("Fennel"),
		"experience.md": "# Experience\n\n- Rebuilt the weekly forecast in SQL.\n",
	};

	it("proposes the folder holding them all, though job descriptions sit beside some", () => {
		const proposal = propose(vault);
		expect(proposal.applications).toBe(5);
		expect(proposal.settings.interviewFolders).toEqual(["applications"]);
		expect(proposal.items.find((item) => item.setting === "interviewFolders")?.evidence).toBe(
			'the folder "applications" holds 5 of the 5 notes that look like applications (and 2 other notes)',
		);
	});

	it("proposes no folder when most of the notes there are something else", () => {
		const research = Object.fromEntries(
			["Orrin", "Kelpie", "Talden", "Brisk", "Fennel"].flatMap((company) => [
				[`applications/${company}/Analyst/Job description.md`, description(company)],
				[`applications/${company}/Analyst/Research.md`, `# ${company}\n\nFounded in 2009; two offices.\n`],
			]),
		);
		const proposal = propose({ ...vault, ...research });
		expect(proposal.applications).toBe(5);
		expect(proposal.settings.interviewFolders).toBeUndefined();
	});
});

describe("setup: a folder per stage, a folder per application, a résumé beside each application's notes", () => {
	/** A round's notes as a template writes them: no properties, bold labels at the top. */
	const round = (company: string, day: string): string =>
		`# Round Notes - ${company}\n\n**Date:** ${day}\n**Position:** Data Engineer at ${company}\n**Interviewer:** Dana Reyes (Talent Partner)\n\n## Next Steps\n\n- [ ] Send thank you email\n`;
	const resume = "# Jordan Reyes\n\n## Experience\n\n- Rebuilt the weekly forecast in SQL.\n";
	const vault = {
		"job/interview/orrin_data_engineer_20261020/recruiter_notes.md": round("Orrin", "Friday, November 13, 2026"),
		"job/interview/orrin_data_engineer_20261020/technical_notes.md": round("Orrin", "Friday, November 20, 2026"),
		"job/interview/orrin_data_engineer_20261020/cover_letter.md":
			"Dear Hiring Team,\n\nI am applying for the Data Engineer role at Orrin.\n",
		"job/interview/orrin_data_engineer_20261020/resume.md": resume,
		"job/interview/kelpie_data_engineer_20261022/recruiter_notes.md": round("Kelpie", "Monday, November 16, 2026"),
		"job/interview/kelpie_data_engineer_20261022/resume.md": resume,
		"job/rejected/talden_data_engineer_20261012/recruiter_notes.md": round("Talden", "Monday, November 2, 2026"),
		"job/rejected/talden_data_engineer_20261012/resume.md": resume,
	};

	it("proposes the folder holding every stage, and says the plain text beside the notes reads as nothing", () => {
		const proposal = propose(vault);
		expect(proposal.applications).toBe(4);
		expect(proposal.settings.interviewFolders).toEqual(["job"]);
		expect(proposal.items.find((item) => item.setting === "interviewFolders")?.evidence).toBe(
			'the folder "job" holds 4 of the 4 notes that look like applications, and 4 notes of plain text (letters, résumés) that read as nothing',
		);
	});
});

describe("setup: an application note with a note per step of it", () => {
	/** A vault where each application is a folder: its note, and a note per step linking back to it, dates written day first. */
	function vault(withBodies: boolean): SetupProposal {
		const detector = new SetupDetector(defaultSettings(), "2026-11-23");
		const companies = ["Tarn Systems", "Weald Labs", "Ossory Freight"];
		for (const [i, company] of companies.entries()) {
			const slug = company.toLowerCase().replace(" ", "-");
			const application = `Hunt/Applications/${slug}/${slug}`;
			detector.add({
				path: `${application}.md`,
				frontmatter: {
					type: "application",
					company: `[[Hunt/Companies/${slug}]]`,
					position: "Platform Engineer",
					status: "interviewing",
					date_applied: `0${i + 2}-11-2026`,
				},
				...(withBodies ? { body: "# Platform Engineer\n\n## Notes\n" } : {}),
			});
			for (const [kind, day] of [
				["apply", `0${i + 2}-11-2026`],
				["interview-notes", `${18 + i}-11-2026`],
			])
				detector.add({
					path: `Hunt/Applications/${slug}/Steps/${day} ${kind}.md`,
					frontmatter: { type: "activity", application: `[[${application}]]`, date: day, kind },
					...(withBodies
						? { body: "# Interview\n\n- They will decide by Friday 4 December.\n- 27/11: call with the recruiter.\n" }
						: {}),
				});
		}
		return detector.propose();
	}

	it("proposes the type of the application notes, not a folder of one application's steps", () => {
		const proposal = vault(true);
		expect(proposal.applications).toBe(3);
		expect(proposal.settings.interviewTag).toBe("application");
		expect(proposal.settings.interviewFolders).toBeUndefined();
	});

	it("proposes the steps' type as the tag of log notes, and day-first dates from `18-11-2026`", () => {
		const proposal = vault(true);
		expect(proposal.settings.logTag).toBe("activity");
		expect(proposal.items.find((item) => item.setting === "logTag")?.evidence).toBe(
			'tag "activity" is on 6 of the 6 notes with a date and a direction (sent, received) or a link to their application',
		);
		expect(proposal.settings.dateOrder).toBe("DMY");
	});

	it("proposes the same whether or not the host hands over the steps' text", () => {
		expect(vault(false).settings).toEqual(vault(true).settings);
	});
});

describe("setup: dates written with dashes tell their order as slashed ones do", () => {
	const notes = (date: string): SetupProposal =>
		propose({
			"Jobs/Tarn.md": `---\ncompany: Tarn\ndate: ${date}\n---\n`,
			"Jobs/Weald.md": `---\ncompany: Weald\ndate: ${date}\n---\n`,
		});

	it("reads `23-11-2026` as day first and `11-23-2026` as month first", () => {
		expect(notes("23-11-2026").settings.dateOrder).toBe("DMY");
		expect(notes("23-11-2026").items.find((item) => item.setting === "dateOrder")?.evidence).toBe(
			"2 numeric dates read only day first (23-11-2026, 23-11-2026)",
		);
		expect(notes("11-23-2026").settings.dateOrder).toBe("MDY");
	});

	it("tells nothing from an ISO day, a dashed date that reads both ways, or one without its full year", () => {
		expect(notes("2026-11-23").settings.dateOrder).toBeUndefined();
		expect(notes("04-11-2026").settings.dateOrder).toBeUndefined();
		expect(notes("11-23-26").settings.dateOrder).toBeUndefined(); // dashes with a short year are as often a range or a score
	});
});

describe("setup: a French vault", () => {
	/** An application as a French tracker keeps it: French property names, French notes. */
	const candidature = (company: string): string =>
		`---\nEntreprise: ${company}\nPoste: Data Engineer\nStatut: 📤 Envoyée\nDate de candidature: 2026-11-10\nPlateforme: Welcome to the Jungle\n---\n# Data Engineer @ ${company}\n\n## Notes\n\n- Pourquoi cette entreprise : les données de production, une équipe de six dans les villes moyennes.\n- J'ai mis la prochaine relance au 24/11 : si rien, je rappelle la responsable.\n- Relance envoyée en fin de semaine, de la part de la responsable en poste.\n`;
	const vault = {
		"Candidatures/Tramontane.md": candidature("Tramontane"),
		"Candidatures/Brisant.md": candidature("Brisant"),
		"Candidatures/Lumen.md": candidature("Lumen"),
	};

	it("reads its property names, and proposes French entry words, not Spanish ones", () => {
		const proposal = propose(vault);
		expect(proposal.settings.fieldAliases).toMatchObject({ company: ["Entreprise"], role: ["Poste"], status: ["Statut"] });
		expect(proposal.settings.eventWords).toMatchObject({ entretien: "interview", relance: "check-in", merci: "thank-you" });
		expect(proposal.settings.eventWords).not.toHaveProperty("entrevista");
		expect(proposal.items.find((item) => item.setting === "eventWords")?.evidence).toMatch(
			/^3 application notes write their entries in French/,
		);
	});

	it("groups French status words", () => {
		const statuses = propose({
			...vault,
			"Candidatures/Ormeau.md": candidature("Ormeau").replace("📤 Envoyée", "❌ Refusée"),
			"Candidatures/Cèdre.md": candidature("Cèdre").replace("📤 Envoyée", "📞 Entretien RH"),
			"Candidatures/Verveine.md": candidature("Verveine").replace("📤 Envoyée", "🚫 Sans réponse"),
		}).statuses;
		expect(Object.fromEntries(statuses.map((s) => [s.value, s.group]))).toEqual({
			"📤 Envoyée": "applying",
			"❌ Refusée": "rejected",
			"📞 Entretien RH": "active",
			"🚫 Sans réponse": "closed",
		});
	});

	it("takes the next reminder for the follow-up's day, not the last one", () => {
		const reminded = (company: string): string =>
			candidature(company).replace("Plateforme:", "Date de dernière relance: 2026-11-12\nProchaine relance: 2026-11-24\nPlateforme:");
		const proposal = propose({ "Candidatures/Tramontane.md": reminded("Tramontane"), "Candidatures/Brisant.md": reminded("Brisant") });
		expect(proposal.settings.fieldAliases?.["follow_up_on"]).toEqual(["Prochaine relance"]);
	});

	it("counts neither notes on people nor notes of interviews and messages linking their application, and proposes the folders of the latter", () => {
		const entretien = (company: string, day: string): string =>
			`---\nCandidature: "[[Data Engineer @ ${company}]]"\nDate & Heure: ${day}T10:00\nParticipants: Camille Roux (CTO)\n---\n# Entretien RH - ${company}\n`;
		const relance = (company: string, day: string): string =>
			`---\nCandidature: "[[Data Engineer @ ${company}]]"\nDate de relance: ${day}\nType: Email\n---\n`;
		const proposal = propose({
			...vault,
			"Contacts Recruteurs/Camille Roux.md": `---\nNom: Camille Roux\nEntreprise: Lumen\nDernière interaction: 2026-11-13\n---\n`,
			"Contacts Recruteurs/Julie Fontaine.md": `---\nNom: Julie Fontaine\nEntreprise: Brisant\nDernière interaction: 2026-11-16\n---\n`,
			"Entretiens/Entretien RH - Lumen.md": entretien("Lumen", "2026-11-18"),
			"Entretiens/Entretien RH - Brisant.md": entretien("Brisant", "2026-11-23"),
			"Relances/2026-11-18 - Lumen.md": relance("Lumen", "2026-11-18"),
			"Relances/2026-11-19 - Brisant.md": relance("Brisant", "2026-11-19"),
			"Relances/2026-11-20 - Tramontane.md": relance("Tramontane", "2026-11-20"),
		});
		expect(proposal.applications).toBe(3);
		expect(proposal.settings.interviewFolders).toEqual(["Candidatures"]);
		expect(proposal.settings.logFolders).toEqual(["Relances", "Entretiens"]);
		expect(proposal.items.filter((item) => item.setting === "logFolders").map((item) => item.evidence)).toEqual([
			'the folder "Relances" holds 3 notes with a date and a direction (sent, received) or a link to their application, and nothing else',
			'the folder "Entretiens" holds 2 notes with a date and a direction (sent, received) or a link to their application, and nothing else',
		]);
	});
});

describe("setup: a `date` beside a status history", () => {
	/** A company research note: `date` is the day it was made, the history the steps since. */
	const report = (company: string, made: string, history: { date: string; status: string; note?: string }[]) => ({
		path: `companies/${company}.md`,
		frontmatter: { company, date: made, status: history[history.length - 1]?.status ?? "", status_history: history },
		body: `# ${company} - research report\n\n- Founded: 2009\n`,
	});
	const vault = [
		report("Aoba", "2026-10-28", [
			{ date: "2026-10-28", status: "Researching", note: "first look" },
			{ date: "2026-11-02", status: "Applied" },
			{ date: "2026-11-18", status: "Interviewed", note: "Interviewers: Ken Sato (CTO)" },
		]),
		report("Haruka", "2026-10-24", [
			{ date: "2026-10-26", status: "Applied" },
			{ date: "2026-11-05", status: "Interviewed", note: "Interviewers: Naoto Kobayashi (recruiter)" },
		]),
		report("Kohaku", "2026-11-09", [{ date: "2026-11-16", status: "Applied" }]),
	];

	it("is ignored when most notes' histories record their interviews on other days", () => {
		const detector = new SetupDetector(defaultSettings(), "2026-11-23");
		for (const note of vault) detector.add(note);
		const proposal = detector.propose();
		expect(proposal.settings.ignoredFields).toEqual(["date"]);
		expect(proposal.items.find((item) => item.setting === "ignoredFields")?.evidence).toContain(
			"differs from the interview date written beside it or in its log or history in 2 of the 3 notes",
		);
	});

	it("is kept when the histories record the interview on that day", () => {
		const detector = new SetupDetector(defaultSettings(), "2026-11-23");
		for (const note of vault.slice(0, 2)) {
			const interview = note.frontmatter.status_history.find((entry) => entry.note !== undefined && entry.status === "Interviewed");
			detector.add({ ...note, frontmatter: { ...note.frontmatter, date: interview?.date ?? "" } });
		}
		expect(detector.propose().settings.ignoredFields).toBeUndefined();
	});
});

describe("setup: a hand-made `date` where the other applications have `created`", () => {
	const application = (day: string, status: string, key = "created"): string =>
		`---\n${key}: ${day}\nstatus: ${status}\ntags: [job-applications]\n---\n# Frontend Engineer\n`;
	const vault = {
		"Jobs/Applications/Frontend Engineer at Kove.md": application("2026-10-20", "rejected"),
		"Jobs/Applications/UI Engineer at Hollowbrook.md": application("2026-11-10", "interviewing"),
		"Jobs/Applications/Product Engineer at Tallgrass.md": application("2026-11-16", "applied"),
		"Jobs/Applications/Frontend Engineer at Pellucid.md": application("2026-10-14", "ghosted", "date"),
	};

	it("is ignored when two notes or more of the folder carry it in place of `created`", () => {
		const proposal = propose({
			...vault,
			"Jobs/Applications/Senior Frontend Engineer at Norrland.md": application("2026-10-08", "offer", "date"),
		});
		expect(proposal.settings.ignoredFields).toEqual(["date"]);
		expect(proposal.items.find((item) => item.setting === "ignoredFields")?.evidence).toBe(
			"`date` takes the place of `created` in 2 notes: it is when the note was made, not an interview",
		);
	});

	it("is kept on notes of interviews in a folder of their own", () => {
		const proposal = propose({
			...vault,
			"Jobs/Applications/Frontend Engineer at Pellucid.md": application("2026-10-14", "ghosted"),
			"Jobs/Interviews/2026-11-05 Pellucid.md": application("2026-11-05", "interviewing", "date"),
			"Jobs/Interviews/2026-11-12 Kove.md": application("2026-11-12", "interviewing", "date"),
		});
		expect(proposal.settings.ignoredFields).toBeUndefined();
	});
});

describe("setup: Japanese status words", () => {
	it("places them in groups by the words within them", () => {
		const detector = new SetupDetector(defaultSettings(), "2026-11-23");
		const statuses = ["検討中", "応募済み", "書類選考中", "一次面接予定", "二次面接完了", "選考待ち", "一次面接落ち", "内定", "辞退"];
		statuses.forEach((status, i) =>
			detector.add({ path: `companies/会社${i}.md`, frontmatter: { company: `会社${i}`, status, last_updated: "2026-11-20" } }),
		);
		const proposal = detector.propose();
		expect(proposal.settings.statusAliases).toEqual({
			検討中: "applying",
			応募済み: "applying",
			書類選考中: "applying",
			一次面接予定: "active",
			二次面接完了: "active",
			選考待ち: "active",
			一次面接落ち: "rejected",
			内定: "ended",
			辞退: "ended",
		});
		expect(proposal.items.find((item) => item.value !== null && hasKey(item.value, "一次面接落ち"))?.evidence).toBe(
			'status "一次面接落ち" is in 1 note; its words read as rejected',
		);
	});
});

const hasKey = (value: unknown, key: string): boolean => typeof value === "object" && value !== null && key in value;

describe("setup: a folder of notes on contacts", () => {
	const application = (company: string): string =>
		`---\ncompany: ${company}\nstatus: Applied\napplied: 2026-11-02\n---\n- 2026-11-02 Applied on the careers page\n`;
	const contact = (name: string, log: string): string => `# Outreach: ${name}\n\n**Status:** Warm\n\n## Conversation Log\n\n${log}`;
	const vault = {
		"Career/Applications/Orrin.md": application("Orrin"),
		"Career/Applications/Kelpie.md": application("Kelpie"),
		"Career/Outreach/Maren Sjoberg.md": contact(
			"Maren Sjoberg",
			"### 2026-11-10 — LinkedIn\nAsked for half an hour over coffee.\n\n### 2026-11-18 — Coffee\nInformational interview, 45 minutes.\n",
		),
	};

	it("is proposed beside the applications' folder when a note there logs an informal meeting", () => {
		const proposal = propose(vault);
		expect(proposal.settings.interviewFolders).toEqual(["Career/Applications", "Career/Outreach"]);
		expect(proposal.items.find((item) => item.value === "Career/Outreach")?.evidence).toBe(
			'the folder "Career/Outreach" holds 1 note on a contact that logs an informal meeting',
		);
	});

	it("is left out when its notes log only messages and calls", () => {
		const proposal = propose({
			...vault,
			"Career/Outreach/Maren Sjoberg.md": contact("Maren Sjoberg", "### 2026-11-10 — LinkedIn\nAsked how her team hires.\n"),
		});
		expect(proposal.settings.interviewFolders).toEqual(["Career/Applications"]);
	});

	it.each([
		["a tag", "tags: [job-application]"],
		["a type property", "type: job-application"],
	])("is proposed too when the applications are selected by %s", (_how, label) => {
		const labelled = (company: string): string =>
			`---\n${label}\ncompany: ${company}\nstatus: Applied\napplied: 2026-11-02\n---\n- 2026-11-02 Applied on the careers page\n`;
		const proposal = propose({
			"Career/Orrin.md": labelled("Orrin"),
			"Career/Kelpie.md": labelled("Kelpie"),
			"Career/Reading list.md": "# Books\n",
			"Career/Salary notes.md": "---\ntopic: pay\n---\n# Pay bands\n",
			"Career/Outreach/Maren Sjoberg.md": vault["Career/Outreach/Maren Sjoberg.md"],
		});
		expect(proposal.settings.interviewTag).toBe("job-application");
		expect(proposal.settings.interviewFolders).toEqual(["Career/Outreach"]);
	});
});

describe("setup: posts tagged by kind, their meeting notes and company notes", () => {
	/** A post, tagged by its kind, linking its company's note. */
	const post = (company: string, status: string): string =>
		`---\ntags: [posting]\ncreated: 2026-10-05 09:00\ncompany: "[[${company}]]"\nstatus: ${status}\n---\n# Platform Engineer at ${company}\n`;
	/** A meeting about a post, linking it through a property named after the post's tag. */
	const meeting = (post: string, company: string): string =>
		`---\ntags: [meeting, call]\ncreated: 2026-11-12 14:00\nposting: "[[${post}]]"\ncompany: "[[${company}]]"\nstatus: done\n---\n# ${company} call\n\n- Talked to Rhea Moss.\n`;
	/** A company's own note: no status, no company property, a folder named for companies. */
	const company = `---\ntags: [company]\ncreated: 2026-10-01 08:00\nlocation: Bristol\n---\n# About them\n`;
	const vault = {
		"desk/posts/Larchfield - Platform Engineer.md": post("Larchfield", "denied"),
		"desk/posts/Norwell - Platform Engineer.md": post("Norwell", "application-sent"),
		"desk/posts/Quarry Labs - Platform Engineer.md": post("Quarry Labs", "interviewing"),
		"desk/companies/Larchfield.md": company,
		"desk/companies/Norwell.md": company,
		"meetings/2026-11-12 Larchfield call.md": meeting("Larchfield - Platform Engineer", "Larchfield"),
		"meetings/2026-11-14 Quarry Labs call.md": meeting("Quarry Labs - Platform Engineer", "Quarry Labs"),
		"meetings/2026-11-16 Coffee with a friend.md": `---\ntags: [meeting]\ncreated: 2026-11-16 10:00\nstatus: done\n---\n# Coffee\n`,
		"templates/posting.md": `---\ntags: [posting]\ncreated:\ncompany:\nstatus:\n---\n`,
	};

	it("selects the posts by their tag, not the folder they share with company notes", () => {
		const proposal = propose(vault);
		expect(proposal.applications).toBe(3);
		expect(proposal.settings.interviewTag).toBe("posting");
		expect(proposal.settings.interviewFolders).toBeUndefined();
		expect(proposal.items.find((item) => item.setting === "interviewTag")?.evidence).toBe(
			'tag or type "posting" is on 3 of the 3 notes that look like applications (and 1 other note), and other notes link them by `posting`',
		);
	});

	it("reads the meeting notes that link a post by its kind as log notes", () => {
		const proposal = propose(vault);
		expect(proposal.settings.logTag).toBe("call");
		expect(proposal.items.find((item) => item.setting === "logTag")?.evidence).toMatch(/^tag "call" is on 2 of the 2 notes/);
		// The meetings' own status is no application's status.
		expect(proposal.statuses.map((s) => s.value)).not.toContain("done");
	});

	it("groups denied as rejected and application-sent as applying", () => {
		const proposal = propose(vault);
		expect(proposal.settings.statusAliases).toMatchObject({ denied: "rejected", "application-sent": "applying" });
	});

	it("keeps a company note with a status of its own as an application", () => {
		const proposal = propose({ ...vault, "desk/companies/Norwell.md": company.replace("location:", "status: applied\nlocation:") });
		expect(proposal.applications).toBe(4);
	});

	it("does not read a property named after a tag as a link to an application when the linked note is none", () => {
		const proposal = propose({
			...vault,
			"meetings/2026-11-12 Larchfield call.md": meeting("Larchfield", "Larchfield").replace("posting:", "company-note:"),
			"desk/companies/Larchfield.md": company.replace("[company]", "[company-note]"),
		});
		expect(proposal.settings.logTag).toBeUndefined();
	});
});

describe("setup: a Korean vault", () => {
	const application = (company: string, result: string): string =>
		`---\ncompany: ${company}\n결과: ${result}\n---\n- 2026-11-10 1차 면접 (화상) — 한서윤 (팀장)\n- 2026-11-10 한서윤 팀장님께 감사 메일 보냄\n`;

	it("reads 결과 as the status, groups its words, and proposes Korean entry words", () => {
		const proposal = propose({
			"지원/가람.md": application("가람", "진행중"),
			"지원/누리.md": application("누리", "대기"),
			"지원/다솜.md": application("다솜", "면탈"),
			"지원/라온.md": application("라온", "합격"),
			"지원/마루.md": application("마루", "최종 불합격"),
		});
		expect(proposal.settings.fieldAliases).toMatchObject({ status: ["결과"] });
		// 불합격 (not passed) holds 합격 (passed): it is a rejection all the same.
		expect(proposal.settings.statusAliases).toMatchObject({
			진행중: "active",
			대기: "applying",
			면탈: "rejected",
			합격: "ended",
			"최종 불합격": "rejected",
		});
		expect(proposal.settings.eventWords).toMatchObject({ 면접: "interview", 감사: "thank-you", 문의: "check-in" });
		expect(proposal.items.find((item) => item.setting === "eventWords")?.evidence).toMatch(/write their entries in Korean/);
	});

	it("reads 회사 (company) as the company", () => {
		const notes = Object.fromEntries(
			["가람", "누리", "다솜"].map((company) => [`지원/${company}.md`, application(company, "진행중").replace("company:", "회사:")]),
		);
		expect(propose(notes).settings.fieldAliases).toMatchObject({ company: ["회사"], status: ["결과"] });
	});
});

describe("setup: a reminder set on a few applications", () => {
	/** A board card: the reminder property is written only on the card that needs one. */
	const card = (company: string, extra = ""): string =>
		`---\ncompany: ${company}\nrole: Frontend Developer\ninterview date: 2026-11-12\n${extra}---\n`;
	const vault = {
		"Jobs/Corvane.md": card("Corvane", "follow up: 2026-11-24\n"),
		"Jobs/Halden.md": card("Halden"),
		"Jobs/Kestrel.md": card("Kestrel"),
		"Jobs/Mosswood.md": card("Mosswood"),
		"Jobs/Orbitline.md": card("Orbitline"),
		"Jobs/Vantara.md": card("Vantara"),
	};

	it("proposes its property for the reminder, though only one note fills it", () => {
		const proposal = propose(vault);
		expect(proposal.settings.fieldAliases?.["follow_up_on"]).toEqual(["follow up"]);
		expect(proposal.items.find((item) => item.setting === "fieldAliases" && "follow_up_on" in Object(item.value))?.evidence).toBe(
			"`follow up` holds a date in 1 of 1 notes, and its name reads as follow_up_on",
		);
	});

	it("proposes nothing for a few notes when the value is not a date, or is on notes of people", () => {
		const proposal = propose({
			...vault,
			"Jobs/Corvane.md": card("Corvane", "follow up: ping Nikhil after the offsite\n"),
			"People/Nikhil Bose.md": `---\ntype: contact\ntitle: Hiring Manager\nnext_followup: 2026-11-30\n---\n`,
		});
		expect(proposal.settings.fieldAliases?.["follow_up_on"]).toBeUndefined();
		// Nor when the one note writes it in its text (an inline field), not as a property.
		const inline = propose({ ...vault, "Jobs/Corvane.md": `${card("Corvane")}follow up:: 2026-11-24\n` });
		expect(inline.settings.fieldAliases?.["follow_up_on"]).toBeUndefined();
	});
});

describe("setup: a German vault whose company property is `firma`", () => {
	const application = (firma: string, status: string) =>
		`---\nfirma: ${firma}\nposition: Fachkraft für Arbeitssicherheit\nstatus: ${status}\nerstellt: 2026-11-02\ntags: [bewerbung]\n---\n# Bewerbung: ${firma}\n`;

	it("reads `firma` as the company and finds the applications by it", () => {
		const proposal = propose({
			"Bewerbungen/Firmen/Rheinfels/README.md": application("Rheinfels Chemie GmbH", "VORSTELLUNGSGESPRÄCH"),
			"Bewerbungen/Firmen/Moselwerk/README.md": application("Moselwerk Recycling GmbH", "VERSENDET"),
			"Bewerbungen/Firmen/Brunnhof/README.md": application("Brunnhof Kliniken", "ABGESAGT"),
		});
		expect(proposal.settings.fieldAliases).toMatchObject({ company: ["firma"] });
	});
});

describe("setup: a German vault", () => {
	const bewerbung = (firma: string, status: string): string =>
		`---\nfirma: ${firma}\nposition: HSE-Manager/in\nstatus: ${status}\nkontakt: "Kai Obermeyer (Geschäftsführer) <k.obermeyer@${firma.toLowerCase()}.example>"\nerstellt: 2026-11-05\ntags: [bewerbung]\n---\n# Bewerbung: ${firma}\n\n## Verlauf / Notizen\n\n- 06.11.: Bewerbung versendet.\n- 12.11.: Rückmeldung von Herrn Obermeyer, Termin für ein Telefoninterview vereinbart.\n- 16.11.: Telefoninterview mit Kai Obermeyer, ca. 45 Minuten. Die Firma ist klein und das Team ist nett.\n`;

	it("reads kontakt as the people, proposes German entry words and groups German status words", () => {
		const proposal = propose({
			"Firmen/Moselwerk/README.md": bewerbung("Moselwerk", "VERSENDET"),
			"Firmen/Lahntal/README.md": bewerbung("Lahntal", "VORSTELLUNGSGESPRÄCH"),
			"Firmen/Westerwald/README.md": bewerbung("Westerwald", "ABGESAGT"),
			"Firmen/Brunnhof/README.md": bewerbung("Brunnhof", "RÜCKMELDUNG ERHALTEN"),
		});
		expect(proposal.settings.fieldAliases).toMatchObject({ company: ["firma"], people: ["kontakt"] });
		expect(proposal.settings.eventWords).toMatchObject({ telefoninterview: "phone", vereinbart: "invite", dankesmail: "thank-you" });
		expect(Object.fromEntries(proposal.statuses.map((s) => [s.value, s.group]))).toEqual({
			VERSENDET: "applying",
			VORSTELLUNGSGESPRÄCH: "active",
			ABGESAGT: "rejected",
			"RÜCKMELDUNG ERHALTEN": "active",
		});
	});
});

describe("setup: a Spanish vault tagged in the text", () => {
	const empresa = (nombre: string, status: string, log: string): string =>
		`# ${nombre}\n\n#company-research #status/${status}\n\n**Empresa:** ${nombre}\n\n## Personas a contactar\n- Paula Ortega (recruiter) - paula.ortega@${nombre.toLowerCase()}.example\n\n## Log de interacciones\n- 2026-11-06 · Aplicado con referral de una compañera.\n- 2026-11-16 · Recruiter screen con Paula Ortega, 30 min. Me saltan el technical por el referral.\n- 2026-11-16 · Gracias a Paula por email.\n${log}`;
	const vault = {
		"Empresas/Nebula.md": empresa(
			"Nebula",
			"entrevistando",
			"- 2026-11-18 · Paula me cita para el system design.\n- 2026-11-25 · System design con Hugo Ferrer, 60 min.\n",
		),
		"Empresas/Faro.md": empresa(
			"Faro",
			"oferta",
			"- 2026-11-18 · Carmen me llamó con una oferta. Tengo hasta el 30/11 para contestar.\n",
		),
		"Empresas/Brisa.md": empresa("Brisa", "descartado", "- 2026-11-19 · Seguimiento a Paula por email, sigo muy interesada.\n"),
	};

	it("proposes a round named in English as a Spanish entry word", () => {
		expect(propose(vault).settings.eventWords).toMatchObject({ "system design": "interview" });
	});

	it("reads an offer told in a sentence (me llamó con una oferta)", () => {
		expect(propose(vault).settings.eventWords).toMatchObject({ "con una oferta": "offer" });
	});

	it("reads Aplicado opening an entry as the application, not as a name", () => {
		expect(propose(vault).settings.eventWords).toMatchObject({ aplicado: "applied" });
	});

	it("reads me cita as an invitation to a round, not the round", () => {
		expect(propose(vault).settings.eventWords).toMatchObject({ "me cita": "invite" });
	});

	it("groups the statuses of the status tags in the text, with the evidence", () => {
		const proposal = propose(vault);
		expect(proposal.settings.statusAliases).toEqual({ entrevistando: "active", oferta: "ended", descartado: "rejected" });
		expect(Object.fromEntries(proposal.statuses.map((s) => [s.value, s.notes]))).toEqual({
			entrevistando: 1,
			oferta: 1,
			descartado: 1,
		});
		expect(proposal.items.find((item) => item.setting === "statusAliases" && "descartado" in (item.value as object))?.evidence).toBe(
			'status "descartado" is in 1 note; its words read as rejected',
		);
	});
});

describe("setup: status tags", () => {
	const application = (company: string, tags: string, extra = ""): string =>
		`---\ncompany: ${company}\ninterview_date: 2026-11-16\ntags: [${tags}]${extra}\n---\n# ${company}\n\nFiled under #job-search.\n`;

	it("groups a status tag in the frontmatter, and a known one needs no alias", () => {
		const proposal = propose({
			"Jobs/Acme.md": application("Acme", "interview, status/rechazado"),
			"Jobs/Brisk.md": application("Brisk", "interview, status/rejected"),
		});
		expect(proposal.settings.statusAliases).toEqual({ rechazado: "rejected" });
		expect(proposal.statuses.map((s) => [s.value, s.group, s.known])).toEqual([
			["rechazado", "rejected", false],
			["rejected", "rejected", true],
		]);
	});

	it("reads no other tag as a status, nor a status tag where a status property gives one", () => {
		const proposal = propose({
			"Jobs/Acme.md": application("Acme", "interview, research"),
			"Jobs/Brisk.md": application("Brisk", "interview, status/descartado", "\nstatus: interviewing"),
		});
		expect(proposal.settings.statusAliases).toBeUndefined();
		expect(proposal.statuses.map((s) => s.value)).toEqual(["interviewing"]);
	});
});

describe("setup: a job's page whose log links each round's own page is left to those pages", () => {
	/** A job's page: bold labels, and a log whose interview rows link the round's page. */
	const job = (company: string, rows: string): string =>
		`# Job — ${company} Analyst\n\n**Filed:** 2026-11-02\n**Status:** interviewing\n\n## Log\n\n| Date | Action |\n|---|---|\n| 2026-11-03 | Applied on the careers site |\n${rows}`;
	/** A round's page: its day and outcome as bold labels, linking back to its job's page. */
	const round = (company: string, day: string): string =>
		`# Interview — ${company} — Screen\n\n**Date:** ${day}\n**Outcome:** pending\n\n## Notes\n\n- Job page → [[jobs/${company.toLowerCase()}-analyst]]\n\n## Outcome\n\n- ${day} — thank-you note sent by email.\n`;
	const vault = (roundDay: string): Record<string, string> => {
		const notes: Record<string, string> = {};
		for (const [company, day] of [
			["Ferrow", "2026-11-09"],
			["Lindqvist", "2026-11-11"],
			["Ombra", "2026-11-13"],
		] as const) {
			const page = `${day}-${company.toLowerCase()}-screen`;
			notes[`Search/jobs/${company.toLowerCase()}-analyst.md`] = job(company, `| ${day} | Phone screen → [[interviews/${page}]] |\n`);
			notes[`Search/interviews/${page}.md`] = round(company, roundDay === "" ? day : roundDay);
		}
		notes["Search/companies/ferrow.md"] = "# Company — Ferrow\n\n**Last verified:** 2026-11-02\n\nLogistics software.\n";
		notes["Search/INDEX.md"] = "# Index\n\nJobs, interviews and companies.\n";
		return notes;
	};

	it("proposes the folder of the rounds' pages, not the folder holding the job pages too", () => {
		const proposal = propose(vault(""));
		expect(proposal.settings.interviewFolders).toEqual(["Search/interviews"]);
		expect(proposal.applications).toBe(4);
	});

	it("keeps a job's page whose round row links a note of another day (the person met, say)", () => {
		const proposal = propose(vault("2026-11-20"));
		expect(proposal.applications).toBe(7);
	});
});
