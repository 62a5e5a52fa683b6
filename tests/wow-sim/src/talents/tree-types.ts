/** The shared talent-tree model (packages/contract/src/trees), the data the sim's talent configs are built from. */
export type { ClassTreeDef, EntryDef, NodeDef, SubTreeDef, TreeSection } from "../../../../packages/contract/src/trees/types";
