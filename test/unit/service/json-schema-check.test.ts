import { compileJsonSchema, schemaViolations } from "../../../src/service/json-schema-check";

describe("callers' JSON Schemas, checked against model output", () => {
  it("matches patterns in linear time: a pattern that backtracks exponentially in a RegExp answers at once", () => {
    // A backtracking RegExp takes seconds at 30 characters and would not finish this before the test's timeout.
    expect(schemaViolations({ type: "string", pattern: "^(a+)+$" }, `${"a".repeat(5_000)}b`)).toEqual([
      { path: "", message: 'must match pattern "^(a+)+$"' },
    ]);
  });

  it("refuses patterns RE2 cannot run, as not a schema", () => {
    expect(compileJsonSchema({ type: "string", pattern: "(?=a)b" })).toMatchObject({
      ok: false,
      failure: expect.stringContaining("invalid perl operator"),
    });
  });

  it("reports a schema that refers to itself without end as a violation, not a crash", () => {
    expect(schemaViolations({ $ref: "#" }, { a: 1 })).toEqual([{ path: "", message: expect.stringContaining("the schema could not be applied") }]);
  });

  it("keeps callers' schemas apart: one $id neither refuses nor reaches another caller's schema", () => {
    expect(compileJsonSchema({ $id: "https://example.com/shared", type: "string" }).ok).toBe(true);
    expect(compileJsonSchema({ $id: "https://example.com/shared", type: "number" }).ok).toBe(true);
    expect(compileJsonSchema({ $ref: "https://example.com/shared" })).toMatchObject({ ok: false });
    expect(schemaViolations({ $id: "https://example.com/shared", type: "number" }, 3)).toEqual([]);
  });
});
