/**
 * `npm run talent -- decode <code> [--json] | normalize <code> | diff <a> <b>`: a thin command line over the
 * contract codec, for looking at strings by hand. The only place besides cli.ts that calls process.exit.
 */
import { Command, CommanderError } from "commander";
import { decodeCommand, diffCommand, normalizeCommand, type CommandOutput } from "./talent-commands";

let result: CommandOutput = { stdout: "", stderr: "", code: 0 };
const program = new Command("talent")
  .description("Inspect talent loadout strings (the game's import/export strings)")
  .exitOverride()
  .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
program
  .command("decode <code>")
  .description("print the header and the selected nodes")
  .option("--json", "print {version, specId, className, specName, treeHashIsZero, nodes} as JSON")
  .action((code: string, options: { json?: boolean }) => void (result = decodeCommand(code, options.json === true)));
program
  .command("normalize <code>")
  .description("print the canonical form (zero tree hash, no trailing unselected nodes)")
  .action((code: string) => void (result = normalizeCommand(code)));
program
  .command("diff <a> <b>")
  .description("compare two builds; exit 0 when equal, 1 when different")
  .action((a: string, b: string) => void (result = diffCommand(a, b)));

try {
  program.parse(process.argv.slice(2), { from: "user" });
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  result = { stdout: "", stderr: "", code: error.exitCode === 0 ? 0 : 2 };
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exit(result.code);
