/**
 * Compiles one package folder of ours (TSTL-safe TypeScript) into a single Lua 5.1 chunk that returns the entry
 * module's exports, with the shipped addon's TypeScriptToLua settings, so a test can run the same code in Node and
 * in Lua and compare. The chunk is built in a temporary folder the caller removes with `dispose`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

export interface LuaBundle {
  readonly lua: string;
  dispose(): void;
}

/**
 * `folder` and `entry` are relative to the project root; `contractAlias` maps `@att/contract` onto the contract's
 * sources for a package that imports it (relative to the config file: TSTL's require resolver joins path mappings
 * onto the config's folder).
 */
export function bundleToLua(folder: string, entry: string, options: { contractAlias?: boolean } = {}): LuaBundle {
  const outDir = mkdtempSync(join(tmpdir(), "att-bundle-lua-"));
  const config = {
    extends: join(root, "tsconfig.base.json"),
    compilerOptions: {
      target: "ESNext",
      lib: ["ESNext"],
      composite: false,
      declaration: false,
      emitDeclarationOnly: false,
      noEmitOnError: true,
      rootDir: join(root, "packages"),
      outDir,
      typeRoots: [join(root, "node_modules")],
      types: ["@typescript-to-lua/language-extensions", "lua-types/5.1"],
      ...(options.contractAlias === true
        ? { paths: { "@att/contract": [relative(outDir, join(root, "packages/contract/src/index.ts"))] } }
        : {}),
    },
    include: [join(root, folder)],
    tstl: {
      luaTarget: "5.1",
      noImplicitSelf: true,
      noImplicitGlobalVariables: true,
      luaLibImport: "require-minimal",
      luaBundle: "bundle.lua",
      luaBundleEntry: join(root, entry),
      noHeader: true,
    },
  };
  const configPath = join(outDir, "tstl.json");
  writeFileSync(configPath, JSON.stringify(config));
  const result = spawnSync(process.execPath, [join(root, "node_modules/typescript-to-lua/dist/tstl.js"), "-p", configPath], {
    cwd: root,
    encoding: "utf8",
  });
  const dispose = (): void => rmSync(outDir, { recursive: true, force: true });
  if (result.status !== 0) {
    dispose();
    throw new Error(`tstl failed for ${folder}:\n${result.stdout}\n${result.stderr}`);
  }
  return { lua: readFileSync(join(outDir, "bundle.lua"), "utf8"), dispose };
}
