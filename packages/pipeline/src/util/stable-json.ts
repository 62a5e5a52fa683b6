/**
 * Deterministic JSON: object keys sorted by code unit, two-space indentation, trailing newline.
 * Used for every file the pipeline writes so the same input always gives the same bytes.
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      // undefined is dropped exactly as JSON.stringify would, but explicitly so the Lua printer agrees.
      if (child !== undefined) out[key] = sortKeysDeep(child);
    }
    return out;
  }
  return value;
}

export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeysDeep(value), null, indent) + "\n";
}
