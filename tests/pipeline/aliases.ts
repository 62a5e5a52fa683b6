/** Reading back what the pipeline asked the fake server for, alias by alias. */

/** One signature per alias of a request the pipeline rendered (one alias per line): what was asked, not how it was cut. */
export function aliasSignatures(query: string): string[] {
  const out: string[] = [];
  let encounter = "";
  for (const raw of query.split("\n")) {
    const line = raw.trim();
    const enc = /^e(\d+): encounter\(id: \d+\) \{$/.exec(line);
    if (enc !== null) {
      encounter = enc[1]!;
      continue;
    }
    const alias = /^[a-z]\d+: ((characterRankings|report)\(.*)$/.exec(line);
    if (alias !== null) out.push(alias[2] === "characterRankings" ? `${encounter}|${alias[1]}` : alias[1]!);
  }
  return out;
}
