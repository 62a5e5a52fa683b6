export * from "./schema";
export * from "./specs";
export * from "./codec/errors";
export * from "./codec/loadout";
export { ALPHABET } from "./codec/alphabet";
export { decodeLoadout, trimCode } from "./codec/decode";
export { encodeLoadout } from "./codec/encode";
export { canonicalLoadout, normalizeCode, decodeCanonical } from "./codec/canonical";
export * from "./codec/tree";
