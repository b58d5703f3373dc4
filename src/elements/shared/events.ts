/**
 * Dispatches one of our `gr-` events: bubbling and composed, so a portal can listen on
 * any ancestor, even across shadow roots. Returns false when a listener cancelled it.
 */
export function emit<T>(host: EventTarget, type: `gr-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
