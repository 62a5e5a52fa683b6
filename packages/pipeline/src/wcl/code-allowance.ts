/**
 * The points import-string lookups may spend in one run (`--code-budget`), and which lookups that admits. Apart
 * from the lookups themselves so the admission order can be checked on its own: it decides which builds get a
 * string when the budget is small.
 */

/**
 * Points import-string lookups may still spend this run, priced per alias: a report's players (masterData actors,
 * once per report: they are cached after the first lookup) and a fight's talentImportCode alias (once per fight in
 * each call: a later round asks the fight again for other players, in an alias of its own, billed again).
 */
export interface CodeAllowance {
  points: number;
  readonly prices: { readonly reportActors: number; readonly importCodes: number };
  /**
   * Reports already charged this run. Lookups answered from the cache are charged like fetched ones, at fixed
   * prices, so a rerun admits exactly the lookups of the first run and asks the network for nothing new.
   */
  readonly charged: { readonly reports: Set<string> };
  /** Set once a lookup did not fit: the allowance admits nothing more this run, however cheap. */
  closed?: boolean;
}

/** Where a lookup's aliases are priced: its report (players) and its fight (strings). */
export interface PricedLookup {
  readonly reportCode: string;
  readonly fightId: number;
}

/**
 * The longest prefix of `lookups` whose aliases still fit, charged as admitted. Strictly in the order given (the
 * caller's priority: general builds, then encounters, then alternatives): once one does not fit, none after it
 * is admitted, not even one whose report and fight this call already charged and so costs nothing. Admitting those
 * cheap later ones would give an encounter's build a string while a general build went without.
 */
export function admitLookups<L extends PricedLookup>(lookups: readonly L[], allowance: CodeAllowance): L[] {
  const { reports } = allowance.charged;
  const fights = new Set<string>();
  const out: L[] = [];
  if (allowance.closed === true) return out;
  for (const lookup of lookups) {
    const fight = `${lookup.reportCode}#${lookup.fightId}`;
    const cost =
      (reports.has(lookup.reportCode) ? 0 : allowance.prices.reportActors) + (fights.has(fight) ? 0 : allowance.prices.importCodes);
    if (cost > allowance.points + 1e-9) {
      allowance.closed = true;
      break;
    }
    allowance.points -= cost;
    reports.add(lookup.reportCode);
    fights.add(fight);
    out.push(lookup);
  }
  return out;
}
