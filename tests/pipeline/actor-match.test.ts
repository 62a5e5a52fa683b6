import { describe, expect, it } from "vitest";
import { matchActor } from "../../packages/pipeline/src/wcl/import-codes";

/** A ranked player (name + server as the ranking shows them) matched to a report's master-data actor. */
describe("matching ranked players to report actors", () => {
  const actors = [
    { id: 1, name: "Arthas", server: "Argent Dawn" },
    { id: 2, name: "Arthas", server: "TwistingNether" },
    { id: 3, name: "Ñoño", server: "Pozzo dell'Eternità" },
    { id: 4, name: "Ñoño", server: "Ravencrest" },
    { id: 5, name: "Zoë", server: "" },
  ];

  it("ignores case, spaces, apostrophes and hyphens (realm name vs slug-like forms)", () => {
    expect(matchActor(actors, "arthas", "Argent Dawn")).toBe(1);
    expect(matchActor(actors, "Arthas", "twisting-nether")).toBe(2);
    expect(matchActor(actors, "Arthas", "Twisting Nether")).toBe(2);
  });

  it("compares Unicode names in one normal form (NFC vs NFD)", () => {
    expect(matchActor(actors, "Zoe\u0308", "Sample Realm")).toBe(5);
    expect(matchActor(actors, "N\u0303on\u0303o", "Ravencrest")).toBe(4);
  });

  it("matches a realm written without its accents (as in realm slugs) when the name alone is ambiguous", () => {
    expect(matchActor(actors, "Ñoño", "pozzo-delleternita")).toBe(3);
    expect(matchActor(actors, "Ñoño", "Pozzo dell’Eternità")).toBe(3);
  });

  it("never guesses between two actors of the same name on unknown realms", () => {
    expect(matchActor(actors, "Arthas", "Kazzak")).toBeUndefined();
    expect(matchActor(actors, "Nobody", "Argent Dawn")).toBeUndefined();
  });
});
