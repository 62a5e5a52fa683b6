/**
 * A tiny seeded PRNG that gives the same sequence in Node, real Lua 5.1 and fengari.
 *
 * Park-Miller "minimal standard" (x -> 48271 x mod 2^31-1) evaluated with Schrage's method: every intermediate
 * value stays inside a signed 32-bit integer. That matters beyond the missing bitwise operators of Lua 5.1:
 * fengari (the simulated client's runtime) keeps integers in 32 bits and wraps on overflow, so a plain LCG or
 * mulberry32 done with doubles would silently diverge there. The quality is modest but ample for drawing
 * talent builds and tree shapes.
 */
import type { Rng } from "./types";

const MODULUS = 2147483647; // 2^31 - 1
const MULTIPLIER = 48271;
/** Schrage's split: MODULUS = MULTIPLIER * Q + R with R < Q. */
const Q = 44488;
const R = 3399;

/** One step of the generator; state is in 1..MODULUS-1. */
function step(state: number): number {
  const hi = Math.floor(state / Q);
  const lo = state - hi * Q;
  const next = MULTIPLIER * lo - R * hi;
  return next > 0 ? next : next + MODULUS;
}

/** Maps any integer (negative, huge or fractional too) to a valid state without leaving 32-bit range. */
export function seedState(seed: number): number {
  let s = Math.floor(seed) % (MODULUS - 1);
  if (s < 0) s = s + (MODULUS - 1);
  return s + 1;
}

/** Combines two seeds (e.g. a class ID and a tree seed) into one state, overflow-free. */
export function mixSeeds(a: number, b: number): number {
  let state = seedState(a);
  state = step(step(state));
  const add = seedState(b);
  // state + add could pass 2^31 (fengari would wrap): add through the complement instead.
  const room = MODULUS - state;
  state = add >= room ? add - room + 1 : state + add;
  return step(step(state));
}

/** A generator of numbers in [0, 1): (state - 1) / (MODULUS - 1) is never 1. */
export function createRng(seed: number): Rng {
  let state = seedState(seed);
  // The first outputs of a small seed are small: skip a few.
  for (let i = 0; i < 4; i++) state = step(state);
  return () => {
    state = step(state);
    return (state - 1) / (MODULUS - 1);
  };
}

/** An integer in min..max (inclusive). */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** A uniformly chosen element; undefined only for an empty list. */
export function pickOne<T>(rng: Rng, list: readonly T[]): T | undefined {
  if (list.length === 0) return undefined;
  return list[Math.floor(rng() * list.length)];
}
