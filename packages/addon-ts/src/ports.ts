/**
 * What the controller needs from the outside world, as interfaces: the client's state (wow/client.ts), the UI
 * (wow/popup.ts, chat, settings panel) and the LoadoutManager (loadout/). main.ts wires the real ones; the
 * controller itself touches no WoW global, so its flow is testable with plain objects.
 */
import type { LocationFacts } from "./core/context";

export interface ClientPort {
  /** GetServerTime(): epoch seconds. */
  now(): number;
  /** The active spec's ID, or undefined before one is chosen. */
  specId(): number | undefined;
  /** Localized "Spec Class"-style label for messages. */
  specLabel(): string;
  /** C_ClassTalents.GetActiveConfigID() is known: talents can be read. */
  talentsReadable(): boolean;
  location(): LocationFacts;
}

/** The result shape the LoadoutManager reports (see loadout/types.ts LoadoutResult). */
export interface LoadoutOutcome {
  readonly ok: boolean;
  readonly reason: string;
  readonly message: string;
}

/** A build handed to the LoadoutManager: its trait entries (matched through the live tree) and/or its string. */
export interface BuildRef {
  readonly entries?: readonly { readonly entryId: number; readonly rank: number }[];
  readonly talentCode?: string;
  /** The pick's flex talents (entry IDs), counted apart from the core ones. */
  readonly flexEntries?: readonly number[];
}

/** What the live client says applying a build would change (LoadoutManager.preview). */
export interface BuildPreviewView {
  readonly ok: boolean;
  readonly reason?: string;
  readonly changes: number;
  readonly names: readonly string[];
  readonly flexChanges?: number;
  readonly flexNames?: readonly string[];
  readonly heroTree?: string;
}

/** The LoadoutManager as the controller uses it. */
export interface LoadoutPort {
  /** `flexMatches`: a build differing only in its flex talents counts as matching (the setting). */
  hasMatchingBuild(build: BuildRef, flexMatches?: boolean): LoadoutOutcome;
  /** "done": onDone has already run; "queued": waiting for combat to end; "committing": the game is applying it. */
  apply(build: BuildRef, onDone: (this: void, result: LoadoutOutcome) => void): "done" | "queued" | "committing";
  preview(build: BuildRef): BuildPreviewView;
  /** The committed build of the active spec as entries (loadout/snapshot.ts); undefined when unreadable. */
  currentBuild(): { readonly specId: number; readonly entries: readonly { readonly entryId: number; readonly rank: number }[] } | undefined;
  /** The import string for sharing: the data's, else encoded from the live tree; undefined when it does not fit. */
  exportString(build: BuildRef): string | undefined;
}

export interface PromptButton {
  readonly label: string;
  readonly onClick: (this: void) => void;
}

/**
 * One prompt: text, the choices in order, and `dismiss`, which is also what Escape and the 30 s timeout do, so
 * dismissing can never change talents. Two choices or fewer fit a StaticPopup (three buttons); more go to the
 * addon's own prompt frame.
 */
export interface PromptRequest {
  readonly text: string;
  readonly choices: readonly PromptButton[];
  readonly dismiss: PromptButton;
}

export interface UiPort {
  print(line: string): void;
  /** Shows the prompt, replacing any prompt of ours on screen. */
  showPrompt(request: PromptRequest): void;
  hidePrompt(): void;
  openSettings(): void;
}

/** The events the LoadoutManager needs to see; the dispatch table forwards them. */
export interface LoadoutEvents {
  TRAIT_CONFIG_UPDATED(configId: number): void;
  CONFIG_COMMIT_FAILED(configId: number): void;
  PLAYER_REGEN_ENABLED(): void;
  ACTIVE_PLAYER_SPECIALIZATION_CHANGED(): void;
}
