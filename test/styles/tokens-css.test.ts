import { expect } from '@open-wc/testing';
import { HOST_TOKENS_CSS } from '../../src/styles/host-tokens.generated.js';
import { hostTokensCss, publicName, referenceTokensCss, TOKENS, type TokenName } from '../../src/styles/token-values.js';

describe('tokens.css', () => {
  it('is up to date with token-values.ts (run `node scripts/generate-tokens-css.mjs`)', async () => {
    const onDisk = await (await fetch('/src/styles/tokens.css')).text();
    expect(onDisk).to.equal(referenceTokensCss());
  });

  it('ships the :host CSS generated from token-values.ts (run `node scripts/generate-tokens-css.mjs`)', () => {
    expect(HOST_TOKENS_CSS).to.equal(hostTokensCss());
  });

  it('lists every overridable token', () => {
    const css = referenceTokensCss();
    for (const name of Object.keys(TOKENS) as TokenName[]) {
      expect(css, name).to.contain(`${publicName(name)}:`);
    }
  });

  it('gives every colour with an elder value an elder-dark value too', () => {
    for (const [name, def] of Object.entries(TOKENS)) {
      if ('elder' in def && name.startsWith('color-')) expect('elderDark' in def, name).to.equal(true);
    }
  });
});
