/**
 * Reads Blizzard's generated API documentation (12.0.1, ../shared/blizzard-api-docs, provenance in its SOURCE.md) in real
 * Lua 5.1, the way the client's own Blizzard_APIDocumentation addon receives it: every file ends with
 * `APIDocumentation:AddDocumentationTable(system)`. Returns one record per documented function.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLua51 } from "../harness/lua51";
import { sharedPath } from "../support/shared-data";

export interface DocField {
  readonly name: string;
  readonly nilable: boolean;
}

export interface DocFunction {
  /** "C_Traits.GetNodeInfo", or the bare name for globals. */
  readonly fullName: string;
  readonly args: readonly DocField[];
  readonly returns: readonly DocField[];
  /** The documentation's MayReturnNothing: the call may return no value at all. */
  readonly mayReturnNothing: boolean;
  readonly file: string;
}

export const DOCS_DIR = sharedPath("blizzard-api-docs");

const COLLECT = `
  __docs = {}
  APIDocumentation = { AddDocumentationTable = function(self, system) __docs[#__docs + 1] = system end }
`;

/** Flattens the collected systems into plain records (Lua tables with holes do not survive __json). */
const FLATTEN = `
  local out = {}
  for _, system in ipairs(__docs) do
    for _, fn in ipairs(system.Functions or {}) do
      local ns = fn.Namespace
      if ns == nil then ns = system.Namespace or "" end
      local args, returns = {}, {}
      for _, a in ipairs(fn.Arguments or {}) do args[#args + 1] = { name = a.Name, nilable = a.Nilable == true or a.Default ~= nil } end
      for _, r in ipairs(fn.Returns or {}) do returns[#returns + 1] = { name = r.Name, nilable = r.Nilable == true } end
      out[#out + 1] = { fullName = (ns == "" and fn.Name) or (ns .. "." .. fn.Name), args = args, returns = returns,
        mayReturnNothing = fn.MayReturnNothing == true, file = __file }
    end
  end
  return out
`;

export function loadDocs(): DocFunction[] {
  const lua = createLua51();
  try {
    const all: DocFunction[] = [];
    for (const file of readdirSync(DOCS_DIR)
      .filter((f) => f.endsWith(".lua"))
      .sort()) {
      lua.run(COLLECT);
      lua.run(readFileSync(join(DOCS_DIR, file), "utf8"), `@${file}`);
      lua.run(`__file = ${JSON.stringify(file)}`);
      const records = lua.json<DocFunction[] | Record<string, never>>(`(function() ${FLATTEN} end)()`);
      if (Array.isArray(records)) {
        for (const r of records)
          all.push({ ...r, args: Array.isArray(r.args) ? r.args : [], returns: Array.isArray(r.returns) ? r.returns : [] });
      }
    }
    return all;
  } finally {
    lua.close();
  }
}
