/**
 * Midnight's secret values. Inside instances the client hands addons values they may pass along but not read:
 * the READY_CHECK payload and the identity (GUID, name) of attackable units. Here a secret is an empty table
 * whose metatable traps every operation Lua lets a metatable see (tostring, concatenation, comparison,
 * indexing, length, calls, arithmetic): the access is recorded as a violation and raises an error, as the client
 * does. `issecretvalue` is the sanctioned test. Limits of plain Lua: `secret == "x"` compares a table with a
 * string without consulting metatables (always false, never trapped), and `type(secret)` is "table".
 */
import { setGlobal } from "./globals";
import { sim } from "./state";

const labels = new LuaTable<object, string>();
setmetatable(labels, { __mode: "k" });

export function recordSecretAccess(value: unknown, operation: string): void {
  sim.violations.push({ label: labels.get(value as object) ?? "secret", operation, time: sim.now });
}

function trap(operation: string) {
  return (value: object, ..._rest: unknown[]): never => {
    // Either operand of a binary metamethod may be the secret.
    const secret = labels.get(value) !== undefined ? value : (_rest[0] as object);
    recordSecretAccess(secret, operation);
    return error(`attempt to ${operation} a secret value`, 2);
  };
}

const secretMeta = {
  __index: trap("index"),
  __newindex: trap("assign into"),
  __tostring: trap("convert to string"),
  __concat: trap("concatenate"),
  __eq: trap("compare"),
  __lt: trap("compare"),
  __le: trap("compare"),
  __len: trap("take the length of"),
  __call: trap("call"),
  __unm: trap("negate"),
  __add: trap("perform arithmetic on"),
  __sub: trap("perform arithmetic on"),
  __mul: trap("perform arithmetic on"),
  __div: trap("perform arithmetic on"),
  __mod: trap("perform arithmetic on"),
  __pow: trap("perform arithmetic on"),
  // getmetatable(secret) must not hand the addon a way to disarm the traps.
  __metatable: "secret",
};

/** A new secret standing for `label` (e.g. "READY_CHECK initiatorName"), so violations say what was touched. */
export function makeSecret(label: string): object {
  const secret = {};
  labels.set(secret, label);
  setmetatable(secret, secretMeta as unknown as LuaMetatable<object>);
  return secret;
}

export function isSecret(value: unknown): boolean {
  return type(value) === "table" && labels.get(value as object) !== undefined;
}

/** True while the player is inside an instance, where Midnight turns these values secret. */
export function secretsActive(): boolean {
  return sim.location.instanceType !== "none";
}

/** The value itself in the open world, a secret standing for it inside instances. */
export function maybeSecret<T>(value: T, label: string): T | object {
  return secretsActive() ? makeSecret(label) : value;
}

const issecretvalueImpl: typeof issecretvalue = (value) => isSecret(value);

export function installSecrets(): void {
  setGlobal("issecretvalue", issecretvalueImpl);
  setGlobal("canaccessvalue", (value: unknown) => !isSecret(value));
}
