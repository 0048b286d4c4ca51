import { readFileSync } from "node:fs";
import { join } from "node:path";
import { printGatewaySchema } from "../../../src/schema/print-schema";

describe("schema.graphql", () => {
  it("matches what the type-graphql classes emit (run `npm run schema` after changing them)", () => {
    const committed = readFileSync(join(__dirname, "..", "..", "..", "schema.graphql"), "utf8");
    expect(committed).toBe(printGatewaySchema());
  });
});
