import type { AdapterError } from '../../src/adapters/errors.js';

/** What a call that must fail rejected with; the test fails if it resolved instead. */
export async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (e) {
    return e as AdapterError;
  }
  throw new Error('expected the call to fail');
}
