import { packSpec, type LuaTalentData, type TalentData } from "@att/contract";

/**
 * The Lua data file's document: the same envelope, every spec packed into one string (the contract's packSpec),
 * no talent names (the addon names talents from the live client). Loading 40 specs as tables cost more memory than
 * the addon may take; as strings it costs their bytes.
 */
export function toLuaTalentData(data: TalentData): LuaTalentData {
  const specs: Record<string, string> = {};
  for (const [id, spec] of Object.entries(data.specs)) specs[id] = packSpec(spec);
  return { schemaVersion: data.schemaVersion, generatedAt: data.generatedAt, source: data.source, encounters: data.encounters, specs };
}
