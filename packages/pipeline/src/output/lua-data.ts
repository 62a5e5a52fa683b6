import { packSpec, type BuildDef, type LuaTalentData, type SpecBuilds, type TalentData } from "@att/contract";

/**
 * The Lua data file's document: the same envelope, every spec packed into one string (the contract's packSpec),
 * no talent names (the addon names talents from the live client). Loading 40 specs as tables cost more memory than
 * the addon may take; as strings it costs their bytes.
 *
 * Builds go by their entries alone: the addon matches and applies by trait entry and encodes a build's import
 * string from the live tree when asked (/att export), so a string here would only repeat the entries. Real top
 * builds barely repeat, so nearly every slot has a build of its own, and their strings alone took the worst case
 * past the addon's memory goal. A build known only by its string (no entries) keeps it.
 */
export function toLuaTalentData(data: TalentData): LuaTalentData {
  const specs: Record<string, string> = {};
  for (const [id, spec] of Object.entries(data.specs)) specs[id] = packSpec(entriesOnly(spec));
  return { schemaVersion: data.schemaVersion, generatedAt: data.generatedAt, source: data.source, encounters: data.encounters, specs };
}

function entriesOnly(spec: SpecBuilds): SpecBuilds {
  const builds = spec.builds.map((build): BuildDef => (build.entries.length > 0 ? { entries: build.entries } : build));
  return { ...spec, builds };
}
