import { describe, expect, it } from "vitest";
import { STANDARD_CALENDAR } from "../../../src/core/dates";
import { findStatedDates, type SentenceContext } from "../../../src/core/sentences";
import { dueOnNote } from "../../builders/due-on-note";

// Tuesday 17 November 2026: the day of the interview the sentences are read from.
const TUESDAY: SentenceContext = { reference: "2026-11-17", calendar: STANDARD_CALENDAR };

const stated = (text: string, context = TUESDAY) => findStatedDates(text, context).map((s) => [s.kind, s.day, s.text]);

describe("decision dates and call-back days stated in Spanish", () => {
	it("reads a weekday with its day number, a weekday, a written day and a slashed day", () => {
		expect(stated("Lucía dijo que me darán una respuesta antes del viernes 27.")).toEqual([["decision", "2026-11-27", "viernes 27"]]);
		expect(stated("Me contestarán el jueves.")).toEqual([["decision", "2026-11-19", "jueves"]]);
		expect(stated("Ana me dirá algo el jueves.")).toEqual([["decision", "2026-11-19", "jueves"]]);
		expect(stated("Nos dirán algo el próximo lunes.")).toEqual([["decision", "2026-11-23", "próximo lunes"]]);
		expect(stated("La decisión estará el 2 de diciembre.")).toEqual([["decision", "2026-12-02", "2 de diciembre"]]);
		expect(stated("Tendré noticias antes del 30/11.")).toEqual([["decision", "2026-11-30", "30/11"]]);
		expect(stated("Me darán una respuesta antes del 27.")).toEqual([["decision", "2026-11-27", "del 27"]]);
	});

	it("reads their decision in the present or the future tense (`decide`, `deciden`, `decidirá`)", () => {
		expect(stated("Laura respondió: el equipo decide el siguiente paso antes del viernes 27/11.")).toEqual([
			["decision", "2026-11-27", "27/11"],
		]);
		expect(stated("Deciden antes del jueves.")).toEqual([["decision", "2026-11-19", "jueves"]]);
		expect(stated("Carmen decidirá antes del 2 de diciembre.")).toEqual([["decision", "2026-12-02", "2 de diciembre"]]);
		// `decide` with no Spanish after it is English, read by the English reader alone.
		expect(stated("They decide on 12/01.", { ...TUESDAY, dateOrder: "MDY" })).toEqual([["decision", "2026-12-01", "12/01"]]);
		expect(stated("Tengo que decidir antes del viernes.")).toEqual([]);
	});

	it("reads weeks and counts of days or weeks, a range by its longer end", () => {
		expect(stated("Me dirán algo la semana que viene.")).toEqual([["decision", "2026-11-27", "la semana que viene"]]);
		expect(stated("Tendré noticias a principios de la próxima semana.")).toEqual([
			["decision", "2026-11-24", "a principios de la próxima semana"],
		]);
		expect(stated("Esperan tomar una decisión en dos semanas.")).toEqual([["decision", "2026-12-01", "en dos semanas"]]);
		expect(stated("Me darán una respuesta en una o dos semanas.")).toEqual([["decision", "2026-12-01", "en una o dos semanas"]]);
		expect(stated("Respuesta en 5 días hábiles.")).toEqual([["decision", "2026-11-24", "en 5 días hábiles"]]);
	});

	it("tells a call-back from a decision", () => {
		expect(stated("Javier me pidió que le llame el miércoles para hablar de la oferta económica.")).toEqual([
			["call-back", "2026-11-18", "miércoles"],
		]);
		expect(stated("Llámame el viernes, me dijo Ana.")).toEqual([["call-back", "2026-11-20", "viernes"]]);
	});

	it("reads an entry's sentence from the entry's day, not taking the entry's date as stated", () => {
		const note = ["## Notas", "", "- 18/11 Carmen me escribió: me darán una respuesta el lunes."].join("\n");
		expect(findStatedDates(note, TUESDAY).map((s) => [s.day, s.line, s.reference])).toEqual([["2026-11-23", 3, "2026-11-18"]]);
	});

	it("gives nothing for no date given, an answer already come, the user's own decision, a question or no date", () => {
		for (const text of [
			"No me dijeron cuándo tomarán la decisión, quizá el viernes.",
			"Ya me contestaron el lunes.",
			"Carmen envió la respuesta el 20/11.",
			"Recibí la decisión el 20/11.",
			"Buenas noticias: paso a la final el 26/11.",
			"Tengo que decidir antes del viernes.",
			"Debo responder a la oferta antes del 27 de noviembre.",
			"¿Me darán una respuesta el viernes?",
			"No dijeron plazos para la decisión.",
			"- 17/11 Marta me llamó: paso a la entrevista técnica, el 26/11 a las 16:00.",
		])
			expect(stated(text), text).toEqual([]);
	});

	it("reads the Portuguese words for a decision or an answer, whose dates read alike", () => {
		expect(stated("A Letícia respondeu que a decisão sai até sexta, 27/11.")).toEqual([["decision", "2026-11-27", "27/11"]]);
		expect(stated("Vão dar um retorno até 30/11.")).toEqual([["decision", "2026-11-30", "30/11"]]);
		for (const text of ["Candidatura enviada em 10/11. Ainda sem retorno.", "Recebi a proposta! Respondo até 30/11."])
			expect(stated(text), text).toEqual([]);
	});

	it("leaves English sentences to the English reader", () => {
		expect(stated("They will let me know by Friday.")).toEqual([["decision", "2026-11-20", "Friday"]]);
	});
});

describe("due on a note written in Spanish", () => {
	const dueOn = (body: string) => dueOnNote("Entrevistas", "Altamar.md", body);

	it("holds the check-in until the business day after the decision date a sentence states", async () => {
		const plain = await dueOn("- Preguntaron por Kubernetes.");
		expect(plain).toContainEqual({ kind: "check-in", due: "2026-11-26" });
		const dated = await dueOn("- Lucía dijo que me darán una respuesta antes del viernes 27.");
		expect(dated).toContainEqual({ kind: "decision-check-in", due: "2026-11-30" });
		expect(dated.map((f) => f.kind)).not.toContain("check-in");
	});

	it("lists the call-back on the day a sentence asks for", async () => {
		const followUps = await dueOn("- Javier me pidió que le llame el miércoles.");
		expect(followUps).toContainEqual({ kind: "callback", due: "2026-11-25" });
		expect(followUps.map((f) => f.kind)).not.toContain("check-in");
	});
});
