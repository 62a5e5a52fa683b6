/**
 * The contract and, beside it, what only the Node side uses: the build codec on a talent tree (entries <-> loadout
 * records, apex nodes as one record) and the report's tree-layout lines. A module of its own because TypeScriptToLua
 * bundles every module the addon's entry reaches: the addon encodes strings from the live client's tree and draws no
 * trees, so these would be code it loads and never runs. Still TSTL-safe (tests run the build codec in Lua too).
 */
export * from "./index";
export { encodeBuild, decodeBuild, type CodecTree, type CodecNode, type CodecNodeKind } from "./codec/build";
export { formatTreeNode, parseTreeNode } from "./tree-layout";
