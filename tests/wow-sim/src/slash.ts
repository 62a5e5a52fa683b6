/**
 * Typed chat commands. Like the client's ChatEdit_ParseText: for each key K of SlashCmdList the globals
 * SLASH_K1, SLASH_K2, ... name its commands (matched case-insensitively); the handler gets the rest of the line.
 */
import { safeCall } from "./errors";
import { getGlobal, setGlobal } from "./globals";
import { sim } from "./state";

export function runSlash(line: string): boolean {
  const [command, rest] = string.match(line, "^(/%S+)%s*(.-)%s*$");
  if (command === undefined) error(`WowSim: not a slash command: ${line}`, 2);
  const wanted = string.lower(command);
  const list = getGlobal("SlashCmdList") as LuaTable<string, (msg: string, editBox: unknown) => void>;
  for (const [key, handler] of list) {
    for (let i = 1; ; i++) {
      const alias = getGlobal(`SLASH_${key}${i}`);
      if (typeof alias !== "string") break;
      if (string.lower(alias) === wanted) {
        safeCall(`slash ${command}`, handler, rest ?? "", undefined);
        return true;
      }
    }
  }
  sim.chat.push({ text: "Type '/help' for a listing of a few commands.", time: sim.now });
  return false;
}

export function installSlash(): void {
  setGlobal("SlashCmdList", {});
}
