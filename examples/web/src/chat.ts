import { type ApolloClient } from "@apollo/client";
import { type Subscription } from "rxjs";
import { StreamChatDocument, type ChatMessageInput } from "../../generated/graphql";
import { requestFailure, showError } from "./error-list";
import { byId } from "./page";

/**
 * A conversation streamed token by token. Stop unsubscribes: the client sends `complete` (or
 * closes the SSE request), and the gateway cancels the upstream Bedrock call.
 */
export function mountChat(client: ApolloClient, errors: HTMLElement): void {
  const form = byId<HTMLFormElement>("chat-form");
  const input = byId<HTMLTextAreaElement>("chat-input");
  const model = byId<HTMLInputElement>("chat-model");
  const messages = byId<HTMLOListElement>("chat-messages");
  const send = byId<HTMLButtonElement>("chat-send");
  const stop = byId<HTMLButtonElement>("chat-stop");
  const status = byId<HTMLParagraphElement>("chat-status");
  const history: ChatMessageInput[] = [];
  let running: Subscription | undefined;

  const append = (role: ChatMessageInput["role"], content: string) => {
    const item = document.createElement("li");
    item.dataset.role = role;
    item.textContent = content;
    messages.append(item);
    return item;
  };
  const finish = (text: string) => {
    running = undefined;
    send.disabled = false;
    stop.disabled = true;
    status.textContent = text;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const content = input.value.trim();
    if (content === "" || running !== undefined) return;
    history.push({ role: "USER", content });
    append("USER", content);
    const reply = append("ASSISTANT", "");
    input.value = "";
    send.disabled = true;
    stop.disabled = false;
    status.textContent = "Streaming…";
    let outcome = "Ended";
    running = client.subscribe({ query: StreamChatDocument, variables: { modelId: model.value, messages: [...history], maxTokens: 300 } }).subscribe({
      next: ({ data, error }) => {
        if (error !== undefined) {
          showError(errors, requestFailure(error));
          outcome = "Failed";
          return;
        }
        const event = data?.invokeModelStream;
        if (event === undefined) return;
        switch (event.__typename) {
          case "TextDelta":
            reply.textContent += event.text;
            break;
          case "ReasoningDelta":
          case "ToolCallDelta":
            // This chat offers no tools and asks for no reasoning; a model that reasons anyway (DeepSeek-R1) keeps it to itself here.
            break;
          case "StreamCompleted":
            history.push({ role: "ASSISTANT", content: reply.textContent ?? "" });
            outcome = `Done: ${event.stopReason ?? "end"}, ${event.usage.outputTokens ?? 0} tokens`;
            break;
          default:
            showError(errors, { kind: event.__typename, message: event.message });
            outcome = "Failed";
        }
      },
      error: (error: unknown) => {
        showError(errors, requestFailure(error));
        finish("Failed");
      },
      complete: () => finish(outcome),
    });
  });
  stop.addEventListener("click", () => {
    running?.unsubscribe();
    finish("Stopped");
  });
}
