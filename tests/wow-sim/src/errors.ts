/**
 * The client's error handler: a Lua error inside an event handler, timer, popup or slash command is caught, handed
 * to the current error handler (geterrorhandler(); the default one shows it to the player, here: records it) and
 * does not stop the next handler. Tests assert the list is empty.
 *
 * Addons reach the same handler through geterrorhandler()/seterrorhandler() (Blizzard_ScriptErrors/
 * Blizzard_ScriptErrors.lua:73 installs the default with seterrorhandler) and through securecallfunction, which
 * calls a function and, when it raises, passes the error to the current error handler and returns nothing
 * instead of propagating it: Blizzard_SharedXMLBase/CallbackRegistry.lua:199-213 dispatches every callback this
 * way, and its documented sibling securecallmethod says so (Blizzard_APIDocumentationGenerated/
 * FrameScriptDocumentation.lua:400-416, "If an error occurred, this result list will be empty"; 12.0.1, 4679f888).
 */
import { setGlobal } from "./globals";
import { sim } from "./state";

export function recordError(message: unknown, context: string): void {
  sim.errors.push({ message: typeof message === "string" ? message : tostring(message), context, time: sim.now });
}

type ErrorHandler = (this: void, message: unknown) => unknown;

/** What the client is running when an error happens, for the default handler's record. */
const contexts: string[] = [];

const defaultHandler: ErrorHandler = (message) => {
  recordError(message, contexts[contexts.length - 1] ?? "unknown");
  return message;
};

let handler: ErrorHandler = defaultHandler;

/** Hands an error to the current handler; a handler that raises itself is recorded, never propagated. */
function report(message: unknown): void {
  const [ok, failure] = pcall(handler, message);
  if (!ok) recordError(failure, "error handler");
}

/** Calls `fn(...args)` like the client calls addon code: errors go to the error handler, never to the caller. */
export function safeCall<A extends unknown[], R>(
  context: string,
  fn: (...args: A) => R,
  ...args: A
): LuaMultiReturn<[boolean, R | undefined]> {
  contexts.push(context);
  const [ok, result] = pcall(fn, ...args);
  if (!ok) report(result);
  contexts.pop();
  if (!ok) return $multi(false, undefined);
  return $multi(true, result as R);
}

/** securecallfunction's results: the function's own when it returned, nothing when it raised (reported). */
function secureResults(ok: boolean, first?: unknown, ...rest: unknown[]): LuaMultiReturn<unknown[]> {
  if (!ok) {
    report(first);
    return $multi();
  }
  return $multi(first, ...rest);
}

export function installErrors(): void {
  setGlobal("geterrorhandler", (): ErrorHandler => handler);
  setGlobal("seterrorhandler", (fn: unknown): void => {
    if (typeof fn !== "function") error("Usage: seterrorhandler(errfunc)", 2);
    handler = fn as ErrorHandler;
  });
  setGlobal("securecallfunction", (fn: (this: void, ...args: unknown[]) => unknown, ...args: unknown[]) => {
    if (typeof fn !== "function") error("Usage: securecallfunction(func, ...)", 2);
    // Spread straight into secureResults, so every result (nils included) passes through without a table.
    return (secureResults as (this: void, ...all: unknown[]) => LuaMultiReturn<unknown[]>)(...pcall(fn, ...args));
  });
}
