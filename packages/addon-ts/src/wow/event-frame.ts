/**
 * One hidden frame registered for exactly the events the dispatch table handles. Each handler runs under
 * securecallfunction, the way Blizzard's own CallbackRegistry dispatches (Blizzard_SharedXMLBase/
 * CallbackRegistry.lua:199-213, 12.0.1 4679f888): an error in one handler goes to the game's error handler
 * (geterrorhandler(): the error frame, BugSack, ...) with its message and stack, and the frame still delivers the
 * next event to the others. A pcall would have kept the error, and its stack, from the error handler. On top,
 * one chat line names the event, since the default error frame stays silent unless scriptErrors is on.
 * The event's arguments are passed through untouched (`...`), never inspected here: some payloads are secret.
 */

/** Handlers take no self (`this: void`) so the dispatcher can call them as plain functions. */
// Each event has its own payload and each handler declares its parameters, so the table takes them untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EventHandlers = { readonly [E in AttEvent]?: (this: void, ...args: any[]) => void };

/** Runs one handler and says it finished: securecallfunction returns nothing when the handler raised. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function runHandler(this: void, handler: (this: void, ...args: any[]) => void, ...args: unknown[]): true {
  handler(...args);
  return true;
}

export function listen(handlers: EventHandlers, onError: (event: string) => void): AttFrame {
  const frame = CreateFrame("Frame");
  for (const event of Object.keys(handlers) as AttEvent[]) frame.RegisterEvent(event);
  frame.SetScript("OnEvent", (_frame, event, ...args) => {
    const handler = handlers[event];
    if (handler === undefined) return;
    if (securecallfunction(runHandler, handler, ...args) !== true) onError(event);
  });
  return frame;
}
