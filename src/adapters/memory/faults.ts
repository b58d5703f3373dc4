import { AdapterError, throwIfAborted, type AdapterErrorCode } from '../errors.js';
import type { Rng } from './random.js';

/** Random faults, each a probability per call. */
export interface FaultOptions {
  /** Fails with `network` before the call runs. */
  failRate?: number;
  /** Hangs for `timeoutMs`, then fails with `timeout`. */
  timeoutRate?: number;
  /** Runs the call, then returns a payload that breaks the contract. */
  malformedRate?: number;
  /** How long a timed-out call hangs (default 8000 ms). */
  timeoutMs?: number;
  /** Only these methods, e.g. `['cases.submit']`; all when absent. */
  methods?: string[];
}

/** One scripted fault. `afterCommit` runs the call first and then fails, as a lost response would. */
export interface ScriptedFault {
  kind: AdapterErrorCode | 'malformed';
  afterCommit?: boolean;
  /** Fields for a `validation` fault. */
  fieldErrors?: AdapterError['fieldErrors'];
}

/** Decides, per call, whether and how it fails; applies latency. */
export class FaultInjector {
  private script = new Map<string, ScriptedFault[]>();

  constructor(
    private rng: Rng,
    private options: FaultOptions = {},
    private latency: number | readonly [number, number] = 0,
  ) {}

  setLatency(latency: number | readonly [number, number]): void {
    this.latency = latency;
  }

  setFaults(options: FaultOptions): void {
    this.options = options;
  }

  /** Queue faults for the next calls of `method` (`cases.submit`, or `*` for any). */
  failNext(method: string, fault: ScriptedFault | ScriptedFault['kind'], count = 1): void {
    const queue = this.script.get(method) ?? [];
    const entry = typeof fault === 'string' ? { kind: fault } : fault;
    for (let i = 0; i < count; i++) queue.push(entry);
    this.script.set(method, queue);
  }

  clear(): void {
    this.script.clear();
  }

  /** Runs `call` as method `method` with latency and whatever fault is due. */
  async run<T>(method: string, signal: AbortSignal | undefined, call: () => T | Promise<T>): Promise<T> {
    await sleep(this.delay(), signal);
    const fault = this.take(method) ?? this.random(method);
    if (!fault) return call();
    const timeoutMs = this.options.timeoutMs ?? 8000;
    if (fault.kind === 'malformed') return malform(await call()) as T;
    if (fault.afterCommit) await call();
    if (fault.kind === 'timeout') {
      await sleep(timeoutMs, signal);
      throw new AdapterError('timeout', `${method} timed out after ${timeoutMs} ms (injected)`);
    }
    throw new AdapterError(fault.kind, `${method} failed: ${fault.kind} (injected)`, {
      fieldErrors: fault.fieldErrors,
      retryAfterMs: fault.kind === 'unavailable' ? 1000 : undefined,
    });
  }

  private take(method: string): ScriptedFault | undefined {
    for (const key of [method, '*']) {
      const queue = this.script.get(key);
      if (queue?.length) return queue.shift();
    }
    return undefined;
  }

  private random(method: string): ScriptedFault | undefined {
    const o = this.options;
    if (o.methods && !o.methods.includes(method)) return undefined;
    if (o.failRate && this.rng.chance(o.failRate)) return { kind: 'network' };
    if (o.timeoutRate && this.rng.chance(o.timeoutRate)) return { kind: 'timeout' };
    if (o.malformedRate && this.rng.chance(o.malformedRate)) return { kind: 'malformed' };
    return undefined;
  }

  private delay(): number {
    const l = this.latency;
    return typeof l === 'number' ? l : this.rng.int(l[0], l[1]);
  }
}

/** Resolves after `ms`, or rejects with the abort reason as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      try {
        throwIfAborted(signal);
      } catch (e) {
        reject(e);
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A payload of the right outer shape with contents that break the contract. */
function malform(result: unknown): unknown {
  if (Array.isArray(result)) return [{ malformed: true }];
  if (result && typeof result === 'object' && 'items' in result) return { ...result, items: [{ malformed: true }] };
  return { malformed: true };
}
