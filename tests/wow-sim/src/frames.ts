/**
 * CreateFrame("Frame" | "Button"): event registration and the OnEvent script, plus the widget API the addon's own
 * prompt frame uses: anchors and sizes (recorded, not laid out), font strings, mouse dragging (StartMoving), the
 * keyboard (OnKeyDown, with SetPropagateKeyboardInput protected in combat), OnShow/OnHide, buttons with OnClick.
 * UISpecialFrames lists frames the Escape key hides (FrameXML CloseSpecialWindows), see pressEscape in popups.ts.
 */
import { addListener, isKnownEvent, removeListener, type EventListener } from "./events";
import { recordError, safeCall } from "./errors";
import { getGlobal, setGlobal } from "./globals";
import { sim } from "./state";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each event has its own payload (see api.d.ts)
type Handler = (frame: AttFrame, ...args: any[]) => void;
const SCRIPTS = ["OnEvent", "OnUpdate", "OnShow", "OnHide", "OnKeyDown", "OnDragStart", "OnDragStop", "OnClick", "OnEnter", "OnLeave"];

/** Every frame created, for the driver's view of the UI. */
export const allFrames: SimFrame[] = [];

class SimFontString implements AttFontString {
  private text: string | undefined;
  private shown = true;
  SetPoint(): void {}
  ClearAllPoints(): void {}
  SetSize(): void {}
  SetWidth(): void {}
  SetHeight(): void {}
  Show(): void {
    this.shown = true;
  }
  Hide(): void {
    this.shown = false;
  }
  IsShown(): boolean {
    return this.shown;
  }
  SetText(text: string): void {
    if (typeof text !== "string" && typeof text !== "number") error("FontString:SetText(): text must be a string", 2);
    this.text = `${text}`;
  }
  GetText(): string | undefined {
    return this.text;
  }
  SetJustifyH(): void {}
  GetStringHeight(): number {
    return 14;
  }
}

export class SimFrame implements AttFrame, EventListener {
  private readonly registered = new LuaTable<string, boolean>();
  private readonly scripts = new LuaTable<string, unknown>();
  private shown = true;
  readonly fontStrings: SimFontString[] = [];
  movable = false;
  mouse = false;
  keyboard = false;
  propagate = false;
  moved = false;
  private moving = false;
  text: string | undefined;

  constructor(
    readonly name: string | undefined,
    readonly kind: "Frame" | "Button",
    readonly parent: SimFrame | undefined,
  ) {}

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

  SetScript(script: string, handler: Handler | undefined): void {
    if (!SCRIPTS.includes(script)) error(`Frame:SetScript(): Frame does not have a "${tostring(script)}" script`, 2);
    if (script === "OnClick" && this.kind !== "Button") error('Frame:SetScript(): Frame does not have a "OnClick" script', 2);
    this.scripts.set(script, handler);
  }

  GetScript(script: string): unknown {
    return this.scripts.get(script);
  }

  /** Runs a script like the client: an error is recorded (and shown), never thrown into the caller. */
  run(script: string, ...args: unknown[]): void {
    const handler = this.scripts.get(script) as Handler | undefined;
    if (handler !== undefined) safeCall(`${this.name ?? this.kind} ${script}`, handler, this, ...args);
  }

  Show(): void {
    if (this.shown) return;
    this.shown = true;
    this.run("OnShow");
  }

  Hide(): void {
    if (!this.shown) return;
    this.shown = false;
    this.run("OnHide");
  }

  IsShown(): boolean {
    return this.shown;
  }

  /** Shown and every parent shown: what the player can see and click. */
  isVisible(): boolean {
    return this.shown && (this.parent === undefined || this.parent.isVisible());
  }

  GetName(): string | undefined {
    return this.name;
  }

  SetPoint(): void {}
  ClearAllPoints(): void {}
  SetSize(): void {}
  SetWidth(): void {}
  SetHeight(): void {}
  SetFrameStrata(): void {}
  SetClampedToScreen(): void {}

  SetMovable(movable: boolean): void {
    this.movable = movable;
  }
  EnableMouse(enable: boolean): void {
    this.mouse = enable;
  }
  RegisterForDrag(): void {}
  StartMoving(): void {
    if (!this.movable) error("Frame:StartMoving(): Frame is not movable", 2);
    this.moving = true;
  }
  StopMovingOrSizing(): void {
    if (this.moving) this.moved = true;
    this.moving = false;
  }
  EnableKeyboard(enable: boolean): void {
    this.keyboard = enable;
  }
  SetPropagateKeyboardInput(propagate: boolean): void {
    if (sim.lockdown) {
      recordError("Frame:SetPropagateKeyboardInput(): protected in combat", `${this.name ?? "frame"} keyboard`);
      return;
    }
    this.propagate = propagate;
  }
  CreateFontString(): AttFontString {
    const fontString = new SimFontString();
    this.fontStrings.push(fontString);
    return fontString;
  }

  // Buttons.
  SetText(text: string): void {
    this.text = text;
  }
  GetText(): string | undefined {
    return this.text;
  }
  Click(): void {
    this.run("OnClick", "LeftButton", false);
  }

  /** Hidden frames still receive events in the client; only the OnEvent script matters. */
  dispatch(event: string, ...args: unknown[]): void {
    const handler = this.scripts.get("OnEvent") as Handler | undefined;
    if (handler === undefined) return;
    safeCall(`event ${event}`, handler, this, event as AttEvent, ...args);
  }

  /** Text of the frame's visible font strings, in creation order. */
  visibleText(): string {
    return this.fontStrings
      .filter((f) => f.IsShown() && f.GetText() !== undefined)
      .map((f) => f.GetText()!)
      .join("\n");
  }
}

function createFrame(frameType: "Frame" | "Button", name?: string, parent?: unknown): SimFrame {
  if (frameType !== "Frame" && frameType !== "Button") error(`CreateFrame: Unknown frame type '${tostring(frameType)}'`, 2);
  const frame = new SimFrame(name, frameType, parent instanceof SimFrame ? parent : undefined);
  allFrames.push(frame);
  if (name !== undefined) setGlobal(name, frame);
  return frame;
}
const createFrameChecked: typeof CreateFrame = createFrame as typeof CreateFrame;

/**
 * The player pressing a key: the newest shown keyboard-enabled frame gets OnKeyDown; the key goes on to the game's
 * key bindings (Enter opens chat, 1-9 use the action bar) when no such frame is shown or that frame propagates
 * keyboard input (as set by the time its OnKeyDown returns: SetPropagateKeyboardInput inside the handler counts for
 * this key). True when a frame got OnKeyDown.
 */
export function pressKey(key: string): boolean {
  for (let i = allFrames.length - 1; i >= 0; i--) {
    const frame = allFrames[i]!;
    if (!frame.keyboard || !frame.isVisible()) continue;
    frame.run("OnKeyDown", key);
    if (frame.propagate) sim.keyBindings.push({ key, inCombat: sim.inCombat });
    return true;
  }
  sim.keyBindings.push({ key, inCombat: sim.inCombat });
  return false;
}

/** FrameXML CloseSpecialWindows: hides the shown frames named in UISpecialFrames; true if any was. */
export function closeSpecialWindows(): number {
  let closed = 0;
  const names = (getGlobal("UISpecialFrames") as string[] | undefined) ?? [];
  for (const name of names) {
    const frame = allFrames.find((f) => f.name === name);
    if (frame !== undefined && frame.IsShown()) {
      frame.Hide();
      closed++;
    }
  }
  return closed;
}

class SimTooltip implements AttTooltip {
  owner: unknown;
  lines: string[] = [];
  shown = false;
  SetOwner(owner: unknown): void {
    this.owner = owner;
    this.lines = [];
  }
  SetText(text: string): void {
    this.lines = [text];
  }
  AddLine(text: string): void {
    this.lines.push(text);
  }
  Show(): void {
    this.shown = true;
  }
  Hide(): void {
    this.shown = false;
    this.lines = [];
  }
}
export const tooltip = new SimTooltip();

export function installFrames(): void {
  setGlobal("CreateFrame", createFrameChecked);
  setGlobal("UIParent", createFrame("Frame", "UIParent"));
  setGlobal("UISpecialFrames", []);
  setGlobal("GameTooltip", tooltip);
}
