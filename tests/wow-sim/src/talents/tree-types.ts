/** The shared talent-tree model (packages/sample-world/src/trees), the data the sim's talent configs are built from. */
export type { ClassTreeDef, EntryDef, NodeDef, SubTreeDef, TreeSection } from "@att/sample-world/trees";
