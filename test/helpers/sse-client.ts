export interface ServerSentEvent {
  event: string;
  data: string;
}

/** Reads a text/event-stream body as a plain HTTP client does, event by event. */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const bytes of body) {
    buffer += decoder.decode(bytes, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block.split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
      );
      if (fields.event) yield { event: fields.event, data: fields.data ?? "" };
    }
  }
}

/** Posts one operation to the SSE endpoint and collects its `next` payloads until the stream ends. */
export async function collectServerSentEvents(
  streamUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; payloads: Array<Record<string, any>> }> {
  const response = await fetch(streamUrl, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const payloads: Array<Record<string, any>> = [];
  if (!response.body) return { status: response.status, payloads };
  if (!(response.headers.get("content-type") ?? "").includes("text/event-stream")) {
    payloads.push((await response.json()) as Record<string, any>);
    return { status: response.status, payloads };
  }
  for await (const event of readEvents(response.body)) {
    if (event.event === "next") payloads.push(JSON.parse(event.data) as Record<string, any>);
  }
  return { status: response.status, payloads };
}
