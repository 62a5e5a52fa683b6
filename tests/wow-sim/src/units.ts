/**
 * Unit identity. The player is always readable; the boss of the encounter in progress is "boss1", attackable,
 * and inside instances its GUID and name are secret values (Midnight), so an addon cannot identify it that way.
 */
import { setGlobal } from "./globals";
import { maybeSecret } from "./secrets";
import { sim } from "./state";

function isBoss(unit: string): boolean {
  return unit === "boss1" && sim.encounter !== undefined;
}

const unitExists: typeof UnitExists = (unit) => unit === "player" || (unit !== undefined && isBoss(unit));

const unitGuid: typeof UnitGUID = (unit) => {
  if (unit === "player") return "Player-0000-0A1B2C3D";
  if (isBoss(unit)) return maybeSecret(`Creature-0-0000-0000-0000-${sim.encounter!.id}-0000000001`, "UnitGUID boss1") as string;
  return undefined;
};

/** UnitDocumentation marks both returns non-nilable: an unknown unit gives empty strings here. */
function unitName(unit: string): LuaMultiReturn<[string, string]> {
  if (unit === "player") return $multi(sim.character.name, "");
  if (isBoss(unit)) return $multi(maybeSecret(sim.encounter!.name, "UnitName boss1") as string, "");
  return $multi("", "");
}
const unitNameChecked: typeof UnitName = unitName;

const unitCanAttack: typeof UnitCanAttack = (unit, other) => (unit === "player" && isBoss(other)) || (isBoss(unit) && other === "player");

export function installUnits(): void {
  setGlobal("UnitExists", unitExists);
  setGlobal("UnitGUID", unitGuid);
  setGlobal("UnitName", unitNameChecked);
  setGlobal("UnitCanAttack", unitCanAttack);
}
