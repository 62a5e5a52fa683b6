/** The runtime TalentData validator (zod) for the Node-side tools; the type itself lives in @att/contract. */
export { TalentDataSchema } from "./schema";
export { checkTalentData, issuePath, type TalentDataCheck } from "./problem";
