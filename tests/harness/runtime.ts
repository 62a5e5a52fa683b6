/**
 * One interface over the two Lua runtimes the tests use: fengari (Lua 5.3 made to act like 5.1) and real
 * Lua 5.1.5 compiled to WebAssembly (lua-wasm-bindings). Values cross the boundary as strings; structured
 * results come back as JSON through the __json helper every state has.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export type RuntimeKind = "fengari" | "lua5.1";

export class LuaError extends Error {
  constructor(
    readonly runtime: RuntimeKind,
    message: string,
  ) {
    super(`[${runtime}] ${message}`);
    this.name = "LuaError";
  }
}

/** The small stack API both bindings share, with strings as JS strings. */
export interface LuaPort {
  readonly kind: RuntimeKind;
  load(source: string, chunkName: string): string | undefined;
  pushString(value: string): void;
  getGlobal(name: string): void;
  pcall(nargs: number, nresults: number): string | undefined;
  /** tostring() of the value at the top, popped; undefined for nil. */
  popString(): string | undefined;
  setTop(index: number): void;
  close(): void;
}

const luaDir = join(dirname(fileURLToPath(import.meta.url)), "lua");
export const readHarnessLua = (name: string): string => readFileSync(join(luaDir, name), "utf8");

export class LuaRuntime {
  constructor(private readonly port: LuaPort) {}

  get kind(): RuntimeKind {
    return this.port.kind;
  }

  private check(error: string | undefined): void {
    if (error !== undefined) {
      this.port.setTop(0);
      throw new LuaError(this.port.kind, error);
    }
  }

  /** Runs a chunk and returns tostring() of its first result (undefined for nil). */
  run(source: string, chunkName = "=(test)"): string | undefined {
    this.check(this.port.load(source, chunkName));
    this.check(this.port.pcall(0, 1));
    const result = this.port.popString();
    this.port.setTop(0);
    return result;
  }

  /** Calls a chunk with string arguments, then the named globals (tables such as an addon namespace). */
  callChunk(source: string, chunkName: string, args: readonly string[], globalArgs: readonly string[] = []): void {
    this.check(this.port.load(source, chunkName));
    for (const arg of args) this.port.pushString(arg);
    for (const name of globalArgs) this.port.getGlobal(name);
    this.check(this.port.pcall(args.length + globalArgs.length, 0));
    this.port.setTop(0);
  }

  /** Evaluates a Lua expression and parses its JSON encoding. */
  json<T = unknown>(expression: string): T {
    const text = this.run(`return __json(${expression})`);
    return JSON.parse(text ?? "null") as T;
  }

  /** Lines printed with print() since the last call. */
  takePrinted(): string[] {
    return this.json<string[] | Record<string, never>>("(function() local p = __printed; __printed = {}; return p end)()") as string[];
  }

  close(): void {
    this.port.close();
  }
}

/** Loads the WoW base-library shims and the harness helpers into a fresh state. */
export function prepareState(runtime: LuaRuntime): LuaRuntime {
  runtime.run(readHarnessLua("wow-shims.lua"), "@wow-shims.lua");
  runtime.run(readHarnessLua("harness.lua"), "@harness.lua");
  return runtime;
}
