/**
 * What a set of settings yields on a vault, as setup shows it before anything is applied,
 * and a proposal's values in a few words. The command line's `setup` and the plugin's
 * "Read my vault's format" both show the same figures and the same wording.
 */
import type { Evaluation } from "../core/model";

/** What one set of settings yields on the vault. */
export interface SetupYield {
	/** Interview notes read. */
	notes: number;
	/** Pending follow-ups. */
	followUps: number;
	/** Of them, overdue or due on the day. */
	dueNow: number;
}

/** The figures of one evaluation over `notes` interview notes. */
export function yieldOf(evaluation: Evaluation, notes: number): SetupYield {
	return { notes, followUps: evaluation.followUps.length, dueNow: evaluation.followUps.filter((f) => f.status !== "upcoming").length };
}

/** A proposal item's value in a few words: `"interview_date" → "Date Last Interaction"`, `"jobs"`. */
export function proposalValueText(value: unknown): string {
	if (typeof value === "string") return JSON.stringify(value);
	if (typeof value === "object" && value !== null) {
		return Object.entries(value)
			.map(([key, inner]) => `${JSON.stringify(key)} → ${JSON.stringify(Array.isArray(inner) ? inner[0] : inner)}`)
			.join(", ");
	}
	return JSON.stringify(value);
}
