import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/errors.js';
import { ControllerHost, deferred, text } from './helpers.js';

describe('AdapterCallController', () => {
  let el: ControllerHost;
  beforeEach(async () => {
    el = await fixture<ControllerHost>(html`<gr-controller-host></gr-controller-host>`);
  });

  it('shows pending, then the value', async () => {
    expect(text(el, '.call')).to.equal('idle');
    const d = deferred<string>();
    const done = el.call.run(() => d.promise);
    await el.updateComplete;
    expect(text(el, '.call')).to.equal('loading');
    d.resolve('ok');
    expect(await done).to.equal('ok');
    await el.updateComplete;
    expect(el.call.status).to.equal('complete');
    expect(text(el, '.call')).to.equal('value: ok');
  });

  it('aborts the stale call, whose late result never shows', async () => {
    const slow = deferred<string>();
    const fast = deferred<string>();
    let firstSignal!: AbortSignal;
    const first = el.call.run((signal) => {
      firstSignal = signal;
      return slow.promise;
    });
    const second = el.call.run(() => fast.promise);
    expect(firstSignal.aborted).to.equal(true);
    fast.resolve('new');
    await second;
    slow.resolve('stale');
    expect(await first).to.equal(undefined);
    await el.updateComplete;
    expect(text(el, '.call')).to.equal('value: new');
    expect(el.call.value).to.equal('new');
  });

  it('shows a normalised error, and retry re-runs the last call', async () => {
    let attempts = 0;
    await el.call.run(async () => {
      attempts++;
      if (attempts === 1) throw new AdapterError('unavailable', 'down');
      return 'back';
    });
    await el.updateComplete;
    expect(text(el, '.call')).to.equal('error: unavailable');
    expect(el.call.error).to.be.instanceOf(AdapterError);

    await el.call.retry();
    await el.updateComplete;
    expect(attempts).to.equal(2);
    expect(text(el, '.call')).to.equal('value: back');
    expect(el.call.error).to.equal(undefined);
  });

  it('normalises a non-adapter error with toAdapterError', async () => {
    await el.call.run(async () => {
      throw new TypeError('Failed to fetch');
    });
    await el.updateComplete;
    expect(el.call.error!.code).to.equal('network');
    expect(text(el, '.call')).to.equal('error: network');
  });

  it('never shows an abort as an error', async () => {
    await el.call.run(async () => {
      throw new DOMException('stop', 'AbortError');
    });
    await el.updateComplete;
    expect(el.call.status).to.equal('idle');
    expect(text(el, '.call')).to.equal('idle');
  });

  it('calls onComplete and onError hooks', async () => {
    const seen: string[] = [];
    const { AdapterCallController } = await import('../../src/controllers/adapter-call-controller.js');
    const c = new AdapterCallController<string>(el, {
      onComplete: (v) => seen.push(`ok:${v}`),
      onError: (e) => seen.push(`err:${e.code}`),
    });
    await c.run(async () => 'a');
    await c.run(async () => {
      throw new AdapterError('forbidden', 'no');
    });
    expect(seen).to.deep.equal(['ok:a', 'err:forbidden']);
  });

  it('aborts on disconnect and runs again on reconnect', async () => {
    const signals: AbortSignal[] = [];
    const answers = [deferred<string>(), deferred<string>()];
    void el.call.run((signal) => {
      signals.push(signal);
      return answers[signals.length - 1]!.promise;
    });
    const parent = el.parentElement!;
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
    answers[0]!.resolve('stale');
    await aTimeout(0);
    expect(el.call.value).to.equal(undefined);

    parent.append(el);
    expect(signals).to.have.length(2);
    answers[1]!.resolve('fresh');
    await aTimeout(0);
    await el.updateComplete;
    expect(text(el, '.call')).to.equal('value: fresh');
  });
});
