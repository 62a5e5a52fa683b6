/**
 * The sim clock. Time only moves when the test advances it; timers fire in due order (ties in the order they
 * were created), each with the clock set to its due time, so code that reads GetTime() in a callback sees the
 * moment the client would have run it. A timer due "now" (C_Timer.After(0)) runs on the next advance, never
 * synchronously, like the client's next frame.
 */
import { safeCall } from "./errors";
import { sim, type SimTimer } from "./state";

export function schedule(delay: number, label: string, callback: (this: void) => void): SimTimer {
  const seq = sim.nextTimerSeq;
  sim.nextTimerSeq = seq + 1;
  const timer: SimTimer = { id: seq, due: sim.now + Math.max(0, delay), seq, label, callback, cancelled: false };
  sim.timers.push(timer);
  return timer;
}

function nextDue(limit: number): SimTimer | undefined {
  let best: SimTimer | undefined;
  let bestIndex = -1;
  for (let i = 0; i < sim.timers.length; i++) {
    const timer = sim.timers[i]!;
    if (timer.cancelled || timer.due > limit) continue;
    if (best === undefined || timer.due < best.due || (timer.due === best.due && timer.seq < best.seq)) {
      best = timer;
      bestIndex = i;
    }
  }
  if (bestIndex >= 0) sim.timers.splice(bestIndex, 1);
  return best;
}

/** Moves the clock forward, running every timer that falls due on the way (including ones scheduled meanwhile). */
export function advance(seconds: number): void {
  const target = sim.now + Math.max(0, seconds);
  for (;;) {
    const timer = nextDue(target);
    if (timer === undefined) break;
    if (timer.due > sim.now) sim.now = timer.due;
    safeCall(`timer: ${timer.label}`, timer.callback);
  }
  sim.now = target;
  sim.timers = sim.timers.filter((t) => !t.cancelled);
}

/** Drops every pending timer (a /reload discards the Lua state and its timers). */
export function clearTimers(): void {
  sim.timers = [];
}
