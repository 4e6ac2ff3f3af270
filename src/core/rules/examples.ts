/**
 * Every rule with its summary and worked examples. They live beside each rule, in its own
 * file, but as separate exports: tests and docs/rules.md use them, and the plugin
 * bundle, which never imports this module, leaves them out.
 */
import type { FollowUpKind } from "../model";
import type { RuleExample, RuleInfo } from "./context";
import { RULES } from "./index";
import { reminder, reminderExamples, reminderSummary } from "./reminder";
import { askNextSteps, askNextStepsExamples, askNextStepsSummary } from "./ask-next-steps";
import { callback, callbackExamples, callbackSummary } from "./callback";
import { checkIn, checkInExamples, checkInSummary } from "./check-in";
import { closingNote, closingNoteExamples, closingNoteSummary } from "./closing-note";
import { decisionCheckIn, decisionCheckInExamples, decisionCheckInSummary } from "./decision-check-in";
import { getContactInfo, getContactInfoExamples, getContactInfoSummary } from "./get-contact-info";
import { rejectionReply, rejectionReplyExamples, rejectionReplySummary } from "./rejection-reply";
import { secondCheckIn, secondCheckInExamples, secondCheckInSummary } from "./second-check-in";
import { stayInTouch, stayInTouchExamples, stayInTouchSummary } from "./stay-in-touch";
import { thankStaff, thankStaffExamples, thankStaffSummary } from "./thank-staff";
import { thankYou, thankYouExamples, thankYouSummary } from "./thank-you";
import { updateReferrer, updateReferrerExamples, updateReferrerSummary } from "./update-referrer";
import { valueAdd, valueAddExamples, valueAddSummary } from "./value-add";
import { wantTheJob, wantTheJobExamples, wantTheJobSummary } from "./want-the-job";

/** A rule as docs/rules.md tells it. */
export interface RuleDoc {
	/** The kind of follow-up the rule makes, which is also its name (and its file's). */
	kind: FollowUpKind;
	rule: RuleInfo;
	/** What the rule does, in a sentence. */
	summary: string;
	/** Worked examples, each of which also runs as a test. */
	examples: readonly RuleExample[];
}

/** Every rule as the docs list them: RULES, with the reminder (a rule of the whole note) after ask-next-steps. */
export const ALL_RULES: readonly RuleInfo[] = [
	...RULES.slice(0, RULES.indexOf(askNextSteps) + 1),
	reminder,
	...RULES.slice(RULES.indexOf(askNextSteps) + 1),
];

/** Each rule of ALL_RULES, in the docs' order, with its summary and examples. */
export const RULE_EXAMPLES: readonly RuleDoc[] = [
	{ kind: "thank-you", rule: thankYou, summary: thankYouSummary, examples: thankYouExamples },
	{ kind: "want-the-job", rule: wantTheJob, summary: wantTheJobSummary, examples: wantTheJobExamples },
	{ kind: "thank-staff", rule: thankStaff, summary: thankStaffSummary, examples: thankStaffExamples },
	{ kind: "update-referrer", rule: updateReferrer, summary: updateReferrerSummary, examples: updateReferrerExamples },
	{ kind: "get-contact-info", rule: getContactInfo, summary: getContactInfoSummary, examples: getContactInfoExamples },
	{ kind: "value-add", rule: valueAdd, summary: valueAddSummary, examples: valueAddExamples },
	{ kind: "ask-next-steps", rule: askNextSteps, summary: askNextStepsSummary, examples: askNextStepsExamples },
	{ kind: "reminder", rule: reminder, summary: reminderSummary, examples: reminderExamples },
	{ kind: "callback", rule: callback, summary: callbackSummary, examples: callbackExamples },
	{ kind: "decision-check-in", rule: decisionCheckIn, summary: decisionCheckInSummary, examples: decisionCheckInExamples },
	{ kind: "check-in", rule: checkIn, summary: checkInSummary, examples: checkInExamples },
	{ kind: "second-check-in", rule: secondCheckIn, summary: secondCheckInSummary, examples: secondCheckInExamples },
	{ kind: "closing-note", rule: closingNote, summary: closingNoteSummary, examples: closingNoteExamples },
	{ kind: "rejection-reply", rule: rejectionReply, summary: rejectionReplySummary, examples: rejectionReplyExamples },
	{ kind: "stay-in-touch", rule: stayInTouch, summary: stayInTouchSummary, examples: stayInTouchExamples },
];
