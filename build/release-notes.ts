/**
 * The release notes of one version: its section of CHANGELOG.md, nothing else (not the preamble, not the earlier
 * versions). `npm run release` writes them to dist/release-notes.md, which .pkgmeta names as the packager's manual
 * changelog, so the sites show this version's changes; the zip still carries the whole CHANGELOG.md. Pure.
 */

/** Where `npm run release` writes them, relative to the repository (.pkgmeta `manual-changelog`). */
export const RELEASE_NOTES_FILE = "dist/release-notes.md";

/**
 * The `## <version>` section (also `## v<version>` and `## <version> - 2026-12-08` or `(2026-12-08)`), from its
 * heading to the next `## ` heading, trimmed; undefined when there is none or it is empty.
 */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?:\\s*(?:[-–(].*)?)?$`);
  const start = lines.findIndex((line) => heading.test(line.trim()));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join("\n")
    .trim();
  return body === "" ? undefined : `${lines[start]!.trim()}\n\n${body}\n`;
}
