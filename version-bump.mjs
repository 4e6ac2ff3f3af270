// Keeps Obsidian's release files in step with package.json, after the sample plugin's pattern.
//
//   npm version 1.2.0      (or patch, minor, major) bumps package.json, then npm runs this as
//                          the "version" script: manifest.json takes the new version, and
//                          versions.json records the Obsidian version it needs (manifest.json's
//                          minAppVersion). npm then commits both and tags "1.2.0" (no "v":
//                          see .npmrc), and pushing the tag starts .github/workflows/release.yml.
//   node version-bump.mjs --check TAG
//                          exits 1 unless TAG is the version all three files agree on; the
//                          release workflow runs it before it publishes anything.
import { readFileSync, writeFileSync } from "node:fs";

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
// Two spaces and a final newline: what prettier keeps, so lint stays clean after a bump.
const writeJson = (file, value) => writeFileSync(file, JSON.stringify(value, null, 2) + "\n");

function fail(message) {
	console.error(`version-bump: ${message}`);
	process.exit(1);
}

const { version } = readJson("package.json");
const manifest = readJson("manifest.json");
const versions = readJson("versions.json");

const checkAt = process.argv.indexOf("--check");
if (checkAt !== -1) {
	const tag = process.argv[checkAt + 1];
	if (!tag) fail("--check needs the tag, e.g. --check 1.2.0");
	const found = {
		"package.json": version,
		"manifest.json": manifest.version,
		"versions.json": Object.hasOwn(versions, tag) ? tag : "no entry",
	};
	const wrong = Object.entries(found).filter(([, value]) => value !== tag);
	if (wrong.length > 0) {
		fail(
			`the tag ${tag} is not the version of ${wrong.map(([file, value]) => `${file} (${value})`).join(", ")}; release the tag that "npm version" made`,
		);
	}
	console.log(`version-bump: ${tag} is the version of package.json, manifest.json and versions.json`);
	process.exit(0);
}

// Obsidian compares versions as numbers between dots and the submission check refuses anything else.
if (typeof version !== "string" || !/^\d+\.\d+\.\d+$/.test(version)) {
	fail(`"${version}" is not a version Obsidian can read: three numbers and two dots, e.g. 1.2.0`);
}
const { minAppVersion } = manifest;
if (typeof minAppVersion !== "string" || minAppVersion === "") fail("manifest.json has no minAppVersion");

manifest.version = version;
versions[version] = minAppVersion;
writeJson("manifest.json", manifest);
writeJson("versions.json", versions);
console.log(`version-bump: manifest.json is ${version}; versions.json says ${version} needs Obsidian ${minAppVersion}`);
