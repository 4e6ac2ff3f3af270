import { describe, expect, it, vi } from "vitest";
import { createApi, type ApiSource } from "../../src/app/api";
import type { Evaluation, FollowUp } from "../../src/core/model";

const followUp = (over: Partial<FollowUp>): FollowUp => ({
	note: "Interviews/Acme.md",
	company: "Acme",
	role: null,
	kind: "thank-you",
	to: "Lee Wong",
	channel: "email",
	due: "2026-11-20",
	windowEnd: "2026-11-21",
	status: "overdue",
	reason: "Thank each interviewer within a day: the interview was on Fri 20 Nov, so from Fri 20 Nov to Sat 21 Nov.",
	...over,
});

function source(): ApiSource & { evaluationNow: Evaluation; fire(): void; listeners: number } {
	const listeners = new Set<() => void>();
	const s = {
		evaluationNow: {
			today: "2026-11-23",
			followUps: [
				followUp({}),
				followUp({
					kind: "check-in",
					due: "2026-11-26",
					windowEnd: "2026-11-27",
					status: "upcoming",
					reason: "Four business days after the interview (Fri 20 Nov + 4 = Thu 26 Nov).",
				}),
				followUp({
					note: "Interviews/Globex.md",
					company: "Globex",
					kind: "stay-in-touch",
					due: "2027-02-01",
					windowEnd: "2027-02-05",
					status: "upcoming",
				}),
			],
			diagnostics: [
				{ note: "Interviews/Acme.md", severity: "warning", code: "unknown-format", message: "The format is not known." },
				{ note: null, severity: "info", code: "keep-looking", message: "Keep looking." },
			],
		} as Evaluation,
		evaluation: () => s.evaluationNow,
		note: (path: string) => (path.startsWith("Interviews/") ? ({ path } as never) : null),
		horizonDays: () => 14,
		subscribe(cb: () => void) {
			listeners.add(cb);
			return () => listeners.delete(cb);
		},
		fire: () => listeners.forEach((cb) => cb()),
		get listeners() {
			return listeners.size;
		},
	};
	return s;
}

describe("the plugin API", () => {
	it("lists what is due with the code block's options, within the settings' horizon", () => {
		const api = createApi(source());
		expect(api.due().map((f) => f.kind)).toEqual(["thank-you", "check-in"]);
		expect(api.due({ status: "overdue" }).map((f) => f.kind)).toEqual(["thank-you"]);
		expect(api.due({ horizon: 100, company: "globex" }).map((f) => f.kind)).toEqual(["stay-in-touch"]);
		expect(api.due({ limit: 1 })).toHaveLength(1);
	});

	it("throws on a wrong option, saying what is allowed", () => {
		const api = createApi(source());
		expect(() => api.due({ status: "late" })).toThrow('Interview follow-ups: status: "late" is not known. Use overdue, due, upcoming.');
		expect(() => api.due({ colour: "red" } as never)).toThrow(/"colour" is not an option/);
	});

	it("gives every pending follow-up of one note, beyond the horizon too", () => {
		const api = createApi(source());
		expect(api.forNote("Interviews/Globex.md").map((f) => f.kind)).toEqual(["stay-in-touch"]);
		expect(api.forNote("Recipes/Soup.md")).toEqual([]);
	});

	it("explains a note: each follow-up's reason with its arithmetic, and the note's problems", () => {
		const api = createApi(source());
		expect(api.explain("Interviews/Acme.md")).toEqual({
			path: "Interviews/Acme.md",
			today: "2026-11-23",
			isInterview: true,
			followUps: [
				{
					kind: "thank-you",
					to: "Lee Wong",
					due: "2026-11-20",
					windowEnd: "2026-11-21",
					status: "overdue",
					reason: expect.stringContaining("from Fri 20 Nov to Sat 21 Nov") as string,
				},
				{
					kind: "check-in",
					to: "Lee Wong",
					due: "2026-11-26",
					windowEnd: "2026-11-27",
					status: "upcoming",
					reason: expect.stringContaining("Fri 20 Nov + 4 = Thu 26 Nov") as string,
				},
			],
			diagnostics: [{ note: "Interviews/Acme.md", severity: "warning", code: "unknown-format", message: "The format is not known." }],
		});
		expect(api.explain("Recipes/Soup.md")).toMatchObject({ isInterview: false, followUps: [], diagnostics: [] });
	});

	it("hands out copies: a script changing a result does not change the plugin's list", () => {
		const s = source();
		const api = createApi(s);
		const [first] = api.due();
		if (first) first.status = "due";
		expect(s.evaluationNow.followUps[0]?.status).toBe("overdue");
		expect(Object.isFrozen(api)).toBe(true);
	});

	it("calls back on change until unsubscribed, and a failing callback does not stop the others", () => {
		const s = source();
		const api = createApi(s);
		const seen = vi.fn();
		const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
		const off = api.onChange(seen);
		api.onChange(() => {
			throw new Error("script bug");
		});
		s.fire();
		expect(seen).toHaveBeenCalledTimes(1);
		expect(error).toHaveBeenCalledTimes(1);
		off();
		off();
		s.fire();
		expect(seen).toHaveBeenCalledTimes(1);
		expect(s.listeners).toBe(1);
		error.mockRestore();
	});
});
