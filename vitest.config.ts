import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
	resolve: {
		alias: {
			// `obsidian` on npm is types only; tests run against a small documented fake.
			obsidian: fileURLToPath(new URL("./test/fakes/obsidian.ts", import.meta.url)),
		},
	},
	test: {
		include: ["test/**/*.test.ts", "src/**/*.test.ts"],
		exclude: ["test/e2e/**", "node_modules/**"],
		testTimeout: 30000,
	},
});
