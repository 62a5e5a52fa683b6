import * as fs from "node:fs/promises";
import * as path from "node:path";
import { describeFileError, isFileError, PipelineError } from "../http/errors";

/**
 * Checks before any request that a folder option can be used: created if missing, a folder and writable (a probe
 * file is written and removed). A run that would fetch for minutes and then fail to write is told up front, naming
 * the option (`--out`, `--cache-dir`) rather than a path deep inside it.
 */
export async function ensureWritableDir(dir: string, option: string): Promise<void> {
  let step = "create";
  try {
    const stat = await fs.stat(dir).catch((error: unknown) => {
      if (isFileError(error) && error.code === "ENOENT") return undefined;
      throw error;
    });
    if (stat !== undefined && !stat.isDirectory()) {
      throw new PipelineError(`${option} ${dir} is a file, not a folder`, {
        kind: "config",
        hint: `pass ${option} a folder (it is created if missing)`,
      });
    }
    if (stat === undefined) await fs.mkdir(dir, { recursive: true });
    step = "write in";
    const probe = path.join(dir, `.att-write-test-${process.pid}`);
    await fs.writeFile(probe, "", "utf8");
    await fs.unlink(probe);
  } catch (error) {
    if (error instanceof PipelineError || !isFileError(error)) throw error;
    throw new PipelineError(`${option} ${dir}: cannot ${step} the folder: ${describeFileError(error)}`, {
      kind: "config",
      hint: `pass ${option} a folder you can write to`,
    });
  }
}

/** Settings URLs must be absolute http(s) URLs; anything else fails before a request with the variable named. */
export function checkUrl(value: string, variable: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new PipelineError(`${variable} is not an http(s) URL: ${JSON.stringify(value.slice(0, 200))}`, {
      kind: "config",
      hint: `fix or unset ${variable} (environment or .env)`,
    });
  }
}
