/** C_Timer, RunNextFrame, GetTime and GetServerTime, all on the sim clock. */
import { schedule } from "./clock";
import { setGlobal } from "./globals";
import { sim, type SimTimer } from "./state";

class TimerHandle {
  constructor(private readonly timer: SimTimer) {}
  Cancel(): void {
    this.timer.cancelled = true;
  }
  IsCancelled(): boolean {
    return this.timer.cancelled;
  }
}

function checkArgs(api: string, seconds: unknown, callback: unknown): void {
  if (typeof seconds !== "number" || typeof callback !== "function") error(`Usage: ${api}(seconds, callback)`, 3);
}

const timerApi: typeof C_Timer = {
  After(seconds, callback) {
    checkArgs("C_Timer.After", seconds, callback);
    schedule(seconds, "C_Timer.After", callback);
  },
  NewTimer(seconds, callback) {
    checkArgs("C_Timer.NewTimer", seconds, callback);
    let handle: TimerHandle | undefined;
    // The client passes the timer handle to the callback.
    const timer = schedule(seconds, "C_Timer.NewTimer", () => (callback as (self: TimerHandle | undefined) => void)(handle));
    handle = new TimerHandle(timer);
    return handle;
  },
};

const getTime: typeof GetTime = () => sim.now;
const getServerTime: typeof GetServerTime = () => Math.floor(sim.serverTimeBase + sim.now);
const runNextFrame: typeof RunNextFrame = (callback) => {
  schedule(0, "RunNextFrame", callback);
};

export function installTimers(): void {
  setGlobal("C_Timer", timerApi);
  setGlobal("GetTime", getTime);
  setGlobal("GetServerTime", getServerTime);
  setGlobal("RunNextFrame", runNextFrame);
}
