import { Arg, Root, Subscription, Resolver } from "type-graphql";
import { type RequestContext } from "../context";
import { type StreamEvent } from "../service/stream-event.types";
import { InvokeModelInput } from "./inputs/invoke-model.input";
import { InvokeModelStreamEvent } from "./invoke-model-stream-event.union";
import { toStreamEvent } from "./invoke-model-stream-event.mapper";

@Resolver()
export class InvokeModelStreamResolver {
  @Subscription(() => InvokeModelStreamEvent, {
    description:
      "Stream a text invocation (InvokeModelWithResponseStream): TextDelta, ReasoningDelta and ToolCallDelta pieces as they arrive, then StreamCompleted — or one typed error, after which the stream ends.",
    subscribe: ({ args, context }) => {
      const { services, caller, signal, requestId, connectionStreams } = context as RequestContext;
      return services.stream.stream(args.input, caller, signal, requestId, connectionStreams);
    },
  })
  invokeModelStream(
    @Root() event: StreamEvent,
    // Declared for the schema; the subscribe function above reads it.
    @Arg("input", () => InvokeModelInput) _input: InvokeModelInput,
  ): ReturnType<typeof toStreamEvent> {
    return toStreamEvent(event);
  }
}
