import { decodeLoadout, diffLoadouts, isZeroHash, normalizeCode, specById, type Loadout, type TalentChange } from "@att/contract";

/** Output of one talent subcommand: text for stdout or stderr and the exit code (2: invalid input). */
export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

const fail = (message: string): CommandOutput => ({ stdout: "", stderr: `${message}\n`, code: 2 });

function specLabel(specId: number): string {
  const spec = specById(specId);
  return spec === undefined ? `unknown spec ${specId}` : `${spec.specName} ${spec.className}`;
}

function hex(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
}

function nodeText(node: Loadout["nodes"][number]): string {
  const parts = [`node ${String(node.index + 1).padStart(3)}`, node.purchased ? "purchased" : "granted"];
  if (node.ranks !== undefined) parts.push(`ranks ${node.ranks}`);
  if (node.choice !== undefined) parts.push(`choice ${node.choice + 1}`);
  return `  ${parts.join(", ")}`;
}

export function decodeCommand(code: string, json: boolean): CommandOutput {
  const decoded = decodeLoadout(code);
  if (!decoded.ok) return fail(`invalid talent string: ${decoded.error.message}`);
  const l = decoded.value;
  const spec = specById(l.specId);
  if (json) {
    const value = {
      version: l.version,
      specId: l.specId,
      className: spec?.className ?? null,
      specName: spec?.specName ?? null,
      treeHashIsZero: isZeroHash(l.treeHash),
      nodes: l.nodes.map((n) => ({
        index: n.index,
        purchased: n.purchased,
        ...(n.ranks !== undefined ? { ranks: n.ranks } : {}),
        ...(n.choice !== undefined ? { choice: n.choice } : {}),
      })),
    };
    return { stdout: `${JSON.stringify(value, null, 2)}\n`, stderr: "", code: 0 };
  }
  const lines = [
    `version:   ${l.version}`,
    `spec:      ${l.specId} (${specLabel(l.specId)})`,
    `tree hash: ${isZeroHash(l.treeHash) ? "zero (not bound to a tree version)" : hex(l.treeHash)}`,
    `records:   ${l.recordCount}, selected: ${l.nodes.length}`,
    ...l.nodes.map(nodeText),
  ];
  return { stdout: `${lines.join("\n")}\n`, stderr: "", code: 0 };
}

export function normalizeCommand(code: string): CommandOutput {
  const normalized = normalizeCode(code);
  if (!normalized.ok) return fail(`invalid talent string: ${normalized.error.message}`);
  return { stdout: `${normalized.value}\n`, stderr: "", code: 0 };
}

function changeText(c: TalentChange): string {
  const where = `node ${c.index + 1}`;
  const v = (n: number | undefined): string =>
    n === undefined || n === -1 ? (c.kind === "ranks" ? "all" : "none") : c.kind === "choice" ? String(n + 1) : String(n);
  switch (c.kind) {
    case "added":
      return `  + ${where}`;
    case "removed":
      return `  - ${where}`;
    case "ranks":
      return `  ~ ${where}: ranks ${v(c.from)} -> ${v(c.to)}`;
    case "choice":
      return `  ~ ${where}: choice ${v(c.from)} -> ${v(c.to)}`;
  }
}

/** Exit code like diff(1): 0 same build, 1 different builds, 2 invalid input. */
export function diffCommand(a: string, b: string): CommandOutput {
  const da = decodeLoadout(a);
  if (!da.ok) return fail(`invalid first talent string: ${da.error.message}`);
  const db = decodeLoadout(b);
  if (!db.ok) return fail(`invalid second talent string: ${db.error.message}`);
  const diff = diffLoadouts(da.value, db.value);
  if (diff.sameSpec && diff.changes.length === 0) return { stdout: "same build\n", stderr: "", code: 0 };
  const lines: string[] = [];
  if (!diff.sameSpec) lines.push(`different specs: ${specLabel(da.value.specId)} vs ${specLabel(db.value.specId)}`);
  lines.push(`${diff.changes.length} change(s):`, ...diff.changes.map(changeText));
  return { stdout: `${lines.join("\n")}\n`, stderr: "", code: 1 };
}
