/**
 * The synthetic world: the procedural talent-tree model (also `@att/sample-world/trees`, TSTL-safe for the simulator)
 * and the synthetic Warcraft Logs API behind `--source sample` and the fake server (Node only).
 */
export * from "./trees/index";
export * from "./wcl/index";
