/**
 * The /att commands: help, status, check, why, reset, config. Each prints through the controller (so every line
 * carries the addon's prefix) and reads only the controller's state and the pure core.
 */
import type { SpecBuilds } from "@att/contract";
import { offerFacts } from "./controller";
import { isSampleData, specBuilds } from "./core/data";
import { offersFor, type Offer } from "./core/decision";
import { dataProblemLine, describeContext, describeOffer, explain, offerName } from "./core/describe";
import { clearSuppressions, suppressionList } from "./core/settings";
import { fill, joinNonEmpty } from "./core/text";
import type { Controller } from "./controller";

function help(c: Controller): void {
  for (const line of c.deps.L.HELP) c.print(line);
}

function status(c: Controller): void {
  const { L, client, loadout } = c.deps;
  if (!c.account.settings.enabled) c.print(L.STATUS_DISABLED);
  const specId = client.specId();
  c.print(specId === undefined ? L.STATUS_NO_SPEC : fill(L.STATUS_SPEC, [client.specLabel(), specId]));
  const data = c.dataStatus();
  if (!data.ok) {
    c.print(dataProblemLine(L, data));
  } else {
    const specCount = Object.keys(data.data.specs).length;
    if (isSampleData(data.data)) c.print(L.STATUS_SAMPLE);
    c.print(
      data.stale
        ? fill(L.STATUS_DATA_STALE, [data.date, data.ageDays])
        : fill(L.STATUS_DATA, [data.date, specCount, data.data.schemaVersion]),
    );
    const spec = specId === undefined ? undefined : specBuilds(data.data, specId);
    if (specId !== undefined && spec === undefined) c.print(fill(L.DATA_NO_SPEC, [specId]));
    if (spec !== undefined) {
      const offers = statusOffers(c, spec);
      const facts = offerFacts(loadout);
      for (const offer of offers) c.print(fill(L.STATUS_BUILD, [describeOffer(L, offer, facts)]));
      // The same test the prompt decision uses: flex differences count as matching when the setting says so.
      const flexMatches = c.account.settings.flexMatches;
      const matching = client.talentsReadable() ? offers.filter((o) => loadout.hasMatchingBuild(o.build, flexMatches).ok) : [];
      c.print(
        matching.length === 0
          ? L.STATUS_NO_MATCH
          : fill(L.STATUS_MATCH, [
              joinNonEmpty(
                matching.map((o) => offerName(L, o, facts)),
                ", ",
              ),
            ]),
      );
    }
  }
  c.print(fill(L.STATUS_CONTEXT, [describeContext(L, c.where())]));
  const suppressed = suppressionList(c.char);
  c.print(fill(L.STATUS_SUPPRESSIONS, [suppressed.length === 0 ? "-" : joinNonEmpty(suppressed, ", ")]));
}

/** The general builds, plus the dungeon's or next boss's when the player stands in one. */
function statusOffers(c: Controller, spec: SpecBuilds): Offer[] {
  const where = c.where();
  const offers: Offer[] = offersFor({ kind: "general" }, spec);
  if (where.kind === "dungeon" || where.kind === "raid") for (const offer of offersFor(where, spec)) offers.push(offer);
  return offers;
}

/** /att export: each offered build's import string (the data's, or encoded from the live tree), one per line. */
function exportBuilds(c: Controller): void {
  const { L, client, loadout } = c.deps;
  const data = c.dataStatus();
  const specId = client.specId();
  const spec = !data.ok || specId === undefined ? undefined : specBuilds(data.data, specId);
  if (!data.ok) {
    c.print(dataProblemLine(L, data));
    return;
  }
  if (spec === undefined || !client.talentsReadable()) {
    c.print(L.EXPORT_NONE);
    return;
  }
  const facts = offerFacts(loadout);
  for (const offer of statusOffers(c, spec)) {
    const code = loadout.exportString(offer.build);
    const name = offerName(L, offer, facts);
    c.print(code === undefined ? fill(L.EXPORT_UNFIT, [name]) : fill(L.EXPORT_LINE, [name, code]));
  }
}

function why(c: Controller): void {
  explainLast(c);
  // What /att undo would put back, whatever the last decision was.
  const restore = c.restore.describe();
  if (restore !== undefined) c.print(restore);
}

function explainLast(c: Controller): void {
  const decision = c.lastDecision;
  if (decision === undefined) {
    c.print(c.deps.L.WHY_NONE);
  } else {
    const data = c.dataStatus();
    for (const line of explain(c.deps.L, data.ok ? data.data : undefined, decision, offerFacts(c.deps.loadout))) c.print(line);
  }
}

/** /att undo: the player's own build from before the addon's applies, back now (after combat if need be). */
function undo(c: Controller): void {
  c.restore.undo();
}

function check(c: Controller): void {
  const decision = c.check("manual");
  // A manual check always explains itself, so the player sees why nothing popped up.
  if (decision !== undefined && decision.action === "none") explainLast(c);
}

function reset(c: Controller): void {
  c.print(fill(c.deps.L.MSG_RESET, [clearSuppressions(c.char)]));
}

function config(c: Controller): void {
  c.deps.ui.openSettings();
}

/** The compartment's hover text: the data's date (and SAMPLE DATA when it is), then what a click does. */
export function compartmentLines(c: Controller): string[] {
  const { L } = c.deps;
  const data = c.dataStatus();
  const lines = [
    data.ok ? fill(L.STATUS_DATA, [data.date, Object.keys(data.data.specs).length, data.data.schemaVersion]) : dataProblemLine(L, data),
  ];
  lines.push(L.COMPARTMENT_CLICK);
  return lines;
}

const COMMANDS: { readonly [name: string]: (this: void, c: Controller) => void } = {
  help,
  status,
  check,
  why,
  reset,
  config,
  export: exportBuilds,
  undo,
};

/** Runs "/att <command>"; an empty command shows the help. */
export function runCommand(c: Controller, message: string): void {
  const name = message.trim().toLowerCase().split(" ")[0] ?? "";
  const command = COMMANDS[name === "" ? "help" : name];
  if (command === undefined) c.print(fill(c.deps.L.UNKNOWN_COMMAND, [name]));
  else command(c);
}
