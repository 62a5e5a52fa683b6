/** Real Lua 5.1.5 (WebAssembly build from lua-wasm-bindings, the runtime TypeScriptToLua's own tests use). */
import { createRequire } from "node:module";
import type { LuaState } from "lua-wasm-bindings/dist/lua";
import { LuaRuntime, prepareState, type LuaPort } from "./runtime";

const require = createRequire(import.meta.url);
const { lua, lauxlib, lualib } = require("lua-wasm-bindings/dist/lua.51") as typeof import("lua-wasm-bindings/dist/lua.51");

const LUA_TNIL = 0;

class Lua51Port implements LuaPort {
  readonly kind = "lua5.1" as const;
  private readonly L: LuaState;

  constructor() {
    this.L = lauxlib.luaL_newstate();
    lualib.luaL_openlibs(this.L);
    // The client has no io, require or package; os keeps only date/time/clock/difftime.
    lauxlib.luaL_dostring(
      this.L,
      "io = nil; require = nil; package = nil; module = nil; dofile = nil; loadfile = nil;" +
        "os = { date = os.date, time = os.time, clock = os.clock, difftime = os.difftime }",
    );
  }

  load(source: string, chunkName: string): string | undefined {
    const status = lauxlib.luaL_loadbuffer(this.L, source, Buffer.byteLength(source), chunkName);
    return status === 0 ? undefined : this.popError();
  }

  pushString(value: string): void {
    lua.lua_pushstring(this.L, value);
  }

  getGlobal(name: string): void {
    lua.lua_getglobal(this.L, name);
  }

  pcall(nargs: number, nresults: number): string | undefined {
    return lua.lua_pcall(this.L, nargs, nresults, 0) === 0 ? undefined : this.popError();
  }

  popString(): string | undefined {
    if (lua.lua_type(this.L, -1) === LUA_TNIL) {
      lua.lua_settop(this.L, -2);
      return undefined;
    }
    lua.lua_getglobal(this.L, "tostring");
    lua.lua_insert(this.L, -2);
    lua.lua_call(this.L, 1, 1);
    const value = lua.lua_tostring(this.L, -1);
    lua.lua_settop(this.L, -2);
    return value;
  }

  private popError(): string {
    const message = lua.lua_tostring(this.L, -1) ?? "(non-string error)";
    lua.lua_settop(this.L, -2);
    return message;
  }

  setTop(index: number): void {
    lua.lua_settop(this.L, index);
  }

  close(): void {
    lua.lua_close(this.L);
  }
}

export function createLua51(): LuaRuntime {
  return prepareState(new LuaRuntime(new Lua51Port()));
}
