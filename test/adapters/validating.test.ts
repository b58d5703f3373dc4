import { expect } from '@open-wc/testing';
import { AdapterError, toAdapterError, validating, type Adapter } from '../../src/adapters/index.js';

const area = { id: 'city', name: '青川市', level: 'city', parentId: null, childCount: 8 };

function adapterReturning(value: unknown): Adapter {
  return { areas: { roots: async () => value } } as unknown as Adapter;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

describe('the validating boundary', () => {
  it('passes good data through unchanged', async () => {
    expect(await validating(adapterReturning([area])).areas!.roots()).to.deep.equal([area]);
  });

  it('turns data that breaks the contract into invalid_response naming the method and field', async () => {
    const error = (await failure(validating(adapterReturning([{ ...area, level: 'planet' }])).areas!.roots())) as AdapterError;
    expect(error).to.be.instanceOf(AdapterError);
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.contain('areas.roots');
    expect(error.message).to.contain('0.level');
  });

  it('treats null and wrong outer shapes as invalid_response, not a crash', async () => {
    for (const value of [null, undefined, 'text', { items: [] }]) {
      const error = (await failure(validating(adapterReturning(value)).areas!.roots())) as AdapterError;
      expect(error.code, String(value)).to.equal('invalid_response');
    }
  });

  it('keeps AdapterErrors and aborts as they are, and wraps anything else', async () => {
    const refused = new AdapterError('forbidden', 'no');
    const abort = new DOMException('Aborted', 'AbortError');
    const throwing = (e: unknown): Adapter => ({ areas: { roots: async () => Promise.reject(e) } }) as unknown as Adapter;
    expect(await failure(validating(throwing(refused)).areas!.roots())).to.equal(refused);
    expect(await failure(validating(throwing(abort)).areas!.roots())).to.equal(abort);
    const wrapped = (await failure(validating(throwing(new TypeError('Failed to fetch'))).areas!.roots())) as AdapterError;
    expect(wrapped.code).to.equal('network');
    expect(wrapped.retryable).to.equal(true);
  });

  it('leaves out groups the backend does not implement', () => {
    const wrapped = validating({ name: 'partial', areas: { roots: async () => [] } } as unknown as Adapter);
    expect(wrapped.cases).to.equal(undefined);
    expect(wrapped.areas).to.not.equal(undefined);
    expect(wrapped.name).to.equal('partial');
  });

  it('is cached per adapter', () => {
    const raw = adapterReturning([]);
    expect(validating(raw)).to.equal(validating(raw));
  });
});

describe('toAdapterError', () => {
  it('maps a timeout to timeout and keeps the cause', () => {
    const cause = new DOMException('signal timed out', 'TimeoutError');
    const error = toAdapterError(cause);
    expect(error.code).to.equal('timeout');
    expect(error.cause).to.equal(cause);
  });
});
