/**
 * Player-facing text built from decisions: build labels, context names, popup bodies and the /att why lines.
 * Pure (locale table in, strings out) so the wording is tested in Node and the edges only display it.
 */
import { LOW_SAMPLE_THRESHOLD, SCHEMA_VERSION, type TalentDataEnvelope } from "@att/contract";
import type { LocaleStrings } from "../locale";
import type { Context } from "./context";
import { rankedDifficulty, type DataStatus } from "./data";
import type { Decision, Offer, OfferKind } from "./decision";
import { fill, joinNonEmpty, wholePercent } from "./text";

export function contentLabel(L: LocaleStrings, content: OfferKind): string {
  return content === "raid" ? L.CONTENT_RAID : L.CONTENT_MYTHICPLUS;
}

/** "Mythic" for raid builds ranked on mythic, "Mythic+" for keystone builds. */
export function difficultyLabel(L: LocaleStrings, data: TalentDataEnvelope, content: OfferKind): string {
  const ranked = rankedDifficulty(data, content) ?? (content === "mythicplus" ? "mythicplus" : undefined);
  const label = ranked === undefined ? undefined : L.DIFFICULTY[ranked.toLowerCase()];
  return label ?? L.DIFFICULTY_DEFAULT;
}

/** "Raid: 42 % of 50 top Mythic players" plus "(low sample)" under the threshold. */
export function describeOffer(L: LocaleStrings, data: TalentDataEnvelope, offer: Offer): string {
  const { build } = offer;
  const line = fill(L.BUILD_POPULARITY, [contentLabel(L, offer.content), wholePercent(build.popularity), build.sampleSize, difficultyLabel(L, data, offer.content)]);
  return offer.lowSample ? `${line} ${L.LOW_SAMPLE}` : line;
}

/** "Raid build" / "Mythic+ build": how chat messages name an offer. */
export function offerName(L: LocaleStrings, offer: Offer): string {
  return offer.content === "raid" ? L.BUTTON_RAID_BUILD : L.BUTTON_MPLUS_BUILD;
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

/** The popup body: who it is for, the builds with popularity and sample size, and the data's date. */
export function popupText(L: LocaleStrings, data: TalentDataEnvelope, dataDate: string, decision: Decision, specLabel: string): string {
  const builds = joinNonEmpty(
    decision.offers.map((o) => describeOffer(L, data, o)),
    "\n",
  );
  const date = fill(L.POPUP_DATA_DATE, [dataDate]);
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
  const lines = [fill(L.WHY_HEADER, [L.TRIGGER[decision.trigger] ?? decision.trigger]), fill(L.WHY_CONTEXT, [describeContext(L, decision.context)])];
  for (const offer of decision.offers) {
    lines.push(fill(L.WHY_OFFER, [data === undefined ? offerName(L, offer) : describeOffer(L, data, offer)]));
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
