/**
 * Codec failures are values, not exceptions: the same code runs as Lua inside the game, where a thrown
 * error is a Lua error the player sees. Each kind has a message that says what is wrong and where.
 */
export type CodecErrorKind =
  "empty" | "bad-character" | "too-short" | "too-long" | "unsupported-version" | "truncated" | "invalid-field" | "tree-mismatch";

export interface CodecError {
  readonly kind: CodecErrorKind;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CodecError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(kind: CodecErrorKind, message: string): Result<T> {
  return { ok: false, error: { kind, message } };
}
