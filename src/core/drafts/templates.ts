/**
 * The built-in templates: one set per follow-up kind, written for this project.
 *
 * Each kind has a few variants. A variant lists the placeholders it needs; the most
 * specific variant the note can fill is used, so a note with topics and titles gets a
 * message that names them, and a sparse note still gets a clean one with no gaps.
 * When several equally specific variants fit (the thank-you has more than one), the
 * person's position picks one, so two interviewers of one note get different wording
 * as well as a different topic (`{{person_topic}}`).
 *
 * Where a kind's variants differ by a phrase or two (the company named or not), a small
 * function beside the kind writes the wording they share once, and each variant passes
 * its phrases.
 *
 * Greeting and sign-off are added around the variant's body for messages; scripts and
 * checklists have neither. What the messages say follows the draft guidance of the
 * rules spec: thank, restate interest, offer value, stay brief, never press.
 */
import type { FollowUpKind } from "../model";
import type { PlaceholderName, PlaceholderValues } from "./render";

/** The subjects of the thank-you variants. */
const THANKS_FOR_THE_CONVERSATION = "Thanks for the conversation about the {{role}} role";
const THANKS_FOR_MEETING = "Thank you for meeting with me";

/** The get-contact-info checklist's steps after finding the address, and its last one. */
const CONNECT_ON_LINKEDIN = "- [ ] Look them up on LinkedIn and connect with a short personal note";
const SAVE_TO_CONTACTS = "- [ ] Save them to your contacts";

/** A template: a subject line and a body, both with `{{placeholders}}`. */
export interface Template {
	/** The subject line (for a task, the checklist's title). */
	subject: string;
	/** The body text, `\n` line breaks. */
	body: string;
}

/** A built-in wording and the placeholders it cannot do without. */
export interface TemplateVariant extends Template {
	/** Placeholders that must have a value for this variant to be used. */
	needs: readonly PlaceholderName[];
}

/** The built-in templates of one kind. */
export interface KindTemplates {
	/**
	 * The closing line before the user's name; null for scripts and checklists. A kind
	 * with one is a message, which also starts with "Hi {{first_name}}," (or "Hello,"
	 * when there is no person).
	 */
	signOff: string | null;
	/** From most to least specific; the last one needs nothing. */
	variants: readonly TemplateVariant[];
}

/** A kind's templates: its sign-off (null for a script or a checklist) and its variants. */
function kindTemplates(signOff: string | null, variants: readonly TemplateVariant[]): KindTemplates {
	return { signOff, variants };
}

/** A variant: the placeholders it needs, its subject and its body. */
function variant(needs: readonly PlaceholderName[], subject: string, body: string): TemplateVariant {
	return { needs, subject, body };
}

const THANK_YOU = kindTemplates("With thanks,", [
	variant(
		["role", "company", "person_topic", "title"],
		THANKS_FOR_MEETING,
		[
			"Thank you for meeting with me about the {{role}} role. Hearing your view on {{person_topic}}, as {{title}}, was one of the most useful parts of the day for me.",
			"",
			"I left even more interested in joining {{company}}, and I'm confident my experience would let me contribute early on. If anything we covered would benefit from more detail, I'm happy to follow up.",
		].join("\n"),
	),
	variant(
		["role", "company", "person_topic", "title"],
		THANKS_FOR_THE_CONVERSATION,
		[
			"Many thanks for taking the time to talk with me. What you shared about {{person_topic}}, from your seat as {{title}}, has stayed with me and gave me a much clearer picture of the work.",
			"",
			"The {{role}} role at {{company}} feels like a strong fit, and I would be glad to bring what I've learned so far to your team. Please let me know if there is anything more I can share.",
		].join("\n"),
	),
	variant(
		["role", "company", "person_topic"],
		THANKS_FOR_MEETING,
		[
			"Thank you for meeting with me about the {{role}} role. I especially enjoyed our conversation about {{person_topic}}; it gave me a clearer sense of what the team is working toward.",
			"",
			"I'm genuinely keen to join {{company}}, and I believe my background would let me make a difference quickly. I'd be glad to answer anything else you'd like to know.",
		].join("\n"),
	),
	variant(
		["role", "company", "person_topic"],
		THANKS_FOR_THE_CONVERSATION,
		[
			"Many thanks for your time during my interview. Talking through {{person_topic}} with you was a highlight, and it made the {{role}} role feel even more like the right next step.",
			"",
			"I'd be glad to bring my experience to {{company}}. If it would help, I'm happy to send more about how I've handled similar work.",
		].join("\n"),
	),
	variant(
		["role", "company", "title"],
		THANKS_FOR_MEETING,
		[
			"Thank you for taking the time to talk with me about the {{role}} role. Hearing how the work looks from your side as {{title}} was really helpful.",
			"",
			"I'm excited about the chance to join {{company}}, and I'm confident I could add value to the team early on. I'd be glad to answer any further questions.",
		].join("\n"),
	),
	variant(
		["role", "company"],
		THANKS_FOR_MEETING,
		[
			"Thank you for meeting with me about the {{role}} role at {{company}}. I appreciated how openly you described the team and what it is working on.",
			"",
			"Our conversation made me even more interested in the position, and I believe my experience matches what you need. Please don't hesitate to reach out if I can add anything.",
		].join("\n"),
	),
	variant(
		[],
		THANKS_FOR_MEETING,
		[
			"Thank you for your time and for everything you shared during our conversation. I came away with a much better picture of the team and its work.",
			"",
			"I'm very interested in the opportunity and confident I could contribute. Please let me know if there is anything more I can provide.",
		].join("\n"),
	),
]);

/** A want-the-job note, thanking for openness about `work`; `more` follows that first sentence. */
const wantTheJob = (work: string, more = ""): string =>
	[
		`Thank you for the conversation and for being so open about ${work}.${more}`,
		"",
		"I'll say it plainly: I would like to be part of your team. If a position that fits opens up, now or later, I'd be delighted to be considered.",
		"",
		"Thanks again for being so generous with your time.",
	].join("\n");

/** The subject of every want-the-job variant. */
const WHERE_I_STAND = "Thank you, and where I stand";

const WANT_THE_JOB = kindTemplates("Warm regards,", [
	variant(
		["company", "topic"],
		WHERE_I_STAND,
		wantTheJob("your work at {{company}}", " What you said about {{topic}} has stayed with me."),
	),
	variant(["company"], WHERE_I_STAND, wantTheJob("your work at {{company}}")),
	variant([], WHERE_I_STAND, wantTheJob("your work")),
]);

/** The thanks to staff for a `visit`. */
const staffThanks = (visit: string): string =>
	`Thank you for looking after me during ${visit}. You made the day run smoothly and helped me feel at ease, and I really appreciated it.`;

const THANK_STAFF = kindTemplates("Many thanks,", [
	variant(
		["company", "interview_date"],
		"Thank you for your help on {{interview_date}}",
		staffThanks("my visit to {{company}} on {{interview_date}}"),
	),
	variant([], "Thank you for your help", staffThanks("my visit")),
]);

/** An update to a referrer: which interview it was, then the thanks. */
const referrerUpdate = (
	interview: string,
	thanks = "Thank you for pointing me their way; your introduction made a real difference.",
): string =>
	[
		`A quick update: ${interview}. The conversation went well, and I came away even more interested in the team.`,
		"",
		`${thanks} I'll let you know how it turns out, and if I can ever return the favour, just say the word.`,
	].join("\n");

const UPDATE_REFERRER = kindTemplates("Thanks again,", [
	variant(
		["role", "company", "interview_date"],
		"How my {{company}} interview went",
		referrerUpdate("I interviewed for the {{role}} role at {{company}} on {{interview_date}}"),
	),
	variant(["company"], "How my {{company}} interview went", referrerUpdate("I had my interview at {{company}}")),
	variant(
		[],
		"How my interview went",
		referrerUpdate("I had the interview you helped me get", "Thank you for your introduction; it made a real difference."),
	),
]);

/**
 * A value-add note: since `when`, thinking about `about`, with a way to tackle `it`; then
 * what a good outcome (`onThis`) would look like.
 */
const valueAdd = (when: string, about: string, it = "it", onThis = " on this"): string =>
	[
		`Since ${when}, I've kept thinking about ${about}. [Add one useful thing: a short idea on how you would tackle ${it}, a work sample, or an article worth reading.]`,
		"",
		`I'd also be curious to hear what a good outcome${onThis} would look like for your team in the first few months.`,
	].join("\n");

const VALUE_ADD = kindTemplates("Best regards,", [
	variant(["topic", "interview_date"], "A follow-up on {{topic}}", valueAdd("we spoke on {{interview_date}}", "{{topic}}")),
	variant(["topic"], "A follow-up on {{topic}}", valueAdd("our conversation", "{{topic}}")),
	variant([], "A follow-up on our conversation", valueAdd("our conversation", "the challenges you described", "one", "")),
]);

/** What to say on a call back, whoever it is to. */
const CALL_POINTS = [
	"- Thank them again for the interview.",
	"- Say you are still keen, with one concrete reason you would do well in the role.",
	"- Ask where the process stands and what happens next.",
	"- Offer what might help: references, a sample of your work, another conversation.",
	"- Voicemail: your name, your number and one friendly sentence, under half a minute.",
];

/** When to call back (the call-back script). */
const CALL_ON_THE_DAY =
	"Call on {{call_back}}, the day {{first_name}} asked for. Early or late in the working day is often the easiest time to get through.";

const CALLBACK = kindTemplates(null, [
	variant(
		["person", "first_name", "call_back", "my_name", "role"],
		"Call {{person}} back on {{call_back}}",
		[
			CALL_ON_THE_DAY,
			"",
			'- Open: "Hi {{first_name}}, it\'s {{my_name}}. You asked me to call today about the {{role}} role. Is now still a good moment?"',
			...CALL_POINTS,
		].join("\n"),
	),
	variant(
		["person", "first_name", "call_back"],
		"Call {{person}} back on {{call_back}}",
		[
			CALL_ON_THE_DAY,
			"",
			'- Open: "Hi {{first_name}}, it\'s [your name]. You asked me to call back today. Is now still a good moment?"',
			...CALL_POINTS,
		].join("\n"),
	),
	variant(
		[],
		"Return the call",
		[
			"Call on the day you were asked to. Early or late in the working day is often the easiest time to get through.",
			"",
			"- Open: say who you are and that you were asked to call back today; check it is still a good moment.",
			...CALL_POINTS,
		].join("\n"),
	),
]);

/** A decision check-in: why now, then still hoping to join `team`. */
const decisionCheckIn = (why: string, team = "your team"): string =>
	[
		`I hope your week is going well. ${why}`,
		"",
		`I'm still very much hoping to join ${team}. How is the process coming along? If anything else from me would help, just let me know.`,
	].join("\n");

const DECISION_CHECK_IN = kindTemplates("Best regards,", [
	variant(
		["role", "company", "decision_date"],
		"Checking in on the {{role}} role",
		decisionCheckIn(
			"When we spoke, you mentioned you hoped to decide on the {{role}} role around {{decision_date}}, so I wanted to check in.",
			"you at {{company}}",
		),
	),
	variant(
		["decision_date"],
		"Checking in",
		decisionCheckIn("When we spoke, you mentioned you hoped to decide around {{decision_date}}, so I wanted to check in."),
	),
	variant([], "Checking in", decisionCheckIn("I wanted to check in, as the time you mentioned for a decision has now passed.")),
]);

/** The subject of a check-in or a reminder that can name the role. */
const FOLLOWING_UP_ON_THE_ROLE = "Following up on the {{role}} role";

/** A check-in after `conversation`, still excited about `role`, joining `team`; `contribution` ends the second sentence. */
const checkIn = (conversation: string, role: string, team: string, contribution = ""): string =>
	[
		`I wanted to follow up on our ${conversation}. I'm still excited about ${role} and the chance to join ${team}.`,
		"",
		`Looking back on what we discussed, I'm confident I could make a real contribution${contribution}. If references, examples of my work or anything else would help, I'd be glad to send them. Is there any news on the next steps?`,
	].join("\n");

const CHECK_IN = kindTemplates("Best regards,", [
	variant(
		["role", "company", "interview_date"],
		FOLLOWING_UP_ON_THE_ROLE,
		checkIn("conversation on {{interview_date}}", "the {{role}} role", "{{company}}", " to the team"),
	),
	variant(["role"], FOLLOWING_UP_ON_THE_ROLE, checkIn("recent conversation", "the {{role}} role", "your team")),
	variant([], "Following up on our conversation", checkIn("recent conversation", "the role", "your team")),
]);

/** A reminder, following up on `what` (the role, the application). */
const reminder = (what: string): string =>
	[
		`I'm writing to follow up on ${what}. I'm still very interested, and I'd be glad to share anything that would help you decide.`,
		"",
		"Could you tell me where things stand and what the next step would be?",
	].join("\n");

const REMINDER = kindTemplates("Best regards,", [
	variant(["role", "company"], FOLLOWING_UP_ON_THE_ROLE, reminder("the {{role}} role at {{company}}")),
	variant(["company"], "Following up with {{company}}", reminder("my application to {{company}}")),
	variant([], "Following up", reminder("my application")),
]);

/** A second check-in, still interested in `role`. */
const secondCheckIn = (role: string): string =>
	`A short note to say I'm still very interested in ${role}. Is there an update you can share on timing? I know how full things get, and I appreciate you keeping me in mind.`;

const SECOND_CHECK_IN = kindTemplates("Best regards,", [
	variant(["role", "company"], "Still keen on the {{role}} role", secondCheckIn("the {{role}} role at {{company}}")),
	variant([], "Still keen on the role", secondCheckIn("the role")),
]);

/** A closing note about `role`, to the team (`atCompany` names where). */
const closingNote = (role: string, atCompany: string): string =>
	[
		`I haven't heard back about ${role}, and I understand that priorities change. I'd still very much like to work with you and the team${atCompany}, and I'd be glad to hear about next steps whenever there is news.`,
		"",
		"Either way, thank you for your time and consideration. I hope our paths cross again.",
	].join("\n");

const CLOSING_NOTE = kindTemplates("All the best,", [
	variant(["role", "company"], "Thank you, and the {{role}} role", closingNote("the {{role}} role", " at {{company}}")),
	variant([], "Thank you for your time", closingNote("the role", "")),
]);

/** A reply to a no, having enjoyed getting to know `whom`. */
const rejectionReply = (whom: string): string =>
	[
		`Thank you for letting me know, and for the time you and the team gave me. I'm disappointed, of course, but I really enjoyed getting to know ${whom}.`,
		"",
		"I'd like to stay in touch. If another role opens that suits my background, I'd be glad to hear about it, and if I can ever help in return, please reach out.",
	].join("\n");

const REJECTION_REPLY = kindTemplates("Kind regards,", [
	variant(["company"], "Thank you for letting me know", rejectionReply("{{company}}")),
	variant([], "Thank you for letting me know", rejectionReply("you all")),
]);

/** A stay-in-touch note: `atCompany` names where all is well, `something` is what came up. */
const stayInTouch = (atCompany: string, something: string): string =>
	[
		`I hope all is well${atCompany}. ${something} made me think of our conversation: [a link, a bit of news, or congratulations on something recent].`,
		"",
		"No need to reply; I just wanted to stay in touch. If I can ever help with anything, let me know.",
	].join("\n");

/** The subject of every stay-in-touch variant. */
const THOUGHT_OF_YOU = "Thought of you";

const STAY_IN_TOUCH = kindTemplates("Best wishes,", [
	variant(["company", "topic"], THOUGHT_OF_YOU, stayInTouch(" at {{company}}", "Something on {{topic}}")),
	variant(["company"], THOUGHT_OF_YOU, stayInTouch(" at {{company}}", "I came across something that")),
	variant([], THOUGHT_OF_YOU, stayInTouch("", "I came across something that")),
]);

/** What to do before an interview ends, with the company's name or without. */
const BEFORE_YOU_LEAVE = [
	"- [ ] Ask what the next step is and when they expect to decide (add it as `decision_date`)",
	"- [ ] Ask whether you may follow up, and how they prefer to be reached",
	"- [ ] Get a card or the email of everyone you meet (add them to `people`)",
	"- [ ] Say plainly that you want the job",
	"- [ ] Afterwards, note what you talked about with each person (`topics`)",
].join("\n");

const ASK_NEXT_STEPS = kindTemplates(null, [
	variant(["company"], "Before you leave {{company}}", BEFORE_YOU_LEAVE),
	variant([], "Before the interview ends", BEFORE_YOU_LEAVE),
]);

const GET_CONTACT_INFO = kindTemplates(null, [
	variant(
		["person"],
		"Contact details for {{person}}",
		[
			"- [ ] Find {{person}}'s email: the invitation, their card, or ask the recruiter",
			CONNECT_ON_LINKEDIN,
			"- [ ] Add `email`, `phone` or `linkedin` to {{person}} in this note",
			SAVE_TO_CONTACTS,
		].join("\n"),
	),
	variant(
		[],
		"Contact details",
		[
			"- [ ] Find the email of everyone you met: the invitation, their cards, or ask the recruiter",
			CONNECT_ON_LINKEDIN,
			"- [ ] Add `email`, `phone` or `linkedin` to each person in this note",
			SAVE_TO_CONTACTS,
		].join("\n"),
	),
]);

/** Every built-in template set, by kind. */
export const BUILT_IN_TEMPLATES: Readonly<Record<FollowUpKind, KindTemplates>> = {
	"thank-you": THANK_YOU,
	"want-the-job": WANT_THE_JOB,
	"thank-staff": THANK_STAFF,
	"update-referrer": UPDATE_REFERRER,
	"get-contact-info": GET_CONTACT_INFO,
	"value-add": VALUE_ADD,
	"ask-next-steps": ASK_NEXT_STEPS,
	reminder: REMINDER,
	callback: CALLBACK,
	"decision-check-in": DECISION_CHECK_IN,
	"check-in": CHECK_IN,
	"second-check-in": SECOND_CHECK_IN,
	"closing-note": CLOSING_NOTE,
	"rejection-reply": REJECTION_REPLY,
	"stay-in-touch": STAY_IN_TOUCH,
};

const filled = (value: string | null): boolean => value !== null && value.trim() !== "";

/** Adds the greeting and the sign-off of the kind around a body. */
function compose(set: KindTemplates, body: string, values: PlaceholderValues): string {
	if (set.signOff === null) return body;
	const greeting = filled(values.first_name) ? "Hi {{first_name}}," : "Hello,";
	return [greeting, body, filled(values.my_name) ? `${set.signOff}\n{{my_name}}` : set.signOff].join("\n\n");
}

/**
 * The built-in template for a kind, chosen for what the note can fill: the most
 * specific variant whose needs all have values; among equally specific ones, the
 * person's position picks, so people of one note get different wording.
 */
export function builtInTemplate(kind: FollowUpKind, values: PlaceholderValues, personIndex: number): Template {
	const set = BUILT_IN_TEMPLATES[kind];
	const usable = set.variants.filter((v) => v.needs.every((n) => filled(values[n])));
	const best = Math.max(...usable.map((v) => v.needs.length));
	const candidates = usable.filter((v) => v.needs.length === best);
	const chosen = candidates[Math.max(0, personIndex) % candidates.length];
	// Unreachable while every kind ends with a variant that needs nothing (a test checks it).
	if (!chosen) return { subject: "", body: compose(set, "", values) };
	return { subject: chosen.subject, body: compose(set, chosen.body, values) };
}

/** The most specific built-in template of a kind as a user would write it: a starting point to copy. */
export function exampleTemplate(kind: FollowUpKind): Template {
	const set = BUILT_IN_TEMPLATES[kind];
	const first = set.variants[0] as TemplateVariant;
	const body = set.signOff === null ? first.body : ["Hi {{first_name}},", first.body, `${set.signOff}\n{{my_name}}`].join("\n\n");
	return { subject: first.subject, body };
}
