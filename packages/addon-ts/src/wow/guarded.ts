/**
 * Runs a UI callback (a prompt button, a compartment click) under pcall: an error becomes one chat line through
 * `onError`, never a Lua error dialog inside a popup button.
 */
export function guarded(action: (this: void) => void, onError: (message: string) => void): void {
  const [ok, err] = pcall(action);
  if (!ok) onError(`${err}`);
}
