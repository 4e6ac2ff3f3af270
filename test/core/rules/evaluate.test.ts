/**
 * Vault-level behaviour: what no single rule decides on its own (superseded rounds,
 * spacing across notes, snoozes, channels, statuses, insights, ordering).
 */
import { describe, expect, it } from "vitest";
import { aSource, evaluate } from "../../builders/vault";

const interview = (fields: Record<string, unknown>) => ({ tags: ["interview"], ...fields });
const brief = (r: ReturnType<typeof evaluate>) =>
	r.followUps.map((f) => `${f.kind} ${f.to ?? "-"} ${f.due}..${f.windowEnd} ${f.status} ${f.channel ?? "-"}`);

describe("which rules apply", () => {
	it("an ended note yields nothing", () => {
		const r = evaluate([aSource("a.md", interview({ interview_date: "2026-11-19", status: "offer", people: ["Jane"] }))], "2026-11-23");
		expect(r.followUps).toEqual([]);
	});
	it("a future interview yields only ask-next-steps", () => {
		const r = evaluate([aSource("a.md", interview({ interview_date: "2026-11-25", people: ["Jane"], topics: ["x"] }))], "2026-11-23");
		expect(brief(r)).toEqual(["ask-next-steps - 2026-11-25..2026-11-25 upcoming -"]);
	});
	it("a closed note yields only stay-in-touch", () => {
		const r = evaluate(
			[aSource("a.md", interview({ interview_date: "2026-11-02", status: "closed", status_date: "2026-11-13", people: ["Jane"] }))],
			"2026-11-23",
		);
		expect(brief(r)).toEqual(["stay-in-touch Jane 2026-12-25..2027-01-01 upcoming email"]);
	});
	it("a rejected note without a status date uses today and warns", () => {
		const r = evaluate(
			[aSource("a.md", interview({ interview_date: "2026-11-02", status: "rejected", people: ["Jane"] }))],
			"2026-11-23",
		);
		expect(brief(r)).toEqual(["rejection-reply Jane 2026-11-24..2026-11-25 upcoming email"]);
		expect(r.diagnostics.map((d) => d.code)).toEqual(["missing-status-date"]);
	});
	it("a rejection reply already sent is not listed again", () => {
		const r = evaluate(
			[
				aSource(
					"a.md",
					interview({
						interview_date: "2026-11-02",
						status: "rejected",
						status_date: "2026-11-16",
						people: ["Jane"],
						follow_ups: [{ date: "2026-11-17", kind: "rejection-reply", to: "Jane" }],
					}),
				),
			],
			"2026-11-23",
		);
		expect(brief(r)).toEqual(["stay-in-touch Jane 2026-12-29..2027-01-05 upcoming email"]);
	});
});

describe("whom the check-in chain goes to", () => {
	it("is nobody when only a referrer or staff is listed: they were not the ones deciding", () => {
		const referrer = { name: "Keisha Grant", relation: "referrer" };
		const staff = { name: "Sol Park", relation: "staff" };
		const r = evaluate(
			[
				aSource("a.md", interview({ interview_date: "2026-11-16", people: [referrer] })),
				aSource("b.md", interview({ interview_date: "2026-11-16", decision_date: "2026-11-24", people: [staff, referrer] })),
				aSource("c.md", interview({ interview_date: "2026-11-16", people: [{ ...referrer, primary: true }] })),
			],
			"2026-11-23",
		);
		const chain = r.followUps.filter((f) => f.kind === "check-in" || f.kind === "decision-check-in");
		expect(chain.map((f) => [f.note, f.kind, f.to])).toEqual([
			["a.md", "check-in", null],
			["c.md", "check-in", "Keisha Grant"],
			["b.md", "decision-check-in", null],
		]);
		expect(chain[0]?.reason).toContain("check in with the recruiter or hiring manager");
		expect(r.followUps.filter((f) => f.kind === "update-referrer").map((f) => f.to)).toEqual([
			"Keisha Grant",
			"Keisha Grant",
			"Keisha Grant",
		]);
	});
	it("the other messages to the company go the same way as the chain", () => {
		const referrer = { name: "Keisha Grant", relation: "referrer" };
		const staff = { name: "Sol Park", relation: "staff" };
		const r = evaluate(
			[
				aSource("topics.md", interview({ interview_date: "2026-11-19", topics: ["pricing"], people: [referrer] })),
				aSource("coffee.md", interview({ interview_date: "2026-11-20", format: "coffee", people: [staff] })),
				aSource("remind.md", interview({ status: "applied", follow_up_on: "2026-11-23", people: [referrer] })),
				aSource(
					"no.md",
					interview({ interview_date: "2026-11-02", status: "rejected", status_date: "2026-11-20", people: [staff] }),
				),
				aSource(
					"closed.md",
					interview({ interview_date: "2026-10-01", status: "closed", status_date: "2026-10-09", people: [referrer] }),
				),
				aSource(
					"marked.md",
					interview({
						interview_date: "2026-11-02",
						status: "rejected",
						status_date: "2026-11-20",
						people: [{ ...staff, primary: true }],
					}),
				),
			],
			"2026-11-23",
		);
		const kinds = ["value-add", "want-the-job", "reminder", "rejection-reply", "stay-in-touch"];
		const messages = r.followUps.filter((f) => kinds.includes(f.kind));
		expect(messages.map((f) => [f.note, f.kind, f.to]).sort()).toEqual([
			["closed.md", "stay-in-touch", null],
			["coffee.md", "want-the-job", null],
			["marked.md", "rejection-reply", "Sol Park"],
			["no.md", "rejection-reply", null],
			["remind.md", "reminder", null],
			["topics.md", "value-add", null],
		]);
		expect(messages.find((f) => f.note === "no.md")?.reason).toContain("thank the recruiter or hiring manager");
		expect(messages.find((f) => f.note === "coffee.md")?.reason).toContain("thank the people you met");
	});
});

describe("people named twice", () => {
	it("two people of one name keep their own relations: the check-in goes to the hiring manager", () => {
		const people = [
			"Grace Kim",
			{ name: "Wen Dubois", relation: "hr" },
			{ name: "Wen Dubois", relation: "hiring-manager", email: "wen@example.com" },
		];
		const r = evaluate(
			[
				aSource(
					"a.md",
					interview({ interview_date: "2026-11-12", people, log: [{ date: "2026-11-12", kind: "thank-you", to: "Grace Kim" }] }),
				),
			],
			"2026-11-23",
		);
		expect(r.followUps.filter((f) => f.kind === "check-in").map((f) => f.to)).toEqual(["Wen Dubois"]);
		expect(r.followUps.find((f) => f.kind === "check-in")?.channel).toBe("email");
	});
});

describe("superseded rounds", () => {
	const first = aSource(
		"Interviews/Acme 1.md",
		interview({ company: "[[Acme]]", role: "PM", interview_date: "2026-11-05", people: [{ name: "Jane", email: "j@a.example" }] }),
	);
	it("a later round of the same company and role stops the earlier chain, not its thank-yous", () => {
		const second = aSource(
			"Interviews/Acme 2.md",
			interview({ company: "acme", role: " pm ", interview_date: "2026-11-26", people: [{ name: "Raj", email: "r@a.example" }] }),
		);
		const r = evaluate([first, second], "2026-11-23");
		expect(r.followUps.map((f) => `${f.note} ${f.kind} ${f.to}`)).toEqual([
			"Interviews/Acme 1.md thank-you Jane",
			"Interviews/Acme 2.md ask-next-steps null",
		]);
	});
	it("a different role at the same company is a different opportunity", () => {
		const other = aSource(
			"Interviews/Acme 2.md",
			interview({ company: "Acme", role: "Designer", interview_date: "2026-11-20", people: [{ name: "Raj", email: "r@a.example" }] }),
		);
		const r = evaluate([first, other], "2026-11-23");
		expect(r.followUps.some((f) => f.note === "Interviews/Acme 1.md" && f.kind === "check-in")).toBe(true);
	});
	it("without a role on either note, the company alone decides", () => {
		const other = aSource(
			"Interviews/Acme 2.md",
			interview({ company: "Acme", interview_date: "2026-11-20", people: [{ name: "Raj", email: "r@a.example" }] }),
		);
		const r = evaluate([first, other], "2026-11-23");
		expect(r.followUps.some((f) => f.note === "Interviews/Acme 1.md" && f.kind === "check-in")).toBe(false);
	});
});

describe("spacing", () => {
	it("moves a check-in to two business days after the last message to that person, in any note", () => {
		const a = aSource(
			"a.md",
			interview({ company: "Acme", interview_date: "2026-11-13", people: [{ name: "Jane Doe", email: "j@a.example" }] }),
		);
		const b = aSource(
			"b.md",
			interview({
				company: "Beta",
				interview_date: "2026-11-18",
				people: [{ name: "jane doe", email: "j@b.example" }],
				follow_ups: [{ date: "2026-11-18", kind: "thank-you", to: "Jane Doe" }],
			}),
		);
		const r = evaluate([a, b], "2026-11-19");
		const checkIn = r.followUps.find((f) => f.note === "a.md" && f.kind === "check-in");
		// addBD(Fri 13, 4) = Thu 19, but Jane got a thank-you on Wed 18: addBD(18, 2) = Fri 20; window keeps 1 business day.
		expect(checkIn).toMatchObject({ due: "2026-11-20", windowEnd: "2026-11-23", status: "upcoming" });
		expect(checkIn?.reason).toContain("Wed 18 Nov");
	});
	it("does not move thank-yous or call-backs", () => {
		const a = aSource(
			"a.md",
			interview({
				interview_date: "2026-11-19",
				call_back: "2026-11-20",
				people: [{ name: "Jane", phone: "1" }],
				follow_ups: [{ date: "2026-11-19", kind: "thank-you", to: "Jane" }],
			}),
		);
		const r = evaluate([a], "2026-11-19");
		expect(brief(r)).toContain("callback Jane 2026-11-20..2026-11-20 upcoming phone");
	});
	it("a dismissed entry is not a message and does not push anything", () => {
		const a = aSource(
			"a.md",
			interview({
				interview_date: "2026-11-12",
				people: [{ name: "Jane", email: "j" }],
				follow_ups: [{ date: "2026-11-18", kind: "thank-you", to: "Jane", dismissed: true }],
			}),
		);
		expect(brief(evaluate([a], "2026-11-18"))).toEqual(["check-in Jane 2026-11-18..2026-11-19 due email"]);
	});
});

describe("snooze and dismiss", () => {
	it("a snooze moves the due day and keeps the window's business-day length", () => {
		const a = aSource(
			"a.md",
			interview({
				interview_date: "2026-11-12",
				people: [{ name: "Jane", email: "j" }],
				follow_ups: [{ date: "2026-11-18", kind: "check-in", to: "Jane", snoozed_until: "2026-11-27" }],
			}),
		);
		expect(brief(evaluate([a], "2026-11-23")).filter((line) => line.startsWith("check-in"))).toEqual([
			"check-in Jane 2026-11-27..2026-11-30 upcoming email",
		]);
	});
	it("a snooze logged before the interview still moves the thank-you it names", () => {
		const a = aSource(
			"a.md",
			interview({
				interview_date: "2026-11-19",
				people: [{ name: "Jane", email: "j" }],
				follow_ups: [{ date: "2026-11-18", kind: "thank-you", to: "Jane", snoozed_until: "2026-11-24" }],
			}),
		);
		expect(brief(evaluate([a], "2026-11-23")).filter((line) => line.startsWith("thank-you"))).toEqual([
			"thank-you Jane 2026-11-24..2026-11-25 upcoming email",
		]);
	});
	it("a snooze of the check-in before a reply is not carried over to the check-in the reply restarts", () => {
		const a = aSource(
			"a.md",
			interview({
				interview_date: "2026-11-05",
				people: [{ name: "Jane", email: "j" }],
				follow_ups: [
					{ date: "2026-11-10", kind: "check-in", to: "Jane", snoozed_until: "2026-11-13" },
					{ date: "2026-11-16", from: "Jane", kind: "reply" },
				],
			}),
		);
		expect(brief(evaluate([a], "2026-11-23")).filter((line) => line.startsWith("check-in"))).toEqual([
			"check-in Jane 2026-11-20..2026-11-23 due email",
		]);
	});
	it("a stay-in-touch snooze before the last stay-in-touch note does not move the next one", () => {
		const a = aSource(
			"a.md",
			interview({
				interview_date: "2026-06-01",
				status: "closed",
				status_date: "2026-06-05",
				people: [{ name: "Jane", email: "j" }],
				follow_ups: [
					{ date: "2026-07-10", kind: "stay-in-touch", to: "Jane", snoozed_until: "2026-07-20" },
					{ date: "2026-07-20", kind: "stay-in-touch", to: "Jane" },
				],
			}),
		);
		expect(brief(evaluate([a], "2026-08-03")).filter((line) => line.startsWith("stay-in-touch"))).toEqual([
			"stay-in-touch Jane 2026-08-31..2026-09-07 upcoming email",
		]);
	});
	it("a dismissed ask-next-steps is hidden", () => {
		const a = aSource(
			"a.md",
			interview({
				interview_date: "2026-11-30",
				people: ["Jane"],
				follow_ups: [{ date: "2026-11-20", kind: "ask-next-steps", dismissed: true }],
			}),
		);
		expect(evaluate([a], "2026-11-23").followUps).toEqual([]);
	});
});

describe("channels", () => {
	const on = (person: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
		evaluate(
			[aSource("a.md", interview({ interview_date: "2026-11-12", people: [{ name: "Jane", ...person }], ...extra }))],
			"2026-11-23",
		).followUps.find((f) => f.kind === "check-in")?.channel;
	it("follows the person's channel, then LinkedIn for LinkedIn contacts, then email, then phone", () => {
		expect(on({ channel: "phone", email: "j" })).toBe("phone");
		expect(on({ linkedin: "https://x", email: "j" }, { source: "LinkedIn" })).toBe("linkedin");
		expect(on({}, { source: "linkedin" })).toBe("linkedin");
		expect(on({ email: "j" }, { source: "linkedin" })).toBe("email");
		expect(on({ phone: "1" })).toBe("phone");
		expect(on({})).toBe("email");
	});
	it("suggests when to call for phone follow-ups", () => {
		const r = evaluate(
			[aSource("a.md", interview({ interview_date: "2026-11-12", people: [{ name: "Jane", phone: "1" }] }))],
			"2026-11-23",
		);
		expect(r.followUps.find((f) => f.kind === "check-in")?.reason).toMatch(/early or late in the working day/);
	});
});

describe("insights and warnings", () => {
	it("keep-looking when exactly one opportunity is active", () => {
		const r = evaluate([aSource("a.md", interview({ company: "Acme", interview_date: "2026-11-19", people: ["Jane"] }))], "2026-11-23");
		expect(r.diagnostics).toEqual([expect.objectContaining({ note: null, severity: "info", code: "keep-looking" })]);
	});
	it("no keep-looking with two opportunities, nor when the only other one is still ahead", () => {
		const a = aSource("a.md", interview({ company: "Acme", interview_date: "2026-11-19", people: ["Jane"] }));
		const b = aSource("b.md", interview({ company: "Beta", interview_date: "2026-11-20", people: ["Raj"] }));
		const c = aSource("c.md", interview({ company: "Gamma", interview_date: "2026-12-01", people: ["Raj"] }));
		expect(evaluate([a, b], "2026-11-23").diagnostics.map((d) => d.code)).toEqual([]);
		expect(evaluate([a, c], "2026-11-23").diagnostics.map((d) => d.code)).toEqual(["keep-looking"]);
	});
	it("hr-only, and no-people as an insight beside follow-ups addressed to nobody", () => {
		const hr = aSource(
			"a.md",
			interview({ company: "A", interview_date: "2026-11-19", people: [{ name: "Pat", relation: "HR", email: "p" }] }),
		);
		const nobody = aSource("b.md", interview({ company: "B", interview_date: "2026-11-19" }));
		const r = evaluate([hr, nobody], "2026-11-23");
		expect(r.diagnostics.map((d) => `${d.note} ${d.severity} ${d.code}`)).toEqual(["a.md warning hr-only", "b.md info no-people"]);
		// One thank-you and one chain, addressed to nobody, whose reasons say who is meant.
		const listed = r.followUps.filter((f) => f.note === "b.md");
		expect(listed.map((f) => `${f.kind} ${f.to} ${f.due}`)).toEqual(["thank-you null 2026-11-19", "check-in null 2026-11-25"]);
		expect(listed[0]?.reason).toContain("your interviewers");
		expect(listed[1]?.reason).toContain("the recruiter or hiring manager");
	});
	it("no hr-only for a note whose only people are named by its log (no people of its own)", () => {
		const logged = aSource(
			"c.md",
			interview({ company: "C", status: "active" }),
			"- 2026-11-19 Coffee with [[Dana Liu]] to talk about her team\n",
		);
		const r = evaluate([logged], "2026-11-23");
		// The log names Dana Liu, so the note is read and its follow-ups go to her…
		expect(r.followUps.filter((f) => f.note === "c.md").map((f) => f.to)).toContain("Dana Liu");
		// …and no warning about who is named.
		expect(r.diagnostics.filter((d) => d.note === "c.md").map((d) => d.code)).toEqual([]);
	});
});

describe("order", () => {
	it("sorts by due, note, kind, then person with null first", () => {
		const a = aSource("b.md", interview({ interview_date: "2026-11-23", people: ["Zed", "Amy"] }));
		const b = aSource("a.md", interview({ interview_date: "2026-11-23", people: ["Kim"] }));
		const r = evaluate([a, b], "2026-11-23");
		expect(r.followUps.map((f) => `${f.note} ${f.kind} ${f.to}`)).toEqual([
			"a.md ask-next-steps null",
			"a.md get-contact-info Kim",
			"a.md thank-you Kim",
			"b.md ask-next-steps null",
			"b.md get-contact-info Amy",
			"b.md get-contact-info Zed",
			"b.md thank-you Amy",
			"b.md thank-you Zed",
			"a.md check-in Kim",
			"b.md check-in Zed",
		]);
	});
});
