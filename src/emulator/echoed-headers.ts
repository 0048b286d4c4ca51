import { type EmulatorRequest } from "./exchange.types";

// Request headers Bedrock answers with the value it applied; the emulator applies what was asked
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html and
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html
const ECHOED_HEADERS = {
  "x-amzn-bedrock-performanceconfig-latency": "X-Amzn-Bedrock-PerformanceConfig-Latency",
  "x-amzn-bedrock-service-tier": "X-Amzn-Bedrock-Service-Tier",
} as const;

/** The response headers that echo the request's performance-config and service-tier headers. */
export function echoedHeaders(request: EmulatorRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [requestName, responseName] of Object.entries(ECHOED_HEADERS)) {
    const value = request.headers[requestName];
    if (value !== undefined) headers[responseName] = value;
  }
  return headers;
}
