import { BedrockRuntimeClient, type BedrockRuntimeClientConfig } from "@aws-sdk/client-bedrock-runtime";

/** AWS's documentation example key pair: well-formed, so the SDK signs with it, and worthless. */
export const EXAMPLE_CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};

/**
 * The real Bedrock Runtime client pointed at an emulator, with fake static credentials. Its
 * default request handler speaks HTTP/2; pass `requestHandler: new NodeHttpHandler()` for HTTP/1.1.
 */
export function emulatorClient(emulatorUrl: string, config: BedrockRuntimeClientConfig = {}): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    endpoint: emulatorUrl,
    region: "us-east-1",
    credentials: EXAMPLE_CREDENTIALS,
    ...config,
  });
}
