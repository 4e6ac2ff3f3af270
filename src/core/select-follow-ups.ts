/**
 * Which follow-ups a list shows: the statuses asked for, and upcoming ones only up to
 * the horizon. The terminal table, the markdown dashboard and the calendar file all
 * choose through here, so `--status` and `--horizon` mean the same everywhere.
 */
import { daysBetween } from "./dates";
import type { Day, FollowUp, FollowUpStatus } from "./model";

/** Every status, in list order. */
export const ALL_STATUSES: readonly FollowUpStatus[] = ["overdue", "due", "upcoming"];

/** What to show. */
export interface Selection {
	/** Statuses to show; all when left out. */
	statuses?: readonly FollowUpStatus[];
	/** Upcoming follow-ups due more than this many days after today are left out. */
	horizonDays: number;
}

/** The follow-ups to show, and the upcoming ones left out for being beyond the horizon. */
export interface Selected {
	/** Shown, in the evaluation's order. */
	shown: FollowUp[];
	/** Upcoming follow-ups beyond the horizon (empty when upcoming is not asked for), in order. */
	later: FollowUp[];
}

/** Splits follow-ups into those shown and those beyond the horizon. */
export function selectFollowUps(followUps: readonly FollowUp[], today: Day, selection: Selection): Selected {
	const wanted = new Set(selection.statuses ?? ALL_STATUSES);
	const shown: FollowUp[] = [];
	const later: FollowUp[] = [];
	for (const f of followUps) {
		if (!wanted.has(f.status)) continue;
		if (f.status === "upcoming" && daysBetween(today, f.due) > selection.horizonDays) later.push(f);
		else shown.push(f);
	}
	return { shown, later };
}
