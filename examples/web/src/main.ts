import { mountChat } from "./chat";
import { createGatewayClient } from "./gateway-client";
import { mountImages } from "./images";
import { byId } from "./page";
import { mountSearch } from "./search";

// `?gateway=` lets one build point at any gateway; VITE_GATEWAY_URL sets the default at build time.
const url = new URLSearchParams(location.search).get("gateway") ?? import.meta.env.VITE_GATEWAY_URL ?? "http://localhost:4000/graphql";
const token = byId<HTMLInputElement>("token");
const transport = byId<HTMLSelectElement>("transport");
byId("gateway").textContent = `Gateway: ${url}`;

const client = createGatewayClient({
  url,
  token: () => token.value,
  streamTransport: () => (transport.value === "sse" ? "sse" : "ws"),
});
const errors = byId<HTMLUListElement>("errors");
mountChat(client, errors);
mountImages(client, errors);
mountSearch(client, errors);
