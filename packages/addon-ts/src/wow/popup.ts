/**
 * The addon's one StaticPopup, for prompts of at most two choices (StaticPopup has three buttons, one of them the
 * dismiss). A single dialog name for every prompt means two of our prompts can never be on screen together:
 * showing a new one first hides the old one, whose buttons then do nothing (each show gets an id and a click only
 * counts for the prompt currently shown).
 * Buttons: 1 = first choice (OnAccept), 3 = second choice (OnAlt), 2 = dismiss (OnCancel). Escape and the 30 s
 * timeout also end in OnCancel, so they dismiss and can never change talents.
 */
import type { PromptRequest } from "../ports";
import { guarded } from "./guarded";

const WHICH = "AZEROTHSTOPTALENT_PROMPT";
export const PROMPT_TIMEOUT_SECONDS = 30;
/** StaticPopup's buttons beside the dismiss one. */
export const POPUP_MAX_CHOICES = 2;

interface Shown {
  readonly id: number;
  readonly request: PromptRequest;
}

export interface Popup {
  show(request: PromptRequest): void;
  hide(): void;
}

export function createPopup(onError: (message: string) => void): Popup {
  let shown: Shown | undefined;
  let lastId = 0;

  /** Runs a button of the prompt `data` belongs to, if that prompt is still the current one. */
  function click(data: unknown, button: 0 | 1 | "dismiss"): void {
    const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
    if (shown === undefined || id !== shown.id) return;
    const { request } = shown;
    shown = undefined;
    const target = button === "dismiss" ? request.dismiss : request.choices[button];
    if (target !== undefined) guarded(target.onClick, onError);
  }

  const dialog: StaticPopupDialog = {
    text: "%s",
    button1: "",
    button2: "",
    timeout: PROMPT_TIMEOUT_SECONDS,
    whileDead: true,
    hideOnEscape: true,
    OnAccept: (_dialog, data) => click(data, 0),
    OnAlt: (_dialog, data) => click(data, 1),
    OnCancel: (_dialog, data, reason) => {
      // "override": our own next prompt replaced this one; that is not the player dismissing it.
      if (reason !== "override") click(data, "dismiss");
    },
  };
  StaticPopupDialogs[WHICH] = dialog;

  return {
    show(request) {
      if (shown !== undefined) {
        shown = undefined;
        StaticPopup_Hide(WHICH);
      }
      dialog.button1 = request.choices[0]?.label ?? request.dismiss.label;
      dialog.button2 = request.dismiss.label;
      dialog.button3 = request.choices[1]?.label;
      lastId += 1;
      shown = { id: lastId, request };
      StaticPopup_Show(WHICH, request.text, undefined, { id: lastId });
    },
    hide() {
      if (shown === undefined) return;
      shown = undefined;
      StaticPopup_Hide(WHICH);
    },
  };
}
