/**
 * Failure kinds of one HTTP/GraphQL exchange. `retryable` decides whether backoff applies; the message is
 * already redacted and says what happened (status, timeout, parse error...), the caller adds which work it was.
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
  ) {
    super(message);
    this.name = "RequestFailure";
  }
}

/** A failure the pipeline gives up on, naming the work, the attempt count and the last cause. */
export class PipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PipelineError";
  }
}
