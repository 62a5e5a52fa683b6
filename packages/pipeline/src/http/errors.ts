/**
 * The pipeline's error model. Two layers:
 * - RequestFailure: how one HTTP/GraphQL exchange failed (`retryable` decides whether backoff applies). Its message
 *   is already redacted and says what happened (status, timeout, parse error...); the caller adds which work it was.
 * - PipelineError: a failure the run gives up on, with a kind that fixes the exit code and an optional hint line.
 *   The CLI prints `error: <first line of the message>` and `hint: <hint>`, nothing else (no stack trace).
 */
export type FailureKind =
  | "rate-limited"
  | "server-error"
  /** HTTP 413 or a GraphQL "too complex / too large" error: the request must be made smaller, not resent whole. */
  | "too-large"
  | "timeout"
  | "network"
  | "malformed"
  | "graphql"
  | "rankings-error"
  | "unauthorized"
  | "blocked"
  | "client-error";

export class RequestFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly retryable: boolean,
    /** From Retry-After, when the server sent one. */
    readonly retryAfterMs?: number,
    /** HTTP status, when the server answered at all. */
    readonly status?: number,
    /** The OAuth/REST `error` code of a JSON error body (e.g. "invalid_client"), when there was one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = "RequestFailure";
  }
}

/**
 * What went wrong, from the user's point of view. Each kind has one exit code:
 * usage/config/auth are the caller's to fix (2), the rest are a failed run (1).
 */
export type ErrorKind =
  /** Bad command line: unknown option value, unknown spec/class/encounter. */
  | "usage"
  /** Bad settings: an invalid URL, an unusable --out/--cache-dir, a zone that does not exist. */
  | "config"
  /** The token endpoint refused the client credentials. */
  | "auth"
  /** The network or a server could not be reached, or kept failing. */
  | "network"
  /** The API answered something the run cannot use. */
  | "api"
  /** The hour's points are spent and waiting did not help. */
  | "budget"
  /** A file could not be read or written mid-run. */
  | "filesystem"
  /** The never-worse-data guard kept the previous output. */
  | "guard"
  /** Anything else: a failure of the run. */
  | "run";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT, what shells report for Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

export function exitCodeOf(kind: ErrorKind): number {
  return kind === "usage" || kind === "config" || kind === "auth" ? EXIT_USAGE : EXIT_FAILED;
}

/** The exit codes as documented in --help and the README. */
export const EXIT_CODES_HELP = [
  "Exit codes:",
  `  ${EXIT_OK}    done (or --help, --dry-run)`,
  `  ${EXIT_FAILED}    the run failed (network, API, budget, files; or the output was kept because the new data covers less)`,
  `  ${EXIT_USAGE}    usage or configuration error (unknown option, spec, class or encounter; credentials; --out/--cache-dir; URLs)`,
  `  ${EXIT_INTERRUPTED}  interrupted (Ctrl-C); a rerun resumes from the cache`,
].join("\n");

export interface PipelineErrorOptions {
  readonly kind?: ErrorKind;
  /** One line telling the user what to do about it. */
  readonly hint?: string;
  /** The request failure that ended the work, for its kind; never printed as a stack. */
  readonly failure?: RequestFailure;
}

/** Which ErrorKind a request failure that was given up on stands for. */
export function kindOfFailure(failure: RequestFailure): ErrorKind {
  switch (failure.kind) {
    case "rate-limited":
      return "budget";
    case "timeout":
    case "network":
    case "server-error":
    case "blocked":
      return "network";
    default:
      return "api";
  }
}

function hintOfFailure(failure: RequestFailure): string | undefined {
  switch (failure.kind) {
    case "rate-limited":
      return "the hour's points are spent; rerun after the reset (what was fetched is cached and not fetched again)";
    case "network":
      return "check the network connection (and WCL_API_URL / WCL_TOKEN_URL if set); a rerun resumes from the cache";
    case "timeout":
    case "server-error":
      return "Warcraft Logs may be overloaded; try later, a rerun resumes from the cache";
    default:
      return undefined;
  }
}

/** A failure the pipeline gives up on, naming the work, the attempt count and the last (redacted) cause. */
export class PipelineError extends Error {
  readonly kind: ErrorKind;
  readonly hint: string | undefined;
  readonly failure: RequestFailure | undefined;

  constructor(message: string, options: PipelineErrorOptions = {}) {
    super(message);
    this.name = "PipelineError";
    this.failure = options.failure;
    this.kind = options.kind ?? (options.failure !== undefined ? kindOfFailure(options.failure) : "run");
    this.hint = options.hint ?? (options.failure !== undefined ? hintOfFailure(options.failure) : undefined);
  }

  get exitCode(): number {
    return exitCodeOf(this.kind);
  }

  /** The same error with more context in front (or extra detail lines after), keeping kind and hint. */
  static wrap(error: unknown, message: (inner: string) => string): PipelineError {
    const inner = error instanceof Error ? error.message : String(error);
    if (error instanceof PipelineError)
      return new PipelineError(message(inner), { kind: error.kind, hint: error.hint, failure: error.failure });
    return new PipelineError(message(inner));
  }
}

/** Node's file errors carry `code` (EACCES, ENOTDIR...) and `path`. */
export function isFileError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!)
  );
}

const FILE_CODES: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a path component is a file, not a folder",
  EEXIST: "a file is in the way",
  EISDIR: "is a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  ENOENT: "no such file or folder",
};

/** "EACCES (permission denied)": the code for searching, the words for reading. */
export function describeFileError(error: NodeJS.ErrnoException & { code: string }): string {
  const words = FILE_CODES[error.code];
  return words === undefined ? error.code : `${error.code} (${words})`;
}
