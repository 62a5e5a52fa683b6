/** print() and DEFAULT_CHAT_FRAME:AddMessage, captured as chat lines the test reads. */
import { setGlobal } from "./globals";
import { sim } from "./state";

function addLine(text: string): void {
  sim.chat.push({ text, time: sim.now });
}

class ChatFrame {
  AddMessage(text: unknown, _r?: number, _g?: number, _b?: number): void {
    addLine(tostring(text));
  }
}

/** The client's print joins tostring() of each argument with spaces and writes to the default chat frame. */
function print(...args: unknown[]): void {
  const parts: string[] = [];
  const n = select("#", ...args);
  for (let i = 0; i < n; i++) parts.push(tostring(args[i]));
  addLine(parts.join(" "));
}

export function installChat(): void {
  setGlobal("DEFAULT_CHAT_FRAME", new ChatFrame());
  setGlobal("print", print);
}
