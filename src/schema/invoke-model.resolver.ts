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
    return toInvokeModelResult(await context.services.invoke.invoke(input, context.signal, { requestId: context.requestId }));
  }
}
