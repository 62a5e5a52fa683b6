/**
 * Which addon sites a tag's release reaches, decided before anything is uploaded. The BigWigs packager uploads to a
 * site only when the .toc has its project ID and the job has its secret, and skips the site silently otherwise; so a
 * tag with no IDs, or with an ID whose secret is missing, used to go green having published nothing. Here a release
 * must reach every site it names, and at least one, unless package.json `config.githubOnlyRelease` is true (a GitHub
 * release only, the documented choice for a project not on any site yet). Pure: IDs and secret presence come in.
 */
import type { SiteIds } from "./addon-manifest";

export interface Site {
  readonly name: string;
  /** package.json `config` key of its ID (written to the .toc). */
  readonly idKey: keyof SiteIds;
  readonly tocField: string;
  /** The repository secret the packager reads (release.yml passes it in the environment). */
  readonly secret: string;
}

export const SITES: readonly Site[] = [
  { name: "CurseForge", idKey: "curseProjectId", tocField: "X-Curse-Project-ID", secret: "CF_API_KEY" },
  { name: "WoWInterface", idKey: "wowiAddonId", tocField: "X-WoWI-ID", secret: "WOWI_API_TOKEN" },
  { name: "Wago", idKey: "wagoProjectId", tocField: "X-Wago-ID", secret: "WAGO_API_TOKEN" },
];

export interface ReleaseSites {
  /** Sites the upload will reach. */
  readonly sites: readonly string[];
  /** Why the release must not go ahead (empty: it may). */
  readonly problems: readonly string[];
  /** Worth a line in the log, not a failure. */
  readonly notes: readonly string[];
}

export function releaseSites(ids: SiteIds, secretSet: (name: string) => boolean, githubOnly: boolean): ReleaseSites {
  const sites: string[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  for (const site of SITES) {
    const id = (ids[site.idKey] ?? "").trim();
    const secret = secretSet(site.secret);
    if (id !== "" && secret) sites.push(site.name);
    else if (id !== "") problems.push(`${site.name}: package.json config.${site.idKey} is ${id}, but the secret ${site.secret} is not set`);
    else if (secret) notes.push(`${site.name}: the secret ${site.secret} is set but config.${site.idKey} is empty: not uploaded there`);
  }
  if (githubOnly && sites.length > 0)
    problems.push(`config.githubOnlyRelease is true, but ${sites.join(", ")} would receive the upload: clear one or the other`);
  if (!githubOnly && sites.length === 0 && problems.length === 0)
    problems.push(
      "no addon site would receive this release: set a site's project ID in package.json config and its secret, or set config.githubOnlyRelease to true",
    );
  return { sites, problems, notes };
}
