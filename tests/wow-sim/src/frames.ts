/** CreateFrame("Frame"): event registration and the OnEvent script, as the addon uses frames. */
import { addListener, isKnownEvent, removeListener, type EventListener } from "./events";
import { safeCall } from "./errors";
import { setGlobal } from "./globals";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each event has its own payload (see api.d.ts)
type OnEvent = (frame: AttFrame, event: AttEvent, ...args: any[]) => void;
const SCRIPTS = ["OnEvent", "OnUpdate", "OnShow", "OnHide"];

export class SimFrame implements AttFrame, EventListener {
  private readonly registered = new LuaTable<string, boolean>();
  private readonly scripts = new LuaTable<string, unknown>();
  private shown = true;

  constructor(readonly name: string | undefined) {}

  RegisterEvent(event: AttEvent): void {
    // The client's wording: an unknown name is a Lua error in the caller, not a silent no-op.
    if (typeof event !== "string" || !isKnownEvent(event)) {
      error(`Frame:RegisterEvent(): Attempt to register unknown event "${tostring(event)}"`, 2);
    }
    this.registered.set(event, true);
    addListener(event, this);
  }

  UnregisterEvent(event: AttEvent): void {
    if (!isKnownEvent(event)) error(`Frame:UnregisterEvent(): Attempt to unregister unknown event "${tostring(event)}"`, 2);
    this.registered.delete(event);
    removeListener(event, this);
  }

  UnregisterAllEvents(): void {
    for (const [event] of this.registered) removeListener(event, this);
    for (const [event] of this.registered) this.registered.delete(event);
  }

  IsEventRegistered(event: AttEvent): boolean {
    return this.registered.get(event) === true;
  }

  SetScript(script: "OnEvent", handler: OnEvent | undefined): void {
    if (!SCRIPTS.includes(script)) error(`Frame:SetScript(): Frame does not have a "${tostring(script)}" script`, 2);
    this.scripts.set(script, handler);
  }

  GetScript(script: string): unknown {
    return this.scripts.get(script);
  }

  Show(): void {
    this.shown = true;
  }

  Hide(): void {
    this.shown = false;
  }

  IsShown(): boolean {
    return this.shown;
  }

  GetName(): string | undefined {
    return this.name;
  }

  /** Hidden frames still receive events in the client; only the OnEvent script matters. */
  dispatch(event: string, ...args: unknown[]): void {
    const handler = this.scripts.get("OnEvent") as OnEvent | undefined;
    if (handler === undefined) return;
    safeCall(`event ${event}`, handler, this, event as AttEvent, ...args);
  }
}

const createFrame: typeof CreateFrame = (frameType, name) => {
  if (frameType !== "Frame") error(`CreateFrame: Unknown frame type '${tostring(frameType)}'`, 2);
  const frame = new SimFrame(name);
  if (name !== undefined) setGlobal(name, frame);
  return frame;
};

export function installFrames(): void {
  setGlobal("CreateFrame", createFrame);
}
