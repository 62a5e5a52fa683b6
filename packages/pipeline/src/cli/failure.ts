import { describeFileError, EXIT_FAILED, isFileError, PipelineError } from "../http/errors";
import type { Redactor } from "../util/redact";

/** Where each folder option points, to name the option when a file error happens under it mid-run. */
export interface FolderOptions {
  readonly "--out": string;
  readonly "--cache-dir": string;
}

export interface FailureReport {
  readonly lines: readonly string[];
  readonly exitCode: number;
}

/** First line, whitespace collapsed: a message never spreads over the terminal. */
function oneLine(text: string): string {
  return (text.split("\n")[0] ?? "").replace(/\s+/g, " ").trim();
}

/**
 * How a failed run is told: `error: ...` and at most one `hint: ...` line, redacted, no stack trace. `verbose`
 * adds what the message carried on further lines (e.g. every item of a failed request) and, for an unexpected
 * error, its stack.
 */
export function describeFailure(error: unknown, redactor: Redactor, folders: FolderOptions, verbose: boolean): FailureReport {
  const lines: string[] = [];
  let exitCode = EXIT_FAILED;
  let detail: string | undefined;
  if (error instanceof PipelineError) {
    lines.push(`error: ${oneLine(error.message)}`);
    if (error.hint !== undefined) lines.push(`hint: ${oneLine(error.hint)}`);
    exitCode = error.exitCode;
    detail = error.message.split("\n").slice(1).join("\n");
  } else if (isFileError(error)) {
    const file = error.path ?? "";
    const option = (Object.keys(folders) as (keyof FolderOptions)[]).find((o) => file !== "" && file.startsWith(folders[o]));
    lines.push(
      `error: cannot ${error.syscall ?? "use"} ${file}${option !== undefined ? ` (under ${option})` : ""}: ${describeFileError(error)}`,
    );
    lines.push(
      `hint: ${option !== undefined ? `check ${option} ${folders[option]}` : "check the file's folder"}; a rerun resumes from the cache`,
    );
  } else {
    const message = error instanceof Error ? error.message : String(error);
    lines.push(`error: internal error: ${oneLine(message)}`);
    lines.push(verbose ? "hint: this is a bug; the stack trace follows" : "hint: this is a bug; rerun with --verbose for the stack trace");
    detail = error instanceof Error ? error.stack : undefined;
  }
  if (verbose && detail !== undefined && detail.trim() !== "") lines.push(detail);
  return { lines: lines.map((l) => redactor.redact(l)), exitCode };
}
