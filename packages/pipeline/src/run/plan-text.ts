import type { ContentType } from "@att/contract";
import type { PlannedEncounter, PlannedZone } from "../core/plan-types";
import type { RateBudget } from "../http/rate-limit";
import { estimate } from "./estimate";
import type { PipelineConfig } from "./config";
import { selectSpecs } from "./selection";

/** The --dry-run plan: zones, encounters, specs and what the run would cost. */
export function formatPlan(
  config: PipelineConfig,
  zones: readonly PlannedZone[],
  encounters: readonly PlannedEncounter[],
  specCount: number,
  generalContents: readonly ContentType[],
  budget: RateBudget,
): string {
  const lines: string[] = ["Plan (dry run, nothing fetched beyond discovery):"];
  for (const zone of zones) {
    const fallback = zone.previousPartition === undefined ? "" : ` (previous partition ${zone.previousPartition.id} if it has no rankings yet)`;
    lines.push(`  ${zone.content}: zone ${zone.zoneId} "${zone.name}", partition ${zone.partition}${fallback}, difficulty ${zone.difficultyName} (${zone.difficultyId})`);
  }
  for (const e of encounters) {
    const extra = e.instanceId !== undefined ? `, instance ${e.instanceId}` : e.journalId > 0 ? `, journal ${e.journalId}` : "";
    lines.push(`    ${String(e.order).padStart(2)}. ${e.name} (${e.id}${extra})`);
  }
  const specNames = selectSpecs(config.selection);
  lines.push(`  specs (${specCount}): ${specNames.ok ? specNames.value.map((s) => `${s.specName} ${s.className}`).join(", ") : ""}`);
  const est = estimate({
    specs: specCount,
    encounters: encounters.length,
    generalContents,
    topN: config.topN,
    discoveryRequests: 0,
    batch: config.batch,
    cost: { rankings: budget.estimate("rankings", 1), reportActors: budget.estimate("reportActors", 1), importCodes: budget.estimate("importCodes", 1) },
  });
  lines.push(
    `  top ${config.topN}: ${est.rankingPages} ranking pages in ${est.rankingRequests} requests (${config.batch.rankings} per request)`,
    `  builds to resolve: up to ${est.builds}; import-string requests: ${est.lookupRequests.min}-${est.lookupRequests.max}` +
      " (plus lookups for ranking rows without a talent list, if the API sends any)",
    `  estimate without cache: ${est.requests.min}-${est.requests.max} requests, ${Math.round(est.points.min)}-${Math.round(est.points.max)} points` +
      ` (assumed cost per alias: rankings ${budget.estimate("rankings", 1)}, report ${budget.estimate("reportActors", 1)})`,
    `  cached answers are reused, so a warm run needs fewer (0 when everything is cached)`,
  );
  return lines.join("\n") + "\n";
}

