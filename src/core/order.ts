/** Ordering helpers shared by the core and its hosts. */

/** True when each item compares at most equal to the next: sorting would change nothing. */
export function isInOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
	for (let i = 1; i < items.length; i++) if (compare(items[i - 1] as T, items[i] as T) > 0) return false;
	return true;
}
