import type { BuildGroup, RankedBuilds, Sample } from "./aggregate";
import { compareMembers } from "./aggregate";
import { checkImportCode } from "./validate-code";

/**
 * Chooses the import string for every build that will be written, asking for as few lookups as possible.
 *
 * A "target" is one (spec, encounter) or (spec, content) sample. Its winner is the first group of its ranked
 * builds whose members yield a valid string. Targets sharing a build (same spec and identity) share the
 * lookups: the members of such a build are the union of its members over all targets, best first.
 *
 * Pure state machine: `step()` returns the members to look up next, `record()` takes the answers.
 * Lookups widen per build after each miss (1, 2, 4, 8 members) so an unlucky build does not cost one round
 * per member, and a lucky one costs a single lookup. Tiers (ResolveTarget.tier) are served one after the other.
 */
export interface ResolveTarget {
  readonly id: string;
  readonly specId: number;
  readonly builds: RankedBuilds;
  /**
   * Priority class, 0 (default) first: a round asks only for the lowest tier that still wants lookups, so under a
   * code budget a build of a lower tier gets its second and later tries before a higher tier gets its first.
   */
  readonly tier?: number;
}

export interface Resolution {
  readonly group: BuildGroup;
  readonly code: string;
  /** Position of the chosen group; > 0 when no member of a more popular build had a usable string. */
  readonly groupIndex: number;
}

export interface ResolveStats {
  lookups: number;
  missing: number;
  rejected: number;
  rejectReasons: string[];
}

interface BuildState {
  readonly specId: number;
  readonly members: Sample[];
  next: number;
  misses: number;
  code?: string;
}

const MAX_WIDTH = 8;

export class Resolver {
  private readonly builds = new Map<string, BuildState>();
  private readonly groupIndex = new Map<string, number>();
  private readonly answers = new Map<string, string | null>();
  private ahead: string[] = [];
  readonly stats: ResolveStats = { lookups: 0, missing: 0, rejected: 0, rejectReasons: [] };

  constructor(
    private readonly targets: readonly ResolveTarget[],
    /** Members that cannot be looked up (anonymous names): treated as yielding nothing, without a request. */
    private readonly canLookup: (member: string) => boolean,
    /** Strings already known (rows without talent lists, resolved per entry). */
    known: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const [member, code] of known) this.answers.set(member, code);
    const union = new Map<string, Map<string, Sample>>();
    for (const target of targets) {
      this.groupIndex.set(target.id, 0);
      for (const group of target.builds.groups) {
        const key = buildKey(target.specId, group);
        let members = union.get(key);
        if (members === undefined) union.set(key, (members = new Map()));
        for (const m of group.members) members.set(m.member, m);
      }
      for (const group of target.builds.groups) {
        const key = buildKey(target.specId, group);
        if (!this.builds.has(key)) {
          this.builds.set(key, { specId: target.specId, members: [], next: 0, misses: 0 });
        }
      }
    }
    for (const [key, members] of union) this.builds.get(key)!.members.push(...[...members.values()].sort(compareMembers));
  }

  /** Answers for members: the raw string, or null when the member yielded none. */
  record(member: string, code: string | null): void {
    this.stats.lookups++;
    this.answers.set(member, code);
  }

  /** Advances with what is known; returns the members that must be looked up now (empty: finished). */
  step(): string[] {
    // Every target advances on what is known; only the lowest tier that wants lookups asks (and widens).
    let tier: number | undefined;
    let wanted = new Set<string>();
    let widened = new Set<BuildState>();
    for (const target of this.targets) {
      const own = target.tier ?? 0;
      const asks = tier === undefined || own <= tier;
      for (;;) {
        const index = this.groupIndex.get(target.id)!;
        const group = target.builds.groups[index];
        if (group === undefined) break;
        const state = this.builds.get(buildKey(target.specId, group))!;
        this.advance(state);
        if (state.code !== undefined) break;
        if (state.next >= state.members.length) {
          this.groupIndex.set(target.id, index + 1);
          continue;
        }
        if (!asks) break;
        if (tier === undefined || own < tier) {
          tier = own;
          wanted = new Set();
          widened = new Set();
        }
        const width = Math.min(MAX_WIDTH, 2 ** state.misses);
        for (const m of state.members.slice(state.next, state.next + width)) {
          if (!this.answers.has(m.member) && this.canLookup(m.member)) wanted.add(m.member);
        }
        widened.add(state);
        break;
      }
    }
    // The next round for these builds looks further ahead, in case this one misses too.
    this.ahead = [];
    for (const state of widened) {
      const from = state.next + Math.min(MAX_WIDTH, 2 ** state.misses);
      state.misses++;
      const width = Math.min(MAX_WIDTH, 2 ** state.misses);
      for (const m of state.members.slice(from, from + width)) {
        if (!this.answers.has(m.member) && this.canLookup(m.member)) this.ahead.push(m.member);
      }
    }
    // In target order within the tier (the caller puts the targets it wants served first first), deterministic too.
    return [...wanted];
  }

  targetCount(): number {
    return this.targets.length;
  }

  /** Members the next round would ask for if every lookup of this round missed (for prefetching). */
  upcoming(): string[] {
    return [...this.ahead];
  }

  /** Consumes known answers of a build in member order until a valid string or an unanswered member. */
  private advance(state: BuildState): void {
    while (state.code === undefined && state.next < state.members.length) {
      const member = state.members[state.next]!.member;
      if (!this.answers.has(member)) {
        if (this.canLookup(member)) return;
        this.answers.set(member, null);
      }
      const code = this.answers.get(member) ?? null;
      if (code === null) {
        this.stats.missing++;
      } else {
        const check = checkImportCode(code, state.specId);
        if (check.ok) {
          state.code = check.code;
          return;
        }
        this.stats.rejected++;
        if (this.stats.rejectReasons.length < 20) this.stats.rejectReasons.push(`${member}: ${check.reason}`);
      }
      state.next++;
    }
  }

  /** Targets that are finished: a string chosen, or no build left to try. For progress display. */
  settledCount(): number {
    let n = 0;
    for (const target of this.targets) {
      const group = target.builds.groups[this.groupIndex.get(target.id)!];
      if (group === undefined || this.builds.get(buildKey(target.specId, group))!.code !== undefined) n++;
    }
    return n;
  }

  result(targetId: string): Resolution | null {
    const target = this.targets.find((t) => t.id === targetId);
    if (target === undefined) return null;
    const index = this.groupIndex.get(target.id)!;
    const group = target.builds.groups[index];
    if (group === undefined) return null;
    const code = this.builds.get(buildKey(target.specId, group))!.code;
    return code === undefined ? null : { group, code, groupIndex: index };
  }
}

function buildKey(specId: number, group: BuildGroup): string {
  return `${specId}|${group.identity.key}`;
}
