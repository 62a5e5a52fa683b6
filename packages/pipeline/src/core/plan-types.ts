import type { ContentType, SpecInfo } from "@att/contract";

/** One encounter the run ranks, as discovery found it. */
export interface PlannedEncounter {
  readonly id: number;
  readonly name: string;
  readonly content: ContentType;
  readonly zoneId: number;
  /** 1-based position in the zone's encounter list (journal order). */
  readonly order: number;
  readonly journalId: number;
  /** Dungeons: instance map ID derived from the encounter ID (see instance-id.ts). */
  readonly instanceId?: number;
}

/** A zone chosen for one content type, with the ranking parameters used for it. */
export interface PlannedZone {
  readonly content: ContentType;
  readonly zoneId: number;
  readonly name: string;
  readonly partition: number;
  /** WCL difficulty ID passed to characterRankings. */
  readonly difficultyId: number;
  /** As written in the output: "mythic" / "heroic" / "normal", or "mythicplus". */
  readonly difficultyName: string;
  readonly encounters: readonly PlannedEncounter[];
}

export interface RunPlan {
  readonly zones: readonly PlannedZone[];
  readonly specs: readonly SpecInfo[];
  readonly topN: number;
}
