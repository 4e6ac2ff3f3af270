import { describe, expect, it } from "vitest";
import { clausesIn, sentencesIn } from "../../../src/core/body/sentence-ends";

describe("sentencesIn", () => {
	it("ends a sentence at a stop before a space or the end, and drops the stops", () => {
		expect(sentencesIn("Panel: Dana Liu. Went well!")).toEqual(["Panel: Dana Liu", "Went well"]);
		expect(sentencesIn("Interview at 10am. Sent thanks? Yes.")).toEqual(["Interview at 10am", "Sent thanks", "Yes"]);
		expect(sentencesIn("Met Jo. Good chat")).toEqual(["Met Jo", "Good chat"]);
	});

	it("does not end one at the full stop of an abbreviation", () => {
		expect(sentencesIn("Call with Dr. Ana Lee and Mr. Ben Ortiz. Went well")).toEqual([
			"Call with Dr. Ana Lee and Mr. Ben Ortiz",
			"Went well",
		]);
		expect(sentencesIn("Asked about e.g. salary, i.e. the range. Fine")).toEqual(["Asked about e.g. salary, i.e. the range", "Fine"]);
		expect(sentencesIn("Onsite at 3 p.m. with Ana")).toEqual(["Onsite at 3 p.m. with Ana"]);
		expect(sentencesIn("Prof. J. Smith, version 2.5.")).toEqual(["Prof. J. Smith, version 2.5"]);
	});

	it("ends one at a lower-case abbreviation only before a capital", () => {
		expect(sentencesIn("Onsite at 3 p.m. Thanked her after")).toEqual(["Onsite at 3 p.m", "Thanked her after"]);
		expect(sentencesIn("Interview at 10 a.m. on Friday")).toEqual(["Interview at 10 a.m. on Friday"]);
	});

	it("does not end one at a semicolon", () => {
		expect(sentencesIn("Panel: Dana Liu; Sam Ortiz. Went well")).toEqual(["Panel: Dana Liu; Sam Ortiz", "Went well"]);
	});

	it("ends one at a Chinese or Japanese stop, with or without a space after", () => {
		expect(sentencesIn("面试官：赵晨（产品经理）。主要聊了项目！还好吗？")).toEqual([
			"面试官：赵晨（产品经理）",
			"主要聊了项目",
			"还好吗",
		]);
	});

	it("gives a text with no stop whole, and nothing for empty text", () => {
		expect(sentencesIn("  Phone screen with Callum  ")).toEqual(["Phone screen with Callum"]);
		expect(sentencesIn("")).toEqual([]);
	});
});

describe("clausesIn", () => {
	it("cuts sentences again at each semicolon", () => {
		expect(clausesIn("Interview with Ana; thanked her after. Waiting")).toEqual(["Interview with Ana", "thanked her after", "Waiting"]);
		expect(clausesIn("一面结束；已发感谢信。")).toEqual(["一面结束", "已发感谢信"]);
	});

	it("keeps the sentence rule for abbreviations", () => {
		expect(clausesIn("Sent to Dr. Grace Kim, e.g. by email. Still need Omar's address")).toEqual([
			"Sent to Dr. Grace Kim, e.g. by email",
			"Still need Omar's address",
		]);
	});
});
