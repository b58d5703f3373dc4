/**
 * A fresh idempotency key: one per draft or per action attempt, reused on every retry of
 * that same submit so the backend can return what it already created.
 */
export function newIdempotencyKey(prefix = 'gr'): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : // An insecure context has no randomUUID: a page counter keeps keys of one page apart, the random part pages.
        `${(++fallbackCount).toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}

let fallbackCount = 0;
