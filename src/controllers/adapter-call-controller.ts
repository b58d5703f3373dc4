import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { toAdapterError, type AdapterError } from '../adapters/errors.js';
import { isAbort, LatestCall } from './latest-call.js';

export type CallStatus = 'idle' | 'pending' | 'complete' | 'error';

/** A call: receives the signal to pass to the adapter. */
export type CallFunction<T> = (signal: AbortSignal) => Promise<T>;

export interface AdapterCallOptions<T> {
  /** After a call completes (not for stale or aborted calls). */
  onComplete?: (value: T) => void;
  /** After a call fails (not for aborts). */
  onError?: (error: AdapterError) => void;
}

/** Templates per status for {@link AdapterCallController.render}. */
export interface CallRenderers<T> {
  idle?: () => unknown;
  pending?: () => unknown;
  complete?: (value: T) => unknown;
  error?: (error: AdapterError) => unknown;
}

/**
 * Runs one async adapter call at a time for a host element (a tiny
 * `@lit/task`). A new `run` aborts the one in flight, so stale results never
 * overwrite newer ones; disconnecting the host aborts too, and a call that
 * was pending then runs again when the host reconnects. Errors are
 * normalised to `AdapterError`; aborts are never errors.
 */
export class AdapterCallController<T> implements ReactiveController {
  /** `idle` before the first call (or after an abort), then `pending`, `complete` or `error`. */
  status: CallStatus = 'idle';
  /** The last completed value; kept while a newer call is pending. */
  value?: T;
  /** The error of the last call, when `status` is `error`. */
  error?: AdapterError;

  private readonly calls = new LatestCall();
  private lastFn?: CallFunction<T>;
  private resumeOnConnect = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AdapterCallOptions<T> = {},
  ) {
    host.addController(this);
  }

  /**
   * Starts `fn`, aborting the call in flight. Resolves with the value, or
   * `undefined` when the call failed, was aborted or was overtaken; never rejects.
   */
  async run(fn: CallFunction<T>): Promise<T | undefined> {
    this.lastFn = fn;
    const ticket = this.calls.begin();
    this.status = 'pending';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await fn(ticket.signal);
      if (!ticket.isCurrent()) return undefined;
      this.calls.end(ticket);
      this.value = value;
      this.status = 'complete';
      this.host.requestUpdate();
      this.options.onComplete?.(value);
      return value;
    } catch (e) {
      if (!ticket.isCurrent()) return undefined;
      this.calls.end(ticket);
      if (isAbort(e, ticket.signal)) {
        this.status = 'idle';
        this.host.requestUpdate();
        return undefined;
      }
      const error = toAdapterError(e);
      this.error = error;
      this.status = 'error';
      this.host.requestUpdate();
      this.options.onError?.(error);
      return undefined;
    }
  }

  /** Runs the last function again (e.g. from a "Try again" button). */
  retry(): Promise<T | undefined> {
    return this.lastFn ? this.run(this.lastFn) : Promise.resolve(undefined);
  }

  /** Aborts the call in flight; the status goes back to `idle` (the last value is kept). */
  abort(): void {
    if (this.status !== 'pending') return;
    this.calls.abort();
    this.status = 'idle';
    this.host.requestUpdate();
  }

  /** Renders the template for the current status. */
  render(renderers: CallRenderers<T>): unknown {
    switch (this.status) {
      case 'idle':
        return renderers.idle?.() ?? nothing;
      case 'pending':
        return renderers.pending?.() ?? nothing;
      case 'complete':
        return renderers.complete?.(this.value as T) ?? nothing;
      case 'error':
        return renderers.error?.(this.error!) ?? nothing;
    }
  }

  hostConnected(): void {
    if (this.resumeOnConnect) {
      this.resumeOnConnect = false;
      void this.retry();
    }
  }

  hostDisconnected(): void {
    if (this.status === 'pending') {
      this.resumeOnConnect = true;
      this.abort();
    }
  }
}
