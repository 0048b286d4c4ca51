import net from "node:net";

export interface ReachabilityTarget {
  /** Endpoint override; null for the region's real Bedrock Runtime endpoint. */
  endpoint: string | null;
  region: string;
  /** How long the TCP connect may take, in milliseconds. */
  timeoutMs: number;
}

/**
 * Whether Bedrock's endpoint accepts a TCP connection now. A connect proves the network path
 * without spending a model call or needing permissions that InvokeModel alone would not grant.
 */
export function createReachabilityCheck({ endpoint, region, timeoutMs }: ReachabilityTarget): () => Promise<boolean> {
  const url = new URL(endpoint ?? `https://bedrock-runtime.${region}.amazonaws.com`);
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return () =>
    new Promise((resolve) => {
      const socket = net.connect({ host, port, timeout: timeoutMs });
      const settle = (reachable: boolean) => {
        socket.destroy();
        resolve(reachable);
      };
      socket.once("connect", () => settle(true));
      socket.once("timeout", () => settle(false));
      socket.once("error", () => settle(false));
    });
}
