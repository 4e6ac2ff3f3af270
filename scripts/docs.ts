// Writes docs/rules.md from the rules (see src/app/rules-doc.ts).
import { writeFileSync } from "node:fs";
import { rulesDocument } from "../src/app/rules-doc";

writeFileSync("docs/rules.md", rulesDocument());
console.log("docs/rules.md written");
