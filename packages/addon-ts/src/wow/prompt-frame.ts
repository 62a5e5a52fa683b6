/**
 * The addon's own prompt window, for prompts with more choices than a StaticPopup holds. Like a StaticPopup it
 * shows one prompt at a time and dismisses after 30 s; beyond it, it is movable (drag), Escape closes it (its name
 * is in UISpecialFrames, which FrameXML's CloseSpecialWindows hides: Blizzard_UIParentPanelManager/Shared/
 * UIParentPanelManager.lua:1041). No key picks a choice: the mouse does. Blizzard's StaticPopup reacts to Enter
 * only when a dialog opts in and binds no digits (StaticPopup.lua ~758-770, 12.0.1), and a window that took Enter or
 * 1-9 would steal the player's chat key and action bar (Enter after login applying a build, a 1 pressed at a pull
 * casting and queuing a talent change). So the frame takes no keyboard at all, in or out of combat (passing keys on,
 * SetPropagateKeyboardInput, is protected in combat anyway): every key reaches the game's bindings, and Escape
 * still closes it through UISpecialFrames. Hiding it any way but through a choice (Escape, the close button, the
 * timeout) is the dismiss.
 */
import type { PromptButton, PromptRequest } from "../ports";
import { guarded } from "./guarded";
import { PROMPT_TIMEOUT_SECONDS } from "./popup";

export const PROMPT_FRAME_NAME = "AzerothsTopTalentPromptFrame";
const WIDTH = 380;
const BUTTON_HEIGHT = 24;
const MAX_BUTTONS = 9;

export interface PromptFrame {
  show(request: PromptRequest): void;
  hide(): void;
}

export function createPromptFrame(title: string, onError: (message: string) => void): PromptFrame {
  const frame = CreateFrame("Frame", PROMPT_FRAME_NAME, UIParent, "BasicFrameTemplateWithInset");
  frame.Hide();
  frame.SetFrameStrata("DIALOG");
  frame.SetClampedToScreen(true);
  frame.SetPoint("CENTER", UIParent, "CENTER", 0, 120);
  frame.SetMovable(true);
  frame.EnableMouse(true);
  frame.RegisterForDrag("LeftButton");
  frame.SetScript("OnDragStart", (f) => f.StartMoving());
  frame.SetScript("OnDragStop", (f) => f.StopMovingOrSizing());
  UISpecialFrames.push(PROMPT_FRAME_NAME);

  const heading = frame.CreateFontString(undefined, "OVERLAY", "GameFontNormal");
  heading.SetPoint("TOP", frame, "TOP", 0, -6);
  heading.SetText(title);
  const body = frame.CreateFontString(undefined, "OVERLAY", "GameFontHighlight");
  body.SetPoint("TOPLEFT", frame, "TOPLEFT", 16, -34);
  body.SetWidth(WIDTH - 32);
  body.SetJustifyH("LEFT");

  const buttons: AttButton[] = [];
  let current: { request: PromptRequest; timer: { Cancel(): void } } | undefined;

  /** Ends the current prompt and runs `button` (a choice or the dismiss), at most once per prompt. */
  function finish(button: PromptButton | undefined): void {
    const ending = current;
    if (ending === undefined) return;
    current = undefined;
    ending.timer.Cancel();
    frame.Hide();
    guarded(button?.onClick ?? ending.request.dismiss.onClick, onError);
  }

  // Escape, the template's close button and the timeout all hide the frame: that is the dismiss.
  frame.SetScript("OnHide", () => {
    if (current !== undefined) finish(current.request.dismiss);
  });
  frame.EnableKeyboard(false);

  function buttonAt(index: number): AttButton {
    let button = buttons[index];
    if (button === undefined) {
      button = CreateFrame("Button", undefined, frame, "UIPanelButtonTemplate");
      button.SetSize(WIDTH - 40, BUTTON_HEIGHT - 2);
      buttons[index] = button;
    }
    return button;
  }

  return {
    show(request) {
      if (current !== undefined) {
        // Replaced by our next prompt: not the player dismissing the old one.
        current.timer.Cancel();
        current = undefined;
        frame.Hide();
      }
      body.SetText(request.text);
      const all = request.choices.slice(0, MAX_BUTTONS - 1);
      all.push(request.dismiss);
      const top = 46 + body.GetStringHeight();
      for (let i = 0; i < Math.max(all.length, buttons.length); i++) {
        const entry = all[i];
        const button = buttonAt(i);
        if (entry === undefined) {
          button.Hide();
          continue;
        }
        button.SetText(entry === request.dismiss ? `${entry.label} (Esc)` : entry.label);
        button.ClearAllPoints();
        button.SetPoint("TOP", frame, "TOP", 0, -(top + i * BUTTON_HEIGHT));
        button.SetScript("OnClick", () => finish(entry));
        button.Show();
      }
      frame.SetSize(WIDTH, top + all.length * BUTTON_HEIGHT + 16);
      const timer = C_Timer.NewTimer(PROMPT_TIMEOUT_SECONDS, () => {
        if (current?.timer === timer) finish(current.request.dismiss);
      });
      current = { request, timer };
      frame.Show();
    },
    hide() {
      if (current === undefined) return;
      current.timer.Cancel();
      current = undefined;
      frame.Hide();
    },
  };
}
