/** Defaults of a run that the plan, the CLI and the bench share (live figures, see packages/pipeline/README.md). */

/** Top N ranked players per (spec, encounter): the sample every build is chosen from. */
export const DEFAULT_TOP_N = 50;

/**
 * Aliases per request. About 10: a 100-row rankings page with combatant info is ~0.5 MB live, a 40-alias request
 * answered ~20 MB and failed, and public clients keep aliased batches near 10 on purpose (reported; see the
 * pipeline README). Batches shrink on size failures and grow back up to this.
 */
export const DEFAULT_BATCH = { rankings: 10 };
/** Two requests in flight hide latency; more only meets the burst limit sooner. */
export const DEFAULT_CONCURRENCY = 2;
/**
 * ~2 requests/s is the reported burst limit (long lockout when crossed): start requests at most every 0.55 s, a 10%
 * margin, since 0.5 s would put every third start right at the limit and network jitter over it.
 */
export const DEFAULT_SPACING_MS = 550;
