/**
 * Player-facing text built from decisions: build labels, context names, popup bodies and the /att why lines.
 * Pure (locale table in, strings out) so the wording is tested in Node and the edges only display it.
 */
import { LOW_SAMPLE_THRESHOLD, NEAR_DISTANCE, SCHEMA_VERSION, type TalentDataEnvelope } from "@att/contract";
import type { LocaleStrings } from "../locale";
import type { Context } from "./context";
import { isSampleData, type DataStatus } from "./data";
import type { Decision, Offer, OfferKind } from "./decision";
import { fill, joinNonEmpty, wholePercent } from "./text";

export function contentLabel(L: LocaleStrings, content: OfferKind): string {
  return content === "raid" ? L.CONTENT_RAID : L.CONTENT_MYTHICPLUS;
}

/** "Heroic" / "Mythic" for raid builds (the difficulty they were ranked on), "Mythic+" for keystone builds. */
export function difficultyLabel(L: LocaleStrings, offer: Offer): string {
  return L.DIFFICULTY[offer.section] ?? L.DIFFICULTY_DEFAULT;
}

/** What the live client says about an offer: its hero tree's name and what applying it would change. */
export interface OfferFacts {
  readonly heroTree?: string;
  /** Core talents that would change, and the names the client gives them (possibly fewer). */
  readonly changes?: number;
  readonly names?: readonly string[];
  /** Flex talents (where top players split) that would change, and their names. */
  readonly flexChanges?: number;
  readonly flexNames?: readonly string[];
}
export type FactsOf = (this: void, offer: Offer) => OfferFacts;
const NO_FACTS: FactsOf = () => ({});

/** Names listed in a prompt before "and N more". */
const MAX_NAMES = 6;

/**
 * "Raid, San'layn: 64 % of 50 top Mythic players within 2 talents, 42 % exact" plus "(low sample)" under the
 * threshold: the share within NEAR_DISTANCE talents is the headline, the exact share and the sample beside it.
 */
export function describeOffer(L: LocaleStrings, offer: Offer, facts: FactsOf = NO_FACTS): string {
  const { build } = offer;
  const hero = facts(offer).heroTree;
  const label = hero === undefined ? contentLabel(L, offer.content) : `${contentLabel(L, offer.content)}, ${hero}`;
  const line = fill(L.BUILD_POPULARITY, [
    label,
    wholePercent(build.nearShare),
    build.sampleSize,
    difficultyLabel(L, offer),
    NEAR_DISTANCE,
    wholePercent(build.popularity),
  ]);
  return offer.lowSample ? `${line} ${L.LOW_SAMPLE}` : line;
}

/** "A, B, C ... and 6 more" with the count; empty when nothing changes. */
function changeList(L: LocaleStrings, count: number | undefined, names: readonly string[] | undefined, one: string, more: string): string {
  if (count === undefined || count === 0) return "";
  const shown = (names ?? []).slice(0, MAX_NAMES);
  const rest = count - shown.length;
  return fill(rest > 0 ? more : one, [count, joinNonEmpty(shown, ", "), rest]);
}

/**
 * "changes 12 talents: A, B, C, ... and 6 more; + 2 flex: X, Y", from the live client: core changes first, the flex
 * ones (where top players split) apart; empty when unknown or nothing changes.
 */
export function describeChange(L: LocaleStrings, facts: OfferFacts): string {
  const core = changeList(L, facts.changes, facts.names, L.BUILD_CHANGES, L.BUILD_CHANGES_MORE);
  const flex = changeList(L, facts.flexChanges, facts.flexNames, L.BUILD_CHANGES_FLEX, L.BUILD_CHANGES_FLEX_MORE);
  if (flex === "") return core;
  return core === "" ? fill(L.BUILD_CHANGES_FLEX_ONLY, [flex]) : `${core}; ${flex}`;
}

/** "Raid build" / "Mythic+ build", with its hero tree when the client names it: how buttons and chat name an offer. */
export function offerName(L: LocaleStrings, offer: Offer, facts: FactsOf = NO_FACTS): string {
  const base = offer.content === "raid" ? L.BUTTON_RAID_BUILD : L.BUTTON_MPLUS_BUILD;
  const hero = facts(offer).heroTree;
  return hero === undefined ? base : `${base} (${hero})`;
}

export function describeContext(L: LocaleStrings, context: Context): string {
  switch (context.kind) {
    case "general":
      return L.CONTEXT.general;
    case "openWorld":
      return L.CONTEXT.openWorld;
    case "otherInstance":
      return L.CONTEXT.otherInstance;
    case "keystone":
      return L.CONTEXT.keystone;
    case "dungeon":
      return fill(L.CONTEXT.dungeon, [context.name, context.instanceId]);
    case "raid":
      return context.next === undefined ? L.CONTEXT.raidCleared : fill(L.CONTEXT.raidBoss, [context.next.name]);
  }
}

/**
 * The popup body: who it is for, each build with its hero tree, popularity and sample size in players and what
 * applying it changes (from the live client), the data's date, and SAMPLE DATA first when the data is synthetic.
 */
export function popupText(
  L: LocaleStrings,
  data: TalentDataEnvelope,
  dataDate: string,
  decision: Decision,
  specLabel: string,
  facts: FactsOf = NO_FACTS,
): string {
  const builds = joinNonEmpty(
    decision.offers.map((o) => joinNonEmpty([describeOffer(L, o, facts), describeChange(L, facts(o))], "\n  ")),
    "\n",
  );
  const date = fill(L.POPUP_DATA_DATE, [dataDate]);
  const body = popupBody(L, decision, specLabel, builds, date);
  return isSampleData(data) ? `${L.SAMPLE_DATA}\n${body}` : body;
}

function popupBody(L: LocaleStrings, decision: Decision, specLabel: string, builds: string, date: string): string {
  const context = decision.context;
  if (context.kind === "dungeon") return fill(L.POPUP_DUNGEON, [specLabel, context.name, builds, date]);
  if (context.kind === "raid") {
    const fallback = decision.offers[0]?.fallback === true;
    const bossName = context.next === undefined ? "" : context.next.name;
    return fill(fallback ? L.POPUP_RAID_FALLBACK : L.POPUP_RAID_BOSS, [specLabel, bossName, builds, date]);
  }
  return fill(L.POPUP_GENERAL, [specLabel, builds, date]);
}

/** The /att why lines for a decision; `facts` (the live client) names the flex talents a matched build differs in. */
export function explain(L: LocaleStrings, data: TalentDataEnvelope | undefined, decision: Decision, facts: FactsOf = NO_FACTS): string[] {
  const lines = [
    fill(L.WHY_HEADER, [L.TRIGGER[decision.trigger] ?? decision.trigger]),
    fill(L.WHY_CONTEXT, [describeContext(L, decision.context)]),
  ];
  const context = decision.context;
  if (context.kind === "raid" && context.defeated !== undefined && context.defeated.length > 0) {
    // Which source decided each dead boss: the instance's progress, the player's lock or a kill seen this session.
    const dead = context.defeated.map((boss) => fill(L.WHY_DEFEATED_BOSS, [boss.name, L.KILL_SOURCE[boss.source] ?? boss.source]));
    lines.push(fill(L.WHY_DEFEATED, [dead.join(", ")]));
  }
  for (const offer of decision.offers) {
    lines.push(fill(L.WHY_OFFER, [data === undefined ? offerName(L, offer) : describeOffer(L, offer)]));
    if (offer.fallback) lines.push(fill(L.WHY_FALLBACK, [LOW_SAMPLE_THRESHOLD]));
  }
  const matched = decision.matched === undefined ? "" : offerName(L, decision.matched);
  lines.push(fill(L.REASON[decision.reason] ?? decision.reason, [matched]));
  if (decision.matched !== undefined) {
    const flex = facts(decision.matched);
    if (flex.flexChanges !== undefined && flex.flexChanges > 0) {
      const names = flex.flexNames !== undefined && flex.flexNames.length > 0 ? flex.flexNames.join(", ") : `${flex.flexChanges}`;
      lines.push(fill(L.WHY_FLEX, [names]));
    }
  }
  for (const note of decision.notes) lines.push(L.WHY_NOTE[note] ?? note);
  return lines;
}

/** The one line that says why the data file cannot be used. */
export function dataProblemLine(L: LocaleStrings, status: DataStatus & { ok: false }): string {
  if (status.problem === "missing") return L.DATA_MISSING;
  if (status.problem === "schema") return fill(L.DATA_SCHEMA, [status.detail, SCHEMA_VERSION]);
  return fill(L.DATA_MALFORMED, [status.detail]);
}
