/**
 * The client's error handler: a Lua error inside an event handler, timer, popup or slash command is caught,
 * shown to the player (here: recorded) and does not stop the next handler. Tests assert the list is empty.
 */
import { sim } from "./state";

export function recordError(message: unknown, context: string): void {
  sim.errors.push({ message: typeof message === "string" ? message : tostring(message), context, time: sim.now });
}

/** Calls `fn(...args)` like the client calls addon code: errors are recorded, never raised to the caller. */
export function safeCall<A extends unknown[], R>(
  context: string,
  fn: (...args: A) => R,
  ...args: A
): LuaMultiReturn<[boolean, R | undefined]> {
  const [ok, result] = pcall(fn, ...args);
  if (!ok) {
    recordError(result, context);
    return $multi(false, undefined);
  }
  return $multi(true, result as R);
}
