/**
 * The root value graphql-js executes against: plain objects whose fields are either data or functions
 * `(args, context) => value` (graphql's default field resolver calls them), one view per schema type that the
 * sample data backs. Fields the data does not back resolve to null, as a nullable field on the real API may.
 */
import { GraphQLError } from "graphql";
import { findEncounter, findZone, type SampleDataset } from "./dataset";
import type { SampleFight, SampleReport } from "./rankings";
import { rankingsPage, type RankingsArgs } from "./rankings-page";
import { COST_MODEL, type RateLimitSnapshot } from "./ratelimit";
import type { SampleClass, SampleExpansion, SampleZone, SampleEncounter } from "./world";

/** Per request: where resolvers charge points, and the budget as it stood when the request arrived. */
export interface RequestContext {
  charge(points: number): void;
  readonly rateLimit: RateLimitSnapshot;
}

type View = Record<string, unknown>;

export function createRootValue(ds: SampleDataset): View {
  const expansionView = (e: SampleExpansion): View => ({
    id: e.id,
    name: e.name,
    zones: () =>
      e.zoneIds
        .map((id) => findZone(ds, id))
        .filter((z) => z !== undefined)
        .map(zoneView),
  });
  const zoneView = (z: SampleZone): View => ({
    id: z.id,
    name: z.name,
    frozen: z.frozen,
    brackets: z.brackets,
    difficulties: z.difficulties,
    partitions: z.partitions,
    encounters: () => z.encounters.map(encounterView),
    expansion: () => {
      const expansion = ds.expansions.find((e) => e.id === z.expansionId);
      return expansion === undefined ? null : expansionView(expansion);
    },
  });
  const encounterView = (e: SampleEncounter): View => ({
    id: e.id,
    name: e.name,
    journalID: e.journalID,
    zone: () => {
      const zone = findZone(ds, e.zoneId);
      return zone === undefined ? null : zoneView(zone);
    },
    characterRankings: (args: RankingsArgs, ctx: RequestContext) => {
      ctx.charge(COST_MODEL.rankingsPage);
      return rankingsPage(ds, e, args);
    },
    fightRankings: (_args: unknown, ctx: RequestContext) => {
      ctx.charge(COST_MODEL.rankingsPage);
      return { error: "Fight rankings are not part of the sample data." };
    },
  });
  const classView = (c: SampleClass): View => ({
    id: c.id,
    name: c.name,
    slug: c.slug,
    specs: c.specs.map((s) => ({ id: s.id, name: s.name, slug: s.slug, class: () => classView(c) })),
  });
  const fightView = (f: SampleFight): View => ({
    id: f.id,
    encounterID: f.encounterID,
    name: f.name,
    startTime: f.startTime,
    endTime: f.endTime,
    difficulty: f.difficulty,
    keystoneLevel: f.keystoneLevel,
    kill: true,
    completeRaid: false,
    size: f.friendlyPlayers.length,
    friendlyPlayers: f.friendlyPlayers,
    talentImportCode: (args: { actorID: number }, ctx: RequestContext) => {
      ctx.charge(COST_MODEL.importCode);
      return f.importCodes.get(args.actorID)?.code ?? null;
    },
  });
  const reportView = (r: SampleReport): View => ({
    code: r.code,
    title: r.title,
    startTime: r.startTime,
    endTime: r.endTime,
    visibility: "public",
    revision: 1,
    segments: 1,
    exportedSegments: 0,
    zone: () => {
      const zone = findZone(ds, r.zoneId);
      return zone === undefined ? null : zoneView(zone);
    },
    // Client (not user) auth never has access to archived data, hence isAccessible false as on the real API.
    archiveStatus: { isArchived: false, isAccessible: false, archiveDate: null },
    masterData: () => ({
      logVersion: 1,
      gameVersion: 1,
      lang: "en",
      abilities: [],
      actors: (args: { type?: string; subType?: string }, ctx: RequestContext) => {
        ctx.charge(COST_MODEL.reportActors);
        return r.actors.filter((a) => (!args.type || a.type === args.type) && (!args.subType || a.subType === args.subType));
      },
    }),
    fights: (args: { fightIDs?: readonly number[]; encounterID?: number }, ctx: RequestContext) => {
      ctx.charge(COST_MODEL.reportFights);
      return r.fights
        .filter((f) => !args.fightIDs || args.fightIDs.length === 0 || args.fightIDs.includes(f.id))
        .filter((f) => !args.encounterID || f.encounterID === args.encounterID)
        .map(fightView);
    },
  });

  return {
    worldData: () => ({
      expansions: () => ds.expansions.map(expansionView),
      expansion: (args: { id?: number }) => {
        const expansion = ds.expansions.find((e) => e.id === args.id);
        return expansion === undefined ? null : expansionView(expansion);
      },
      zones: (args: { expansion_id?: number }) =>
        ds.zones.filter((z) => args.expansion_id === undefined || z.expansionId === args.expansion_id).map(zoneView),
      zone: (args: { id?: number }) => {
        const zone = args.id === undefined ? undefined : findZone(ds, args.id);
        return zone === undefined ? null : zoneView(zone);
      },
      encounter: (args: { id?: number }) => {
        const encounter = args.id === undefined ? undefined : findEncounter(ds, args.id);
        return encounter === undefined ? null : encounterView(encounter);
      },
    }),
    gameData: () => ({
      classes: () => ds.classes.map(classView),
      class: (args: { id?: number }) => {
        const found = ds.classes.find((c) => c.id === args.id);
        return found === undefined ? null : classView(found);
      },
    }),
    reportData: () => ({
      report: (args: { code?: string }) => {
        const report = args.code === undefined ? undefined : ds.reports.get(args.code);
        if (report === undefined) throw new GraphQLError("This report does not exist or is private.");
        return reportView(report);
      },
    }),
    rateLimitData: (_args: unknown, ctx: RequestContext) => ctx.rateLimit,
  };
}
