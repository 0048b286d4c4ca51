// Cohere Embed takes images as data URIs: data:image/<type>;base64,<bytes>.
// https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed-v3.html
const IMAGE_DATA_URI = /^data:image\/(?:png|jpeg|jpg|webp|gif);base64,([A-Za-z0-9+/]+={0,2})$/;

export function isImageDataUri(text: string): boolean {
  return IMAGE_DATA_URI.test(text);
}

/** The bytes of an image data URI; call only on text `isImageDataUri` accepted. */
export function imageDataUriBytes(text: string): Buffer {
  const match = IMAGE_DATA_URI.exec(text);
  if (match === null) {
    throw new TypeError("not an image data URI");
  }
  return Buffer.from(match[1], "base64");
}
