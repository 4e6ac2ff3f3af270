/**
 * Human names for follow-up kinds, as drafts and the blocks inserted into notes show them.
 */
import type { FollowUpKind } from "../model";

/** A short, capitalised name per kind ("Check-in", "Thank-you"). */
export const KIND_LABELS: Readonly<Record<FollowUpKind, string>> = {
	"thank-you": "Thank-you",
	"want-the-job": "I want the job",
	"thank-staff": "Thanks to the staff",
	"update-referrer": "Update for the referrer",
	"get-contact-info": "Get contact details",
	"value-add": "Something useful",
	"ask-next-steps": "Before the interview ends",
	reminder: "Follow-up you planned",
	callback: "Phone call",
	"decision-check-in": "Decision check-in",
	"check-in": "Check-in",
	"second-check-in": "Second check-in",
	"closing-note": "Closing note",
	"rejection-reply": "Reply to the rejection",
	"stay-in-touch": "Stay in touch",
};
