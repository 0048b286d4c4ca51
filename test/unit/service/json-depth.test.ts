import { nestedDeeperThan } from "../../../src/service/json-depth";

/** `{ a: { a: … } }` nested `depth` levels, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? { a: value } : [value];
  return value;
}

describe("nestedDeeperThan", () => {
  it("counts objects and arrays, not scalars", () => {
    expect(nestedDeeperThan("text", 0)).toBe(false);
    expect(nestedDeeperThan({ a: 1, b: [1, 2] }, 2)).toBe(false);
    expect(nestedDeeperThan({ a: 1, b: [1, { c: 2 }] }, 2)).toBe(true);
    expect(nestedDeeperThan(nested(64), 64)).toBe(false);
    expect(nestedDeeperThan(nested(65), 64)).toBe(true);
  });

  it("walks a value nested 100,000 levels deep without overflowing the stack", () => {
    expect(nestedDeeperThan(nested(100_000), 64)).toBe(true);
  });
});
