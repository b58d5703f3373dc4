import { expect } from '@open-wc/testing';
import { define, type ElementRegistry } from '../src/define.js';
import { VERSION } from '../src/version.js';

function fakeRegistry(): ElementRegistry & { defined: Map<string, CustomElementConstructor> } {
  const defined = new Map<string, CustomElementConstructor>();
  return {
    defined,
    get: (name) => defined.get(name),
    define: (name, ctor) => {
      if (defined.has(name)) throw new Error('already defined');
      defined.set(name, ctor);
    },
  };
}

async function captureWarnings(fn: () => void): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define', () => {
  it('registers a new tag in window.customElements by default', () => {
    class A extends HTMLElement {}
    const tag = `gr-define-a-${Math.random().toString(36).slice(2)}`;
    expect(define(tag, A)).to.equal(A);
    expect(customElements.get(tag)).to.equal(A);
    expect(document.createElement(tag)).to.be.instanceOf(A);
  });

  it('skips a tag defined with the same class, silently', async () => {
    class A extends HTMLElement {}
    const registry = fakeRegistry();
    const warnings = await captureWarnings(() => {
      define('gr-same', A, registry);
      define('gr-same', A, registry);
    });
    expect(registry.defined.get('gr-same')).to.equal(A);
    expect(warnings).to.have.length(0);
  });

  it('warns once naming both versions when another class holds the tag', async () => {
    class Old extends HTMLElement {
      static version = '0.0.9';
    }
    class New extends HTMLElement {
      static version = '0.1.0';
    }
    const registry = fakeRegistry();
    const warnings = await captureWarnings(() => {
      define('gr-clash', Old, registry);
      expect(define('gr-clash', New, registry)).to.equal(Old);
      define('gr-clash', New, registry);
    });
    expect(registry.defined.get('gr-clash')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<gr-clash>');
    expect(warnings[0]).to.contain('0.0.9');
    expect(warnings[0]).to.contain('0.1.0');
  });

  it("uses the library VERSION when a class has no static version", async () => {
    class Old extends HTMLElement {}
    class New extends HTMLElement {}
    const registry = fakeRegistry();
    const warnings = await captureWarnings(() => {
      define('gr-clash-2', Old, registry);
      define('gr-clash-2', New, registry);
    });
    expect(warnings[0]).to.contain('unknown version');
    expect(warnings[0]).to.contain(VERSION);
  });
});

describe('VERSION', () => {
  it('matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
