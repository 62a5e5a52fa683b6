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
  /** Partition ranked: the zone's default (current) one, or the previous one when the default had no rankings. */
  readonly partition: number;
  readonly partitionName?: string;
  /** The partition before `partition`: where the run falls back to when `partition` has no rankings yet. */
  readonly previousPartition?: { readonly id: number; readonly name: string };
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
