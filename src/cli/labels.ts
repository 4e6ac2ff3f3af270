/**
 * Words for the ids the core uses, for people reading the command's output.
 * (Candidates to move into core once the plugin's panel wants the same words.)
 */
import type { Channel, FollowUpKind } from "../core/model";

/** Each follow-up kind as a short label, sentence case. */
export const KIND_LABELS: Readonly<Record<FollowUpKind, string>> = {
	"thank-you": "Thank-you note",
	"want-the-job": "Say you want the job",
	"thank-staff": "Thank-you to staff",
	"update-referrer": "Update your referrer",
	"get-contact-info": "Get contact details",
	"value-add": "Value-add note",
	"ask-next-steps": "Ask about next steps",
	callback: "Call back",
	"decision-check-in": "Decision check-in",
	"check-in": "Check-in",
	"second-check-in": "Second check-in",
	"closing-note": "Closing note",
	"rejection-reply": "Reply to the rejection",
	"stay-in-touch": "Stay in touch",
};

/** How a channel reads after a name: "Jane Doe by email". */
export const CHANNEL_PHRASES: Readonly<Record<Channel, string>> = {
	email: "by email",
	phone: "by phone",
	linkedin: "on LinkedIn",
	note: "by handwritten note",
};
