/** The names one model answers to in the policy: the id as given, and the foundation model it runs. */
export interface ModelNames {
  given: string;
  /** Null when the id does not say (an application inference profile ARN, a provisioned model). */
  baseModelId: string | null;
}

/** A policy pattern as a test: `*` matches any run of characters, everything else itself. */
export function compileModelPattern(pattern: string): (names: ModelNames) => boolean {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  const expression = new RegExp(`^${source}$`);
  return (names) => expression.test(names.given) || (names.baseModelId !== null && expression.test(names.baseModelId));
}

/** A pattern written for ARNs (`arn:…`): it can only match an id given as an ARN, never a foundation model id. */
export function isArnPattern(pattern: string): boolean {
  return pattern.startsWith("arn:");
}
