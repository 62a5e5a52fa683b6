import { SCHEMA_VERSION, decodeLoadout, diffLoadouts, normalizeCode } from "@att/contract";

// WoW calls every file listed in the .toc with (addonName, namespace table); the bundle hands `...` to this module.
const [addonName, ns] = [...$vararg] as [string, { TalentData?: unknown; [key: string]: unknown }];

/** The codec the pipeline uses, compiled into the addon; other files of the addon (and tests) reach it through ns. */
ns.codec = { decodeLoadout, normalizeCode, diffLoadouts };
ns.schemaVersion = SCHEMA_VERSION;
print(addonName);
