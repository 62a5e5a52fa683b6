/**
 * What the zip a site publishes must hold, checked on the packager's own zip before any upload: the addon folder at
 * the root with the .toc (its version the tag, not the packager's token), the Lua files it loads (data, locales, code;
 * data and code with real content), LICENSE
 * and CHANGELOG.md, and nothing else (no sources, tests or build output). A lost staging step once produced a 2 KB
 * zip of the LICENSE and changelog alone, and the release went green. Pure: the zip's entries come in.
 */
import { ADDON_NAME, CODE_FILE, DATA_FILE, DOC_FILES, LOAD_ORDER, PACKAGER_VERSION_TOKEN, parseToc } from "./addon-manifest";

/** Smaller Lua files than these are not the addon (the compiled addon is ~200 KB, the data ~90 KB). */
const MIN_BYTES: Readonly<Record<string, number>> = { [CODE_FILE]: 20_000, [DATA_FILE]: 5_000 };

export function packageProblems(files: ReadonlyMap<string, Buffer>, version: string): string[] {
  const problems: string[] = [];
  const expected = [`${ADDON_NAME}.toc`, ...LOAD_ORDER, ...DOC_FILES].map((name) => `${ADDON_NAME}/${name}`);
  const names = [...files.keys()].filter((name) => !name.endsWith("/"));
  for (const name of expected) if (!files.has(name)) problems.push(`missing ${name}`);
  const extra = names.filter((name) => !expected.includes(name));
  if (extra.length > 0)
    problems.push(`unexpected files: ${extra.slice(0, 8).join(", ")}${extra.length > 8 ? `, … ${extra.length - 8} more` : ""}`);
  const toc = files.get(`${ADDON_NAME}/${ADDON_NAME}.toc`);
  if (toc !== undefined) {
    const parsed = parseToc(toc.toString("utf8"));
    const tocVersion = parsed.metadata["Version"];
    if (tocVersion === PACKAGER_VERSION_TOKEN) problems.push(`the .toc still says ## Version: ${PACKAGER_VERSION_TOKEN} (not replaced)`);
    else if (tocVersion !== version) problems.push(`the .toc says ## Version: ${tocVersion ?? "(none)"}, the release is ${version}`);
    for (const file of LOAD_ORDER) if (!parsed.files.includes(file)) problems.push(`the .toc does not load ${file}`);
  }
  for (const [file, min] of Object.entries(MIN_BYTES)) {
    const body = files.get(`${ADDON_NAME}/${file}`);
    if (body !== undefined && body.length < min) problems.push(`${ADDON_NAME}/${file} is ${body.length} bytes (the addon's is far larger)`);
  }
  return problems;
}
