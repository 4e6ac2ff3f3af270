/**
 * The one place the command line reads the clock: today's calendar day on this machine,
 * in its own time zone (commands take --today to pin it).
 */
import { format } from "date-fns";
import type { Day } from "../core/model";

/** Today as `YYYY-MM-DD` in the machine's local time zone. */
export function todayOnThisMachine(now: Date = new Date()): Day {
	return format(now, "yyyy-MM-dd");
}
