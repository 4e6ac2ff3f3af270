/**
 * Judging what the tool listed against what a careful job seeker expects, follow-up by
 * follow-up. A listed follow-up matches an expected one when the note, the kind and the
 * addressee agree (names compared without case, link brackets or extra spaces; null only
 * matches null). Its due day then makes it right (the same day) or near (within
 * NEAR_BUSINESS_DAYS business days, early or late). Exact matches are paired first, then
 * near ones, closest first. Expected follow-ups left over are missing (unless optional);
 * listed ones left over are wrong, and named as traps when a must-not-list item catches them.
 */
import { comparableName, type ExpectedFollowUp, type FollowUpKey, type Trap, trapCatches } from "./fixtures";

/** A due day this many business days away (weekends only) still counts, as near. */
export const NEAR_BUSINESS_DAYS = 2;

/** A follow-up as the tool listed it (`due --format json`). */
export interface ListedFollowUp extends FollowUpKey {
	/** Last day on time, when the tool gave one. */
	windowEnd?: string;
	/** The tool's reason, shown beside a wrong item. */
	reason?: string;
}

/** How one follow-up was judged. */
export type Verdict = "right" | "near" | "missing" | "wrong" | "optional";

/** One judged follow-up. */
export interface JudgedItem {
	verdict: Verdict;
	note: string;
	kind: string;
	to: string | null;
	/** The expected due day (for wrong items: the listed one). */
	due: string;
	/** The listed due day, when something was listed for it. */
	listedDue?: string;
	/** Business days from the expected due to the listed one: positive late, negative early. */
	offBy?: number;
	/** The expectation's why, or the trap's why for a wrong item caught by a trap. */
	why?: string;
	/** For wrong items: the must-not-list reason when a trap caught it. */
	trap?: string;
	/** For missing items: what reading they need. */
	needs?: string[];
	/** For wrong items: the tool's reason. */
	reason?: string;
}

/** The judgement of one run on one vault. */
export interface VaultScore {
	/** Follow-ups the tool listed. */
	listed: number;
	right: number;
	near: number;
	missing: number;
	wrong: number;
	/** Wrong items that a must-not-list item names. */
	trapsHit: number;
	/** Optional expectations that were listed (not counted as right or wrong). */
	optionalListed: number;
	items: JudgedItem[];
}

function dayNumber(day: string): number {
	const [year, month, date] = day.split("-").map(Number) as [number, number, number];
	return Date.UTC(year, month - 1, date) / 86_400_000;
}

function isWeekend(dayNo: number): boolean {
	const weekday = (dayNo + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
	return weekday === 0 || weekday === 6;
}

/**
 * Business days (Monday to Friday) from `from` to `to`: positive when `to` is later.
 * Two different days with only a weekend between them are one apart.
 */
export function businessDaysBetween(from: string, to: string): number {
	const a = dayNumber(from);
	const b = dayNumber(to);
	if (a === b) return 0;
	const step = b > a ? 1 : -1;
	if (Math.abs(b - a) > 800) return step * Infinity;
	let count = 0;
	for (let day = Math.min(a, b) + 1; day <= Math.max(a, b); day += 1) if (!isWeekend(day)) count += 1;
	return step * Math.max(count, 1);
}

function addresseeMatches(expected: ExpectedFollowUp, listedTo: string | null): boolean {
	const wanted = comparableName(listedTo);
	return [expected.to, ...(expected.toAlso ?? [])].some((name) => comparableName(name) === wanted);
}

function sameFollowUp(expected: ExpectedFollowUp, listed: ListedFollowUp): boolean {
	return (
		expected.note.normalize("NFC") === listed.note.normalize("NFC") &&
		expected.kind === listed.kind &&
		addresseeMatches(expected, listed.to)
	);
}

/** Judges the listed follow-ups of one vault against its expectations and traps. */
export function scoreVault(expected: readonly ExpectedFollowUp[], traps: readonly Trap[], listed: readonly ListedFollowUp[]): VaultScore {
	const pairOf = new Map<number, { listed: number; offBy: number }>();
	const used = new Set<number>();

	// Exact due days first, in the order of the expectations.
	expected.forEach((item, e) => {
		const l = listed.findIndex((candidate, index) => !used.has(index) && sameFollowUp(item, candidate) && candidate.due === item.due);
		if (l >= 0) {
			pairOf.set(e, { listed: l, offBy: 0 });
			used.add(l);
		}
	});
	// Then near ones, closest first.
	const near: { e: number; l: number; offBy: number }[] = [];
	expected.forEach((item, e) => {
		if (pairOf.has(e)) return;
		listed.forEach((candidate, l) => {
			if (used.has(l) || !sameFollowUp(item, candidate)) return;
			const offBy = businessDaysBetween(item.due, candidate.due);
			if (Math.abs(offBy) <= NEAR_BUSINESS_DAYS) near.push({ e, l, offBy });
		});
	});
	near.sort((x, y) => Math.abs(x.offBy) - Math.abs(y.offBy) || x.e - y.e || x.l - y.l);
	for (const pair of near) {
		if (pairOf.has(pair.e) || used.has(pair.l)) continue;
		pairOf.set(pair.e, { listed: pair.l, offBy: pair.offBy });
		used.add(pair.l);
	}

	const items: JudgedItem[] = [];
	const score: VaultScore = { listed: listed.length, right: 0, near: 0, missing: 0, wrong: 0, trapsHit: 0, optionalListed: 0, items };
	expected.forEach((item, e) => {
		const pair = pairOf.get(e);
		const base = { note: item.note, kind: item.kind, to: item.to, due: item.due, why: item.why };
		if (!pair) {
			if (item.optional === true) return;
			score.missing += 1;
			items.push({ verdict: "missing", ...base, needs: item.needs ?? [] });
			return;
		}
		const listedDue = listed[pair.listed]!.due;
		const verdict: Verdict = item.optional === true ? "optional" : pair.offBy === 0 ? "right" : "near";
		if (verdict === "optional") score.optionalListed += 1;
		else if (verdict === "right") score.right += 1;
		else score.near += 1;
		items.push({ verdict, ...base, to: listed[pair.listed]!.to, listedDue, offBy: pair.offBy });
	});
	listed.forEach((item, l) => {
		if (used.has(l)) return;
		const trap = traps.find((candidate) => trapCatches(candidate, item));
		score.wrong += 1;
		if (trap) score.trapsHit += 1;
		items.push({
			verdict: "wrong",
			note: item.note,
			kind: item.kind,
			to: item.to,
			due: item.due,
			listedDue: item.due,
			...(trap ? { trap: trap.why } : {}),
			...(item.reason !== undefined ? { reason: item.reason } : {}),
		});
	});
	return score;
}
