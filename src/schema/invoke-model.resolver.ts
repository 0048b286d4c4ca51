import { GraphQLError } from "graphql";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { type RequestContext } from "../context";
import { type BedrockError } from "./errors/bedrock-error.interface";
import { InvokeModelInput } from "./inputs/invoke-model.input";
import { InvokeModelResult } from "./invoke-model-result.union";
import { toInvokeModelResult } from "./invoke-model-result.mapper";
import { type EmbeddingResult } from "./results/embedding-result.type";
import { type ImageResult } from "./results/image-result.type";
import { type TextResult } from "./results/text-result.type";

@Resolver()
export class InvokeModelResolver {
  @Mutation(() => InvokeModelResult, {
    description: "Invoke a Bedrock model (InvokeModel). Failures come back as typed error members of the union.",
  })
  async invokeModel(
    @Arg("input", () => InvokeModelInput) input: InvokeModelInput,
    @Ctx() context: RequestContext,
  ): Promise<TextResult | ImageResult | EmbeddingResult | BedrockError> {
    return toInvokeModelResult(await context.invocations.load(input));
  }

  @Mutation(() => [InvokeModelResult], {
    description:
      "Invoke many models in one operation. Results come back in input order, each its own result or typed error. " +
      "Identical invocations reach Bedrock once, and embeddings for models that take many texts per call share calls. " +
      "A list longer than the gateway's limit (INVOKE_MODELS_MAX_INPUTS) is refused whole with a BAD_USER_INPUT error, and nothing is sent.",
  })
  async invokeModels(
    @Arg("inputs", () => [InvokeModelInput]) inputs: InvokeModelInput[],
    @Ctx() context: RequestContext,
  ): Promise<Array<TextResult | ImageResult | EmbeddingResult | BedrockError>> {
    const results = await context.invocations.loadMany(inputs);
    // Not a result of any invocation but a malformed request as a whole: a top-level error.
    if (!results.ok) throw new GraphQLError(results.failure.message, { extensions: { code: "BAD_USER_INPUT", field: results.failure.field } });
    return results.value.map(toInvokeModelResult);
  }
}
