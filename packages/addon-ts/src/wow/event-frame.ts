/**
 * One hidden frame registered for exactly the events the dispatch table handles. Each handler runs under pcall:
 * an error in one is reported in chat and does not stop the frame from delivering the next event to the others.
 * The event's arguments are passed through untouched (`...`), never inspected here: some payloads are secret.
 */

/** Handlers take no self (`this: void`) so the dispatcher can call them as plain functions. */
// Each event has its own payload and each handler declares its parameters, so the table takes them untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EventHandlers = { readonly [E in AttEvent]?: (this: void, ...args: any[]) => void };

export function listen(handlers: EventHandlers, onError: (event: string, message: string) => void): AttFrame {
  const frame = CreateFrame("Frame");
  for (const event of Object.keys(handlers) as AttEvent[]) frame.RegisterEvent(event);
  frame.SetScript("OnEvent", (_frame, event, ...args) => {
    const handler = handlers[event];
    if (handler === undefined) return;
    const [ok, err] = pcall(handler, ...args);
    if (!ok) onError(event, `${err}`);
  });
  return frame;
}
