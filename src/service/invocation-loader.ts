import DataLoader from "dataloader";
import { invalidInput, type Failure } from "../lib/failure";
import { type Identity } from "../auth/identity";
import { fail, ok, type Result } from "../lib/result";
import { type Invocation, type InvocationInput } from "./invocation.types";
import { type InvokeService } from "./invoke.service";
import { nestedDeeperThan } from "./json-depth";

/** One operation's invocations: identical ones within the operation reach Bedrock once. */
export interface InvocationLoader {
  load(input: InvocationInput): Promise<Result<Invocation, Failure>>;
  /**
   * Each input's own result, in input order. A list longer than the operation limit is refused
   * whole, before anything is sent.
   */
  loadMany(inputs: readonly InvocationInput[]): Promise<Result<Array<Result<Invocation, Failure>>, Failure>>;
}

/** Makes a fresh loader for each operation (held in its RequestContext), so nothing is shared between callers. */
export interface InvocationLoaderFactory {
  forOperation(caller: Identity, signal: AbortSignal, requestId: string): InvocationLoader;
}

export interface InvocationLoaderOptions {
  invoke: InvokeService;
  /** Most invocations one list may carry. */
  maxInputsPerOperation: number;
  /** Inputs whose raw body nests deeper are not keyed (the service refuses them): keying would walk them. */
  maxJsonDepth: number;
}

/**
 * Two inputs are the same invocation when they are the same input, field for field. GraphQL
 * coerces every input object in its type's field order, so plain JSON is already canonical;
 * only a raw provider body keeps the caller's key order, and two orders then make two calls.
 * (Keying by the prepared request would merge differently written equal requests too, but
 * would validate and encode every input twice on the hot path.)
 */
function invocationKey(input: InvocationInput): string {
  return JSON.stringify(input);
}

// text → messages → [turn] → blocks → [block] → toolUse → input: the levels above a JSON value in a text input.
const TEXT_INPUT_LEVELS = 7;

export function createInvocationLoaders({ invoke, maxInputsPerOperation, maxJsonDepth }: InvocationLoaderOptions): InvocationLoaderFactory {
  return {
    forOperation(caller, signal, requestId) {
      const loader = new DataLoader<InvocationInput, Result<Invocation, Failure>, string>(
        (inputs) => Promise.all(inputs.map((input) => invoke.invoke(input, caller, signal, requestId))),
        { cacheKeyFn: invocationKey },
      );
      // Too deep to key: straight to the service, which refuses it as a ValidationError. JSON in a
      // text input (tool inputs and results, schemas) sits a few levels below the input itself.
      const load = (input: InvocationInput) =>
        nestedDeeperThan(input.body, maxJsonDepth) || nestedDeeperThan(input.text, maxJsonDepth + TEXT_INPUT_LEVELS)
          ? invoke.invoke(input, caller, signal, requestId)
          : loader.load(input);
      return {
        load,
        async loadMany(inputs) {
          if (inputs.length > maxInputsPerOperation) {
            return fail(invalidInput("inputs", `inputs: at most ${maxInputsPerOperation} invocations per list; got ${inputs.length}`));
          }
          return ok(await Promise.all(inputs.map(load)));
        },
      };
    },
  };
}
