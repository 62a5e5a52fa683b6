import { SPECS, type ContentType, type SpecInfo } from "@att/contract";
import type { PlannedEncounter, PlannedZone } from "../core/plan-types";

/** What `--class`, `--spec`, `--encounter` and `--content` ask for; every field optional. */
export interface Selection {
  readonly classes?: readonly string[];
  readonly specs?: readonly string[];
  readonly encounters?: readonly string[];
  readonly content?: ContentType;
}

export type Selected<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s_-]/g, "");
}

/** True when the run covers only part of the data and must keep the rest of an existing output. */
export function isPartial(selection: Selection): boolean {
  return (
    selection.classes !== undefined ||
    selection.specs !== undefined ||
    selection.encounters !== undefined ||
    selection.content !== undefined
  );
}

/**
 * Specs by `--class` (name or slug: "Death Knight", "deathknight") and `--spec` (spec ID, "Frost Mage",
 * "Mage/Frost", or a spec name that is unique). Unknown or ambiguous names are errors, not empty runs.
 */
export function selectSpecs(selection: Selection): Selected<SpecInfo[]> {
  let specs = [...SPECS];
  if (selection.classes !== undefined) {
    const wanted = selection.classes.map(squash);
    const unknown = wanted.filter((w) => !SPECS.some((s) => squash(s.className) === w || squash(s.wclClass) === w));
    if (unknown.length > 0)
      return {
        ok: false,
        message: `unknown class ${unknown.join(", ")}; classes: ${[...new Set(SPECS.map((s) => s.className))].join(", ")}`,
      };
    specs = specs.filter((s) => wanted.includes(squash(s.className)) || wanted.includes(squash(s.wclClass)));
  }
  if (selection.specs !== undefined) {
    const chosen = new Set<SpecInfo>();
    for (const raw of selection.specs) {
      const w = squash(raw);
      const matches = specs.filter(
        (s) =>
          String(s.specId) === w ||
          squash(`${s.specName}${s.className}`) === w ||
          squash(`${s.className}/${s.specName}`) === w ||
          squash(`${s.wclClass}/${s.wclSpec}`) === w ||
          squash(s.specName) === w,
      );
      if (matches.length === 0) return { ok: false, message: `unknown spec "${raw}"; use a spec ID (e.g. 62) or "Frost Mage"` };
      if (matches.length > 1) {
        return {
          ok: false,
          message: `spec "${raw}" is ambiguous: ${matches.map((s) => `${s.specName} ${s.className} (${s.specId})`).join(", ")}`,
        };
      }
      chosen.add(matches[0]!);
    }
    specs = specs.filter((s) => chosen.has(s));
  }
  return { ok: true, value: specs };
}

/** Which contents to discover: `--content`, else both. */
export function selectContents(selection: Selection): ContentType[] {
  return selection.content === undefined ? ["raid", "mythicplus"] : [selection.content];
}

/** Encounters by `--encounter` (ID or case-insensitive name); zones with none selected drop out. */
export function selectEncounters(zones: readonly PlannedZone[], selection: Selection): Selected<PlannedEncounter[]> {
  const all = zones.flatMap((z) => z.encounters);
  if (selection.encounters === undefined) return { ok: true, value: all };
  // One raid zone planned at Heroic and at Mythic lists each boss twice: names are matched once per encounter ID.
  const unique = all.filter((e, i) => all.findIndex((x) => x.id === e.id) === i);
  const chosen = new Set<number>();
  for (const raw of selection.encounters) {
    const w = squash(raw);
    const matches = unique.filter((e) => String(e.id) === w || squash(e.name) === w);
    const loose = matches.length > 0 ? matches : unique.filter((e) => squash(e.name).includes(w));
    if (loose.length !== 1) {
      const list = unique.map((e) => `${e.name} (${e.id})`).join(", ");
      return {
        ok: false,
        message:
          loose.length === 0
            ? `unknown encounter "${raw}"; encounters: ${list}`
            : `encounter "${raw}" is ambiguous: ${loose.map((e) => `${e.name} (${e.id})`).join(", ")}`,
      };
    }
    chosen.add(loose[0]!.id);
  }
  return { ok: true, value: all.filter((e) => chosen.has(e.id)) };
}

/** Contents whose general build can be recomputed: every one of their encounters is in the run. */
export function fullyCoveredContents(zones: readonly PlannedZone[], encounters: readonly PlannedEncounter[]): ContentType[] {
  return zones.filter((z) => z.encounters.every((e) => encounters.includes(e))).map((z) => z.content);
}
