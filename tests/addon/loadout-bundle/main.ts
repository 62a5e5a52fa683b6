/**
 * Entry of a test-only bundle holding just the LoadoutManager, for the in-client tests while the addon's main.ts
 * does not create it yet. Publishes it as the shipped addon will: ns.loadout.
 */
import { createLoadoutManager } from "../../../packages/addon-ts/src/loadout/index";

const [, ns] = [...$vararg] as [string, { [key: string]: unknown }];
ns.loadout = createLoadoutManager();
