/** Resolves after the next frame has been painted (rAF, then a task after it). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
}

/**
 * The time the page's work ends: style and layout forced now (paint excluded). Unlike `afterNextPaint()` it does
 * not wait for the next frame (0–16.7 ms later at 60 Hz), so it compares two commits without that jitter.
 */
export function workDone(): number {
  document.body.getBoundingClientRect();
  return performance.now();
}

/** Every element in the document, shadow roots included. */
export function countElements(root: Document | ShadowRoot | Element = document): number {
  let count = 0;
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      count++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return count;
}

/**
 * Arms a one-shot timer for the next keydown: from the first listener (capture, on window) to the
 * frame painted after the page handled it. Read the result from `keyResult()`.
 */
export function keyTimer(): { arm(): void; result(): Promise<number> } {
  let pending: Promise<number> = Promise.resolve(NaN);
  return {
    arm() {
      pending = new Promise((resolve) => {
        window.addEventListener(
          'keydown',
          () => {
            const start = performance.now();
            void afterNextPaint().then(() => resolve(performance.now() - start));
          },
          { capture: true, once: true },
        );
      });
    },
    result: () => pending,
  };
}
