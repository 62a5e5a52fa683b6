import { createWriteStream, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import yazl from "yazl";

/** A fixed timestamp keeps the zip byte-identical between builds of the same files. */
const FIXED_MTIME = new Date("2024-01-01T00:00:00Z");

/** Zips `folder` so that its files appear under `rootName/` inside the archive, in sorted order. */
export function zipFolder(folder: string, rootName: string, zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const addAll = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) addAll(full, `${prefix}${name}/`);
      else zip.addFile(full, `${prefix}${name}`, { mtime: FIXED_MTIME, mode: 0o100644 });
    }
  };
  addAll(folder, `${rootName}/`);
  zip.end();
  return new Promise((resolvePromise, reject) => {
    zip.outputStream
      .pipe(createWriteStream(zipPath))
      .on("close", () => resolvePromise())
      .on("error", reject);
  });
}
