import { describe, expect, it } from "vitest";
import { STANDARD_CALENDAR } from "../../../src/core/dates";
import { findStatedDates, type SentenceContext } from "../../../src/core/sentences";
import { dueOnNote } from "../../builders/due-on-note";

// Thursday 19 November 2026: the day of the interview the sentences are read from.
const THURSDAY: SentenceContext = { reference: "2026-11-19", calendar: STANDARD_CALENDAR };

const stated = (text: string, context = THURSDAY) => findStatedDates(text, context).map((s) => [s.kind, s.day, s.text]);

describe("decision dates and call-back days stated in French", () => {
	it("reads a weekday with its date and month, a weekday, a slashed day and a date alone", () => {
		expect(stated("Sophie m'a dit qu'ils prendraient leur décision d'ici le lundi 30 novembre.")).toEqual([
			["decision", "2026-11-30", "lundi 30 novembre"],
		]);
		expect(stated("Réponse d'ici mardi.")).toEqual([["decision", "2026-11-24", "mardi"]]);
		expect(stated("Ils me feront signe vendredi prochain.")).toEqual([["decision", "2026-11-20", "vendredi prochain"]]);
		expect(stated("Décision avant le 2/12.")).toEqual([["decision", "2026-12-02", "2/12"]]);
		expect(stated("Ils me donneront une réponse le 1er décembre.")).toEqual([["decision", "2026-12-01", "1er décembre"]]);
		expect(stated("Une decision sera prise avant le 27.")).toEqual([["decision", "2026-11-27", "le 27"]]);
	});

	it("takes accents as optional", () => {
		expect(stated("Reponse d'ici mardi.")).toEqual([["decision", "2026-11-24", "mardi"]]);
		expect(stated("Leur decision tombera le 1er decembre.")).toEqual([["decision", "2026-12-01", "1er decembre"]]);
	});

	it("reads weeks, counts of days or weeks and the end of a month, a range by its longer end", () => {
		expect(stated("Ils me recontacteront la semaine prochaine.")).toEqual([["decision", "2026-11-27", "la semaine prochaine"]]);
		expect(stated("J'aurai des nouvelles en début de semaine prochaine.")).toEqual([
			["decision", "2026-11-24", "début de semaine prochaine"],
		]);
		expect(stated("Retour sous 10 jours.")).toEqual([["decision", "2026-11-29", "sous 10 jours"]]);
		// Quinze jours, like a quinzaine, are two weeks in French.
		expect(stated("Retour sous quinzaine.")).toEqual([["decision", "2026-12-03", "sous quinzaine"]]);
		expect(stated("Réponse sous quinze jours.")).toEqual([["decision", "2026-12-03", "sous quinze jours"]]);
		expect(stated("Ils reviendront vers moi d'ici une à deux semaines.")).toEqual([
			["decision", "2026-12-03", "d'ici une à deux semaines"],
		]);
		expect(stated("Réponse dans 3 jours ouvrés.")).toEqual([["decision", "2026-11-24", "dans 3 jours ouvrés"]]);
		expect(stated("Ils reviendront vers moi d'ici fin novembre.")).toEqual([["decision", "2026-11-30", "fin novembre"]]);
	});

	it("keeps the latest of several dates", () => {
		expect(stated("Réponse mardi, au plus tard le jeudi 26 novembre.")).toEqual([["decision", "2026-11-26", "jeudi 26 novembre"]]);
	});

	it("passes over a date that belongs to an interview, a reminder or a holiday", () => {
		for (const text of [
			"Retour positif, prochain entretien le 2 décembre.",
			"J'attends leur retour, relance prévue le 30/11.",
			"La décision revient au CTO, qui rentre de vacances le 30.",
		])
			expect(stated(text), text).toEqual([]);
		expect(stated("Après l'entretien du 18, décision d'ici vendredi.")).toEqual([["decision", "2026-11-20", "vendredi"]]);
	});

	it("tells a call-back from a decision", () => {
		expect(stated("Je dois la rappeler jeudi pour parler du salaire.")).toEqual([["call-back", "2026-11-26", "jeudi"]]);
		expect(stated("Rappelez-moi lundi, m'a dit Julie.")).toEqual([["call-back", "2026-11-23", "lundi"]]);
		expect(stated("Marc m'a demandé de l'appeler vendredi 20.")).toEqual([["call-back", "2026-11-20", "vendredi 20"]]);
	});

	it("reads an entry's sentence from the entry's day, not taking the entry's date as stated", () => {
		const note = ["## Suivi", "", "- 20/11 Mail de Sophie : réponse d'ici mercredi."].join("\n");
		expect(findStatedDates(note, THURSDAY).map((s) => [s.day, s.line, s.reference])).toEqual([["2026-11-25", 3, "2026-11-20"]]);
	});

	it("gives nothing for no date given, an answer already come, the user's own decision, a question or no date", () => {
		for (const text of [
			"Pas de date précise pour la décision, peut-être vendredi.",
			"Ils ne m'ont pas dit quand ils décideront, sans doute lundi.",
			"Ils m'ont déjà répondu mardi.",
			"J'ai reçu leur réponse le 18/11.",
			"La réponse est tombée le 17/11.",
			"Je dois répondre avant vendredi.",
			"Je donnerai ma décision lundi.",
			"Répondre à l'offre avant le 27/11.",
			"Réponse vendredi ?",
			"Je serai de retour lundi.",
			"Réponse rapide, très bon contact.",
		])
			expect(stated(text), text).toEqual([]);
	});

	it("reads a sentence French and Spanish share once, and leaves Spanish and English to their readers", () => {
		expect(stated("Elle me dira sa décision le 27/11.")).toEqual([["decision", "2026-11-27", "27/11"]]);
		expect(stated("Me darán una respuesta antes del viernes 27.")).toEqual([["decision", "2026-11-27", "viernes 27"]]);
		expect(stated("They will let me know their decision by Friday.")).toEqual([["decision", "2026-11-20", "Friday"]]);
	});
});

describe("due on a note written in French", () => {
	const dueOn = (body: string) => dueOnNote("Entretiens", "Lumen Paie.md", body);

	it("holds the check-in until the business day after the decision date a sentence states", async () => {
		const plain = await dueOn("- Questions sur Kotlin et PostgreSQL.");
		expect(plain).toContainEqual({ kind: "check-in", due: "2026-11-26" });
		const dated = await dueOn("- Camille m'a dit qu'ils prendraient leur décision d'ici le vendredi 27 novembre.");
		expect(dated).toContainEqual({ kind: "decision-check-in", due: "2026-11-30" });
		expect(dated.map((f) => f.kind)).not.toContain("check-in");
	});

	it("lists the call-back on the day a sentence asks for", async () => {
		const followUps = await dueOn("- Je dois la rappeler mercredi.");
		expect(followUps).toContainEqual({ kind: "callback", due: "2026-11-25" });
		expect(followUps.map((f) => f.kind)).not.toContain("check-in");
	});

	it("leaves the plain check-in when the note says the answer is the user's to give", async () => {
		const followUps = await dueOn("- Je dois leur répondre avant le vendredi 27 novembre.");
		expect(followUps).toContainEqual({ kind: "check-in", due: "2026-11-26" });
		expect(followUps.map((f) => f.kind)).not.toContain("decision-check-in");
	});
});
