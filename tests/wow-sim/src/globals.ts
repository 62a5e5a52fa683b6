/** Reading and writing the Lua global table by name: the sim installs the client's API as globals. */
const G = _G as unknown as Record<string, unknown>;

export function setGlobal(name: string, value: unknown): void {
  G[name] = value;
}

export function getGlobal(name: string): unknown {
  return G[name];
}
