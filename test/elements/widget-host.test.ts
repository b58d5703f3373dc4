import { aTimeout, expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { Adapter } from '../../src/adapters/contract.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { adapterNeeds, extendHost, type ValidatedAdapter, type WidgetHost } from '../../src/elements/shared/widget-host.js';
import { casesResponses } from '../../src/adapters/response-schemas/cases.js';
import { casesStatsResponses } from '../../src/adapters/response-schemas/stats.js';
import { orgsResponses } from '../../src/adapters/response-schemas/orgs.js';
import { sessionResponses } from '../../src/adapters/response-schemas/session.js';
import { captureWarnings, shadowText, type CasesTestWidget, CASES_TEST_NEEDS } from './test-widget.js';

const NEEDS = adapterNeeds({ cases: casesResponses, orgs: orgsResponses }, { session: sessionResponses });

declare const STATS_ONLY: ValidatedAdapter<ReturnType<typeof adapterNeeds<{ cases: typeof casesStatsResponses }>>>;

// Type tests: `npm run typecheck` (tsc) fails when a `@ts-expect-error` line below compiles. Never called.
export function typeOnly(api: ValidatedAdapter<typeof NEEDS>, host: WidgetHost<never, ValidatedAdapter<typeof NEEDS>>): void {
  // Required groups are there: no `!`, no `?.`.
  void api.cases.get('GC-1');
  void api.orgs.roots();
  void host.api().cases.list({});
  // @ts-expect-error -- an optional group may be missing
  void api.session.current();
  void api.session?.current();
  // @ts-expect-error -- a group the widget did not name is not offered
  void api.volunteers;
  // @ts-expect-error -- a method the widget named no schema for is not offered (validatingGroups leaves it out)
  void STATS_ONLY.cases.get('GC-1');
  void STATS_ONLY.cases.stats?.({ from: '2026-11-01', to: '2026-12-01' });
  void STATS_ONLY.cases.capabilities;
  // @ts-expect-error -- a required group is not optional: it cannot be left out
  const withoutCases: ValidatedAdapter<typeof NEEDS> = { orgs: api.orgs };
  void withoutCases;
  // @ts-expect-error -- a widget's t takes its own and the shared keys only
  host.t('vr.title');
}

describe('adapterNeeds and the widget host', () => {
  it('lists required and optional groups, and one schemas object', () => {
    expect(NEEDS.required).to.deep.equal(['cases', 'orgs']);
    expect(NEEDS.optional).to.deep.equal(['session']);
    expect(Object.keys(NEEDS.schemas).sort()).to.deep.equal(['cases', 'orgs', 'session']);
    expect(adapterNeeds({ cases: casesResponses }, { cases: casesResponses }).optional).to.deep.equal([]);
  });

  it('is configured with the required groups only, and checks them (cached per adapter)', async () => {
    const memory = createMemoryAdapter();
    const adapter: Adapter = { name: 'cases only', cases: memory.cases };
    const el = await fixture<CasesTestWidget>(html`<gr-cases-test-widget .adapter=${adapter} locale="en"></gr-cases-test-widget>`);
    expect(shadowText(el)).to.contain('cases only');
    const api = el.checked();
    expect(api).to.equal(el.checked());
    expect(api.session).to.equal(undefined);
    expect(api.cases).not.to.equal(memory.cases);
    const broken: Adapter = { name: 'broken', cases: { ...memory.cases, get: async () => ({ id: 1 }) as never } };
    el.adapter = broken;
    await el.updateComplete;
    const error = await el
      .checked()
      .cases.get('GC-1')
      .then(() => null, (e: unknown) => e);
    expect((error as { code?: string } | null)?.code).to.equal('invalid_response');
    expect(CASES_TEST_NEEDS.required).to.deep.equal(['cases']);
  });

  it('warns naming the missing required group, and not an optional one', async () => {
    const memory = createMemoryAdapter();
    const warnings = await captureWarnings(async () => {
      await fixture(html`<gr-cases-test-widget .adapter=${{ name: 'session only', session: memory.session } as Adapter}></gr-cases-test-widget>`);
      await aTimeout(5);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('cases').and.not.to.contain('session,');
  });

  it('gives parts t, locale, errorText, announce and api, locale read when read', async () => {
    const memory = createMemoryAdapter();
    const el = await fixture<CasesTestWidget>(html`<gr-cases-test-widget .adapter=${memory} locale="en"></gr-cases-test-widget>`);
    const host = el.parts();
    expect(host).to.equal(el.parts());
    expect(host.host).to.equal(el);
    expect(host.locale).to.equal('en');
    const { t } = host;
    expect(t('common.retry')).to.equal('Try again');
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect(host.locale).to.equal('zh-CN');
    expect(host.api()).to.equal(el.checked());
    let level = 2;
    const extended = extendHost(host, {
      get headingLevel() {
        return level;
      },
    });
    level = 3;
    expect(extended.headingLevel).to.equal(3);
    expect(extended.locale).to.equal('zh-CN');
  });
});
