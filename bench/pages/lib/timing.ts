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
 * Arms a one-shot timer for the next keydown: from the first listener (capture, on window) to the frame painted
 * after the page handled it (`ms`), and the part of it from that frame's requestAnimationFrame on (`frame`: the
 * frame's own work, whatever the vsync phase). `arm(phaseMs)` resolves `phaseMs` after the next frame starts, so
 * the driver sends the key at a chosen point in the frame instead of whenever its last round trip ended (which
 * the page's own work after a paint would shift). Read the result from `result()`.
 */
export function keyTimer(): { arm(phaseMs?: number): Promise<void>; result(): Promise<{ ms: number; frame: number }> } {
  let pending: Promise<{ ms: number; frame: number }> = Promise.resolve({ ms: NaN, frame: NaN });
  return {
    arm(phaseMs = 0) {
      pending = new Promise((resolve) => {
        window.addEventListener(
          'keydown',
          () => {
            const start = performance.now();
            requestAnimationFrame(() => {
              const frame = performance.now();
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                const end = performance.now();
                resolve({ ms: end - start, frame: end - frame });
              };
              channel.port2.postMessage(0);
            });
          },
          { capture: true, once: true },
        );
      });
      return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, phaseMs)));
    },
    result: () => pending,
  };
}
