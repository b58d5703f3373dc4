/**
 * One MutationObserver for the whole page that tells subscribed elements
 * when a `lang` attribute changes (on `<html>` or any light-DOM ancestor).
 * It is created for the first subscriber and disconnected after the last
 * one leaves, so an idle page keeps no observer.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/** Calls `listener` whenever a `lang` attribute in the document changes; returns the unsubscribe function. */
export function observePageLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && globalThis.document) {
    observer = new MutationObserver(() => {
      for (const l of [...listeners]) l();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
}

/** For tests: whether the shared observer is currently active. */
export function isObservingPageLang(): boolean {
  return observer !== undefined;
}
