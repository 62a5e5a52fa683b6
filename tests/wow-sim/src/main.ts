/**
 * The simulated WoW client, loaded into a Lua state before any addon. It installs the client API the addon
 * declares (packages/addon-ts/src/wow/api.d.ts) as globals and publishes its own state and the driver's
 * controls in the one global `WowSim`, which the addon never uses and the leak check ignores.
 */
import { installActionBars } from "./action-bars";
import { installAddons } from "./addons";
import { installChat } from "./chat";
import { installClient } from "./client";
import { installCombat } from "./combat";
import { control } from "./control";
import { installDeprecated } from "./deprecated";
import { installErrors } from "./errors";
import { installEncounters } from "./encounters";
import { installFrames } from "./frames";
import { setGlobal } from "./globals";
import { installInstances } from "./instances";
import { installJournal } from "./journal";
import { installPopups } from "./popups";
import { installSecrets } from "./secrets";
import { installSettings } from "./settings";
import { installSlash } from "./slash";
import { installSpecs } from "./specs";
import { sim } from "./state";
import { installTalentApi } from "./talents/api";
import { installTimers } from "./timers";
import { installUnits } from "./units";

installClient();
installErrors();
installChat();
installTimers();
installFrames();
installPopups();
installSettings();
installSlash();
installAddons();
installSecrets();
installCombat();
installSpecs();
installTalentApi();
installInstances();
installEncounters();
installJournal();
installUnits();
installActionBars();

setGlobal("WowSim", {
  state: sim,
  control: {
    ...control,
    /** After setup: the deprecated globals depend on the fallback option. */
    installDeprecated,
  },
});
