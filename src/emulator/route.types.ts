import { type Exchange } from "./exchange.types";

/** One operation the emulator serves: a method and a path shape, answered by `handle`. */
export interface Route {
  method: "GET" | "POST" | "DELETE";
  /** Tested against the raw path; its capture groups reach `handle` still percent-encoded. */
  path: RegExp;
  handle(exchange: Exchange, captures: readonly string[]): Promise<void>;
}
