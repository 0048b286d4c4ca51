import { type CodecProblem } from "../codec.types";
import { type ImageRequest } from "../invocation.types";

/** The prompt and negative prompt each within the family's character limit, or the first that is not. */
export function checkPromptLengths(request: ImageRequest, maximumLength: number, family: string): CodecProblem | null {
  if (request.prompt.length > maximumLength) {
    return { field: "prompt", message: `${family} takes prompts of at most ${maximumLength} characters` };
  }
  if (request.negativePrompt !== undefined && request.negativePrompt.length > maximumLength) {
    return { field: "negativePrompt", message: `${family} takes negative prompts of at most ${maximumLength} characters` };
  }
  return null;
}
