import type { CharacterOptions } from "../wow-sim/driver";
import { TINY_TREE } from "../wow-sim/fixtures";

/** A character on the sim's small hand-laid tree: enough client for tests that exercise the codec in the addon. */
export const TINY_CHARACTER: CharacterOptions = { classId: 6, specIds: [250, 251], activeSpecId: 250, tree: TINY_TREE };
