// The build-time CSS minifier (scripts/css-literals.mjs) removes only comments and whitespace CSS does not need.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssLiterals } from '../../scripts/css-literals.mjs';

test('collapses whitespace and comments around braces, semicolons, commas and colons', () => {
  const css = `
    /* the host */
    :host {
      display: block;
      color: var(--a, red);
    }
    .a,
    .b > .c { margin: 0 auto; }
  `;
  assert.equal(minifyCss(css).trim(), ':host{display:block;color:var(--a,red)}.a,.b > .c{margin:0 auto}');
});

test('keeps descendant combinators, calc operators and quoted strings as written', () => {
  assert.equal(minifyCss('.a :is(.b)  .c{width:calc(1px  +  2em)}'), '.a :is(.b) .c{width:calc(1px + 2em)}');
  assert.equal(minifyCss(`.q::before{content:'  two  spaces ; { } '}`), `.q::before{content:'  two  spaces ; { } '}`);
  assert.equal(minifyCss('.e::after{content:"a\\"  b"}'), '.e::after{content:"a\\"  b"}');
});

test('minifies each static part of a css`` template and copies interpolations', () => {
  const source = 'const s = css`\n  ${a} .b {\n    color: ${unsafeCSS(`x  y`)};\n  }\n`;';
  assert.equal(minifyCssLiterals(source), 'const s = css`${a} .b{color:${unsafeCSS(`x  y`)}}`;');
});

test('leaves other templates, and css mentioned in comments, untouched', () => {
  const source = '// see `tokens.css`  and  `x`\nconst h = html`<p>  a  </p>`;';
  assert.equal(minifyCssLiterals(source), source);
});

test('minifies generated *_CSS string constants', () => {
  const source = 'export const HOST_TOKENS_CSS = ":host {\\n  --a: 1;\\n}\\n";';
  assert.equal(minifyCssLiterals(source), 'export const HOST_TOKENS_CSS = ":host{--a:1}";');
});
