import { isAbortError } from '../adapters/errors.js';

/** One started call: its signal and whether it is still the latest. */
export interface CallTicket {
  readonly signal: AbortSignal;
  /** False once a newer call started or the call was aborted. */
  isCurrent(): boolean;
}

/**
 * The abort logic the data controllers share: starting a call aborts the
 * previous one, so a slow stale answer can never overwrite a newer one.
 */
export class LatestCall {
  private controller?: AbortController;

  /** Aborts the call in flight (if any) and starts tracking a new one. */
  begin(): CallTicket {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    return {
      signal: controller.signal,
      isCurrent: () => this.controller === controller && !controller.signal.aborted,
    };
  }

  /** Aborts the call in flight; its result will be ignored. */
  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Marks the call as finished so a later `abort()` is a no-op. */
  end(ticket: CallTicket): void {
    if (ticket.isCurrent()) this.controller = undefined;
  }
}

/** True for errors that only mean "the caller gave up", which are never shown. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || isAbortError(error);
}
