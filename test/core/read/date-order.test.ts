import { describe, expect, it } from "vitest";
import { dateOrderOfLocale, slashedDateOrder } from "../../../src/core/read-note";

describe("the date order a locale writes", () => {
	it.each([
		["en-US", "MDY"],
		["en_US.UTF-8", "MDY"],
		["es-US", "MDY"],
		["en-PH", "MDY"],
		["en", "MDY"],
		["C.UTF-8", "MDY"],
		["POSIX", "MDY"],
		["zh-cn", "MDY"],
		["ja", "MDY"],
		["ko-KR", "MDY"],
		["zh-Hant-TW", "MDY"],
		["en-gb", "DMY"],
		["en_GB.UTF-8", "DMY"],
		["en-AU", "DMY"],
		["en-IN", "DMY"],
		["de", "DMY"],
		["fr-CA", "DMY"],
		["de_DE@euro", "DMY"],
		["pt-br", "DMY"],
	] as const)("%s reads slashed dates %s", (locale, order) => {
		expect(dateOrderOfLocale(locale)).toBe(order);
	});

	it("decides only when the settings leave the order open", () => {
		expect(slashedDateOrder({ dateOrder: "" }, dateOrderOfLocale("en-gb"))).toBe("DMY");
		expect(slashedDateOrder({ dateOrder: "MDY" }, dateOrderOfLocale("en-gb"))).toBe("MDY");
		expect(slashedDateOrder({ dateOrder: "" })).toBe("MDY");
	});
});
