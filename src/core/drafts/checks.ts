/**
 * Draft checks: warnings shown beside a draft, never blocking. Each names what was
 * found and why it matters, in the advice's terms: no ultimatums, keep it brief, no
 * résumé after an informal chat, no gaps, a personal note for each person.
 */
import { isTask, type FollowUpKind } from "../model";
import type { UnfilledPlaceholder } from "./render";

/** A warning about a draft. */
export interface DraftWarning {
	/** Stable code: `ultimatum`, `too-long`, `resume-attached`, `unfilled-placeholder`, `not-personal`. */
	code: "ultimatum" | "too-long" | "resume-attached" | "unfilled-placeholder" | "not-personal";
	/** What was found and what to do, in plain words. */
	message: string;
}

/** A draft to someone else of the same note, to compare with. */
export interface OtherDraft {
	/** Who it is for. */
	to: string | null;
	/** Its text. */
	text: string;
}

/** What the checks look at. */
export interface DraftCheckInput {
	/** The kind of the draft. */
	kind: FollowUpKind;
	/** Who it is for, or null. */
	to: string | null;
	/** The rendered subject. */
	subject: string;
	/** The rendered text. */
	text: string;
	/** Placeholders the renderer could not fill (subject and text). */
	unfilled: readonly UnfilledPlaceholder[];
	/** Setting `maxDraftWords`. */
	maxWords: number;
	/** Drafts of the same kind to the note's other people. */
	otherDrafts?: readonly OtherDraft[];
}

/** Phrases that put the reader under pressure, as patterns (matched case-insensitively). */
export const PRESSURE_PHRASES: readonly RegExp[] = [
	/\bother (?:job )?offers?\b/i,
	/\b(?:another|a competing|competing|multiple|several) (?:job )?offers?\b/i,
	/\boffer from another\b/i,
	/\bneed (?:an|your|a) (?:answer|decision|response|reply)\b/i,
	/\bneed to (?:know|hear(?: back)?) by\b/i,
	/\bdeadlines?\b/i,
	/\b(?:several|many|a few|multiple) other (?:companies|employers|firms|opportunities)\b/i,
	/\binterviewing (?:elsewhere|with other)\b/i,
	/\b(?:last|final) chance\b/i,
	/\bif I (?:don'?t|do not) hear (?:back )?(?:from you )?by\b/i,
	/\bunless I hear\b/i,
	/\bby (?:the )?end of (?:the )?(?:day|week)\b/i,
	/\b(?:asap|as soon as possible)\b/i,
	/\burgent(?:ly)?\b/i,
	/\bultimatum\b/i,
];

/** Words in a text: runs of letters or digits (a checkbox or a dash is not a word). */
export function countWords(text: string): number {
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const RESUME = /(?:^|[^\p{L}\p{N}])(r[eé]sum[eé]s?|cvs?|curriculum vitae)(?![\p{L}\p{N}])/iu;

/** Text with the given names blotted out, spaces collapsed and lower-cased, for comparing wording. */
function wording(text: string, names: readonly string[]): string {
	let out = text.toLowerCase();
	const parts = names
		.flatMap((n) => [n, ...n.split(/\s+/)])
		.map((n) => n.trim().toLowerCase())
		.filter((n) => n.length > 1)
		.sort((a, b) => b.length - a.length);
	for (const part of parts) out = out.split(part).join("\u0000");
	return out.replace(/\s+/g, " ").trim();
}

/** All warnings for a draft, in a stable order. */
export function checkDraft(input: DraftCheckInput): DraftWarning[] {
	const warnings: DraftWarning[] = [];
	const whole = `${input.subject}\n${input.text}`;

	const seen = new Set<string>();
	for (const pattern of PRESSURE_PHRASES) {
		const m = pattern.exec(whole);
		if (!m || seen.has(m[0].toLowerCase())) continue;
		seen.add(m[0].toLowerCase());
		warnings.push({
			code: "ultimatum",
			message: `"${m[0]}" puts pressure on the reader; an ultimatum tends to backfire, so restate your interest instead.`,
		});
	}

	if (!isTask(input.kind)) {
		const words = countWords(input.text);
		if (words > input.maxWords) {
			warnings.push({
				code: "too-long",
				message: `${words} words, more than ${input.maxWords}: a short message is more likely to be read; trim it to the essentials.`,
			});
		}
	}

	if (input.kind === "want-the-job") {
		const m = RESUME.exec(whole);
		if (m) {
			warnings.push({
				code: "resume-attached",
				message: `"${m[1] ?? m[0]}" is mentioned: after an informal conversation, say you want to join the team and leave the résumé out unless they ask for it.`,
			});
		}
	}

	for (const u of input.unfilled) {
		warnings.push({
			code: "unfilled-placeholder",
			message:
				u.reason === "unknown"
					? `{{${u.name}}} is not a placeholder this plugin knows; it was left as written.`
					: `{{${u.name}}} has no value in this note; fill it in the note or edit the draft.`,
		});
	}

	if (!isTask(input.kind)) {
		for (const other of input.otherDrafts ?? []) {
			if (other.to !== null && input.to !== null && other.to.trim().toLowerCase() === input.to.trim().toLowerCase()) continue;
			const names = [input.to, other.to].filter((n): n is string => n !== null);
			if (wording(other.text, names) === wording(input.text, names)) {
				warnings.push({
					code: "not-personal",
					message: `The same text as the draft to ${other.to ?? "someone else"}: mention something you discussed with ${input.to ?? "this person"} (add topics or a title in the note).`,
				});
				break;
			}
		}
	}
	return warnings;
}
