/**
 * Player-facing text built from decisions: build labels, context names, popup bodies and the /att why lines.
 * Pure (locale table in, strings out) so the wording is tested in Node and the edges only display it.
 */
import { LOW_SAMPLE_THRESHOLD, SCHEMA_VERSION, type TalentDataEnvelope } from "@att/contract";
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
  /** Talents that would change, and the names the client gives them (possibly fewer). */
  readonly changes?: number;
  readonly names?: readonly string[];
}
export type FactsOf = (this: void, offer: Offer) => OfferFacts;
const NO_FACTS: FactsOf = () => ({});

/** Names listed in a prompt before "and N more". */
const MAX_NAMES = 6;

/** "Raid, San'layn: 42 % of 50 top Mythic players" plus "(low sample)" under the threshold. */
export function describeOffer(L: LocaleStrings, offer: Offer, facts: FactsOf = NO_FACTS): string {
  const { build } = offer;
  const hero = facts(offer).heroTree;
  const label = hero === undefined ? contentLabel(L, offer.content) : `${contentLabel(L, offer.content)}, ${hero}`;
  const line = fill(L.BUILD_POPULARITY, [label, wholePercent(build.popularity), build.sampleSize, difficultyLabel(L, offer)]);
  return offer.lowSample ? `${line} ${L.LOW_SAMPLE}` : line;
}

/** "changes 12 talents: A, B, C, ... and 6 more", from the live client; empty when unknown. */
export function describeChange(L: LocaleStrings, facts: OfferFacts): string {
  if (facts.changes === undefined || facts.changes === 0) return "";
  const names = facts.names ?? [];
  const shown = names.slice(0, MAX_NAMES);
  const more = facts.changes - shown.length;
  const list = joinNonEmpty(shown, ", ");
  return fill(more > 0 ? L.BUILD_CHANGES_MORE : L.BUILD_CHANGES, [facts.changes, list, more]);
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

/** The /att why lines for a decision. */
export function explain(L: LocaleStrings, data: TalentDataEnvelope | undefined, decision: Decision): string[] {
  const lines = [
    fill(L.WHY_HEADER, [L.TRIGGER[decision.trigger] ?? decision.trigger]),
    fill(L.WHY_CONTEXT, [describeContext(L, decision.context)]),
  ];
  for (const offer of decision.offers) {
    lines.push(fill(L.WHY_OFFER, [data === undefined ? offerName(L, offer) : describeOffer(L, offer)]));
    if (offer.fallback) lines.push(fill(L.WHY_FALLBACK, [LOW_SAMPLE_THRESHOLD]));
  }
  const matched = decision.matched === undefined ? "" : offerName(L, decision.matched);
  lines.push(fill(L.REASON[decision.reason] ?? decision.reason, [matched]));
  for (const note of decision.notes) lines.push(L.WHY_NOTE[note] ?? note);
  return lines;
}

/** The one line that says why the data file cannot be used. */
export function dataProblemLine(L: LocaleStrings, status: DataStatus & { ok: false }): string {
  if (status.problem === "missing") return L.DATA_MISSING;
  if (status.problem === "schema") return fill(L.DATA_SCHEMA, [status.detail, SCHEMA_VERSION]);
  return fill(L.DATA_MALFORMED, [status.detail]);
}
