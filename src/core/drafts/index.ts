/**
 * Drafts: the message (or script, or checklist) for one follow-up, rendered from the
 * user's template for the kind when there is one, else from the built-in one, and
 * checked. Pure: the adapters read user templates from the vault and pass them in.
 */
import type { Day, FollowUpKind, InterviewNote, Person, Relation } from "../model";
import { withoutLineBreaks } from "../safe-text";
import type { Settings } from "../settings";
import { checkDraft, type DraftWarning, type OtherDraft } from "./checks";
import { placeholderValues, render, type PlaceholderValues } from "./render";
import { builtInTemplate, type Template } from "./templates";

export { checkDraft, countWords, PRESSURE_PHRASES, type DraftWarning, type OtherDraft } from "./checks";
export { PLACEHOLDERS, placeholderValues, render, type PlaceholderName, type PlaceholderValues, type UnfilledPlaceholder } from "./render";
export { BUILT_IN_TEMPLATES, builtInTemplate, exampleTemplate, type Template } from "./templates";

/** A user template: from a note in `templateFolder`; a missing subject keeps the built-in one. */
export interface UserTemplate {
	/** The note's frontmatter `subject:`, if any. */
	subject?: string;
	/** The note's body. */
	body: string;
}

/** User templates by kind. */
export type UserTemplates = Partial<Record<FollowUpKind, UserTemplate>>;

/** A rendered, checked draft. */
export interface Draft {
	/** The follow-up kind. */
	kind: FollowUpKind;
	/** Who it is for; null when there is no person. */
	to: string | null;
	/** The subject line (a checklist's title for tasks). */
	subject: string;
	/** The text, `\n` line breaks. */
	text: string;
	/** Checks that found something; never blocking. */
	warnings: DraftWarning[];
}

/** What a draft is built from. */
export interface DraftRequest {
	/** The follow-up kind. */
	kind: FollowUpKind;
	/** The interview note. */
	note: InterviewNote;
	/** The person it is for, or null (tasks without a person, a note without people). */
	person: Person | null;
	/** The day the draft is written for. */
	today: Day;
	/** The settings (`maxDraftWords`, `myName`). */
	settings: Pick<Settings, "maxDraftWords" | "myName">;
	/** The user's templates by kind, read from `templateFolder` by the adapter. */
	userTemplates?: UserTemplates;
	/**
	 * Drafts to the note's other people, to check this one is personal. When left out,
	 * they are built here for the kinds that go to several people of one note.
	 */
	otherDrafts?: readonly OtherDraft[];
}

/** The file name of a kind's user template in `templateFolder`: `check-in.md`. */
export function templateFileName(kind: FollowUpKind): string {
	return `${kind}.md`;
}

/**
 * A user template from a template note's parsed frontmatter and body: `subject:` is the
 * subject; the body loses the blank lines around it.
 */
export function userTemplateFrom(frontmatter: Record<string, unknown> | null, body: string): UserTemplate {
	const subject = frontmatter?.subject;
	const text = body
		.replace(/\r\n?/g, "\n")
		.replace(/^\s*\n/, "")
		.replace(/\s+$/, "");
	return typeof subject === "string" && subject.trim() !== "" ? { subject: subject.trim(), body: text } : { body: text };
}

/** Which people of a note a kind goes to, when it goes to several (for rotation and comparison). */
const RECIPIENTS: Partial<Record<FollowUpKind, (r: Relation) => boolean>> = {
	"thank-you": (r) => r !== "staff" && r !== "referrer",
	"thank-staff": (r) => r === "staff",
	"update-referrer": (r) => r === "referrer",
};

function samePerson(a: Person, b: Person): boolean {
	return a === b || a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

/** The person's position among the note's people who get this kind (0 when alone or absent). */
function personIndex(kind: FollowUpKind, note: InterviewNote, person: Person | null): number {
	if (person === null) return 0;
	const gets = RECIPIENTS[kind];
	const group = gets ? note.people.filter((p) => gets(p.relation)) : note.people;
	const at = group.findIndex((p) => samePerson(p, person));
	return at >= 0
		? at
		: Math.max(
				0,
				note.people.findIndex((p) => samePerson(p, person)),
			);
}

/** The template a draft is rendered from and the values it is filled with. */
function templateFor(request: DraftRequest): { template: Template; values: PlaceholderValues } {
	const { kind, note, person, today, settings } = request;
	const index = personIndex(kind, note, person);
	const values = placeholderValues(note, person, { today, myName: settings.myName, personIndex: index });
	const user = request.userTemplates?.[kind];
	const builtIn = user?.subject !== undefined ? null : builtInTemplate(kind, values, index);
	const template: Template = user ? { subject: user.subject ?? builtIn?.subject ?? "", body: user.body } : (builtIn as Template);
	return { template, values };
}

/**
 * The subject line of a draft alone, as buildDraft would write it: what an export quotes,
 * without rendering the text, the drafts to the note's other people and the checks.
 */
export function draftSubject(request: Omit<DraftRequest, "otherDrafts">): string {
	const { template, values } = templateFor(request);
	return withoutLineBreaks(render(template.subject, values).text);
}

/** Renders one draft without checks. */
function renderDraft(request: DraftRequest): {
	kind: FollowUpKind;
	to: string | null;
	subject: string;
	text: string;
	unfilled: ReturnType<typeof render>["unfilled"];
} {
	const { kind, person } = request;
	const { template, values } = templateFor(request);
	const subject = render(template.subject, values);
	const text = render(template.body, values);
	const unfilled = [...subject.unfilled];
	for (const u of text.unfilled) if (!unfilled.some((x) => x.name === u.name)) unfilled.push(u);
	// A subject is one line (an email header), whatever the note's values hold.
	return { kind, to: person?.name ?? null, subject: withoutLineBreaks(subject.text), text: text.text, unfilled };
}

/** Builds the draft for one follow-up: template chosen, placeholders filled, checks run. */
export function buildDraft(request: DraftRequest): Draft {
	const draft = renderDraft(request);
	let others = request.otherDrafts;
	const gets = RECIPIENTS[request.kind];
	if (others === undefined && gets && request.person !== null) {
		const me = request.person;
		others = request.note.people
			.filter((p) => gets(p.relation) && !samePerson(p, me))
			.map((p) => {
				const other = renderDraft({ ...request, person: p });
				return { to: other.to, text: other.text };
			});
	}
	const warnings = checkDraft({
		kind: draft.kind,
		to: draft.to,
		subject: draft.subject,
		text: draft.text,
		unfilled: draft.unfilled,
		maxWords: request.settings.maxDraftWords,
		otherDrafts: others ?? [],
	});
	return { kind: draft.kind, to: draft.to, subject: draft.subject, text: draft.text, warnings };
}
