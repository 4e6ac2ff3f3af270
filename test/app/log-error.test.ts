import { afterEach, describe, expect, it, vi } from "vitest";
import { logError } from "../../src/app/log-error";

describe("logError", () => {
	afterEach(() => vi.restoreAllMocks());

	it("writes what failed to the console under the plugin's name, with the error", () => {
		const logged = vi.spyOn(console, "error").mockImplementation(() => {});
		const error = new Error("EACCES");
		logError("could not read Jobs/Acme.md", error);
		expect(logged).toHaveBeenCalledWith("Interview follow-ups: could not read Jobs/Acme.md", error);
	});
});
