/**
 * "Put my build back", wired to the ports: remembers the player's build before each apply (core/restore.ts keeps
 * the first one), offers it back when the content the applied build was for is over, and restores it on /att undo.
 * A restore is an apply of the remembered entries through the same LoadoutManager.apply as every offer: Blizzard-
 * exact, waiting out combat, no saved loadout written, refused whole when the tree no longer holds its talents.
 * Touches no WoW global.
 */
import type { Context } from "./core/context";
import { offerMoment, remember, scopeOf, type RestoreEvent, type SavedBuild } from "./core/restore";
import type { CharDb, Settings } from "./core/settings";
import { suppressionKey } from "./core/settings";
import { fill } from "./core/text";
import type { LocaleStrings } from "./locale";
import type { ClientPort, LoadoutOutcome, LoadoutPort, UiPort } from "./ports";

export interface RestoreFlowDeps {
  readonly client: ClientPort;
  readonly ui: UiPort;
  readonly loadout: LoadoutPort;
  readonly L: LocaleStrings;
  readonly say: (this: void, line: string) => void;
  readonly char: (this: void) => CharDb;
  readonly settings: (this: void) => Settings;
  /** After a restore landed: what else the apply had changed is put back (the action buttons). */
  readonly afterRestore: (this: void, saved: SavedBuild) => void;
}

export interface RestoreFlow {
  /** After an apply landed: keeps `before` (the build it replaced) unless an older one is kept already. */
  remember(
    before: { readonly specId: number; readonly entries: readonly { entryId: number; rank: number }[] },
    context: Context,
  ): SavedBuild;
  /** The remembered build of the active spec, if any. */
  saved(): SavedBuild | undefined;
  /** A boss died, a keystone ended or the player moved: offer the restore when that ends the applied build's content. */
  onEvent(event: RestoreEvent): void;
  /** /att undo: restore now (queued until combat ends, like any apply). */
  undo(): void;
  /** /att why: what a restore would put back; undefined when there is nothing (why then says nothing of it). */
  describe(): string | undefined;
}

const RESTORE_KEY = "restore";

export function createRestoreFlow(deps: RestoreFlowDeps): RestoreFlow {
  const { client, ui, loadout, L, say } = deps;

  function savedFor(specId: number | undefined): SavedBuild | undefined {
    return specId === undefined ? undefined : deps.char().restore[`${specId}`];
  }

  function forget(specId: number): void {
    deps.char().restore[`${specId}`] = undefined;
  }

  function scopeText(saved: SavedBuild): string {
    const scope = saved.scope;
    if (scope.kind === "general") return L.RESTORE_SCOPE_GENERAL;
    return fill(scope.kind === "raid" ? L.RESTORE_SCOPE_RAID : L.RESTORE_SCOPE_DUNGEON, [scope.name]);
  }

  function restore(specId: number, saved: SavedBuild): void {
    // An offer still on screen after a spec change: that spec's build cannot go on this one (and must not be
    // forgotten as unfit either).
    if (client.specId() !== specId) {
      say(L.MSG_RESTORE_OTHER_SPEC);
      return;
    }
    const build = { entries: saved.entries };
    const status = loadout.apply(build, (result: LoadoutOutcome) => {
      if (result.ok) {
        // Restored, or already the player's build again: either way nothing is left to put back.
        forget(specId);
        say(result.reason === "applied" ? L.MSG_RESTORED : L.MSG_RESTORE_ALREADY);
        deps.afterRestore(saved);
        return;
      }
      // A tree that no longer holds the build's talents (a patch) will not hold them later either. (The manager's
      // own text for it speaks of the data; a remembered build is the player's, so it gets its own.)
      if (result.reason === "talents-changed") {
        forget(specId);
        say(L.MSG_RESTORE_UNFIT);
        return;
      }
      say(fill(L.MSG_RESTORE_FAILED, [result.message]));
    });
    if (status === "queued") say(L.MSG_RESTORE_QUEUED);
    else if (status === "committing") say(L.MSG_RESTORING);
  }

  function offer(specId: number, saved: SavedBuild): void {
    const build = { entries: saved.entries };
    // The player may have put it back by hand: nothing to offer, nothing to keep.
    if (loadout.hasMatchingBuild(build).ok) {
      forget(specId);
      return;
    }
    const preview = loadout.preview(build);
    const lines = [fill(L.RESTORE_PROMPT, [client.specLabel(), scopeText(saved)])];
    lines.push(preview.ok ? fill(L.RESTORE_CHANGES, [preview.changes]) : fill(L.MSG_RESTORE_FAILED, [preview.reason ?? ""]));
    const key = suppressionKey(specId, RESTORE_KEY);
    ui.showPrompt({
      text: lines.join("\n"),
      choices: [
        { label: L.BUTTON_RESTORE, onClick: () => restore(specId, saved) },
        {
          label: L.BUTTON_DONT_ASK,
          onClick: () => {
            deps.char().suppressed[key] = true;
            say(fill(L.MSG_SUPPRESSED, [key]));
          },
        },
      ],
      dismiss: { label: L.BUTTON_NOT_NOW, onClick: () => {} },
    });
  }

  return {
    remember(before, context) {
      // A character without talents (a fresh one, the login offer's first apply) has no build to put back; the
      // record then only carries this apply's action bar changes.
      if (before.entries.length === 0) return { entries: [], scope: scopeOf(context), savedAt: client.now(), placements: [] };
      return remember(deps.char().restore, before.specId, before.entries, scopeOf(context), client.now());
    },

    saved() {
      return savedFor(client.specId());
    },

    onEvent(event) {
      const settings = deps.settings();
      const specId = client.specId();
      const saved = savedFor(specId);
      if (!settings.enabled || !settings.offerRestore || specId === undefined || saved === undefined) return;
      if (deps.char().suppressed[suppressionKey(specId, RESTORE_KEY)] === true) return;
      const moment = offerMoment(saved, event);
      if (moment === undefined || saved.offeredFor === moment) return;
      saved.offeredFor = moment;
      offer(specId, saved);
    },

    undo() {
      const specId = client.specId();
      const saved = savedFor(specId);
      if (specId === undefined || saved === undefined) {
        say(L.UNDO_NONE);
        return;
      }
      restore(specId, saved);
    },

    describe() {
      const saved = savedFor(client.specId());
      // Nothing to put back either when the talents are the remembered build again (a later build equal to it).
      if (saved === undefined || loadout.hasMatchingBuild({ entries: saved.entries }).ok) return undefined;
      const preview = loadout.preview({ entries: saved.entries });
      return fill(L.WHY_RESTORE, [scopeText(saved), preview.ok ? preview.changes : "?"]);
    },
  };
}
