/**
 * The three global functions the .toc names for the minimap's addon compartment (AddonCompartmentFunc,
 * ...FuncOnEnter, ...FuncOnLeave). Blizzard_Minimap/Mainline/AddonCompartment.lua (12.0.1) calls them as
 * `_G[name](addonName, buttonName)` on click (line 99, 103) and `(addonName, button)` on enter and leave
 * (lines 108-117). Click: the /att status lines and the settings; hover: a tooltip with the data's state.
 */
import { guarded } from "./guarded";

export interface CompartmentActions {
  readonly click: (this: void) => void;
  /** Lines under the title in the hover tooltip. */
  readonly tooltipLines: (this: void) => readonly string[];
  readonly title: string;
  readonly onError: (this: void, message: string) => void;
}

export function registerCompartment(actions: CompartmentActions): void {
  AzerothsTopTalent_OnAddonCompartmentClick = () => guarded(actions.click, actions.onError);
  AzerothsTopTalent_OnAddonCompartmentEnter = (_addonName, button) =>
    guarded(() => {
      GameTooltip.SetOwner(button, "ANCHOR_LEFT");
      GameTooltip.SetText(actions.title);
      for (const line of actions.tooltipLines()) GameTooltip.AddLine(line);
      GameTooltip.Show();
    }, actions.onError);
  AzerothsTopTalent_OnAddonCompartmentLeave = () => GameTooltip.Hide();
}
