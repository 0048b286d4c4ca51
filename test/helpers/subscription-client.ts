import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface ReceivedEvent {
  /** Milliseconds since the subscription started. */
  at: number;
  event: Record<string, any>;
}

/**
 * A graphql-ws client, as a browser app would use, over a real WebSocket; `connectionParams` is
 * connection_init's payload (credentials). Lazy by default: it connects for its first operation
 * and closes after its last; `lazy: false` keeps the socket open, as an app holding a session does.
 */
export function connectWebSocket(gatewayUrl: string, connectionParams?: Record<string, unknown>, { lazy = true }: { lazy?: boolean } = {}): Client {
  return createClient({
    url: gatewayUrl.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy,
    ...(connectionParams ? { connectionParams } : {}),
  });
}

/**
 * Subscribes and collects every `invokeModelStream` event until the server completes the
 * subscription. `onEvent` may return true to stop early (the client completes it).
 */
export function collectStream(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  onEvent: (received: ReceivedEvent, all: ReceivedEvent[]) => boolean | void = () => undefined,
): Promise<{ events: ReceivedEvent[]; cancelled: boolean }> {
  const started = performance.now();
  const events: ReceivedEvent[] = [];
  return new Promise((resolve, reject) => {
    let cancelled = false;
    const unsubscribe = client.subscribe<{ invokeModelStream: Record<string, any> }>(
      { query, variables },
      {
        next(result) {
          if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
          const received = { at: performance.now() - started, event: result.data!.invokeModelStream };
          events.push(received);
          if (onEvent(received, events) === true) {
            cancelled = true;
            unsubscribe();
            resolve({ events, cancelled });
          }
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => {
          if (!cancelled) resolve({ events, cancelled });
        },
      },
    );
  });
}

export const STREAM_SUBSCRIPTION = /* GraphQL */ `
  subscription ($input: InvokeModelInput!) {
    invokeModelStream(input: $input) {
      __typename
      ... on TextDelta {
        index
        text
      }
      ... on StreamCompleted {
        stopReason
        usage {
          inputTokens
          outputTokens
          totalTokens
        }
        latencyMs
        firstTokenLatencyMs
        requestId
      }
      ... on BedrockError {
        message
        code
        retryable
        source
      }
      ... on ModelError {
        originalStatusCode
      }
    }
  }
`;
