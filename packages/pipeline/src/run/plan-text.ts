import type { ContentType } from "@att/contract";
import type { PlannedEncounter, PlannedZone } from "../core/plan-types";
import type { RateBudget } from "../http/rate-limit";
import { formatSeconds } from "../util/duration";
import { ASSUMED_LATENCY_MS, estimate } from "./estimate";
import { DEFAULT_SPACING_MS } from "./defaults";
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
    const fallback =
      zone.previousPartition === undefined ? "" : ` (previous partition ${zone.previousPartition.id} if it has no rankings yet)`;
    lines.push(
      `  ${zone.content}: zone ${zone.zoneId} "${zone.name}", partition ${zone.partition}${fallback}, difficulty ${zone.difficultyName} (${zone.difficultyId})`,
    );
  }
  for (const e of encounters) {
    const extra = e.instanceId !== undefined ? `, instance ${e.instanceId}` : e.journalId > 0 ? `, journal ${e.journalId}` : "";
    lines.push(`    ${String(e.order).padStart(2)}. ${e.name} (${e.id}${extra})`);
  }
  const specNames = selectSpecs(config.selection);
  lines.push(`  specs (${specCount}): ${specNames.ok ? specNames.value.map((s) => `${s.specName} ${s.className}`).join(", ") : ""}`);
  const snap = budget.snapshot;
  const left = budget.pointsLeft();
  const est = estimate({
    specs: specCount,
    encounters: encounters.length,
    generalContents,
    topN: config.topN,
    discoveryRequests: 0,
    batch: config.batch,
    cost: { rankings: budget.perUnit("rankings") },
    concurrency: config.concurrency,
    spacingMs: config.minSpacingMs ?? DEFAULT_SPACING_MS,
    budget:
      snap === undefined || left === undefined ? undefined : { left, limit: snap.limitPerHour, resetInMs: budget.msUntilReset() ?? 0 },
  });
  const price = (kind: string): string => `${kind} ${round1(budget.perUnit(kind))}`;
  lines.push(
    `  top ${config.topN}: ${est.rankingPages} ranking pages in ${est.rankingRequests} requests (up to ${config.batch.rankings} per request, ${config.concurrency} in flight)`,
    `  builds: up to ${est.builds}, each with its import string encoded from the talent trees (no requests, no points)`,
    `  estimate without cache: ${est.requests.min}-${est.requests.max} requests, ${Math.round(est.points.min)}-${Math.round(est.points.max)} points` +
      ` (points per alias: ${price("rankings")}; live figure unless learned)`,
    snap === undefined || left === undefined
      ? "  budget: unknown (no rateLimitData read)"
      : `  budget: ${Math.round(left)} of ${snap.limitPerHour} points left this hour, reset in ${formatSeconds(Math.round((budget.msUntilReset() ?? 0) / 1000))}: ` +
          (est.fits === true
            ? "fits, no reset needed"
            : `does not fit; needs ${est.resets} hourly reset${est.resets === 1 ? "" : "s"} (the run waits with a countdown and resumes by itself)`),
    `  expected wall time: ${formatSeconds(Math.round(est.seconds.min))}-${formatSeconds(Math.round(est.seconds.max))}` +
      ` (${config.minSpacingMs ?? DEFAULT_SPACING_MS} ms between requests, ~${ASSUMED_LATENCY_MS / 1000} s per answer assumed${est.resets > 0 ? ", waits for resets included" : ""})`,
    `  cached answers are reused, so a warm run needs fewer (0 when everything is cached)`,
  );
  return lines.join("\n") + "\n";
}

function round1(n: number): string {
  return String(Math.round(n * 100) / 100);
}
