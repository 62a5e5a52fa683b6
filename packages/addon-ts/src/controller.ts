/**
 * The in-game loop: events come in (through wow/events.ts), the pure core decides, and the result goes out to the
 * popup, the chat or the LoadoutManager. Holds the session state (kills seen, last decision, last prompt, which
 * data warnings were shown). Touches no WoW global: everything arrives through the ports.
 */
import { contextForTrigger, locate, type Context, type Trigger } from "./core/context";
import { checkData, specBuilds, type DataStatus } from "./core/data";
import { decide, type Decision, type Offer } from "./core/decision";
import { dataProblemLine, offerName, popupText, type FactsOf } from "./core/describe";
import { killKey } from "./core/next-boss";
import { migrateAccountDb, migrateCharDb, type AccountDb, type CharDb } from "./core/settings";
import { fill } from "./core/text";
import type { LocaleStrings } from "./locale";
import { firstActiveBlocker, type Blocker } from "./loadout/blockers";
import type { ClientPort, LoadoutPort, PromptButton, PromptRequest, UiPort } from "./ports";
import { createRestoreFlow, type RestoreFlow } from "./restore-flow";
import type { SavedBuild } from "./core/restore";

export interface ControllerDeps {
  readonly client: ClientPort;
  readonly ui: UiPort;
  readonly loadout: LoadoutPort;
  readonly L: LocaleStrings;
  /** Why talents cannot change now: the same list, in the same order, that the LoadoutManager asks (wow/blockers.ts). */
  readonly blockers: readonly Blocker[];
  /** ns.TalentData as the data file left it (anything, until checked). */
  readonly talentData: (this: void) => unknown;
  /**
   * After an apply of ours landed, with the build it replaced and its restore record: the action bar fix. After a
   * restore, with the record it restored (its button changes are put back). Absent: nothing more to do.
   */
  readonly afterApply?: (this: void, before: SavedBuild["entries"], record: SavedBuild) => void;
  readonly afterRestore?: (this: void, record: SavedBuild) => void;
}

export interface Controller {
  readonly deps: ControllerDeps;
  account: AccountDb;
  char: CharDb;
  lastDecision: Decision | undefined;
  /** Loads the SavedVariables tables (migrated in place) and returns them for the globals. */
  loadSaved(account: unknown, char: unknown): { account: AccountDb; char: CharDb };
  /** TRAIT_CONFIG_LIST_UPDATED: talents can be read; runs the login check once (after the first PLAYER_ENTERING_WORLD). */
  onTalentsReadable(): void;
  /**
   * PLAYER_ENTERING_WORLD(isInitialLogin, isReloadingUi): the first one of the UI session says whether it began
   * with a real login or a /reload; then the login check if talents are readable already, later ones a zone check.
   */
  onEnteringWorld(isReloadingUi?: boolean): void;
  onSpecChanged(): void;
  onZoneChanged(): void;
  onReadyCheck(): void;
  onEncounterEnd(encounterId: number, difficultyId: number, success: boolean): void;
  onBossKill(encounterId: number): void;
  onKeystoneStart(): void;
  /** CHALLENGE_MODE_COMPLETED: the keystone is over (the restore offer's moment for a dungeon build). */
  onKeystoneEnd(): void;
  /** Put my build back: remembered before each apply, offered when its content ends, /att undo. */
  readonly restore: RestoreFlow;
  /** Runs a check now; returns the decision, or undefined when the trigger had nothing to look at here. */
  check(trigger: Trigger): Decision | undefined;
  dataStatus(): DataStatus;
  /** Where the player is (for /att status), with the data's terms. */
  where(): Context;
  print(line: string): void;
}

/** The live client's view of an offer: hero tree name and what applying it changes (names from the client). */
export function offerFacts(loadout: LoadoutPort): FactsOf {
  return (offer) => {
    const preview = loadout.preview(offer.build);
    return preview.ok
      ? {
          heroTree: preview.heroTree,
          changes: preview.changes,
          names: preview.names,
          flexChanges: preview.flexChanges,
          flexNames: preview.flexNames,
        }
      : { heroTree: preview.heroTree };
  };
}

export function createController(deps: ControllerDeps): Controller {
  const { client, ui, loadout, L } = deps;
  const kills: { [key: string]: boolean } = {};
  const warned: { [key: string]: boolean } = {};
  let loginChecked = false;
  /** How this UI session began, from its first PLAYER_ENTERING_WORLD: the login check's trigger. */
  let entered: "login" | "reload" | undefined;
  let lastPromptKey: string | undefined;
  /** The context kind of the prompt on screen, so a keystone start can take a dungeon prompt away. */
  let promptKind: Context["kind"] | undefined;

  const say = (line: string): void => ui.print(`${L.CHAT_PREFIX} ${line}`);

  const factsOf = offerFacts(loadout);

  /** Each data problem is one line, once per session: loud enough to notice, not a message on every zone change. */
  function warnOnce(key: string, line: string): void {
    if (warned[key] === true) return;
    warned[key] = true;
    say(line);
  }

  function warnAboutData(status: DataStatus, specId: number | undefined): void {
    if (!status.ok) {
      warnOnce(status.problem, dataProblemLine(L, status));
      return;
    }
    if (status.stale) warnOnce("stale", fill(L.DATA_STALE, [status.ageDays, status.date]));
    if (specId !== undefined && specBuilds(status.data, specId) === undefined) warnOnce(`spec:${specId}`, fill(L.DATA_NO_SPEC, [specId]));
  }

  function applyOffer(offer: Offer, context: Context, automatic = false): void {
    const name = offerName(L, offer, factsOf);
    // The player's build before this apply: what a restore puts back and what the action bar fix compares with.
    const before = loadout.currentBuild();
    const status = loadout.apply(offer.build, (result) => {
      if (result.ok) say(result.reason === "applied" ? fill(L.MSG_APPLIED, [name]) : result.message);
      else say(fill(L.MSG_APPLY_FAILED, [name, result.message]));
      if (result.ok && result.reason === "applied" && before !== undefined) {
        const record = restore.remember(before, context);
        if (deps.afterApply !== undefined) deps.afterApply(before.entries, record);
      }
    });
    // "done" already reported through the callback; the other two are still under way.
    if (status === "queued") say(fill(L.MSG_QUEUED_COMBAT, [name]));
    else if (status === "committing") say(fill(automatic ? L.MSG_AUTO_APPLYING : L.MSG_APPLYING, [name]));
  }

  function promptFor(decision: Decision, status: DataStatus & { ok: true }): PromptRequest {
    const text = popupText(L, status.data, status.date, decision, client.specLabel(), factsOf);
    const first = decision.offers[0] as Offer;
    // Every button first forgets the prompt, so a keystone start does not try to hide one that is gone.
    const button = (label: string, action?: () => void): PromptButton => ({
      label,
      onClick: () => {
        promptKind = undefined;
        if (action !== undefined) action();
      },
    });
    const key = decision.key;
    // "Don't ask again" on every prompt, the login one included (remembered per character, spec and context).
    const general = decision.context.kind === "general";
    const choices: PromptButton[] = [];
    if (general || decision.offers.length > 1) {
      // One button per build: each content's top build and the other hero tree's, named with their hero trees.
      for (const offer of decision.offers) choices.push(button(offerName(L, offer, factsOf), () => applyOffer(offer, decision.context)));
    } else {
      choices.push(button(L.BUTTON_APPLY, () => applyOffer(first, decision.context)));
    }
    if (key !== undefined) {
      choices.push(
        button(L.BUTTON_DONT_ASK, () => {
          controller.char.suppressed[key] = true;
          say(fill(L.MSG_SUPPRESSED, [key]));
        }),
      );
    }
    return { text, choices, dismiss: button(general ? L.BUTTON_KEEP_CURRENT : L.BUTTON_NOT_NOW) };
  }

  function act(decision: Decision, status: DataStatus): void {
    if (!status.ok) return;
    const first = decision.offers[0];
    if (decision.action === "prompt") {
      lastPromptKey = decision.key;
      promptKind = decision.context.kind;
      ui.showPrompt(promptFor(decision, status));
    } else if (decision.action === "autoApply" && first !== undefined) {
      lastPromptKey = decision.key;
      applyOffer(first, decision.context, true);
    }
  }

  const restore = createRestoreFlow({
    client,
    ui,
    loadout,
    L,
    say,
    char: () => controller.char,
    settings: () => controller.account.settings,
    afterRestore: (record) => {
      if (deps.afterRestore !== undefined) deps.afterRestore(record);
    },
  });

  /** Where the player is now, for the restore offer's "left the instance". */
  function restoreOnLocation(): void {
    // Reading the location walks the journal in a raid: only when there is a build to offer back.
    if (restore.saved() === undefined) return;
    const instance = client.location().instance;
    restore.onEvent({ kind: "location", instanceId: instance.instanceId, inInstance: instance.instanceType !== "none" });
  }

  const controller: Controller = {
    deps,
    restore,
    account: migrateAccountDb(undefined),
    char: migrateCharDb(undefined),
    lastDecision: undefined,

    loadSaved(account, char) {
      controller.account = migrateAccountDb(account);
      controller.char = migrateCharDb(char);
      return { account: controller.account, char: controller.char };
    },

    onTalentsReadable() {
      // TRAIT_CONFIG_LIST_UPDATED also fires after later loadout changes; the login check runs once, and only
      // once PLAYER_ENTERING_WORLD has said whether this is a login or a /reload.
      if (loginChecked || entered === undefined) return;
      // Until the active config answers there is nothing to compare: every build would look "not active". The
      // check then waits for the next TRAIT_CONFIG_LIST_UPDATED or PLAYER_ENTERING_WORLD.
      if (!client.talentsReadable()) return;
      loginChecked = true;
      controller.check(entered);
      // Remembered for the play session (SavedVariables outlive a /reload): the check after a reload stays quiet.
      controller.char.loginChecked = true;
    },

    onEnteringWorld(isReloadingUi) {
      if (entered === undefined) {
        // Only the UI session's first PLAYER_ENTERING_WORLD tells login from /reload (zoning sends false, false).
        entered = isReloadingUi === true ? "reload" : "login";
        // A real login starts a new play session: its login check is still to come.
        if (entered === "login") controller.char.loginChecked = false;
      }
      // Talents are readable once GetActiveConfigID is known (a /reload); otherwise TRAIT_CONFIG_LIST_UPDATED follows.
      if (!loginChecked) {
        if (client.talentsReadable()) controller.onTalentsReadable();
        return;
      }
      controller.check("zone");
      restoreOnLocation();
    },

    onSpecChanged() {
      // Before the login check the talents may not be readable yet: run that check (it looks at the new spec) if they are.
      if (!loginChecked) {
        controller.onTalentsReadable();
        return;
      }
      // Every offer on screen was made for the old spec: clicking it now could only fail with "wrong spec".
      if (promptKind !== undefined) {
        promptKind = undefined;
        ui.hidePrompt();
      }
      controller.check("spec");
    },

    onZoneChanged() {
      // Before talents are readable the login check is still to come, and it looks at the zone itself.
      if (!loginChecked) return;
      controller.check("zone");
      restoreOnLocation();
    },

    onReadyCheck() {
      if (loginChecked) controller.check("readycheck");
    },

    onEncounterEnd(encounterId, difficultyId, success) {
      if (!success) return;
      kills[killKey(difficultyId, encounterId)] = true;
      restore.onEvent({ kind: "bossKilled", encounterId });
    },

    onBossKill(encounterId) {
      kills[killKey(client.location().instance.difficultyId, encounterId)] = true;
      restore.onEvent({ kind: "bossKilled", encounterId });
    },

    onKeystoneEnd() {
      restore.onEvent({ kind: "keystoneEnded" });
    },

    onKeystoneStart() {
      // Talents cannot change once the key runs: a dungeon offer still on screen is now pointless.
      if (promptKind === "dungeon") {
        promptKind = undefined;
        ui.hidePrompt();
      }
    },

    dataStatus() {
      return checkData(deps.talentData(), client.now());
    },

    where() {
      const status = controller.dataStatus();
      return status.ok ? locate(status.data, client.location(), kills) : { kind: "openWorld" };
    },

    check(trigger) {
      const status = controller.dataStatus();
      const specId = client.specId();
      warnAboutData(status, specId);
      const context = contextForTrigger(trigger, controller.where());
      if (context === undefined) return undefined;
      const settings = controller.account.settings;
      const decision = decide({
        trigger,
        context,
        settings,
        specId,
        dataUsable: status.ok,
        dataStale: status.ok && status.stale,
        spec: status.ok && specId !== undefined ? specBuilds(status.data, specId) : undefined,
        isActive: (build) => loadout.hasMatchingBuild(build, settings.flexMatches).ok,
        suppressed: (key) => controller.char.suppressed[key] === true,
        lastPromptKey,
        loginCheckedThisSession: controller.char.loginChecked,
        activeBlocker: () => firstActiveBlocker(deps.blockers)?.name,
      });
      // Entering the same dungeon fires two zone events; the repeat must not hide the decision that mattered.
      if (trigger === "zone" && decision.reason === "sameContext") return decision;
      controller.lastDecision = decision;
      if (settings.debug) say(`[debug] ${trigger}: ${decision.reason}${decision.key === undefined ? "" : ` (${decision.key})`}`);
      act(decision, status);
      return decision;
    },

    print(line) {
      say(line);
    },
  };
  return controller;
}
