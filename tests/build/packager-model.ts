/**
 * What the BigWigs packager puts in its zip, modelled on its release.sh (BigWigsMods/packager v2.5.1, commit
 * 6d50adb): copy_directory_tree walks the checkout with `find`, pruning every name that starts with a dot (about
 * line 1813), and skips files matching the ignore patterns (line 1836): .pkgmeta `ignore` plus every untracked path
 * from `git ls-files --others --directory` (vcs_addignore, line 1131), except the manual changelog (line 1119);
 * then `move-folders` lifts a folder to the package root, `@project-version@` becomes the tag in the .toc, and the
 * package folder is zipped under `package-as`. Checked against the real script, run locally with uploads off on
 * this staging (the same five files); CI runs the real one on every change to the release path (package.yml).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

interface PkgMeta {
  readonly "package-as": string;
  readonly "move-folders"?: Record<string, string>;
  readonly "manual-changelog"?: { readonly filename: string };
  readonly ignore?: readonly string[];
}

function walk(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith(".")) return [];
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** A bash `case` pattern of the packager: `*` matches any run, `/` included; a folder entry covers its files. */
function matches(file: string, pattern: string): boolean {
  const body = pattern.endsWith("/") ? `${pattern}*` : pattern;
  const regex = new RegExp(`^${body.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return regex.test(file) || file.startsWith(`${pattern.replace(/\/$/, "")}/`);
}

/** The zip's files (path inside the zip -> content) for a checkout at `repo` packaged at tag `version`. */
export function packagerZip(repo: string, version: string): Map<string, Buffer> {
  const meta = parse(readFileSync(join(repo, ".pkgmeta"), "utf8")) as PkgMeta;
  const changelog = meta["manual-changelog"]?.filename;
  const untracked = execFileSync("git", ["-C", repo, "ls-files", "--others", "--directory"], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line !== "" && line !== changelog);
  const ignored = [...(meta.ignore ?? []), ...untracked];
  const out = new Map<string, Buffer>();
  for (const file of walk(repo)) {
    if (ignored.some((pattern) => matches(file, pattern))) continue;
    let target = file;
    for (const [from, to] of Object.entries(meta["move-folders"] ?? {})) {
      const source = from.slice(meta["package-as"].length + 1);
      const dest = to.slice(meta["package-as"].length + 1);
      if (file.startsWith(`${source}/`)) target = `${dest === "" ? "" : `${dest}/`}${file.slice(source.length + 1)}`;
    }
    let body = readFileSync(join(repo, file));
    if (target.endsWith(".toc")) body = Buffer.from(body.toString("utf8").replaceAll("@project-version@", version));
    out.set(`${meta["package-as"]}/${target}`, body);
  }
  return out;
}
