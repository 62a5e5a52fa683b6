/**
 * Where a prompt is shown: a StaticPopup when its choices fit (at most two besides the dismiss), otherwise the
 * addon's own prompt frame. Only one of the two is on screen at a time.
 */
import type { UiPort } from "../ports";
import { createPopup, POPUP_MAX_CHOICES } from "./popup";
import { createPromptFrame } from "./prompt-frame";

export function createPrompts(title: string, onError: (message: string) => void): Pick<UiPort, "showPrompt" | "hidePrompt"> {
  const popup = createPopup(onError);
  let frame: ReturnType<typeof createPromptFrame> | undefined;
  return {
    showPrompt(request) {
      if (request.choices.length <= POPUP_MAX_CHOICES) {
        frame?.hide();
        popup.show(request);
        return;
      }
      popup.hide();
      frame ??= createPromptFrame(title, onError);
      frame.show(request);
    },
    hidePrompt() {
      popup.hide();
      frame?.hide();
    },
  };
}
