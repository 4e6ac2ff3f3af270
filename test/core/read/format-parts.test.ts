import { describe, expect, it } from "vitest";
import { aSource, evaluate } from "../../builders/vault";

const read = (format: string) =>
	evaluate(
		[
			aSource("Interviews/Acme.md", {
				tags: ["interview"],
				company: "Acme",
				interview_date: "2026-11-20",
				people: ["Jane Doe <jane@acme.example>"],
				format,
			}),
		],
		"2026-11-23",
	);
const formatWarnings = (format: string) => read(format).diagnostics.filter((d) => d.code === "unknown-format");

describe("a format written with what it ran on", () => {
	it.each(["Video (Teams)", "Phone (Zoom)", "Teams (video)", "Onsite / London office", "video"])(
		"%j is a known format, with no warning",
		(format) => {
			expect(formatWarnings(format)).toEqual([]);
		},
	);

	it("the known word is the format: a coffee at a named café is informal, so no thank-you is due", () => {
		const kinds = (format: string) => read(format).followUps.map((f) => f.kind);
		expect(kinds("Coffee (Blue Bottle)")).not.toContain("thank-you");
		expect(kinds("Video (Teams)")).toContain("thank-you");
	});

	it("a value with no known word in any part still warns", () => {
		expect(formatWarnings("Hologram (VR)")).toHaveLength(1);
	});
});
