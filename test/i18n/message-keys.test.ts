import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { Skill } from '../../src/domain/volunteers.js';
import { define } from '../../src/define.js';
import { GrassrootsElement } from '../../src/elements/shared/widget-element.js';
import { LIST_TITLE_KEYS } from '../../src/elements/service-list/messages.js';
import { rosterMessages, SKILL_KEYS, type RosterMessageKey, type RosterT } from '../../src/elements/volunteer-roster/messages.js';
import { sharedMessages } from '../../src/i18n/messages/index.js';
import { registerMessages } from '../../src/i18n/registry.js';
import { createTranslator } from '../../src/i18n/translator.js';

// Type tests: `npm run typecheck` (tsc) fails when a `@ts-expect-error` line below compiles, that is
// when a mistyped key is no longer a compile error. The functions holding them never run.

class KeyProbe extends GrassrootsElement<RosterMessageKey> {
  static override messages = rosterMessages;

  protected override renderContent() {
    return html`<p>${this.t('vr.title')}</p>`;
  }

  /** Never called: only compiled. */
  typeOnly(skill: Skill): void {
    this.t('vr.title');
    this.t('common.retry');
    this.t(SKILL_KEYS[skill]);
    // @ts-expect-error -- a typo in a widget's key
    this.t('vr.titel');
    // @ts-expect-error -- a typo in a shared key
    this.t('common.retyr');
    // @ts-expect-error -- another widget's key is not this widget's
    this.t('sl.title.service');
    // @ts-expect-error -- a key built from a template string with a typo
    this.t(`vr.skil.${skill}`);
    // @ts-expect-error -- a key built from any string
    this.t(`vr.skill.${String(skill)}`);
  }

  words(): string[] {
    return [this.t('vr.title'), this.t('common.retry'), this.t(SKILL_KEYS['first-aid'])];
  }
}
define('gr-key-probe', KeyProbe);

/** Never called: only compiled. */
export function typeOnly(t: RosterT): void {
  t('vr.teams');
  // @ts-expect-error -- a roster part's t takes roster and shared keys only
  t('orgTree.title');
  const shared = createTranslator('en', sharedMessages);
  shared('common.close');
  // @ts-expect-error -- a translator takes the keys of its bundles only
  shared('vr.title');
  registerMessages('zh-TW', { 'vr.title': '志願服務隊與志願者', 'sl.title.service': '社區服務', 'common.retry': '重試' });
  // @ts-expect-error -- registerMessages knows every catalogue's keys
  registerMessages('zh-TW', { 'vr.titel': '志願服務隊與志願者' });
  // @ts-expect-error -- a term is a string, plural forms with `other`, or a function
  registerMessages('en', { 'count.items': { one: '{count} item' } });
  // @ts-expect-error -- a record of keys must name every value of the enumeration
  const partial: Record<Skill, RosterMessageKey> = { legal: 'vr.skill.legal' };
  void partial;
}

describe('typed message keys', () => {
  it('looks up the keys a widget declares, the shared ones and those of typed records', async () => {
    const el = document.createElement('gr-key-probe') as KeyProbe;
    el.locale = 'en';
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.words()).to.deep.equal(['Volunteer teams and volunteers', 'Try again', 'First aid']);
      expect(LIST_TITLE_KEYS.service).to.equal('sl.title.service');
      expect(typeOnly).to.be.a('function');
    } finally {
      el.remove();
    }
  });
});
