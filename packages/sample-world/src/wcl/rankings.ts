/**
 * Turns row drafts into ranking rows with players, servers and reports. Players of one encounter are grouped into
 * reports (a raid log holds 20 ranked players of different specs, a Mythic+ log 5), so one report lookup can serve
 * several ranked players, as on the real site. Each report has the ranked fight and a master-data actor per player;
 * the fight answers talentImportCode with the player's build string (or null, or a respecced build: quirks).
 */
import type { Rng } from "./prng";
import type { RowDraft, SampleQuirkRates } from "./rows";
import type { SampleBuild } from "./talents";
import type { SampleEncounter } from "./world";

export interface SampleServer {
  readonly id: number;
  readonly name: string;
  readonly region: string;
}

export interface SampleRow extends Omit<RowDraft, "anonymous"> {
  readonly specId: number;
  /** As the ranking shows it: "Anonymous" for hidden players. */
  readonly name: string;
  /** As the report's master data shows it. */
  readonly actorName: string;
  readonly server: SampleServer;
  readonly startTime: number;
  /** Undefined for leaderboard-only Mythic+ runs. */
  readonly report?: { readonly code: string; readonly fightID: number; readonly startTime: number };
}

export interface SampleActor {
  readonly id: number;
  readonly name: string;
  readonly server: string | null;
  readonly type: "Player" | "NPC";
  readonly subType: string;
}

export interface SampleFight {
  readonly id: number;
  readonly encounterID: number;
  readonly name: string;
  /** Milliseconds from the report start, as Warcraft Logs reports fight times. */
  readonly startTime: number;
  readonly endTime: number;
  readonly difficulty: number;
  readonly keystoneLevel: number | null;
  readonly friendlyPlayers: readonly number[];
  /**
   * talentImportCode by actor ID, as the build that answers it (its `code` is encoded when first read: most fights
   * are never asked); null where the API has none.
   */
  readonly importCodes: ReadonlyMap<number, { readonly code: string } | null>;
}

export interface SampleReport {
  readonly code: string;
  readonly title: string;
  readonly startTime: number;
  readonly endTime: number;
  readonly zoneId: number;
  readonly actors: readonly SampleActor[];
  readonly fights: readonly SampleFight[];
}

export const SAMPLE_SERVERS: readonly SampleServer[] = [
  ["Sample Argent Dawn", "EU"],
  ["Sample Draenor", "EU"],
  ["Sample Kazzak", "EU"],
  ["Sample Twisting Nether", "EU"],
  ["Sample Area 52", "US"],
  ["Sample Illidan", "US"],
  ["Sample Stormrage", "US"],
  ["Sample Tichondrius", "US"],
  ["Sample Azshara", "KR"],
  ["Sample Hyjal", "KR"],
  ["Sample Shadowmoon", "TW"],
  ["Sample Sargeras", "US"],
].map(([name, region], i) => ({ id: 5000 + i, name: name!, region: region! }));

const SYLLABLES = ["ka", "ri", "mo", "thal", "zen", "dor", "lia", "vex", "sha", "nor", "el", "gra", "phi", "os", "tur", "yn"];

/** Every two- and three-syllable name, built once: picking from a list is much cheaper than building 40 000 strings. */
const NAMES: readonly string[] = (() => {
  const cap = (x: string): string => x.charAt(0).toUpperCase() + x.slice(1);
  const out: string[] = [];
  for (const a of SYLLABLES) for (const b of SYLLABLES) out.push(cap(a + b));
  for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of SYLLABLES) out.push(cap(a + b + c));
  return out;
})();

const CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A player's draft waiting for its report. */
export interface PendingRow {
  readonly specId: number;
  readonly draft: RowDraft;
  /** Another build of the spec's class, used when the fight returns a respecced string. */
  readonly respec?: SampleBuild;
  /** The character of an earlier row when this row is another run of theirs (Mythic+). */
  readonly prior?: { readonly name: string; readonly server: SampleServer };
}

export interface ReportContext {
  readonly rng: Rng;
  readonly encounter: SampleEncounter;
  readonly difficulty: number;
  readonly baseTime: number;
  readonly groupSize: number;
  readonly quirks: SampleQuirkRates;
  readonly usedCodes: Set<string>;
  /** Characters already on each spec's board ("name#server"): a new player is someone else (real raid boards never repeat). */
  readonly onBoard: Map<number, Set<string>>;
}

function reportCode(ctx: ReportContext): string {
  for (;;) {
    const chars: number[] = [];
    for (let i = 0; i < 16; i++) chars.push(CODE_CHARS.charCodeAt(ctx.rng.int(0, CODE_CHARS.length - 1)));
    // One flat string rather than 16 concatenations: it is hashed as a map key right away.
    const code = String.fromCharCode(...chars);
    if (!ctx.usedCodes.has(code)) {
      ctx.usedCodes.add(code);
      return code;
    }
  }
}

/** Spelled out field by field: object rest/spread made generation several times slower than the 300 ms budget. */
function finishRow(
  pending: PendingRow,
  actorName: string,
  server: SampleServer,
  startTime: number,
  report: { code: string; fightID: number; startTime: number } | undefined,
): SampleRow {
  const d = pending.draft;
  return {
    specId: pending.specId,
    name: d.anonymous ? "Anonymous" : actorName,
    actorName,
    server,
    build: d.build,
    amount: d.amount,
    duration: d.duration,
    keyLevel: d.keyLevel,
    talentsListed: d.talentsListed,
    emptyList: d.emptyList,
    repeatedId: d.repeatedId,
    leaderboardOnly: d.leaderboardOnly,
    repeatOf: d.repeatOf,
    startTime,
    report,
  };
}

/** Builds one report for a group of pending rows and returns the finished rows. */
export function makeReport(ctx: ReportContext, group: readonly PendingRow[]): { report?: SampleReport; rows: SampleRow[] } {
  const { rng, encounter } = ctx;
  const reportStart = ctx.baseTime + rng.int(0, 14 * 24 * 3600) * 1000;
  const fightStart = rng.int(5, 90) * 60_000;
  const fightID = rng.int(1, ctx.groupSize > 5 ? 40 : 12);
  const logged = group.filter((p) => !p.draft.leaderboardOnly);
  const ids = rng.shuffle(Array.from({ length: logged.length }, (_, i) => i + 1));
  const taken: { name: string; server: SampleServer }[] = [];
  const actors: SampleActor[] = [];
  const importCodes = new Map<number, { readonly code: string } | null>();
  const rows: SampleRow[] = [];
  // One reference object shared by the report's rows (fewer objects to allocate); its code is drawn at the end.
  const reference = { code: "", fightID, startTime: reportStart };
  let longest = 0;
  for (const pending of group) {
    const { draft, prior } = pending;
    let server = rng.pick(SAMPLE_SERVERS);
    let actorName = rng.pick(NAMES);
    if (prior !== undefined && !taken.some((t) => t.name === prior.name && t.server === prior.server)) {
      actorName = prior.name;
      server = prior.server;
    }
    // A report never holds two players with the same name and server; a new player is not one already on the board.
    let board = ctx.onBoard.get(pending.specId);
    if (board === undefined) ctx.onBoard.set(pending.specId, (board = new Set()));
    const again = actorName === prior?.name && server === prior.server;
    while (taken.some((t) => t.name === actorName && t.server === server) || (!again && board.has(`${actorName}#${server.name}`)))
      actorName = rng.pick(NAMES);
    board.add(`${actorName}#${server.name}`);
    taken.push({ name: actorName, server });
    if (draft.leaderboardOnly) {
      rows.push(finishRow(pending, actorName, server, reportStart + fightStart, undefined));
      continue;
    }
    const id = ids[actors.length]!;
    actors.push({ id, name: actorName, server: server.name, type: "Player", subType: "Player" });
    const respec = pending.respec !== undefined && rng.chance(ctx.quirks.wrongSpecCode);
    importCodes.set(id, rng.chance(ctx.quirks.nullCode) ? null : respec ? pending.respec! : draft.build);
    longest = Math.max(longest, draft.duration);
    rows.push(finishRow(pending, actorName, server, reportStart + fightStart, reference));
  }
  if (actors.length === 0) return { rows };
  // Drawn last so that a group of leaderboard-only runs draws no code at all.
  const code = (reference.code = reportCode(ctx));
  actors.push({ id: actors.length + 1, name: encounter.name, server: null, type: "NPC", subType: "Boss" });
  const fight: SampleFight = {
    id: fightID,
    encounterID: encounter.id,
    name: encounter.name,
    startTime: fightStart,
    endTime: fightStart + longest,
    difficulty: ctx.difficulty,
    keystoneLevel: encounter.content === "mythicplus" ? (group[0]?.draft.keyLevel ?? null) : null,
    friendlyPlayers: actors.filter((a) => a.type === "Player").map((a) => a.id),
    importCodes,
  };
  const report: SampleReport = {
    code,
    title: `Sample log: ${encounter.name}`,
    startTime: reportStart,
    endTime: reportStart + fightStart + longest + 60_000,
    zoneId: encounter.zoneId,
    actors,
    fights: [fight],
  };
  return { report, rows };
}
