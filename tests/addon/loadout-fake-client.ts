/**
 * A small in-memory stand-in for the client's talent state, enough to drive the LoadoutManager's pure core and
 * state machine in Node: parents, one gate, a granted node, a choice node, hero sub-trees, staged vs committed.
 * The faithful model is tests/wow-sim; this one only has to follow the same rules for this one tree.
 */
import { encodeLoadout, zeroHash, type NodeRecord } from "@att/contract";
import type { LoadoutClient, LoadoutSlots, TimerHandle } from "../../packages/addon-ts/src/loadout/client";
import { NO_ENTRY_FACTS, toLiveNode, type NodeInfoFields, type TreeView } from "../../packages/addon-ts/src/loadout/read-node";
import type { LiveTree } from "../../packages/addon-ts/src/loadout/types";

export const SPEC = 250;
export const OTHER_SPEC = 251;
export const CONFIG = 7;
export const TREE = 700;
export const HERO_A = 31;
export const HERO_B = 32;

interface FakeNode {
  readonly id: number;
  readonly type: number; // Enum.TraitNodeType
  readonly maxRanks: number;
  readonly entries: readonly number[];
  readonly parents: readonly number[];
  readonly spec?: number;
  readonly hero?: number;
  readonly granted?: boolean;
  /** Points already bought (outside hero trees) before this node can be bought. */
  readonly gate?: number;
  readonly posY: number;
}

/** Ascending node IDs: record i of a string is NODES[i]. */
export const NODES: readonly FakeNode[] = [
  { id: 10, type: 0, maxRanks: 1, entries: [1001], parents: [], posY: 0 },
  { id: 11, type: 1, maxRanks: 2, entries: [1101], parents: [10], posY: 1 },
  { id: 12, type: 2, maxRanks: 1, entries: [1201, 1202], parents: [10], posY: 1 },
  { id: 13, type: 0, maxRanks: 1, entries: [1301], parents: [11, 12], gate: 3, posY: 2 },
  { id: 20, type: 0, maxRanks: 1, entries: [2001], parents: [], spec: SPEC, granted: true, posY: 0 },
  { id: 21, type: 0, maxRanks: 1, entries: [2101], parents: [20], spec: SPEC, posY: 1 },
  { id: 22, type: 1, maxRanks: 3, entries: [2201], parents: [21], spec: SPEC, posY: 2 },
  { id: 30, type: 0, maxRanks: 1, entries: [3001], parents: [], spec: OTHER_SPEC, posY: 0 },
  { id: 40, type: 3, maxRanks: 1, entries: [4001, 4002], parents: [], posY: 0 },
  { id: 41, type: 0, maxRanks: 1, entries: [4101], parents: [], hero: HERO_A, posY: 1 },
  { id: 42, type: 0, maxRanks: 2, entries: [4201], parents: [41], hero: HERO_A, posY: 2 },
  { id: 51, type: 0, maxRanks: 1, entries: [5101], parents: [], hero: HERO_B, posY: 1 },
];
const ENTRY_HERO: Record<number, number> = { 4001: HERO_A, 4002: HERO_B };
const byId = new Map(NODES.map((n) => [n.id, n]));
export const indexOf = (id: number): number => NODES.findIndex((n) => n.id === id);

interface Slot {
  ranks: number; // purchased
  entry?: number;
}
type State = Map<number, Slot>;
const copy = (s: State): State => new Map([...s].map(([k, v]) => [k, { ...v }]));

export interface Call {
  readonly name: string;
  readonly args: readonly number[];
  readonly inCombat: boolean;
}

export class FakeClient implements LoadoutClient {
  spec: number | undefined = SPEC;
  version = 2;
  hash: number[] = zeroHash();
  combat = false;
  committed: State = new Map();
  staged: State = new Map();
  calls: Call[] = [];
  timers: { seconds: number; callback: () => void; cancelled: boolean }[] = [];
  /** What CommitConfig does: "ok" stages the outcome for the test to deliver, "refuse" returns false. */
  commitMode: "ok" | "refuse" = "ok";
  lastCommit: number | undefined;

  private record(name: string, ...args: number[]): void {
    this.calls.push({ name, args, inCombat: this.combat });
  }

  protectedCallsInCombat(): Call[] {
    return this.calls.filter((c) => c.inCombat && c.name !== "read");
  }

  private relevant(node: FakeNode, state: State): boolean {
    if (node.spec !== undefined && node.spec !== this.spec) return false;
    if (node.hero !== undefined) return state.get(40)?.entry !== undefined && ENTRY_HERO[state.get(40)!.entry!] === node.hero;
    return true;
  }

  private rankOf(node: FakeNode, state: State): number {
    if (node.granted === true && this.relevant(node, state)) return 1;
    return state.get(node.id)?.ranks ?? 0;
  }

  private spent(state: State): number {
    let total = 0;
    for (const node of NODES)
      if (node.hero === undefined && node.type !== 3 && node.granted !== true) total += state.get(node.id)?.ranks ?? 0;
    return total;
  }

  private canBuy(node: FakeNode, state: State): boolean {
    if (!this.relevant(node, state) || node.granted === true || node.type === 3) return false;
    if (this.rankOf(node, state) >= node.maxRanks) return false;
    if (node.gate !== undefined && this.spent(state) < node.gate) return false;
    if (node.parents.length === 0) return true;
    return node.parents.some((p) => {
      const parent = byId.get(p)!;
      return this.rankOf(parent, state) >= parent.maxRanks;
    });
  }

  nodeInfo(id: number): NodeInfoFields {
    const node = byId.get(id)!;
    const children = NODES.filter((n) => n.parents.includes(id)).map((n) => ({ targetNode: n.id }));
    const staged = this.rankOf(node, this.staged);
    const committed = this.rankOf(node, this.committed);
    const entry = this.staged.get(id)?.entry;
    const committedEntry = this.committed.get(id)?.entry;
    return {
      ID: id,
      type: node.type,
      maxRanks: node.maxRanks,
      entryIDs: node.entries,
      entryIDsWithCommittedRanks: committedEntry !== undefined ? [committedEntry] : committed > 0 ? [node.entries[0]!] : [],
      ranksPurchased: this.staged.get(id)?.ranks ?? 0,
      activeRank: committed,
      currentRank: staged,
      activeEntry: entry !== undefined ? { entryID: entry, rank: staged } : undefined,
      isVisible: node.spec === undefined || node.spec === this.spec,
      subTreeID: node.hero,
      posX: 0,
      posY: node.posY,
      visibleEdges: children,
    };
  }

  // ---- LoadoutClient ----
  activeConfigId(): number | undefined {
    return CONFIG;
  }
  classTreeId(): number | undefined {
    return TREE;
  }
  gameHeader() {
    return { version: this.version, specId: this.spec, treeHash: this.hash };
  }
  readTree(configId: number, treeId: number, view: TreeView): LiveTree | undefined {
    this.record("read");
    const facts = (n: FakeNode) =>
      n.type >= 2 ? { subTreeIds: n.entries.map((e) => ENTRY_HERO[e] ?? 0), maxRanks: n.entries.map(() => n.maxRanks) } : NO_ENTRY_FACTS;
    const nodes = NODES.map((n) => toLiveNode(this.nodeInfo(n.id), view, facts(n)));
    return { configId, treeId, nodes };
  }
  inCombat(): boolean {
    return this.combat;
  }
  nodeCurrencies(_configId: number, nodeId: number): readonly number[] | undefined {
    const node = NODES.find((n) => n.id === nodeId);
    const currency = node === undefined ? undefined : this.currencyOf(node);
    return currency === undefined ? [] : [currency];
  }
  hasStagedChanges(_configId: number): boolean {
    if (this.staged.size !== this.committed.size) return true;
    for (const [id, slot] of this.staged) {
      const other = this.committed.get(id);
      if (other === undefined || other.ranks !== slot.ranks || other.entry !== slot.entry) return true;
    }
    return false;
  }
  rollback(configId: number): boolean {
    this.record("RollbackConfig", configId);
    this.staged = copy(this.committed);
    return true;
  }
  /** Currencies: 1 class points, 2 spec points, 100 + sub-tree for a hero tree's points. */
  currencyOf(node: FakeNode): number | undefined {
    if (node.type === 3) return undefined;
    if (node.hero !== undefined) return 100 + node.hero;
    return node.spec === undefined ? 1 : 2;
  }
  classAndSpecCurrencies(): readonly number[] | undefined {
    return this.currencies;
  }
  currencies: readonly number[] | undefined = [1, 2];
  heroCurrency(_configId: number, subTreeId: number): number | undefined {
    return 100 + subTreeId;
  }
  heroTreeName(_configId: number, subTreeId: number): string | undefined {
    return subTreeId === HERO_A ? "Hero A" : subTreeId === HERO_B ? "Hero B" : undefined;
  }
  talentName(_configId: number, entryId: number): string | undefined {
    return `Talent ${entryId}`;
  }
  activeHeroTree(): number | undefined {
    const entry = this.committed.get(40)?.entry;
    return entry === undefined ? undefined : ENTRY_HERO[entry];
  }
  resetByCurrency(configId: number, treeId: number, currency: number): boolean {
    this.record("ResetTreeByCurrency", configId, treeId, currency);
    for (const node of NODES) if (this.currencyOf(node) === currency) this.staged.delete(node.id);
    return true;
  }
  starterActive = false;
  selectedLoadout: number | undefined;
  readonly slots: LoadoutSlots = {
    selected: () => this.selectedLoadout,
    clearSelected: () => {
      this.record("ClearSelectedLoadout");
      this.selectedLoadout = undefined;
    },
    starterBuildActive: () => this.starterActive,
    leaveStarterBuild: () => {
      this.record("SetStarterBuildActive", 0);
      this.starterActive = false;
    },
  };
  staging() {
    return {
      nodeState: (id: number) => {
        const info = this.nodeInfo(id);
        return { rank: info.currentRank, entryId: info.activeEntry?.entryID };
      },
      purchaseRank: (id: number) => {
        this.record("PurchaseRank", id);
        const node = byId.get(id)!;
        if (node.type === 2 && this.staged.get(id)?.entry === undefined) return false;
        if (!this.canBuy(node, this.staged)) return false;
        const slot = this.staged.get(id) ?? { ranks: 0 };
        slot.ranks++;
        this.staged.set(id, slot);
        return true;
      },
      setSelection: (id: number, entry: number) => {
        this.record("SetSelection", id, entry);
        const node = byId.get(id)!;
        if (!node.entries.includes(entry)) return false;
        if (node.type === 3) {
          this.staged.set(id, { ranks: 0, entry });
          for (const n of NODES) if (n.hero !== undefined && n.hero !== ENTRY_HERO[entry]) this.staged.delete(n.id);
          return true;
        }
        const slot = this.staged.get(id);
        if (slot !== undefined && slot.ranks > 0) {
          slot.entry = entry;
          return true;
        }
        if (!this.canBuy(node, this.staged)) return false;
        this.staged.set(id, { ranks: 1, entry });
        return true;
      },
    };
  }
  commit(configId: number): boolean {
    this.record("CommitConfig", configId);
    if (this.commitMode === "refuse") return false;
    this.lastCommit = configId;
    return true;
  }
  /** The game finishing the talent-change cast. */
  completeCommit(): void {
    this.committed = copy(this.staged);
  }
  startTimer(seconds: number, callback: () => void): TimerHandle {
    const timer = { seconds, callback, cancelled: false };
    this.timers.push(timer);
    return { cancel: () => (timer.cancelled = true) };
  }
  fireTimers(): void {
    for (const timer of this.timers.splice(0)) if (!timer.cancelled) timer.callback();
  }

  /** Sets the committed (and staged) state directly. */
  setCommitted(entries: Record<number, Slot>): void {
    this.committed = new Map(Object.entries(entries).map(([k, v]) => [Number(k), { ...v }]));
    this.staged = copy(this.committed);
  }
}

/** A string selecting the given nodes (by node ID); ranks/choice as in the format. */
export function codeFor(
  records: { id: number; purchased?: boolean; ranks?: number; choice?: number }[],
  specId = SPEC,
  treeHash = zeroHash(),
): string {
  const nodes: NodeRecord[] = records
    .map((r) => ({ index: indexOf(r.id), purchased: r.purchased ?? true, ranks: r.ranks, choice: r.choice }))
    .sort((a, b) => a.index - b.index);
  const last = nodes[nodes.length - 1];
  const encoded = encodeLoadout({ version: 2, specId, treeHash, recordCount: last === undefined ? 0 : last.index + 1, nodes });
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.value;
}

/** A legal full build: class 10, 11x2, 12 (option 2), 13; spec 20 granted, 21, 22x2; hero A: 40, 41, 42. */
export const BUILD_A = codeFor([
  { id: 10 },
  { id: 11 },
  { id: 12, choice: 1 },
  { id: 13 },
  { id: 20, purchased: false },
  { id: 21 },
  { id: 22, ranks: 2 },
  { id: 40, choice: 0 },
  { id: 41 },
  { id: 42 },
]);

/** The committed state of BUILD_A. */
export const STATE_A: Record<number, Slot> = {
  10: { ranks: 1 },
  11: { ranks: 2 },
  12: { ranks: 1, entry: 1202 },
  13: { ranks: 1 },
  21: { ranks: 1 },
  22: { ranks: 2 },
  40: { ranks: 0, entry: 4001 },
  41: { ranks: 1 },
  42: { ranks: 2 },
};
