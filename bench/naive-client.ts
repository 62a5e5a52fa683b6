/**
 * The naive Warcraft Logs client the pipeline is compared with: one request per (spec, encounter, difficulty) ranking
 * (no aliases) and, for every build it writes, one request for the report's players plus one for the import
 * string (first member only; no fallback, no cache, no spacing, no 429 handling). Same fake server and data; only the
 * request shape differs.
 */
import { SPECS, type ContentType } from "@att/contract";
import { rankBuilds, type Sample } from "../packages/pipeline/src/core/aggregate";
import { entriesOf } from "../packages/pipeline/src/core/entries";
import { memberKey } from "../packages/pipeline/src/core/entry";
import { identityOfKey } from "../packages/pipeline/src/core/identity";
import type { PlannedZone } from "../packages/pipeline/src/core/plan-types";
import { extractRankings, renderRankings } from "../packages/pipeline/src/wcl/rankings";
import { RATE_LIMIT_FIELDS } from "../packages/pipeline/src/http/client";

export interface NaiveResult {
  readonly requests: number;
  readonly builds: number;
}

async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export async function runNaive(
  api: { apiUrl: string; tokenUrl: string; clientId: string; clientSecret: string },
  zones: readonly PlannedZone[],
  topN: number,
  concurrency: number,
): Promise<NaiveResult> {
  let requests = 0;
  const tokenAnswer = await fetch(api.tokenUrl, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from(`${api.clientId}:${api.clientSecret}`).toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  });
  requests++;
  const token = ((await tokenAnswer.json()) as { access_token: string }).access_token;
  const post = async (body: string): Promise<{ data: Record<string, unknown>; errors: [] }> => {
    requests++;
    const res = await fetch(api.apiUrl, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ query: `query { ${RATE_LIMIT_FIELDS} ${body} }` }),
    });
    const json = (await res.json()) as { data: Record<string, unknown> };
    return { data: json.data, errors: [] };
  };
  // Discovery, like the pipeline's (the naive client needs the zones too).
  await post(
    "worldData { expansions { id name zones { id name frozen encounters { id name journalID } difficulties { id name } partitions { id name default } } } }",
  );

  const pairs = SPECS.flatMap((spec) => zones.flatMap((zone) => zone.encounters.map((encounter) => ({ spec, zone, encounter, page: 1 }))));
  const samples = new Map<string, Sample[]>();
  const members = new Map<string, { reportCode: string; fightId: number; name: string; server: string }>();
  await pool(pairs, concurrency, async (pair) => {
    const answer = await post(renderRankings([pair]));
    const page = extractRankings(pair, 0, answer);
    if (!page.ok) return;
    const { entries } = entriesOf({ ...pair, rows: page.value.rows.slice(0, topN), invalidRows: 0 });
    for (const e of entries) {
      const identity = identityOfKey(e.build);
      if (identity === null) continue;
      const member = memberKey(e);
      members.set(member, e);
      const section = `${e.specId}|${pair.zone.difficultyName}`;
      for (const key of [`${section}|e${e.encounterId}`, `${section}|general`]) {
        const list = samples.get(key) ?? [];
        list.push({ identity, rank: e.rank, encounterOrder: e.encounterOrder, member, player: member });
        samples.set(key, list);
      }
    }
  });

  // One build per (spec, encounter, difficulty) and per (spec, section); its best member's string, two requests each.
  const winners = [...samples.values()]
    .map((list) => rankBuilds(list).groups[0]?.members[0]?.member)
    .filter((m): m is string => m !== undefined);
  await pool(winners, concurrency, async (member) => {
    const e = members.get(member)!;
    const actors = await post(
      `reportData { report(code: ${JSON.stringify(e.reportCode)}) { masterData { actors(type: "Player") { id name server } } } }`,
    );
    const list =
      (actors.data["reportData"] as { report?: { masterData?: { actors?: { id: number; name: string }[] } } })?.report?.masterData
        ?.actors ?? [];
    const actor = list.find((a) => a.name === e.name);
    if (actor === undefined) return;
    await post(
      `reportData { report(code: ${JSON.stringify(e.reportCode)}) { fights(fightIDs: [${e.fightId}]) { talentImportCode(actorID: ${actor.id}) } } }`,
    );
  });
  return { requests, builds: winners.length };
}

export type { ContentType };
