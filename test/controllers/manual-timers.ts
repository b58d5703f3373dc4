/**
 * `setTimeout` / `clearTimeout` under the test's control: nothing fires until `tick(ms)` moves the clock, so a
 * test says "not before 150 ms, once at 150 ms" without waiting and without depending on the machine's load.
 * `restore()` puts the real timers back and hands them what is still pending, with the time it has left.
 */
export interface ManualTimers {
  tick(ms: number): void;
  /** Timers waiting to fire. */
  readonly pending: number;
  restore(): void;
}

interface Timer {
  at: number;
  run: () => void;
}

export function manualTimers(): ManualTimers {
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const timers = new Map<number, Timer>();
  let now = 0;
  let nextId = 1;
  const fake = ((fn: () => void, ms = 0) => {
    const id = nextId++;
    timers.set(id, { at: now + Math.max(0, ms), run: fn });
    return id;
  }) as unknown as typeof setTimeout;
  globalThis.setTimeout = fake;
  globalThis.clearTimeout = ((id?: number) => void timers.delete(id as number)) as typeof clearTimeout;
  return {
    tick(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
    get pending() {
      return timers.size;
    },
    restore() {
      globalThis.setTimeout = realSet;
      globalThis.clearTimeout = realClear;
      for (const t of timers.values()) realSet(t.run, t.at - now);
      timers.clear();
    },
  };
}
