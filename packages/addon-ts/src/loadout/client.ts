/**
 * What the LoadoutManager needs from the game, as one interface. ../wow/loadout-client.ts implements it with C_Traits,
 * C_ClassTalents and C_Timer; the state machine itself never touches a WoW global, so it runs in Node against a
 * fake as well. Every read may come back empty (the generated docs mark GetTreeNodes, GetNodeInfo and
 * GetEntryInfo MayReturnNothing): such reads return undefined here and become a reasoned refusal, never a Lua error.
 */
import type { StagingPort } from "./stage";
import type { GameHeader } from "./target";
import type { TreeView } from "./read-node";
import type { LiveTree } from "./types";

/**
 * What a read may leave out to be quick (a match check runs at every login, zone change and ready check):
 * `edges` false skips the nodes' out-edges (only planning an apply needs them); `hidden` false skips other specs'
 * non-hero nodes (a build by entries can never use them, but a string's record indexes need every node).
 */
export interface ReadOptions {
  readonly edges?: boolean;
  readonly hidden?: boolean;
}

export interface TimerHandle {
  cancel(): void;
}

/** The talent frame's saved loadouts (its dropdown) and Starter Build flag. */
export interface LoadoutSlots {
  /** The spec's saved loadout the dropdown shows as selected; undefined: none. */
  selected(specId: number): number | undefined;
  /** Clears the dropdown's selection (the frame's ClearLastSelectedConfigID). */
  clearSelected(specId: number): void;
  starterBuildActive(): boolean;
  /** Turns the Starter Build off (the frame's UnflagStarterBuild). */
  leaveStarterBuild(): void;
}

export interface LoadoutClient {
  /** The active talent config; undefined before talents are loaded or unlocked. */
  activeConfigId(): number | undefined;
  /** The class tree of the config (treeIDs[1]), which holds class, spec and hero nodes. */
  classTreeId(configId: number): number | undefined;
  /** Serialization version, current spec and tree hash: cheap, read before the node list. */
  gameHeader(treeId: number): GameHeader;
  /** Undefined when the client returns no node list or no info for one of its nodes. */
  readTree(configId: number, treeId: number, view: TreeView, options?: ReadOptions): LiveTree | undefined;
  /** The class and spec point currencies of the class tree (GetTreeCurrencyInfo [1] and [2]). */
  classAndSpecCurrencies(configId: number, treeId: number): readonly number[] | undefined;
  /** The currencies a node's ranks cost (C_Traits.GetNodeCost); undefined when the client says nothing. */
  nodeCurrencies(configId: number, nodeId: number): readonly number[] | undefined;
  /** A hero sub-tree's point currency (GetSubTreeInfo(...).traitCurrencyID). */
  heroCurrency(configId: number, subTreeId: number): number | undefined;
  /** Localized hero tree name (GetSubTreeInfo(...).name). */
  heroTreeName(configId: number, subTreeId: number): string | undefined;
  /** A talent's localized name: its definition's own name, else its spell's (GetDefinitionInfo, C_Spell.GetSpellName). */
  talentName(configId: number, entryId: number): string | undefined;
  /** The committed hero talent tree (C_ClassTalents.GetActiveHeroTalentSpec). */
  activeHeroTree(): number | undefined;
  inCombat(): boolean;
  /** Edits staged but not applied (the talent frame's pending changes: C_Traits.ConfigHasStagedChanges). */
  hasStagedChanges(configId: number): boolean;
  rollback(configId: number): boolean;
  resetByCurrency(configId: number, treeId: number, currencyId: number): boolean;
  staging(configId: number): StagingPort;
  commit(configId: number): boolean;
  readonly slots: LoadoutSlots;
  startTimer(seconds: number, callback: () => void): TimerHandle;
}
