/** fengari (Lua 5.3 in JS) downgraded to the client's Lua 5.1 behaviour by lua/fengari-51.lua. */
import fengari from "fengari";
import { formatG14 } from "./g14";
import { LuaRuntime, prepareState, readHarnessLua, type LuaPort } from "./runtime";

const { lua, lauxlib, lualib, to_luastring } = fengari;
type State = ReturnType<typeof lauxlib.luaL_newstate>;

class FengariPort implements LuaPort {
  readonly kind = "fengari" as const;
  private readonly L: State;

  constructor() {
    this.L = lauxlib.luaL_newstate();
    lualib.luaL_openlibs(this.L);
    lua.lua_pushcfunction(this.L, (L) => {
      lua.lua_pushstring(L, to_luastring(formatG14(lauxlib.luaL_checknumber(L, 1))));
      return 1;
    });
    lua.lua_setglobal(this.L, to_luastring("__g14"));
    const prelude = readHarnessLua("fengari-51.lua");
    const error = this.load(prelude, "@fengari-51.lua") ?? this.pcall(0, 0);
    if (error !== undefined) throw new Error(`fengari prelude failed: ${error}`);
    // Like the client: no io, require, package, debug; os keeps only date/time/clock/difftime.
    const strip =
      "io = nil; require = nil; package = nil; debug = nil; dofile = nil; loadfile = nil;" +
      "os = { date = os.date, time = os.time, clock = os.clock, difftime = os.difftime }";
    const stripError = this.load(strip, "=strip") ?? this.pcall(0, 0);
    if (stripError !== undefined) throw new Error(`fengari strip failed: ${stripError}`);
  }

  load(source: string, chunkName: string): string | undefined {
    const bytes = to_luastring(source);
    const status = lauxlib.luaL_loadbuffer(this.L, bytes, bytes.length, to_luastring(chunkName));
    return status === 0 ? undefined : this.popError();
  }

  pushString(value: string): void {
    lua.lua_pushstring(this.L, to_luastring(value));
  }

  getGlobal(name: string): void {
    lua.lua_getglobal(this.L, to_luastring(name));
  }

  pcall(nargs: number, nresults: number): string | undefined {
    return lua.lua_pcall(this.L, nargs, nresults, 0) === 0 ? undefined : this.popError();
  }

  popString(): string | undefined {
    if (lua.lua_type(this.L, -1) === lua.LUA_TNIL) {
      lua.lua_settop(this.L, -2);
      return undefined;
    }
    lua.lua_getglobal(this.L, to_luastring("tostring"));
    lua.lua_insert(this.L, -2);
    lua.lua_call(this.L, 1, 1);
    const value = lua.lua_tojsstring(this.L, -1);
    lua.lua_settop(this.L, -2);
    return value;
  }

  private popError(): string {
    const message = lua.lua_tojsstring(this.L, -1) ?? "(non-string error)";
    lua.lua_settop(this.L, -2);
    return message;
  }

  setTop(index: number): void {
    lua.lua_settop(this.L, index);
  }

  close(): void {
    // fengari states are garbage-collected with the JS objects.
  }
}

export function createFengari(): LuaRuntime {
  return prepareState(new LuaRuntime(new FengariPort()));
}
