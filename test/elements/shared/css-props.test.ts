import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProps, type CssProps } from '../../../src/elements/shared/css-props.js';

describe('cssProps', () => {
  it('writes a property when it changes, not when a render gives the same value again, and removes a dropped one', () => {
    const host = document.createElement('div');
    const draw = (props: CssProps) => render(html`<p ${cssProps(props)}></p>`, host);
    const writes: string[] = [];
    const original = CSSStyleDeclaration.prototype.setProperty;
    CSSStyleDeclaration.prototype.setProperty = function (this: CSSStyleDeclaration, name: string, value: string | null, priority?: string) {
      writes.push(`${name}: ${value}`);
      original.call(this, name, value, priority);
    };
    try {
      draw({ 'inset-block-start': '52px', '--depth': '2' });
      const p = host.querySelector('p')!;
      expect(p.style.getPropertyValue('inset-block-start')).to.equal('52px');
      expect(p.style.getPropertyValue('--depth')).to.equal('2');
      draw({ 'inset-block-start': '52px', '--depth': '2' });
      // Unchanged: nothing written, so the row's style is not invalidated on every render.
      expect(writes).to.deep.equal(['inset-block-start: 52px', '--depth: 2']);
      draw({ 'inset-block-start': '104px' });
      expect(writes.at(-1)).to.equal('inset-block-start: 104px');
      expect(p.style.getPropertyValue('inset-block-start')).to.equal('104px');
      expect(p.style.getPropertyValue('--depth')).to.equal('');
      draw({ 'inset-block-start': '104px', '--depth': '2' });
      expect(p.style.getPropertyValue('--depth'), 'set again after it was removed').to.equal('2');
      expect(p.hasAttribute('style') && p.getAttribute('style')!.length > 0).to.equal(true);
    } finally {
      CSSStyleDeclaration.prototype.setProperty = original;
    }
  });
});
