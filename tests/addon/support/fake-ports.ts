/** Plain-object ports for driving the controller in Node (the session tests drive the built Lua in the simulator). */
import { createController } from "../../../packages/addon-ts/src/controller";
import type { LocationFacts } from "../../../packages/addon-ts/src/core/context";
import type { Blocker } from "../../../packages/addon-ts/src/loadout/blockers";
import { enUS } from "../../../packages/addon-ts/src/locale/enUS";
import type { BuildRef, ClientPort, LoadoutOutcome, LoadoutPort, PromptRequest, UiPort } from "../../../packages/addon-ts/src/ports";
import { NOW, OPEN_WORLD } from "./core-fixtures";

export interface FakeWorld {
  now: number;
  specId: number | undefined;
  talentsReadable: boolean;
  location: LocationFacts;
  inCombat: boolean;
  inEncounter: boolean;
  /** The game refuses talent changes for another reason (CanEditTalents false). */
  cannotEdit: boolean;
  /** The committed build, as a talent code. */
  active: string;
  queued: { code: string; onDone: (r: LoadoutOutcome) => void } | undefined;
}

export function fakeWorld(): FakeWorld {
  return {
    now: NOW,
    specId: 250,
    talentsReadable: false,
    location: OPEN_WORLD,
    inCombat: false,
    inEncounter: false,
    cannotEdit: false,
    active: "OTHER",
    queued: undefined,
  };
}

export function fakeClient(w: FakeWorld): ClientPort {
  return {
    now: () => w.now,
    specId: () => w.specId,
    specLabel: () => (w.specId === undefined ? "" : `Spec${w.specId}`),
    talentsReadable: () => w.talentsReadable,
    location: () => w.location,
  };
}

/** The blocker list of wow/blockers.ts over the fake world's flags: same names, order, events and waiting. */
export function fakeBlockers(w: FakeWorld): Blocker[] {
  return [
    {
      name: "keystone",
      isActive: () => w.location.keystoneActive,
      describe: () => ({ reason: "keystone" }),
      endEvent: "CHALLENGE_MODE_COMPLETED",
      waits: false,
    },
    {
      name: "encounter",
      isActive: () => w.inEncounter,
      describe: () => ({ reason: "encounter" }),
      endEvent: "ENCOUNTER_END",
      waits: false,
    },
    {
      name: "combat",
      isActive: () => w.inCombat,
      describe: () => ({ reason: "queued-combat" }),
      endEvent: "PLAYER_REGEN_ENABLED",
      waits: true,
    },
    {
      name: "cannot-edit",
      isActive: () => w.cannotEdit,
      describe: () => ({ reason: "cannot-edit", detail1: "busy" }),
      endEvent: "TRAIT_CONFIG_UPDATED",
      waits: false,
    },
  ];
}

/** Applies instantly out of combat; in combat it waits for `endCombat`, like the LoadoutManager. */
export function fakeLoadout(w: FakeWorld): LoadoutPort & { endCombat(): void } {
  const finish = (code: string, onDone: (r: LoadoutOutcome) => void): void => {
    w.active = code;
    onDone({ ok: true, reason: "applied", message: "Talent build applied." });
  };
  /**
   * The fixtures' builds are string-only: the string is the build's identity here. currentBuild hands the active
   * string out as one made-up entry, and a build of that entry is that string again (what a restore applies).
   */
  const aliases = new Map<string, string>();
  const keyOf = (build: BuildRef): string => {
    if (build.talentCode !== undefined) return build.talentCode;
    const key = JSON.stringify(build.entries ?? []);
    return aliases.get(key) ?? key;
  };
  return {
    currentBuild() {
      if (w.specId === undefined) return undefined;
      let id = 0;
      for (const ch of w.active) id = (id * 31 + ch.charCodeAt(0)) % 1000003;
      const entries = [{ entryId: id + 1, rank: 1 }];
      aliases.set(JSON.stringify(entries), w.active);
      return { specId: w.specId, entries };
    },
    hasMatchingBuild: (build) =>
      keyOf(build) === w.active ? { ok: true, reason: "match", message: "" } : { ok: false, reason: "differs", message: "" },
    preview: () => ({ ok: true, changes: 0, names: [] }),
    exportString: (build) => build.talentCode,
    apply(build, onDone) {
      const code = keyOf(build);
      if (w.inCombat) {
        w.queued = { code, onDone };
        return "queued";
      }
      finish(code, onDone);
      return "done";
    },
    endCombat() {
      w.inCombat = false;
      const q = w.queued;
      w.queued = undefined;
      if (q !== undefined) finish(q.code, q.onDone);
    },
  };
}

export interface FakeUi extends UiPort {
  readonly lines: string[];
  prompt: PromptRequest | undefined;
  prompts: number;
  settingsOpened: number;
  /** Lines printed since the last call, without the chat prefix. */
  take(): string[];
}

export function fakeUi(prefix: string): FakeUi {
  const ui: FakeUi = {
    lines: [],
    prompt: undefined,
    prompts: 0,
    settingsOpened: 0,
    print(line) {
      ui.lines.push(line.startsWith(`${prefix} `) ? line.slice(prefix.length + 1) : line);
    },
    showPrompt(request) {
      ui.prompt = request;
      ui.prompts += 1;
    },
    hidePrompt() {
      ui.prompt = undefined;
    },
    openSettings() {
      ui.settingsOpened += 1;
    },
    take() {
      return ui.lines.splice(0);
    },
  };
  return ui;
}

/** The prompt's button labels in order: the choices, then the dismiss. */
export function labels(ui: FakeUi): string[] {
  const prompt = ui.prompt;
  return prompt === undefined ? [] : [...prompt.choices.map((c) => c.label), prompt.dismiss.label];
}

/**
 * Clicks a prompt button as the popup would: the prompt closes, then the button runs. "accept" is the first
 * choice, "alternative" the second, or a label picks a button by its text.
 */
export function click(ui: FakeUi, button: "accept" | "alternative" | "dismiss" | { label: string }): void {
  const prompt = ui.prompt;
  if (prompt === undefined) throw new Error("no prompt on screen");
  ui.prompt = undefined;
  const all = [...prompt.choices, prompt.dismiss];
  const target =
    button === "dismiss"
      ? prompt.dismiss
      : button === "accept"
        ? prompt.choices[0]
        : button === "alternative"
          ? prompt.choices[1]
          : all.find((b) => b.label === button.label);
  if (target === undefined) throw new Error(`the prompt has no ${button} button`);
  target.onClick();
}

/**
 * A controller over the fake ports and `data`, with saved character data `char`, after its first
 * PLAYER_ENTERING_WORLD (a real login before talents are readable, unless `isReloadingUi`). `prepare` sets up the
 * world the session starts in (the player's active build, say).
 */
export function controllerSession(
  data: unknown,
  options: { char?: unknown; isReloadingUi?: boolean; prepare?: (world: FakeWorld) => void } = {},
) {
  const world = fakeWorld();
  options.prepare?.(world);
  const ui = fakeUi(enUS.CHAT_PREFIX);
  const loadout = fakeLoadout(world);
  const controller = createController({
    client: fakeClient(world),
    ui,
    loadout,
    L: enUS,
    blockers: fakeBlockers(world),
    talentData: () => data,
  });
  controller.loadSaved(undefined, options.char);
  controller.onEnteringWorld(options.isReloadingUi === true);
  return { world, ui, loadout, controller };
}
