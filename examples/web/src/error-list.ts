/** Something that went wrong, as a UI shows it: a typed result's `__typename`, or where it failed. */
export interface ShownError {
  kind: string;
  message: string;
}

/** Appends an error to the page's error list; each item names its type, so a user (and a test) can tell them apart. */
export function showError(list: HTMLElement, error: ShownError): void {
  const item = document.createElement("li");
  item.dataset.kind = error.kind;
  item.textContent = `${error.kind}: ${error.message}`;
  list.append(item);
}

/** A failure outside any typed result: the network, a refused origin, a refused credential. */
export function requestFailure(error: unknown): ShownError {
  return { kind: "RequestFailed", message: error instanceof Error ? error.message : String(error) };
}

/** A result other than the one asked for: a typed error by its `__typename` (a result of another kind would be a bug in the operation). */
export function resultError(result: { __typename: string; message?: string }): ShownError {
  return { kind: result.__typename, message: result.message ?? "unexpected result" };
}
