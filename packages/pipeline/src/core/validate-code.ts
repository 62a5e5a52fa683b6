import { decodeCanonical, specById } from "@att/contract";

export type CodeCheck = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: string };

/**
 * Checks an import string before it is written: it must decode (supported serialization version, well formed)
 * and belong to the spec it is written for. Returns the canonical form, which is what the output stores.
 */
export function checkImportCode(code: string, specId: number): CodeCheck {
  const decoded = decodeCanonical(code);
  if (!decoded.ok) return { ok: false, reason: decoded.error.message };
  const found = decoded.value.loadout.specId;
  if (found !== specId) {
    const name = specById(found);
    return { ok: false, reason: `string is for spec ${found}${name ? ` (${name.specName} ${name.className})` : ""}, expected ${specId}` };
  }
  return { ok: true, code: decoded.value.code };
}
