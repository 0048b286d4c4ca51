import { fail, ok, type Result } from "../../lib/result";
import { type CodecProblem } from "../codec.types";
import { type ImageRequest } from "../invocation.types";
import { type PixelSize } from "./png-size";

/**
 * The size an image request asks for: both sides, or neither (the family's default). A lone
 * side is refused, because each family checks sizes as pairs (a list, an aspect ratio) and
 * would otherwise pair it with a default the caller never saw.
 */
export function readRequestedSize(request: ImageRequest, family: string): Result<PixelSize | null, CodecProblem> {
  const { width, height } = request;
  if (width === undefined && height === undefined) return ok(null);
  if (width === undefined) return fail({ field: "width", message: `${family} needs width and height together; only height was given` });
  if (height === undefined) return fail({ field: "height", message: `${family} needs width and height together; only width was given` });
  return ok({ width, height });
}
