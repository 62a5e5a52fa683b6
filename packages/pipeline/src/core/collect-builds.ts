import type { Build, ContentType } from "@att/contract";
import { popularity } from "./aggregate";
import type { Resolver } from "./resolve";
import type { BuildTarget } from "./samples";

export interface CollectedBuilds {
  /** specId -> encounterId -> build. */
  readonly encounterBuilds: Map<number, Map<number, Build>>;
  /** specId -> content -> build. */
  readonly generalBuilds: Map<number, Map<ContentType, Build>>;
  /** Targets whose most popular build had no usable string, so a less popular one was written. */
  readonly fallbackBuilds: number;
  /** Targets with samples but no build with a usable string at all. */
  readonly unresolved: number;
}

/** The Build records to write, from the resolver's choices. Pure. */
export function collectBuilds(targets: readonly BuildTarget[], resolver: Resolver): CollectedBuilds {
  const encounterBuilds = new Map<number, Map<number, Build>>();
  const generalBuilds = new Map<number, Map<ContentType, Build>>();
  let fallbackBuilds = 0;
  let unresolved = 0;
  for (const target of targets) {
    const sampleSize = target.builds.sampleSize;
    const chosen = resolver.result(target.id);
    if (chosen === null) {
      if (sampleSize > 0) unresolved++;
      continue;
    }
    if (chosen.groupIndex > 0) fallbackBuilds++;
    const build: Build = { talentCode: chosen.code, count: chosen.group.count, sampleSize, popularity: popularity(chosen.group.count, sampleSize) };
    if (target.scope.kind === "encounter") {
      const map = encounterBuilds.get(target.specId) ?? new Map<number, Build>();
      map.set(target.scope.encounterId, build);
      encounterBuilds.set(target.specId, map);
    } else {
      const map = generalBuilds.get(target.specId) ?? new Map<ContentType, Build>();
      map.set(target.scope.content, build);
      generalBuilds.set(target.specId, map);
    }
  }
  return { encounterBuilds, generalBuilds, fallbackBuilds, unresolved };
}
