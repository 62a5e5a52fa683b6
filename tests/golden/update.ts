/** `npm run golden:update`: rewrites the golden outputs from what the code does now. Review the diff before committing. */
import { writeFileSync } from "node:fs";
import { GOLDEN_DATA, GOLDEN_SESSION, sampleRunJson, sessionTranscript } from "./produce";

writeFileSync(GOLDEN_DATA, await sampleRunJson());
writeFileSync(GOLDEN_SESSION, await sessionTranscript());
console.log("golden outputs rewritten: review `git diff tests/golden` before committing");
