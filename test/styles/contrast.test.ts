import { expect, fixture, html } from '@open-wc/testing';
import { mount, TestWidget, unmountAll } from '../elements/test-widget.js';

/** WCAG 2.x relative luminance of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const parts = rgb.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The computed colour of a private token inside the widget's shadow root. */
function tokenColor(el: TestWidget, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(--_gr-${token})`;
  el.shadowRoot!.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const TEXT_PAIRS: [string, string][] = [
  ['color-text', 'color-surface'],
  ['color-text', 'color-surface-raised'],
  ['color-text-muted', 'color-surface'],
  ['color-text-muted', 'color-surface-raised'],
  ['color-primary', 'color-surface'],
  ['color-primary-contrast', 'color-primary'],
  ['color-accent-contrast', 'color-accent'],
  ['color-danger', 'color-surface'],
  ['color-danger', 'color-surface-raised'],
  ['color-success', 'color-surface'],
  ['color-warning', 'color-surface'],
  ['color-info', 'color-surface'],
  ['color-focus-text', 'color-focus'],
];

const MODES = [
  { name: 'light', attrs: html`<gr-test-widget theme="light"></gr-test-widget>`, textMin: 4.5 },
  { name: 'dark', attrs: html`<gr-test-widget theme="dark"></gr-test-widget>`, textMin: 4.5 },
  { name: 'elder', attrs: html`<gr-test-widget elder-friendly></gr-test-widget>`, textMin: 7 },
  { name: 'elder dark', attrs: html`<gr-test-widget elder-friendly theme="dark"></gr-test-widget>`, textMin: 7 },
];

describe('design token contrast (WCAG)', () => {
  const originalWarn = console.warn;
  // The widgets here have no adapter on purpose; their warning is not under test.
  before(() => (console.warn = () => {}));
  after(() => (console.warn = originalWarn));
  afterEach(unmountAll);

  for (const mode of MODES) {
    it(`meets AA for every text pair in ${mode.name} mode`, async () => {
      const el = await fixture<TestWidget>(mode.attrs);
      const failures: string[] = [];
      for (const [fg, bg] of TEXT_PAIRS) {
        const ratio = contrast(tokenColor(el, fg), tokenColor(el, bg));
        if (ratio < 4.5) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
      }
      expect(failures, failures.join('; ')).to.deep.equal([]);
    });

    it(`gives body and muted text at least ${mode.textMin}:1 and borders 3:1 in ${mode.name} mode`, async () => {
      const el = await fixture<TestWidget>(mode.attrs);
      for (const bg of ['color-surface', 'color-surface-raised']) {
        expect(contrast(tokenColor(el, 'color-text'), tokenColor(el, bg))).to.be.at.least(mode.textMin);
        expect(contrast(tokenColor(el, 'color-text-muted'), tokenColor(el, bg))).to.be.at.least(mode.textMin);
        expect(contrast(tokenColor(el, 'color-border'), tokenColor(el, bg))).to.be.at.least(3);
      }
    });
  }

  it('switches the surface colour between light and dark', async () => {
    const light = await fixture<TestWidget>(html`<gr-test-widget></gr-test-widget>`);
    const dark = await fixture<TestWidget>(html`<gr-test-widget theme="dark"></gr-test-widget>`);
    expect(tokenColor(light, 'color-surface')).to.equal('rgb(255, 255, 255)');
    expect(tokenColor(dark, 'color-surface')).to.equal('rgb(18, 20, 24)');
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(18, 20, 24)');
  });

  it('lets a portal theme widgets from an ancestor, per mode', async () => {
    const wrapper = mount(html`<gr-test-widget id="l"></gr-test-widget
      ><gr-test-widget id="d" theme="dark"></gr-test-widget>`);
    wrapper.style.setProperty('--gr-color-primary', '#0b3d2e');
    wrapper.style.setProperty('--gr-dark-color-primary', '#9be7c4');
    const light = wrapper.querySelector<TestWidget>('#l')!;
    const dark = wrapper.querySelector<TestWidget>('#d')!;
    await light.updateComplete;
    await dark.updateComplete;
    expect(tokenColor(light, 'color-primary')).to.equal('rgb(11, 61, 46)');
    expect(tokenColor(dark, 'color-primary')).to.equal('rgb(155, 231, 196)');
  });

  it('enlarges type and targets in elder-friendly mode', async () => {
    const normal = await fixture<TestWidget>(html`<gr-test-widget></gr-test-widget>`);
    const elder = await fixture<TestWidget>(html`<gr-test-widget elder-friendly></gr-test-widget>`);
    expect(parseFloat(getComputedStyle(normal).fontSize)).to.be.at.least(16);
    expect(parseFloat(getComputedStyle(elder).fontSize)).to.be.at.least(20);
    expect(getComputedStyle(elder).getPropertyValue('--_gr-target-size').trim()).to.equal('56px');
  });
});
