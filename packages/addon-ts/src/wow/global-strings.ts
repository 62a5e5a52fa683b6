/**
 * Blizzard's global strings (APPLY, RAID, ...), which the client defines in its own language: a text when the
 * global holds one, else undefined (a name a future client drops must not become a Lua error or "nil").
 */
export function globalString(name: string): string | undefined {
  const value: unknown = _G[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}
