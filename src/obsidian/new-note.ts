/**
 * The built-in text of a new interview note: every field the rules read, with the
 * interview tag and the follow-up heading from the settings, so a user who starts
 * here never needs to look up the format.
 */
import type { Day } from "../core/model";
import type { Settings } from "../core/settings";

/** A new interview note dated `today`. */
export function newNoteText(settings: Settings, today: Day): string {
	return [
		"---",
		`tags: [${settings.interviewTag}]`,
		"company: ",
		"role: ",
		`interview_date: ${today}`,
		"format: video",
		"people:",
		"  - name: ",
		"    relation: hiring-manager",
		"    email: ",
		"    primary: true",
		"decision_date: ",
		"status: interviewing",
		"topics: []",
		"follow_ups: []",
		"---",
		"",
		"## Notes",
		"",
		"",
		settings.followUpHeading,
		"",
	].join("\n");
}
