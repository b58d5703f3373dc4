import { expect } from '@open-wc/testing';
import { defineAdapterConformance, featuresOf, runConformance } from '../../../src/adapters/conformance/index.js';
import type { Adapter } from '../../../src/adapters/contract.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';

/** Collects what the kit registers, without running it. */
function registered(adapter: Adapter): string[] {
  const names: string[] = [];
  defineAdapterConformance({ describe: (_n, body) => body(), it: (name) => void names.push(name) }, { name: 'probe', create: () => adapter });
  return names;
}

describe('conformance kit: only the groups an adapter has', () => {
  const memory = createMemoryAdapter();

  it('registers every clause for an adapter with all six groups', () => {
    const all = registered(memory);
    expect(all.length).to.be.greaterThan(30);
    expect(all).to.include('runs the closed loop: report, accept, dispatch, resolve, verify, close, rate');
  });

  it('registers only orgs clauses for an orgs-only adapter, and none that needs another group', () => {
    const names = registered({ name: 'orgs only', orgs: memory.orgs });
    expect(names).to.include('orgs: roots, get, children and members');
    expect(names).to.include('answers an unknown organisation with not_found');
    expect(names.some((n) => /volunteer|case|area|session|service/i.test(n))).to.equal(false, names.join('\n'));
  });

  it('reads capabilities: a cases backend without actions gets the "unsupported" clause, not the loop', () => {
    const cases = { ...memory.cases, capabilities: { actions: [], follow: false } };
    const names = registered({ name: 'cases only', cases });
    expect(names).to.include('refuses the actions missing from cases.capabilities.actions with unsupported, and keeps the case as it was');
    expect(names).to.include('refuses follow with unsupported when cases.capabilities.follow is false');
    expect(names).not.to.include('runs the closed loop: report, accept, dispatch, resolve, verify, close, rate');
    expect([...featuresOf({ cases })]).to.deep.equal(['cases', 'case-actions-limited', 'case-follow-unsupported', 'case-stats']);
  });

  it('narrows to the groups asked for', () => {
    expect([...featuresOf(memory, ['orgs'])]).to.deep.equal(['orgs']);
  });

  it('asks for a synchronous create, and runConformance accepts an async one', async () => {
    expect(() =>
      defineAdapterConformance({ describe: () => undefined, it: () => undefined }, { name: 'async', create: async () => memory }),
    ).to.throw(/returned a promise/);
    const lines: string[] = [];
    const run = await runConformance(
      { name: 'orgs', create: async () => ({ orgs: memory.orgs }) },
      { onResult: (r) => lines.push(`${r.passed ? 'pass' : 'FAIL'} ${r.name}`) },
    );
    expect(run.failed, lines.join('\n')).to.equal(0);
    expect(run.passed).to.be.greaterThan(3);
    expect(lines.every((l) => l.startsWith('pass '))).to.equal(true);
  });

  it('reports a failing clause with its reason instead of throwing', async () => {
    const broken: Adapter = { orgs: { ...memory.orgs, get: async () => ({ nonsense: true }) as never } };
    const run = await runConformance({ name: 'broken', create: () => broken }, { grep: 'not_found' });
    expect(run.results).to.have.length(1);
    expect(run.failed).to.equal(1);
    expect(run.results[0]!.error).to.match(/not_found/);
  });
});
