/**
 * The addon's own prompt window, for prompts with more choices than a StaticPopup holds. Like a StaticPopup it
 * shows one prompt at a time and dismisses after 30 s; beyond it, it is movable (drag), Escape closes it (its name
 * is in UISpecialFrames, which FrameXML's CloseSpecialWindows hides: Blizzard_UIParentPanelManager/Shared/
 * UIParentPanelManager.lua:1041), and the keyboard works: 1-9 pick a choice, Enter the first one. Keyboard input
 * is taken only out of combat, since SetPropagateKeyboardInput is protected in combat; the mouse always works.
 * Hiding it any way but through a choice (Escape, the close button, the timeout) is the dismiss.
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
  frame.SetScript("OnKeyDown", (f, key) => {
    const request = current?.request;
    const index = key === "ENTER" ? 1 : tonumber(key);
    const choice = request === undefined || index === undefined ? undefined : request.choices[index - 1];
    const handled = choice !== undefined || key === "ESCAPE";
    if (!InCombatLockdown()) f.SetPropagateKeyboardInput(!handled);
    if (choice !== undefined) finish(choice);
    else if (key === "ESCAPE") f.Hide();
  });

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
        const key = entry === request.dismiss ? "Esc" : `${i + 1}`;
        button.SetText(`${key}. ${entry.label}`);
        button.ClearAllPoints();
        button.SetPoint("TOP", frame, "TOP", 0, -(top + i * BUTTON_HEIGHT));
        button.SetScript("OnClick", () => finish(entry));
        button.Show();
      }
      frame.SetSize(WIDTH, top + all.length * BUTTON_HEIGHT + 16);
      // Keys only out of combat: passing the others on (SetPropagateKeyboardInput) is protected in combat.
      const keyboard = !InCombatLockdown();
      frame.EnableKeyboard(keyboard);
      if (keyboard) frame.SetPropagateKeyboardInput(true);
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
