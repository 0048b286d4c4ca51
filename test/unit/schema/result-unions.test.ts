import { type GraphQLUnionType, type GraphQLInterfaceType } from "graphql";
import { FAILURE_KINDS } from "../../../src/lib/failure";
import { buildGatewaySchema } from "../../../src/schema/build-schema";
import { errorFromFailure } from "../../../src/schema/errors/error-from-failure";

describe("result unions and error types", () => {
  const schema = buildGatewaySchema();

  it("InvokeModelResult holds the three results and one error type per failure kind", () => {
    const union = schema.getType("InvokeModelResult") as GraphQLUnionType;
    const members = union.getTypes().map((type) => type.name);
    const errorTypes = FAILURE_KINDS.map((kind) => errorFromFailure({ kind, message: "m", source: "BEDROCK" }).constructor.name);
    expect(members.sort()).toEqual(["EmbeddingResult", "ImageResult", "TextResult", ...errorTypes].sort());
  });

  it("every error type implements BedrockError", () => {
    const bedrockError = schema.getType("BedrockError") as GraphQLInterfaceType;
    const implementations = schema.getImplementations(bedrockError).objects.map((type) => type.name);
    expect(implementations).toHaveLength(FAILURE_KINDS.length);
  });

  it("each failure kind becomes a distinct error type with its code", () => {
    for (const kind of FAILURE_KINDS) {
      const error = errorFromFailure({ kind, message: "m", source: "GATEWAY" });
      expect(error.code).toBe(kind);
      expect(error.source).toBe("GATEWAY");
    }
    const names = new Set(FAILURE_KINDS.map((kind) => errorFromFailure({ kind, message: "m", source: "GATEWAY" }).constructor.name));
    expect(names.size).toBe(FAILURE_KINDS.length);
  });
});
