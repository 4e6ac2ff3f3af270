import { describe, expect, it } from "vitest";
import { STANDARD_CALENDAR } from "../../../src/core/dates";
import { findStatedDates, type SentenceContext } from "../../../src/core/sentences";

// Tuesday 17 November 2026: the day of the interview the sentences are read from.
const TUESDAY: SentenceContext = { reference: "2026-11-17", calendar: STANDARD_CALENDAR };

const stated = (text: string, context = TUESDAY) => findStatedDates(text, context).map((s) => [s.kind, s.day, s.text]);

describe("decision dates and call-back days stated in Chinese", () => {
	it("reads a written day, a weekday, next week's weekday, next week and a count of weeks or days", () => {
		expect(stated("周倩说11月20日之前会给我答复。")).toEqual([["decision", "2026-11-20", "11月20日"]]);
		expect(stated("HR 说周五前通知结果")).toEqual([["decision", "2026-11-20", "周五"]]);
		expect(stated("下周三前会有消息")).toEqual([["decision", "2026-11-25", "下周三"]]);
		expect(stated("他们下周给答复")).toEqual([["decision", "2026-11-27", "下周"]]);
		expect(stated("两周内会有结果")).toEqual([["decision", "2026-12-01", "两周内"]]);
		expect(stated("三个工作日内反馈")).toEqual([["decision", "2026-11-20", "三个工作日内"]]);
		expect(stated("2026年12月1日前给最终答复")).toEqual([["decision", "2026-12-01", "2026年12月1日"]]);
	});

	it("tells a call-back from a decision", () => {
		expect(stated("陈静让我周五给她回电话")).toEqual([["call-back", "2026-11-20", "周五"]]);
	});

	it("reads Korean dates and words for the result the same way", () => {
		expect(stated("채용담당자 회신: 11월 25일까지 최종 결과 안내드리겠다고 함")).toEqual([["decision", "2026-11-25", "11월 25일"]]);
		expect(stated("12월 1일에 연락 주신다고 했다. 기다려 보자.")).toEqual([["decision", "2026-12-01", "12월 1일"]]);
		const note = ["- 11월 18일 2차 면접.", "- 11월 19일 인사팀: 다음 주 수요일(11월 25일)까지 결과를 알려준다고 함"].join("\n");
		expect(findStatedDates(note, TUESDAY).map((s) => [s.day, s.line, s.reference])).toEqual([["2026-11-25", 2, "2026-11-19"]]);
		for (const text of ["11월 20일에 결과 연락 받았다.", "11월 20일 불합격 메일 받음"]) expect(stated(text), text).toEqual([]);
	});

	it("reads an entry's sentence from the entry's own day, and gives its line", () => {
		const note = ["## 面试记录", "", "- 2026-11-10 一面。", "- 2026-11-12 王磊说下周三前通知结果。"].join("\n");
		expect(findStatedDates(note, TUESDAY).map((s) => [s.day, s.line, s.reference, s.sentence])).toEqual([
			["2026-11-18", 4, "2026-11-12", "王磊说下周三前通知结果"],
		]);
	});

	it("gives nothing for an answer already come, the user's own answer, or no date", () => {
		for (const text of ["11月16日已经收到答复", "我周五前回复他们", "面试官：王磊、陈静。问了 SQL。", "会尽快给答复"])
			expect(stated(text), text).toEqual([]);
	});
});

describe("decision dates stated in Japanese, which writes its dates as Chinese does", () => {
	it("reads the result or the word from them by a written day", () => {
		expect(stated("結果は11月25日までに連絡するとのこと")).toEqual([["decision", "2026-11-25", "11月25日"]]);
		expect(stated("返事は11月27日までにもらえる")).toEqual([["decision", "2026-11-27", "11月27日"]]);
	});

	it("gives nothing for an answer already come, or contact details", () => {
		for (const text of ["11月19日に結果の連絡が来た", "11月20日 連絡先はまだ聞けていない、返事ももらった"])
			expect(stated(text), text).toEqual([]);
	});
});
