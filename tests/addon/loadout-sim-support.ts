/**
 * Drives the built addon's LoadoutManager (ns.loadout, set by main.ts) inside the simulated client: starting a
 * character on a synthetic class tree, applying strings, reading results. Helper globals start with __ so the
 * leak check ignores them.
 */
import { encodeLoadout, SPECS } from "@att/contract";
import { buildToLoadout, type ClassTreeDef, type NodeState, type TalentBuild } from "@att/sample-world/trees";
import type { RuntimeKind } from "../harness/runtime";
import { SimulatedClient } from "../wow-sim/driver";
import { toLua } from "../wow-sim/driver/lua-literal";

export interface ResultView {
  readonly ok: boolean;
  readonly reason: string;
  readonly message: string;
}

/** The string the game would export for this build: version 2, the tree's hash, a record for every node. */
export function codeOf(tree: ClassTreeDef, specId: number, build: TalentBuild): string {
  const loadout = buildToLoadout(tree, specId, build);
  const encoded = encodeLoadout({ ...loadout, treeHash: [...tree.treeHash] });
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.value;
}

/** Legal builds of the sim's hand-laid tree (tests/wow-sim/fixtures.ts TINY_TREE, spec 250), too small for randomLegalBuild. */
export const TINY_A: NodeState[] = [
  { nodeId: 101, ranks: 1, granted: false },
  { nodeId: 102, ranks: 2, granted: false },
  { nodeId: 104, ranks: 1, granted: false },
  { nodeId: 201, ranks: 0, granted: true },
  { nodeId: 202, ranks: 1, granted: false },
  { nodeId: 203, ranks: 1, granted: false },
  { nodeId: 400, ranks: 1, entryId: 4001, granted: false },
  { nodeId: 401, ranks: 1, granted: false },
  { nodeId: 402, ranks: 1, granted: false },
];
export const TINY_B: NodeState[] = [
  { nodeId: 101, ranks: 1, granted: false },
  { nodeId: 102, ranks: 1, granted: false },
  { nodeId: 103, ranks: 1, entryId: 1032, granted: false },
  { nodeId: 104, ranks: 1, granted: false },
  { nodeId: 201, ranks: 0, granted: true },
  { nodeId: 202, ranks: 1, granted: false },
  { nodeId: 400, ranks: 1, entryId: 4002, granted: false },
  { nodeId: 411, ranks: 1, granted: false },
];
export const TINY_C: NodeState[] = [
  { nodeId: 101, ranks: 1, granted: false },
  { nodeId: 201, ranks: 0, granted: true },
];

export function specsOf(classId: number): number[] {
  return SPECS.filter((s) => s.classId === classId).map((s) => s.specId);
}

const HELPERS = `
  __loadout_results = {}
  function __loadout_apply(code)
    return __addon_ns.loadout:apply(code, function(result)
      __loadout_results[#__loadout_results + 1] = { ok = result.ok, reason = result.reason, message = result.message }
    end)
  end
`;

export class LoadoutSession {
  private constructor(readonly game: SimulatedClient) {}

  static async start(options: {
    tree: ClassTreeDef;
    classId: number;
    activeSpecId: number;
    startCode?: string;
    runtime?: RuntimeKind;
    commitDelay?: number;
    apexCurrency?: boolean;
  }): Promise<LoadoutSession> {
    const game = await SimulatedClient.start({
      runtime: options.runtime ?? "lua5.1",
      commitDelay: options.commitDelay,
      apexCurrency: options.apexCurrency,
      character: {
        classId: options.classId,
        specIds: specsOf(options.classId),
        activeSpecId: options.activeSpecId,
        tree: options.tree,
        committedBuild: options.startCode,
      },
    });
    game.login();
    game.lua.run(HELPERS);
    return new LoadoutSession(game);
  }

  /** ns.loadout:apply; returns its status ("done", "queued", "committing"). */
  apply(code: string): string {
    return this.game.lua.json<string>(`__loadout_apply(${toLua(code)})`);
  }

  matches(code: string): ResultView {
    return this.game.lua.json<ResultView>(`__addon_ns.loadout:hasMatchingBuild(${toLua(code)})`);
  }

  /** Results reported since the last call. */
  takeResults(): ResultView[] {
    const value = this.game.lua.json<unknown>("(function() local r = __loadout_results; __loadout_results = {}; return r end)()");
    return Array.isArray(value) ? (value as ResultView[]) : [];
  }

  busy(): boolean {
    return this.game.lua.json<boolean>("__addon_ns.loadout:isBusy()");
  }

  close(): void {
    this.game.close();
  }
}
