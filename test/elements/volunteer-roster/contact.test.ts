import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { PHONE_PATTERN } from '../../../src/domain/common.js';
import { $, expected, makeAdapter, mountRoster, rows, text } from './helpers.js';

describe('<volunteer-roster> contact details', function () {
  // The first axe run in a page takes ~10 s on this loaded 2-core machine (axe start-up), and these
  // tests run axe in several states.
  this.timeout(40000);
  it('masks contact details for a resident: no reveal buttons, a read-only note', async () => {
    const adapter = makeAdapter('resident');
    const el = await mountRoster(adapter);
    expect(text(el, '[part=read-only]')).to.contain('脱敏');
    rows(el)[0]!.click();
    await waitUntil(() => $(el, '#details-heading'), 'condition', { timeout: 8000 });
    expect(text(el, '#value-phone')).to.contain('****');
    expect(el.shadowRoot!.querySelectorAll('.details dd button')).to.have.length(0);
    expect($(el, '[part=hours-form]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reveals a phone number for community staff and fires gr-volunteer-reveal', async () => {
    const adapter = makeAdapter('community-staff');
    const el = await mountRoster(adapter);
    expect($(el, '[part=read-only]')).to.equal(null);
    const want = await expected(adapter, {});
    rows(el)[0]!.click();
    await waitUntil(() => $(el, '#details-heading'), 'condition', { timeout: 8000 });
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.details dd button')].find((b) => b.textContent!.includes('手机'))!;
    const event = oneEvent(el, 'gr-volunteer-reveal');
    button.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ volunteerId: want.items[0]!.id, field: 'phone' });
    await waitUntil(() => PHONE_PATTERN.test(text(el, '#value-phone')), 'clear number shown', { timeout: 8000 });
    expect(text(el, '#value-phone').slice(-4)).to.equal(want.items[0]!.phone.slice(-4));
    await expect(el).to.be.accessible();
  });
});
