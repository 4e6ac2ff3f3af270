/**
 * Failures the user can do nothing about (a note that could not be read, a callback
 * that threw) go to the developer console, each named as the plugin's.
 */
export function logError(what: string, error: unknown): void {
	console.error(`Interview follow-ups: ${what}`, error);
}
