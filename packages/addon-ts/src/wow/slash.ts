/** /att: the one slash command (SLASH_ATT1 and SlashCmdList.ATT are the only globals it needs). */
export function registerSlash(run: (message: string) => void): void {
  SLASH_ATT1 = "/att";
  SlashCmdList.ATT = (message) => run(message ?? "");
}
