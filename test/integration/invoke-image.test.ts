import { inflateSync } from "node:zlib";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const GENERATE_IMAGE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on ImageResult {
        modelId
        images {
          base64
          mimeType
          width
          height
          seed
        }
        requestId
        latencyMs
      }
      ... on BedrockError {
        message
        code
      }
      ... on ValidationError {
        field
      }
    }
  }
`;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, after checking the file really is a PNG with pixel data. */
function readPng(base64: string): { width: number; height: number } {
  const file = Buffer.from(base64, "base64");
  expect(file.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(file.toString("latin1", 12, 16)).toBe("IHDR");
  const idat = file.indexOf("IDAT", 0, "latin1");
  expect(idat).toBeGreaterThan(0);
  const length = file.readUInt32BE(idat - 4);
  expect(inflateSync(file.subarray(idat + 4, idat + 4 + length)).length).toBeGreaterThan(0);
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

const IMAGE_MODELS: Array<[string, number, number]> = [
  ["amazon.titan-image-generator-v1", 512, 512],
  ["amazon.titan-image-generator-v2:0", 1024, 1024],
  ["amazon.nova-canvas-v1:0", 512, 512],
  ["stability.sd3-5-large-v1:0", 1024, 1024],
  ["stability.stable-image-core-v1:1", 1024, 1024],
  ["stability.stable-image-ultra-v1:1", 1024, 1024],
];

describe("invokeModel with image input", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness();
  });
  afterAll(() => harness.close());

  const generate = async (modelId: string, image: Record<string, unknown>) =>
    (await harness.graphql(GENERATE_IMAGE, { input: { modelId, image } })).data?.invokeModel;

  it.each(IMAGE_MODELS)("draws a real PNG with %s at %ix%i", async (modelId, width, height) => {
    const result = await generate(modelId, { prompt: "a lighthouse at dusk", width, height, seed: 7 });
    expect(result.__typename).toBe("ImageResult");
    expect(result.images.length).toBeGreaterThanOrEqual(1);
    const [image] = result.images;
    expect(image.mimeType).toBe("image/png");
    expect(readPng(image.base64)).toEqual({ width, height });
    expect(image).toMatchObject({ width, height, seed: 7 });
    expect(result.requestId).toMatch(/\S/);
  });

  it("gives the same image for the same seed and a different one for another seed", async () => {
    const draw = async (seed: number) =>
      (await generate("amazon.titan-image-generator-v2:0", { prompt: "a red fox", width: 512, height: 512, seed })).images[0].base64;
    const first = await draw(1);
    expect(await draw(1)).toBe(first);
    expect(await draw(2)).not.toBe(first);
  });

  it("generates several images when asked", async () => {
    const result = await generate("amazon.nova-canvas-v1:0", { prompt: "a bicycle", width: 512, height: 512, numberOfImages: 3 });
    expect(result.images).toHaveLength(3);
    expect(new Set(result.images.map((image: { base64: string }) => image.base64)).size).toBe(3);
  });

  it("refuses an image size Stability cannot make, naming the field", async () => {
    const result = await generate("stability.sd3-5-large-v1:0", { prompt: "a cat", width: 333, height: 517 });
    expect(result.__typename).toBe("ValidationError");
    expect(result.field).toMatch(/^input\.image\.(width|height)$/);
  });
});
