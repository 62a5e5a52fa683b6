// fengari ships no types; this is the slice of its C-like API the harness uses.
declare module "fengari" {
  type State = { readonly __fengariState: unique symbol };
  export const lua: {
    LUA_TNIL: number;
    LUA_TNUMBER: number;
    lua_pushstring(L: State, s: Uint8Array): void;
    lua_pushcfunction(L: State, f: (L: State) => number): void;
    lua_setglobal(L: State, name: Uint8Array): void;
    lua_getglobal(L: State, name: Uint8Array): void;
    lua_pcall(L: State, nargs: number, nresults: number, msgh: number): number;
    lua_call(L: State, nargs: number, nresults: number): void;
    lua_type(L: State, index: number): number;
    lua_tonumber(L: State, index: number): number;
    lua_tojsstring(L: State, index: number): string;
    lua_insert(L: State, index: number): void;
    lua_settop(L: State, index: number): void;
  };
  export const lauxlib: {
    luaL_newstate(): State;
    luaL_loadbuffer(L: State, buffer: Uint8Array, size: number | null, name: Uint8Array): number;
    luaL_checknumber(L: State, arg: number): number;
  };
  export const lualib: { luaL_openlibs(L: State): void };
  export function to_luastring(s: string): Uint8Array;
  const fengari: { lua: typeof lua; lauxlib: typeof lauxlib; lualib: typeof lualib; to_luastring: typeof to_luastring };
  export default fengari;
}
