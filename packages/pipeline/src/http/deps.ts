/** The effects the network layer needs, passed in so tests run with fake clocks and in-process servers. */
export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface HttpDeps extends Clock {
  readonly fetch: FetchFn;
  readonly random: () => number;
  /** Keeps a minimum gap between request starts (burst limit); shared by the token and the API requests. */
  readonly spacer?: { wait(): Promise<void> };
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
