import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, followUpUid, foldLine, icalendar, type IcalendarOptions } from "../../../src/core/export/icalendar";
import { fnv1a64 } from "../../../src/core/export/stable-id";
import { numRuns } from "../../hardening/arbitraries";
import type { Evaluation, FollowUp } from "../../../src/core/model";
import { aFollowUp } from "../../builders/follow-up";

const evaluation = (followUps: FollowUp[], today = "2026-11-23"): Evaluation => ({ today, followUps, diagnostics: [] });

const options: IcalendarOptions = { horizonDays: 14, vaultName: "Job search" };

const sample = evaluation([
	aFollowUp({}),
	aFollowUp({ kind: "check-in", to: "Lee Wong", channel: "linkedin", due: "2026-11-23", windowEnd: "2026-11-25", status: "due" }),
	aFollowUp({
		note: "Interviews/Initech.md",
		company: null,
		role: null,
		kind: "ask-next-steps",
		to: null,
		channel: null,
		due: "2026-11-30",
		windowEnd: "2026-11-30",
		status: "upcoming",
	}),
	aFollowUp({ kind: "stay-in-touch", due: "2027-01-04", windowEnd: "2027-01-11", status: "upcoming", reason: "Six weeks later." }),
]);

/** The file as ical.js reads it. */
function parseCalendar(ics: string): ICAL.Component {
	return new ICAL.Component(ICAL.parse(ics) as unknown[]);
}

/** The file's VEVENTs, read by ical.js. */
function events(ics: string): ICAL.Event[] {
	return parseCalendar(ics)
		.getAllSubcomponents("vevent")
		.map((component) => new ICAL.Event(component));
}

describe("icalendar", () => {
	it("is a VCALENDAR that ical.js reads, with one all-day event per follow-up within the horizon", () => {
		const ics = icalendar(sample, options);
		const calendar = parseCalendar(ics);
		expect(calendar.name).toBe("vcalendar");
		expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
		expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Interview Follow-ups//interview-followups//EN");
		expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Interview follow-ups (Job search)");
		const summaries = events(ics).map((e) => e.summary);
		expect(summaries).toEqual(["Thank-you note → Jane Doe (Acme)", "Check-in → Lee Wong (Acme)", "Ask about next steps"]);
	});

	it("spans the window: DTSTART the due day, DTEND the day after the last on-time day (exclusive)", () => {
		const ics = icalendar(sample, options);
		const [thankYou, checkIn, nextSteps] = events(ics);
		expect(thankYou?.startDate.isDate).toBe(true);
		expect(thankYou?.startDate.toString()).toBe("2026-11-19");
		expect(thankYou?.endDate.toString()).toBe("2026-11-21");
		expect(checkIn?.startDate.toString()).toBe("2026-11-23");
		expect(checkIn?.endDate.toString()).toBe("2026-11-26");
		expect(nextSteps?.startDate.toString()).toBe("2026-11-30");
		expect(nextSteps?.endDate.toString()).toBe("2026-12-01");
		expect(ics).toContain("DTSTART;VALUE=DATE:20261119\r\n");
		expect(ics).toContain("DTEND;VALUE=DATE:20261121\r\n");
	});

	it("ends the month and the year right", () => {
		const ics = icalendar(
			evaluation([aFollowUp({ due: "2026-12-31", windowEnd: "2026-12-31", status: "upcoming" })], "2026-12-20"),
			options,
		);
		const [only] = events(ics);
		expect(only?.startDate.toString()).toBe("2026-12-31");
		expect(only?.endDate.toString()).toBe("2027-01-01");
	});

	it("honours the horizon and the statuses", () => {
		expect(events(icalendar(sample, { ...options, horizonDays: 60 }))).toHaveLength(4);
		expect(events(icalendar(sample, { ...options, horizonDays: 0 }))).toHaveLength(2);
		expect(events(icalendar(sample, { ...options, statuses: ["upcoming"] })).map((e) => e.summary)).toEqual(["Ask about next steps"]);
	});

	it("gives unique UIDs, the same in two runs and on another day, from note, kind and person", () => {
		const first = events(icalendar(sample, { ...options, horizonDays: 60 })).map((e) => e.uid);
		expect(new Set(first).size).toBe(first.length);
		for (const uid of first) expect(uid).toMatch(/^[0-9a-f]{16}@interview-followups$/);
		expect(events(icalendar(sample, { ...options, horizonDays: 60 })).map((e) => e.uid)).toEqual(first);

		// A week later the same thank-you is further overdue, its dates unchanged or moved: same UID.
		const later = evaluation([aFollowUp({ due: "2026-11-20", windowEnd: "2026-11-23", reason: "Moved." })], "2026-11-30");
		expect(events(icalendar(later, options))[0]?.uid).toBe(first[0]);
	});

	it("tells follow-ups apart by note, kind and person", () => {
		const base = followUpUid(aFollowUp({}));
		expect(followUpUid(aFollowUp({ note: "Interviews/Globex.md" }))).not.toBe(base);
		expect(followUpUid(aFollowUp({ kind: "check-in" }))).not.toBe(base);
		expect(followUpUid(aFollowUp({ to: "Lee Wong" }))).not.toBe(base);
		expect(followUpUid(aFollowUp({ to: null }))).not.toBe(base);
		expect(followUpUid(aFollowUp({ due: "2026-12-01", status: "upcoming", company: "Renamed" }))).toBe(base);
	});

	it("hashes with FNV-1a 64 (published test vectors)", () => {
		expect(fnv1a64("")).toBe("cbf29ce484222325");
		expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
		expect(fnv1a64("foobar")).toBe("85944171f73967e8");
	});

	it("stamps from the evaluated day, not the clock, so the same day gives the same bytes", () => {
		const ics = icalendar(sample, options);
		expect(icalendar(sample, options)).toBe(ics);
		expect(ics).toContain("DTSTAMP:20261123T000000Z\r\n");
		expect(events(ics)[0]?.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-23T00:00:00Z");
	});

	it("marks overdue follow-ups PRIORITY 1 and due ones 5, and never blocks the day", () => {
		const [thankYou, checkIn, nextSteps] = events(icalendar(sample, options));
		expect(thankYou?.component.getFirstPropertyValue("priority")).toBe(1);
		expect(checkIn?.component.getFirstPropertyValue("priority")).toBe(5);
		expect(nextSteps?.component.getFirstPropertyValue("priority")).toBeNull();
		expect(thankYou?.component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
	});

	it("describes the reason, the draft subject and the way there, and links the note as URL", () => {
		const ics = icalendar(sample, {
			...options,
			draftSubject: (f) => (f.kind === "thank-you" ? "Thank you for meeting with me" : null),
		});
		const [thankYou, checkIn] = events(ics);
		const url = "obsidian://open?vault=Job%20search&file=Interviews%2FAcme%20onsite";
		expect(thankYou?.description).toBe(
			[
				"Thank each interviewer on the day of the interview.",
				"",
				"Draft subject: Thank you for meeting with me",
				"To: Jane Doe by email",
				"Interview: Acme — Product Manager",
				"On time: Thu 19 Nov to Fri 20 Nov",
				"Note: Interviews/Acme onsite.md",
				`Open in Obsidian: ${url}`,
			].join("\n"),
		);
		expect(thankYou?.component.getFirstPropertyValue("url")).toBe(url);
		expect(checkIn?.description).not.toContain("Draft subject");
	});

	it("URL-encodes the vault and the path, including characters that mean something in a URL", () => {
		const tricky = evaluation([aFollowUp({ note: "Interviews/R&D #2 50% (café).md" })]);
		const [only] = events(icalendar(tricky, { ...options, vaultName: "My vault & more" }));
		expect(only?.component.getFirstPropertyValue("url")).toBe(
			"obsidian://open?vault=My%20vault%20%26%20more&file=Interviews%2FR%26D%20%232%2050%25%20%28caf%C3%A9%29",
		);
	});

	it("escapes TEXT so commas, semicolons, backslashes and line breaks round-trip", () => {
		const company = "Smith, Jones; & Co\\";
		const reason = "First line; with a comma, and a backslash \\.\nSecond line\r\nThird line\n\nAfter a blank line";
		const ics = icalendar(evaluation([aFollowUp({ company, reason })]), options);
		const [only] = events(ics);
		expect(only?.summary).toBe(`Thank-you note → Jane Doe (${company})`);
		expect(only?.description.split("\n").slice(0, 5)).toEqual([
			"First line; with a comma, and a backslash \\.",
			"Second line",
			"Third line",
			"",
			"After a blank line",
		]);
		expect(ics).toContain("SUMMARY:Thank-you note → Jane Doe (Smith\\, Jones\\; & Co\\\\)\r\n");
		expect(escapeText("a\u0000b\u0007c\td")).toBe("abc\td");
	});

	it("folds long lines at 75 octets without splitting a character, and they unfold to the original", () => {
		const reason = "Écrivez à Zoë 🎉 — déjà vu, naïve café; ".repeat(8).slice(0, 300);
		expect([...reason].length).toBeGreaterThanOrEqual(290);
		const ics = icalendar(evaluation([aFollowUp({ reason, to: "Zoë Ångström 👩🏽‍💻" })]), options);
		const lines = ics.split("\r\n");
		expect(lines.pop()).toBe("");
		for (const line of lines) {
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
			expect(line).not.toMatch(/\uFFFD/);
			expect(line).not.toMatch(/[\n\r]/);
		}
		expect(lines.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(4);
		const [only] = events(ics);
		expect(only?.description.startsWith(`${reason}\n`)).toBe(true);
		expect(only?.summary).toBe("Thank-you note → Zoë Ångström 👩🏽‍💻 (Acme)");
	});

	it("folds by octets: a line of 3-byte characters breaks before 75 bytes, never inside a character", () => {
		const line = `SUMMARY:${"€".repeat(60)}`;
		const physical = foldLine(line).split("\r\n");
		expect(physical[0]).toBe(`SUMMARY:${"€".repeat(22)}`); // 8 + 22 × 3 = 74; one more would be 77
		for (const p of physical) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
		expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
		expect(foldLine("SHORT:line")).toBe("SHORT:line");
		expect(foldLine(`X:${"a".repeat(73)}`)).toBe(`X:${"a".repeat(73)}`);
	});

	it("folds exactly as a plain reading of RFC 5545 would, for any text (escapes, emoji, lone surrogates)", () => {
		/** The straightforward fold, kept as the reference: units of one character or one escape, counted in UTF-8. */
		const reference = (line: string): string => {
			const parts: string[] = [];
			let current = "";
			let octets = 0;
			for (const unit of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
				const size = new TextEncoder().encode(unit.replace(/[\ud800-\udfff]/gu, "\ufffd")).length;
				if (octets + size > 75 && current !== "" && current !== " ") {
					parts.push(current);
					current = " ";
					octets = 1;
				}
				current += unit;
				octets += size;
			}
			parts.push(current);
			return parts.join("\r\n");
		};
		const pieces = fc.constantFrom("a", "€", "é", "👩🏽‍💻", "\\,", "\\n", "\\", "\ud800", "\udc00", " ", "𝄞");
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 120 }), fc.string({ maxLength: 20 }), (list, prefix) => {
				const line = `X:${prefix}${list.join("")}`;
				expect(foldLine(line)).toBe(reference(line));
			}),
			{ numRuns: numRuns * 5 },
		);
	});

	it("escapes any text as escaping, line breaks and dropping controls one after the other would", () => {
		const reference = (text: string): string =>
			text
				.replace(/[\\;,]/g, (c) => `\\${c}`)
				.replace(/\r\n|\r|\n/g, "\\n")
				// eslint-disable-next-line no-control-regex -- the reference drops exactly these
				.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, "");
		const pieces = fc.constantFrom(
			"a",
			",",
			";",
			"\\",
			"\r",
			"\n",
			"\r\n",
			"\t",
			"\u0000",
			"\u001b",
			"\u007f",
			"\u009b",
			"\u0085",
			"é",
			"€",
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 30 }), (list) => {
				expect(escapeText(list.join(""))).toBe(reference(list.join("")));
			}),
			{ numRuns: numRuns * 5 },
		);
	});

	it("hashes any text as FNV-1a 64 over its UTF-8 bytes", () => {
		const reference = (text: string): string => {
			let hash = BigInt("0xcbf29ce484222325");
			for (const byte of new TextEncoder().encode(text))
				hash = ((hash ^ BigInt(byte)) * BigInt("0x100000001b3")) & BigInt("0xffffffffffffffff");
			return hash.toString(16).padStart(16, "0");
		};
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
				expect(fnv1a64(text)).toBe(reference(text));
			}),
			{ numRuns: numRuns * 5 },
		);
	});

	it("keeps an escape whole when folding", () => {
		for (let pad = 0; pad < 6; pad++) {
			const folded = foldLine(`DESCRIPTION:${"x".repeat(60 + pad)}${escapeText(",;,;,;")}`);
			for (const physical of folded.split("\r\n")) expect(physical).not.toMatch(/\\$/);
		}
	});

	it("uses CRLF line ends everywhere and ends with one", () => {
		const ics = icalendar(sample, options);
		expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
	});

	it("writes a valid calendar with no events when nothing is due", () => {
		const ics = icalendar(evaluation([]), options);
		expect(events(ics)).toEqual([]);
		expect(parseCalendar(ics).getFirstPropertyValue("version")).toBe("2.0");
	});

	it("takes another PRODID", () => {
		const ics = icalendar(sample, { ...options, prodId: "-//Me//Mine//EN" });
		expect(parseCalendar(ics).getFirstPropertyValue("prodid")).toBe("-//Me//Mine//EN");
	});
});
