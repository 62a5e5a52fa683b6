/**
 * The addon's one StaticPopup. A single dialog name for every prompt means two of our prompts can never be on
 * screen together: showing a new one first hides the old one, whose buttons then do nothing (each show gets an id
 * and a click only counts for the prompt currently shown).
 * Buttons: 1 = accept (OnAccept), 3 = alternative (OnAlt), 2 = dismiss (OnCancel). Escape and the 30 s timeout
 * also end in OnCancel, so they dismiss and can never change talents.
 */
import type { PromptRequest, UiPort } from "../ports";

const WHICH = "AZEROTHSTOPTALENT_PROMPT";
const TIMEOUT_SECONDS = 30;

interface Shown {
  readonly id: number;
  readonly request: PromptRequest;
}

export function createPopup(): Pick<UiPort, "showPrompt" | "hidePrompt"> {
  let shown: Shown | undefined;
  let lastId = 0;

  /** Runs a button of the prompt `data` belongs to, if that prompt is still the current one. */
  function click(data: unknown, button: "accept" | "alternative" | "dismiss"): void {
    const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
    if (shown === undefined || id !== shown.id) return;
    const { request } = shown;
    shown = undefined;
    request[button]?.onClick();
  }

  const dialog: StaticPopupDialog = {
    text: "%s",
    button1: "",
    button2: "",
    timeout: TIMEOUT_SECONDS,
    whileDead: true,
    hideOnEscape: true,
    OnAccept: (_dialog, data) => click(data, "accept"),
    OnAlt: (_dialog, data) => click(data, "alternative"),
    OnCancel: (_dialog, data, reason) => {
      // "override": our own next prompt replaced this one; that is not the player dismissing it.
      if (reason !== "override") click(data, "dismiss");
    },
  };
  StaticPopupDialogs[WHICH] = dialog;

  return {
    showPrompt(request) {
      if (shown !== undefined) {
        shown = undefined;
        StaticPopup_Hide(WHICH);
      }
      dialog.button1 = request.accept.label;
      dialog.button2 = request.dismiss.label;
      dialog.button3 = request.alternative === undefined ? undefined : request.alternative.label;
      lastId += 1;
      shown = { id: lastId, request };
      StaticPopup_Show(WHICH, request.text, undefined, { id: lastId });
    },
    hidePrompt() {
      if (shown === undefined) return;
      shown = undefined;
      StaticPopup_Hide(WHICH);
    },
  };
}
