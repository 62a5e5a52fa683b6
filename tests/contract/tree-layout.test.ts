/** A drawn tree's node as one line of the JSON: written and read back, and lines no writer makes refused. */
import { describe, expect, it } from "vitest";
import { formatTreeNode, parseTreeNode, type TreeNodeLayout } from "@att/contract/trees";

// 12.0.1 Blood Death Knight: Icebound Fortitude (a class node) and the apex node (pinned Raidbots file).
const ICEBOUND: TreeNodeLayout = {
  id: 76081,
  x: 3000,
  y: 1200,
  kind: "single",
  section: "class",
  entries: [96210],
  ranks: [1],
  spells: [48792],
  next: [76045],
};
const APEX: TreeNodeLayout = {
  id: 110353,
  x: 12600,
  y: 7350,
  kind: "tiered",
  section: "spec",
  entries: [136917, 136916, 136915],
  ranks: [1, 2, 1],
  spells: [1264506, 1264405, 1264351],
  next: [],
};

describe("tree node lines", () => {
  it("are one line per node, read back to the same node", () => {
    expect(formatTreeNode(ICEBOUND)).toBe("76081|3000|1200|single|class|96210|1|48792|76045||");
    expect(formatTreeNode(APEX)).toBe("110353|12600|7350|tiered|spec|136917,136916,136915|1,2,1|1264506,1264405,1264351|||");
    const hero: TreeNodeLayout = { ...ICEBOUND, x: -320, section: "hero", heroTree: 33, free: true, next: [] };
    expect(formatTreeNode(hero)).toBe("76081|-320|1200|single|hero|96210|1|48792||33|1");
    for (const node of [ICEBOUND, APEX, hero]) expect(parseTreeNode(formatTreeNode(node))).toEqual(node);
  });

  it("refuses lines the writer could not have made", () => {
    for (const line of [
      "",
      "76081|3000|1200|single|class|96210|1|48792|76045|",
      "76081|3000|1200|single|class|96210|1|48792|76045|||",
      "76081|3e3|1200|single|class|96210|1|48792|76045||",
      "76081|3000|1200|round|class|96210|1|48792|76045||",
      "76081|3000|1200|single|pvp|96210|1|48792|76045||",
      "76081|3000|1200|single|class||||76045||",
      "76081|3000|1200|single|class|96210|1,2|48792|76045||",
      "76081|3000|1200|single|class|96210|1|48792|76045|x|",
      "76081|3000|1200|single|class|96210|1|48792|76045||yes",
      "76081|3000|1200|single|class|96210|1|48792|-||",
    ])
      expect(parseTreeNode(line), line).toBeUndefined();
  });
});
