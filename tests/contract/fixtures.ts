import { readFileSync } from "node:fs";
import { sharedPath } from "../support/shared-data";

export interface TalentVector {
  readonly code: string;
  readonly specID: number;
  readonly className: string;
  readonly specName: string;
  readonly version: number;
  readonly selectedCount: number;
  /** `owner/repo:path` of the public file the string comes from, or "seed". */
  readonly source: string;
  /** The source file's `updated` stamp; null for the seeds. */
  readonly asOf: string | null;
}

export interface InvalidVector {
  readonly code: string;
  readonly filedSpecID: number;
  readonly headerSpecID?: number;
  readonly problem: string;
}

// Real strings (provenance in ../shared/testdata/README.md), read where they are kept rather than copied here.
export const VECTORS: readonly TalentVector[] = JSON.parse(readFileSync(sharedPath("testdata", "talent-strings.json"), "utf8"));
export const INVALID_VECTORS: readonly InvalidVector[] = JSON.parse(
  readFileSync(sharedPath("testdata", "talent-strings-invalid.json"), "utf8"),
);

/** The Blood DK seed string, worked through by hand in shared/reference/loadout-string.md §8. */
export const BLOOD_SEED = VECTORS.find((v) => v.code.startsWith("CoPAAAAAAAAAAAAAAAAAAAAAAwYWmZ"))!;
