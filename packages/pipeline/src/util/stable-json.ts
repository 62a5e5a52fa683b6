/**
 * Deterministic JSON: object keys sorted by code unit, two-space indentation, trailing newline; an object whose
 * values are all plain values (a talent entry, a pick's flex talent) on one line. Used for every file the pipeline
 * writes so the same input always gives the same bytes. The one-line leaves keep the tracked talent-data.json a
 * third of the size it has with every `{ entryId, rank }` over four lines, and its diff one line per talent.
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

export function stableStringify(value: unknown): string {
  return printJson(sortKeysDeep(value), "") + "\n";
}

const isPlain = (value: unknown): boolean => value === null || typeof value !== "object";

/** A value as JSON.stringify would write it (undefined in a list as null), laid out as the header says. */
function printJson(value: unknown, indent: string): string {
  if (isPlain(value)) return JSON.stringify(value) ?? "null";
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => inner + printJson(item, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  if (entries.every(([, child]) => isPlain(child)))
    return `{ ${entries.map(([key, child]) => `${JSON.stringify(key)}: ${JSON.stringify(child)}`).join(", ")} }`;
  return `{\n${entries.map(([key, child]) => `${inner}${JSON.stringify(key)}: ${printJson(child, inner)}`).join(",\n")}\n${indent}}`;
}
