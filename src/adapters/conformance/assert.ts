import { newIdempotencyKey } from '../../domain/ids.js';
import { isAdapterError, type AdapterErrorCode } from '../errors.js';

/** The kit's own assertions, so it runs under any runner without an assertion library. */
export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Conformance: ${message}`);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new Error(`Conformance: ${message} (expected ${String(expected)}, got ${String(actual)})`);
}

/** The call must reject with an AdapterError of this code; returns it for further checks. */
export async function rejectsWith(promise: Promise<unknown>, code: AdapterErrorCode, what: string) {
  try {
    await promise;
  } catch (e) {
    ok(isAdapterError(e), `${what} should reject with an AdapterError, got ${String(e)}`);
    equal(e.code, code, `${what} should fail with "${code}" (${e.message})`);
    return e;
  }
  throw new Error(`Conformance: ${what} should fail with "${code}" but succeeded`);
}

export function uniqueKey(label: string): string {
  return newIdempotencyKey(`conformance-${label}`);
}
