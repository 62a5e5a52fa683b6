/**
 * StaticPopup, following Blizzard_StaticPopup/StaticPopup.lua: up to four dialogs at once; showing a dialog
 * whose `which` is already visible first cancels that one with reason "override"; buttons call OnAccept /
 * OnCancel(..., "clicked") / OnAlt, and a callback returning true keeps the dialog open; escape cancels dialogs
 * with hideOnEscape; `timeout` seconds on the clock cancel with reason "timeout"; hiding calls OnHide.
 */
import { schedule } from "./clock";
import { safeCall } from "./errors";
import { setGlobal } from "./globals";
import { closeSpecialWindows } from "./frames";
import { sim, type PopupState } from "./state";

const MAX_DIALOGS = 4;
const dialogs = new LuaTable<string, StaticPopupDialog>();

class SimFontString {
  constructor(private readonly popup: PopupState) {}
  GetText(): string {
    return this.popup.text;
  }
}

class SimButton {
  constructor(
    private readonly popup: PopupState,
    private readonly index: number,
  ) {}
  GetText(): string | undefined {
    return buttonLabel(this.popup, this.index);
  }
  IsShown(): boolean {
    return this.popup.shown && buttonLabel(this.popup, this.index) !== undefined;
  }
  Click(): void {
    clickButton(this.popup, this.index);
  }
}

/** The dialog frame handed to callbacks (dialog.data, dialog:GetButton(i) and friends, as in 11.2+). */
class SimDialog {
  readonly which: string;
  readonly data: unknown;
  readonly data2: unknown;
  constructor(private readonly popup: PopupState) {
    this.which = popup.which;
    this.data = popup.data;
    this.data2 = popup.data2;
  }
  GetName(): string {
    return `StaticPopup${this.popup.index}`;
  }
  IsShown(): boolean {
    return this.popup.shown;
  }
  Hide(): void {
    hidePopup(this.popup);
  }
  GetButton(index: number): SimButton {
    return new SimButton(this.popup, index);
  }
  GetTextFontString(): SimFontString {
    return new SimFontString(this.popup);
  }
}

function infoOf(popup: PopupState): StaticPopupDialog | undefined {
  return dialogs.get(popup.which);
}

export function buttonLabel(popup: PopupState, index: number): string | undefined {
  const info = infoOf(popup);
  if (info === undefined) return undefined;
  return index === 1 ? info.button1 : index === 2 ? info.button2 : index === 3 ? info.button3 : undefined;
}

function hidePopup(popup: PopupState): void {
  if (!popup.shown) return;
  popup.shown = false;
  sim.popups = sim.popups.filter((p) => p !== popup);
  const onHide = infoOf(popup)?.OnHide;
  if (onHide !== undefined) safeCall(`popup ${popup.which} OnHide`, onHide, popup.dialog, popup.data);
}

function cancel(popup: PopupState, reason: "clicked" | "timeout" | "override"): boolean | void {
  const onCancel = infoOf(popup)?.OnCancel;
  if (onCancel === undefined) return undefined;
  const [, keepOpen] = safeCall(`popup ${popup.which} OnCancel`, onCancel, popup.dialog, popup.data, reason);
  return keepOpen;
}

export function clickButton(popup: PopupState, index: number): void {
  if (!popup.shown) error(`WowSim: popup ${popup.which} is not shown`, 2);
  const info = infoOf(popup);
  if (info === undefined || buttonLabel(popup, index) === undefined) error(`WowSim: popup ${popup.which} has no button${index}`, 2);
  let keepOpen: boolean | void = undefined;
  if (index === 1 && info.OnAccept !== undefined) {
    [, keepOpen] = safeCall(
      `popup ${popup.which} OnAccept`,
      info.OnAccept as (d: unknown, a: unknown, b: unknown) => boolean | void,
      popup.dialog,
      popup.data,
      popup.data2,
    );
  } else if (index === 2) {
    keepOpen = cancel(popup, "clicked");
  } else if (index === 3 && info.OnAlt !== undefined) {
    [, keepOpen] = safeCall(
      `popup ${popup.which} OnAlt`,
      info.OnAlt as (d: unknown, a: unknown, r: string) => boolean | void,
      popup.dialog,
      popup.data,
      "clicked",
    );
  }
  if (keepOpen !== true) hidePopup(popup);
}

/** Escape closes every visible dialog that allows it, as StaticPopup_EscapePressed does. Returns how many closed. */
export function pressEscape(): number {
  // CloseSpecialWindows runs first in the client's Escape handling (UIParent.lua ToggleGameMenu).
  let closed = closeSpecialWindows();
  for (const popup of [...sim.popups]) {
    const info = infoOf(popup);
    if (popup.shown && info?.hideOnEscape === true) {
      if (cancel(popup, "clicked") !== true) hidePopup(popup);
      closed++;
    }
  }
  return closed;
}

function freeIndex(): number | undefined {
  for (let i = 1; i <= MAX_DIALOGS; i++) {
    if (!sim.popups.some((p) => p.index === i)) return i;
  }
  return undefined;
}

function findVisible(which: string): PopupState | undefined {
  return sim.popups.find((p) => p.which === which && p.shown);
}

const show: typeof StaticPopup_Show = (which, textArg1, textArg2, data) => {
  const info = (_G as unknown as { StaticPopupDialogs: LuaTable<string, StaticPopupDialog> }).StaticPopupDialogs.get(which);
  if (info === undefined) return undefined;
  dialogs.set(which, info);
  const previous = findVisible(which);
  if (previous !== undefined) {
    cancel(previous, "override");
    hidePopup(previous);
  }
  const index = freeIndex();
  if (index === undefined) {
    // No free dialog slot: the client tells the caller through OnCancel with no dialog.
    if (info.OnCancel !== undefined) safeCall(`popup ${which} OnCancel`, info.OnCancel, undefined, data, undefined);
    return undefined;
  }
  // SetFormattedText(info.text, arg1, arg2): a %s without its argument is a Lua error in the caller.
  const text = info.text.includes("%") ? string.format(info.text, textArg1, textArg2) : info.text;
  const popup: PopupState = { index, which, showId: sim.nextPopupShowId, text, shown: true, data, data2: undefined, dialog: undefined };
  sim.nextPopupShowId++;
  popup.dialog = new SimDialog(popup);
  sim.popups.push(popup);
  const timeout = info.timeout ?? 0;
  if (timeout > 0) {
    popup.expires = sim.now + timeout;
    schedule(timeout, `popup ${which} timeout`, () => {
      if (!popup.shown) return;
      if (cancel(popup, "timeout") !== true) hidePopup(popup);
    });
  }
  if (info.OnShow !== undefined) safeCall(`popup ${which} OnShow`, info.OnShow, popup.dialog, data);
  return popup.dialog;
};

const hide: typeof StaticPopup_Hide = (which, data) => {
  for (const popup of [...sim.popups]) {
    if (popup.which === which && (data === undefined || popup.data === data)) hidePopup(popup);
  }
};

/** Returns the dialog's frame name and the dialog, like the client (the declaration only promises a truthy value). */
function visible(which: string): LuaMultiReturn<[string, unknown] | [undefined]> {
  const popup = findVisible(which);
  if (popup === undefined) return $multi(undefined);
  return $multi(`StaticPopup${popup.index}`, popup.dialog);
}
const visibleChecked: typeof StaticPopup_Visible = visible;

export function installPopups(): void {
  setGlobal("StaticPopupDialogs", {});
  setGlobal("StaticPopup_Show", show);
  setGlobal("StaticPopup_Hide", hide);
  setGlobal("StaticPopup_Visible", visibleChecked);
}
