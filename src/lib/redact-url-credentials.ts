// user:password@ (or user@) right after a URL's scheme: `redis://app:s3cret@cache:6379`.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

/** The text with the credentials of every URL in it replaced by `***`: settings may carry them, logs must not. */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, "$1***@");
}
