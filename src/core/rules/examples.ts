/**
 * Every rule with its worked examples. The examples live beside each rule, in its own
 * file, but as a separate export: tests and docs/rules.md use them, and the plugin
 * bundle, which never imports this module, leaves them out.
 */
import type { RuleExample, RuleInfo } from "./context";
import { reminder, reminderExamples } from "./reminder";
import { askNextSteps, askNextStepsExamples } from "./ask-next-steps";
import { callback, callbackExamples } from "./callback";
import { checkIn, checkInExamples } from "./check-in";
import { closingNote, closingNoteExamples } from "./closing-note";
import { decisionCheckIn, decisionCheckInExamples } from "./decision-check-in";
import { getContactInfo, getContactInfoExamples } from "./get-contact-info";
import { rejectionReply, rejectionReplyExamples } from "./rejection-reply";
import { secondCheckIn, secondCheckInExamples } from "./second-check-in";
import { stayInTouch, stayInTouchExamples } from "./stay-in-touch";
import { thankStaff, thankStaffExamples } from "./thank-staff";
import { thankYou, thankYouExamples } from "./thank-you";
import { updateReferrer, updateReferrerExamples } from "./update-referrer";
import { valueAdd, valueAddExamples } from "./value-add";
import { wantTheJob, wantTheJobExamples } from "./want-the-job";

/** Each rule of RULES (and the reminder, a rule of the whole note), in the docs' order, with its examples. */
export const RULE_EXAMPLES: readonly (readonly [RuleInfo, readonly RuleExample[]])[] = [
	[thankYou, thankYouExamples],
	[wantTheJob, wantTheJobExamples],
	[thankStaff, thankStaffExamples],
	[updateReferrer, updateReferrerExamples],
	[getContactInfo, getContactInfoExamples],
	[valueAdd, valueAddExamples],
	[askNextSteps, askNextStepsExamples],
	[reminder, reminderExamples],
	[callback, callbackExamples],
	[decisionCheckIn, decisionCheckInExamples],
	[checkIn, checkInExamples],
	[secondCheckIn, secondCheckInExamples],
	[closingNote, closingNoteExamples],
	[rejectionReply, rejectionReplyExamples],
	[stayInTouch, stayInTouchExamples],
];
