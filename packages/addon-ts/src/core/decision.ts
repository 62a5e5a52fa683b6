/**
 * The prompt decision: given where the player is, what triggered the question, the data and the settings, which
 * builds to offer and whether to ask, apply automatically or stay quiet. Returns the decision together with the
 * reason, which /att why explains. Pure: the live talent check and the blockers come in as inputs.
 */
import type { SpecBuilds } from "@att/contract";
import type { Context, Trigger } from "./context";
import { contextKey } from "./context";
import { encounterBuilds, generalBuilds, isLowSample, type Build, type DataSection, type SlotBuilds } from "./data";
import type { Settings } from "./settings";
import { suppressionKey } from "./settings";

export type OfferKind = "raid" | "mythicplus";

export interface Offer {
  /** Which content the build was ranked on (raid or Mythic+), for its label. */
  readonly content: OfferKind;
  /** The ranked data it comes from: the raid difficulty (nearest the player's) or Mythic+. */
  readonly section: DataSection;
  readonly build: Build;
  /** The most popular build of the other hero tree, offered beside the top build (Recommended / Alternate). */
  readonly alternative: boolean;
  /** A boss or dungeon context offered the general build because its own was missing or under the threshold. */
  readonly fallback: boolean;
  readonly lowSample: boolean;
}

export type Reason =
  | "disabled"
  | "triggerOff"
  | "noSpec"
  | "dataUnusable"
  | "noSpecData"
  | "noContext"
  | "keystone"
  | "allKilled"
  | "noBuild"
  | "matching"
  | "suppressed"
  | "sameContext"
  | "reloaded"
  | "prompt"
  | "autoApply";

export type Note = "autoBlocked" | "stale";

export interface Decision {
  readonly trigger: Trigger;
  readonly context: Context;
  readonly specId: number | undefined;
  /** "specID:context": the suppression key and the "same context twice in a row" key. */
  readonly key: string | undefined;
  readonly offers: readonly Offer[];
  readonly action: "none" | "prompt" | "autoApply";
  readonly reason: Reason;
  /** For "matching": the offer the active talents already match. */
  readonly matched: Offer | undefined;
  readonly notes: readonly Note[];
}

export interface DecisionInput {
  readonly trigger: Trigger;
  readonly context: Context;
  readonly settings: Readonly<Settings>;
  readonly specId: number | undefined;
  /** False when the data file is missing, damaged or of an unknown schema version. */
  readonly dataUsable: boolean;
  readonly dataStale: boolean;
  readonly spec: SpecBuilds | undefined;
  /** Does the active (committed) config equal this build? (LoadoutManager.hasMatchingBuild, by entries) */
  readonly isActive: (build: Build) => boolean;
  readonly suppressed: (key: string) => boolean;
  /** The key of the last prompt shown this session. */
  readonly lastPromptKey: string | undefined;
  /** Did this play session's login check run already, before a /reload (CharDb.loginChecked)? */
  readonly loginCheckedThisSession: boolean;
  /**
   * The name of the first active blocker of the one blocker list the LoadoutManager also asks (combat, encounter,
   * keystone, cannot-edit: loadout/blockers.ts), or undefined when talents may change now. Asked only when needed.
   */
  readonly activeBlocker: (this: void) => string | undefined;
}

function offer(content: OfferKind, section: DataSection, build: Build, fallback: boolean, alternative: boolean): Offer {
  return { content, section, build, fallback, alternative, lowSample: isLowSample(build) };
}

/** A slot's offers: its top build, then the other hero tree's build when the data has one. */
function slotOffers(content: OfferKind, slot: SlotBuilds, fallback: boolean): Offer[] {
  const out = [offer(content, slot.section, slot.top, fallback, false)];
  if (slot.alternative !== undefined) out.push(offer(content, slot.section, slot.alternative, fallback, true));
  return out;
}

/**
 * A boss or dungeon build is used when it exists and has enough samples; otherwise the general build of the same
 * content (a build from 3 players says little about one boss; the general build is the safer advice). Raid data
 * is the difficulty nearest the player's.
 */
function specificOrGeneral(spec: SpecBuilds, encounterId: string | undefined, content: OfferKind, difficultyId?: number): Offer[] {
  const specific = encounterId === undefined ? undefined : encounterBuilds(spec, encounterId, content, difficultyId);
  if (specific !== undefined && !isLowSample(specific.top)) return slotOffers(content, specific, false);
  const general = generalBuilds(spec, content, difficultyId);
  if (general !== undefined) return slotOffers(content, general, true);
  // No general build either: a thin specific build is still better than nothing, and it is labelled.
  return specific === undefined ? [] : slotOffers(content, specific, false);
}

/** The builds a context offers, best first (each content's top build, then its other-hero-tree build). */
export function offersFor(context: Context, spec: SpecBuilds): Offer[] {
  switch (context.kind) {
    case "general": {
      const out: Offer[] = [];
      const seen: number[] = [];
      // Top players sometimes run the same build in both: then one button, not two that do the same thing.
      const add = (candidate: Offer): void => {
        if (seen.includes(candidate.build.poolIndex)) return;
        seen.push(candidate.build.poolIndex);
        out.push(candidate);
      };
      const raid = generalBuilds(spec, "raid");
      const mplus = generalBuilds(spec, "mythicplus");
      if (raid !== undefined) for (const o of slotOffers("raid", raid, false)) add(o);
      if (mplus !== undefined) for (const o of slotOffers("mythicplus", mplus, false)) add(o);
      return out;
    }
    case "dungeon":
      return specificOrGeneral(spec, context.encounterId, "mythicplus");
    case "raid":
      return context.next === undefined ? [] : specificOrGeneral(spec, context.next.encounterId, "raid", context.difficultyId);
    default:
      return [];
  }
}

/** The setting that governs prompts for a context. */
function promptEnabled(settings: Readonly<Settings>, context: Context): boolean {
  if (context.kind === "dungeon") return settings.promptInDungeons;
  if (context.kind === "raid") return settings.promptOnReadyCheck;
  return settings.promptOnLogin;
}

export function decide(input: DecisionInput): Decision {
  const { trigger, context, settings, specId } = input;
  const notes: Note[] = input.dataStale ? ["stale"] : [];
  const key = specId === undefined ? undefined : suppressionKey(specId, contextKey(context));
  const result = (reason: Reason, offers: readonly Offer[] = [], action: Decision["action"] = "none", matched?: Offer): Decision => ({
    trigger,
    context,
    specId,
    key,
    offers,
    action,
    reason,
    matched,
    notes,
  });

  if (!settings.enabled) return result("disabled");
  // An explicit /att check runs whatever the per-prompt toggles say.
  if (trigger !== "manual" && !promptEnabled(settings, context)) return result("triggerOff");
  if (specId === undefined) return result("noSpec");
  if (!input.dataUsable) return result("dataUnusable");
  if (input.spec === undefined) return result("noSpecData");
  if (context.kind === "keystone") return result("keystone");
  if (context.kind === "openWorld" || context.kind === "otherInstance") return result("noContext");
  if (context.kind === "raid" && context.next === undefined) return result("allKilled");

  const offers = offersFor(context, input.spec);
  if (offers.length === 0) return result("noBuild");
  for (const candidate of offers) {
    if (input.isActive(candidate.build)) return result("matching", offers, "none", candidate);
  }
  if (key !== undefined && input.suppressed(key)) return result("suppressed", offers);
  if (trigger !== "manual" && key !== undefined && key === input.lastPromptKey) return result("sameContext", offers);
  // A /reload is not a new login: the player already had this session's login check (its prompt, or talents that
  // matched and were changed on purpose since, e.g. a boss build in a raid), so it does not prompt again. A real
  // login, a spec change, a zone, a ready check and /att check still ask; "don't ask again" (above) holds either way.
  if (trigger === "reload" && input.loginCheckedThisSession) return result("reloaded", offers);

  // Auto-apply needs one build to choose (the general prompt is a choice between two) and a moment the apply can run.
  if (settings.autoApply && context.kind !== "general" && offers.filter((o) => !o.alternative).length === 1) {
    if (input.activeBlocker() === undefined) return result("autoApply", offers, "autoApply");
    notes.push("autoBlocked");
  }
  return result("prompt", offers, "prompt");
}
