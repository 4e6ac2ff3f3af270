/** A follow-up as the engine would list it, with only what a test cares about changed. */
import type { FollowUp } from "../../src/core/model";

/** An overdue thank-you to Jane Doe at Acme; pass the fields that matter to the test. */
export function aFollowUp(over: Partial<FollowUp> = {}): FollowUp {
	return {
		note: "Interviews/Acme onsite.md",
		company: "Acme",
		role: "Product Manager",
		kind: "thank-you",
		to: "Jane Doe",
		channel: "email",
		due: "2026-11-19",
		windowEnd: "2026-11-20",
		status: "overdue",
		reason: "Thank each interviewer on the day of the interview.",
		...over,
	};
}
