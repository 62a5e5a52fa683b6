/**
 * What the LoadoutManager needs from the game, as one interface. wow-client.ts implements it with C_Traits and
 * C_Timer; the state machine itself never touches a WoW global, so it runs in Node against a fake as well.
 */
import type { StagingPort } from "./stage";
import type { GameHeader } from "./target";
import type { TreeView } from "./read-node";
import type { LiveTree } from "./types";

export interface TimerHandle {
  cancel(): void;
}

export interface LoadoutClient {
  /** The active talent config; undefined before talents are loaded or unlocked. */
  activeConfigId(): number | undefined;
  /** The class tree of the config (treeIDs[1]), which holds class, spec and hero nodes. */
  classTreeId(configId: number): number | undefined;
  /** Serialization version, current spec and tree hash: cheap, read before the node list. */
  gameHeader(treeId: number): GameHeader;
  readTree(configId: number, treeId: number, view: TreeView): LiveTree;
  inCombat(): boolean;
  rollback(configId: number): boolean;
  resetTree(configId: number, treeId: number): boolean;
  staging(configId: number): StagingPort;
  commit(configId: number): boolean;
  startTimer(seconds: number, callback: () => void): TimerHandle;
}
