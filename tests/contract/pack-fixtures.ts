/** Generators for packed specs: random SpecBuilds the packer accepts, and damaged packed strings. */
import fc from "fast-check";
import {
  MAX_ENTRY_ID,
  type BuildDef,
  type ContentBuilds,
  type FlexTalent,
  type Pick,
  type Slot,
  type SpecBuilds,
  type TalentEntry,
} from "@att/contract";

const entryList: fc.Arbitrary<TalentEntry[]> = fc
  .uniqueArray(
    fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 90_000, max: 140_000 }), fc.integer({ min: 1, max: MAX_ENTRY_ID })),
    { maxLength: 40 },
  )
  .chain((ids) =>
    fc.tuple(
      fc.constant([...ids].sort((a, b) => a - b)),
      fc.array(fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 100 })), {
        minLength: ids.length,
        maxLength: ids.length,
      }),
    ),
  )
  .map(([ids, ranks]) => ids.map((entryId, i) => ({ entryId, rank: ranks[i]! })));

const code = fc.string({
  unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("")),
  minLength: 1,
  maxLength: 120,
});

const buildDef: fc.Arbitrary<BuildDef> = fc
  .record({ entries: entryList, talentCode: fc.option(code, { nil: undefined }) })
  .filter((b) => b.entries.length > 0 || b.talentCode !== undefined)
  .map((b) => (b.talentCode === undefined ? { entries: b.entries } : { entries: b.entries, talentCode: b.talentCode }));

/** Flex talents: ascending distinct entry IDs, each taken by at most the sample. */
function flexOf(sampleSize: number): fc.Arbitrary<FlexTalent[] | undefined> {
  return fc.option(
    fc.uniqueArray(fc.integer({ min: 1, max: MAX_ENTRY_ID }), { minLength: 1, maxLength: 6 }).chain((ids) =>
      fc.tuple(...ids.map(() => fc.integer({ min: 0, max: sampleSize }))).map((taken) =>
        ids
          .slice()
          .sort((a, b) => a - b)
          .map((entryId, i) => ({ entryId, taken: taken[i]! })),
      ),
    ),
    { nil: undefined },
  );
}

function pickOf(builds: number): fc.Arbitrary<Pick> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: builds - 1 }),
      fc.integer({ min: 0, max: 999_999_999 }),
      fc.integer({ min: 0, max: 500 }),
      fc.integer({ min: 0, max: 500 }),
      fc.integer({ min: 0, max: 500 }),
    )
    .map(([build, size, share, nearShare, playerShare]) => {
      const sampleSize = size % 1000 === 7 ? 0 : size;
      const count = Math.floor((sampleSize * share) / 500);
      const near = Math.max(count, Math.floor((sampleSize * nearShare) / 500));
      return { build, count, near, sampleSize, players: Math.floor((sampleSize * playerShare) / 500) };
    })
    .chain((p) => flexOf(p.sampleSize).map((flex): Pick => (flex === undefined ? p : { ...p, flex })));
}

function slotOf(builds: number): fc.Arbitrary<Slot> {
  return fc
    .record({ top: pickOf(builds), alternative: fc.option(pickOf(builds), { nil: undefined }) })
    .map((s) => (s.alternative === undefined ? { top: s.top } : s));
}

function contentOf(builds: number): fc.Arbitrary<ContentBuilds> {
  if (builds === 0) return fc.constant({ general: null, encounters: {} });
  return fc.record({
    general: fc.option(slotOf(builds), { nil: null }),
    encounters: fc.dictionary(fc.integer({ min: 0, max: 999_999_999 }).map(String), slotOf(builds), { maxKeys: 12 }),
  });
}

/** Names as the contract may one day hold them: separators, escapes, non-ASCII. */
const name = fc.oneof(
  fc.constantFrom("Death Knight", "Blood", "Demon Hunter", "Beast Mastery"),
  fc.string({ maxLength: 20 }),
  fc.constantFrom("a|b", "back\\slash", "\\|", "Zoë's 日本語 🐉", ""),
);

/**
 * A build near base, as a spec's builds after its first mostly are (they are written as differences against it): a
 * few of base's entries dropped or re-ranked, a few added.
 */
function nearBuild(base: BuildDef): fc.Arbitrary<BuildDef> {
  return fc
    .record({
      drop: fc.array(fc.nat(), { maxLength: 4 }),
      rerank: fc.array(fc.nat(), { maxLength: 3 }),
      add: fc.array(fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: MAX_ENTRY_ID })), { maxLength: 3 }),
      talentCode: fc.option(code, { nil: undefined }),
    })
    .map(({ drop, rerank, add, talentCode }): BuildDef => {
      const ranks = new Map(base.entries.map((e) => [e.entryId, e.rank]));
      const ids = base.entries.map((e) => e.entryId);
      if (ids.length > 0) {
        for (const d of drop) ranks.delete(ids[d % ids.length]!);
        for (const r of rerank) ranks.set(ids[r % ids.length]!, 1 + (r % 4));
      }
      for (const a of add) ranks.set(a, 1 + (a % 3));
      const entries = [...ranks].sort((x, y) => x[0] - y[0]).map(([entryId, rank]) => ({ entryId, rank }));
      return talentCode === undefined ? { entries } : { entries, talentCode };
    })
    .filter((b) => b.entries.length > 0 || b.talentCode !== undefined);
}

/** A spec's builds: unrelated ones, and ones near the first. */
const buildList: fc.Arbitrary<BuildDef[]> = fc
  .array(buildDef, { maxLength: 12 })
  .chain((builds) =>
    builds.length === 0
      ? fc.constant(builds)
      : fc
          .tuple(...builds.slice(1).map((b) => fc.oneof(fc.constant(b), nearBuild(builds[0]!))))
          .map((rest): BuildDef[] => [builds[0]!, ...rest]),
  );

export const specBuilds: fc.Arbitrary<SpecBuilds> = buildList.chain((builds) =>
  fc
    .record({
      specId: fc.integer({ min: 1, max: 999_999_999 }),
      className: name,
      specName: name,
      heroic: fc.option(contentOf(builds.length), { nil: undefined }),
      mythic: fc.option(contentOf(builds.length), { nil: undefined }),
      mythicplus: fc.option(contentOf(builds.length), { nil: null }),
    })
    .map((r): SpecBuilds => {
      const raid: { heroic?: ContentBuilds; mythic?: ContentBuilds } = {};
      if (r.heroic !== undefined) raid.heroic = r.heroic;
      if (r.mythic !== undefined) raid.mythic = r.mythic;
      return { specId: r.specId, className: r.className, specName: r.specName, builds, raid, mythicplus: r.mythicplus };
    }),
);

/** A cut through a surrogate pair leaves a JS string no file (UTF-8 bytes) can hold: not a case the addon meets. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Damage done to a packed string: cut, a character replaced, inserted or removed, a piece repeated. */
export function damaged(packed: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const ch = fc.constantFrom(..."|\\,.;=+:-0123456789ABCZaz/gé \n".split(""));
  return fc
    .tuple(packed, fc.nat(), fc.nat(), ch, fc.integer({ min: 0, max: 4 }))
    .map(([text, a, b, c, kind]) => {
      const at = text.length === 0 ? 0 : a % text.length;
      switch (kind) {
        case 0:
          return text.slice(0, at);
        case 1:
          return text.slice(0, at) + c + text.slice(at + 1);
        case 2:
          return text.slice(0, at) + c + text.slice(at);
        case 3:
          return text.slice(0, at) + text.slice(at + 1);
        default:
          return text + text.slice(at, at + (b % 20));
      }
    })
    .filter((text) => !LONE_SURROGATE.test(text));
}
