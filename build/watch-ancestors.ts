/**
 * Calls `onGone` once when a process this one was started under has exited. `npm run x` starts `sh -c`, which starts
 * the script's command (tsx, which starts node again): a SIGTERM to npm's PID stops npm alone, and the rest is
 * adopted by init and keeps running. So the long-running scripts (the fake server) watch their ancestors themselves.
 * The ancestors are read once at start from /proc (Linux) up to `levels` deep, stopping below PID 1; elsewhere only
 * the parent is known (process.ppid). A process gone is one `kill(pid, 0)` reports missing (ESRCH), or one /proc
 * shows as a zombie: npm killed by SIGTERM has exited, but until its own parent reaps it the PID still answers
 * `kill(pid, 0)`, and a busy parent can take a long while to reap.
 */
import { readFileSync } from "node:fs";

const POLL_MS = 1000;

export function watchAncestors(onGone: () => void, levels = 4): void {
  const watched = ancestors(levels);
  const timer = setInterval(() => {
    if (process.ppid !== watched[0] || watched.some((pid) => !alive(pid))) {
      clearInterval(timer);
      onGone();
    }
  }, POLL_MS);
  timer.unref();
}

function ancestors(levels: number): number[] {
  const list = [process.ppid];
  while (list.length < levels) {
    const parent = parentOf(list[list.length - 1]!);
    if (parent === undefined || parent <= 1) break;
    list.push(parent);
  }
  return list;
}

/** The fields of /proc/<pid>/stat after "pid (comm) " (comm may hold spaces and parentheses): state, ppid, ... */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  const ppid = Number(statFields(pid)?.[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

function alive(pid: number): boolean {
  if (statFields(pid)?.[0] === "Z") return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
