import cliProgress from "cli-progress";
import { formatSeconds } from "../util/duration";

/** Counters shown next to the bar: network requests and rate-limit points. */
export interface Counters {
  requests: number;
  pointsUsed: number;
  pointsLeft?: number;
}

/** What the pipeline tells the person running it. Everything goes to stderr; stdout holds the summary. */
export interface Reporter {
  phase(name: string, total: number): void;
  advance(by: number, counters: Counters): void;
  countdown(secondsLeft: number, reason: string): void;
  info(message: string): void;
  verbose(message: string): void;
  warn(message: string): void;
  finish(): void;
}

export interface Sink {
  write(text: string): void;
}

/** Plain lines for logs and pipes: a line per phase, then one at every 10% and at the end. */
export class LineReporter implements Reporter {
  private name = "";
  private total = 0;
  private done = 0;
  private lastDecile = -1;

  constructor(
    private readonly out: Sink,
    private readonly isVerbose: boolean,
  ) {}

  phase(name: string, total: number): void {
    this.name = name;
    this.total = total;
    this.done = 0;
    this.lastDecile = -1;
    this.out.write(`${name}: ${total} to do\n`);
  }

  advance(by: number, counters: Counters): void {
    this.done += by;
    const decile = this.total === 0 ? 10 : Math.floor((this.done / this.total) * 10);
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      this.out.write(`${this.name}: ${this.done}/${this.total} (${countersText(counters)})\n`);
    }
  }

  countdown(secondsLeft: number, reason: string): void {
    if (secondsLeft % 10 === 0 || secondsLeft <= 5) this.out.write(`${reason}; waiting for the reset: ${formatSeconds(secondsLeft)}\n`);
  }

  info(message: string): void {
    this.out.write(`${message}\n`);
  }

  verbose(message: string): void {
    if (this.isVerbose) this.out.write(`  ${message}\n`);
  }

  warn(message: string): void {
    this.out.write(`warning: ${message}\n`);
  }

  finish(): void {}
}

/** A live bar with ETA and counters for terminals. */
export class BarReporter implements Reporter {
  private bar: cliProgress.SingleBar | undefined;
  private counters: Counters = { requests: 0, pointsUsed: 0 };

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly isVerbose: boolean,
  ) {}

  phase(name: string, total: number): void {
    this.bar?.stop();
    this.bar = new cliProgress.SingleBar(
      {
        format: `${name.padEnd(16)} {bar} {percentage}% | {value}/{total} | ETA {eta_formatted} | {stats}`,
        stream: this.stream,
        hideCursor: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(Math.max(total, 1), 0, { stats: countersText(this.counters) });
    if (total === 0) this.bar.update(1);
  }

  advance(by: number, counters: Counters): void {
    this.counters = counters;
    this.bar?.increment(by, { stats: countersText(counters) });
  }

  countdown(secondsLeft: number, reason: string): void {
    this.bar?.update({ stats: `${reason}; reset in ${formatSeconds(secondsLeft)}` });
  }

  info(message: string): void {
    this.print(message);
  }

  verbose(message: string): void {
    if (this.isVerbose) this.print(`  ${message}`);
  }

  warn(message: string): void {
    this.print(`warning: ${message}`);
  }

  finish(): void {
    this.bar?.stop();
    this.bar = undefined;
  }

  /** Prints above the bar without tearing it. */
  private print(message: string): void {
    if (this.bar === undefined) {
      this.stream.write(`${message}\n`);
      return;
    }
    this.stream.write(`\r\x1b[2K${message}\n`);
    this.bar.render();
  }
}

export function countersText(c: Counters): string {
  const left = c.pointsLeft === undefined ? "" : `, ${Math.round(c.pointsLeft)} left`;
  return `${c.requests} requests, ${round1(c.pointsUsed)} points${left}`;
}

function round1(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export const silentReporter: Reporter = {
  phase: () => {},
  advance: () => {},
  countdown: () => {},
  info: () => {},
  verbose: () => {},
  warn: () => {},
  finish: () => {},
};
