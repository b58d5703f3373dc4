import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { VOLUNTEER_SORTS, type Volunteer, type VolunteerQuery } from '../../../src/domain/index.js';
import { TEST_NOW, testDate } from '../../helpers/city-clock.js';

// The name search runs over an index (the names of one sort order joined in one string); these tests hold it
// to the plain meaning: every volunteer whose name contains the text, in the sort's order, with the other filters.

const make = () => createMemoryAdapter({ session: 'community-staff', now: () => TEST_NOW, latency: 0, sizes: { volunteers: 3000 } });

async function all(adapter: MemoryAdapter, query: VolunteerQuery): Promise<Volunteer[]> {
  const items: Volunteer[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof adapter.volunteers.query>> = await adapter.volunteers.query(query, { cursor, limit: 200 });
    items.push(...page.items);
    expect(page.total).to.be.at.least(items.length);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** The same list without the index: everyone in the sort's order, filtered here by name. */
async function byHand(adapter: MemoryAdapter, query: VolunteerQuery, text: string): Promise<string[]> {
  const everyone = await all(adapter, query);
  return everyone.filter((v) => v.name.toLowerCase().includes(text.toLowerCase())).map((v) => v.id);
}

describe('memory adapter: volunteer name search', () => {
  it('finds every name containing the text, in each sort order, with and without other filters', async () => {
    const adapter = make();
    const names = (await all(adapter, { sort: 'name' })).map((v) => v.name);
    // A surname, a two-character name part, a whole name and text found nowhere.
    const texts = [names[0]!.slice(0, 1), names[10]!.slice(1, 3), names[42]!, '不存在的名字'];
    for (const sort of VOLUNTEER_SORTS) {
      for (const text of texts) {
        for (const extra of [{}, { partyMember: true }, { availability: ['weekend' as const] }]) {
          const query = { sort, ...extra };
          const found = (await all(adapter, { ...query, text })).map((v) => v.id);
          expect(found, `${sort} ${text} ${JSON.stringify(extra)}`).to.deep.equal(await byHand(adapter, query, text));
        }
      }
    }
  });

  it('counts a name once when the text occurs twice in it, and pages without gaps or repeats', async () => {
    const adapter = make();
    const surname = (await all(adapter, { sort: 'name' }))[0]!.name.slice(0, 1);
    const first = await adapter.volunteers.query({ text: surname }, { limit: 7 });
    const rest = await all(adapter, { text: surname });
    expect(rest.slice(0, 7).map((v) => v.id)).to.deep.equal(first.items.map((v) => v.id));
    expect(new Set(rest.map((v) => v.id)).size).to.equal(rest.length);
    expect(first.total).to.equal(rest.length);
  });

  it('finds a volunteer who just joined (Latin letters, any case), and follows the hours order after hours are logged', async () => {
    const adapter = make();
    const receipt = await adapter.volunteers.join({
      name: 'Anna Müller',
      phone: '13900002222',
      teamId: 'team-001',
      communityId: 'd01-s01-c01',
      skills: [],
      availability: ['weekend'],
      partyMember: false,
      idempotencyKey: 'join-name-search-1',
    });
    expect((await all(adapter, { text: 'MÜLLER' })).map((v) => v.id)).to.deep.equal([receipt.volunteer.id]);
    const query = { sort: 'hours-desc' as const };
    const surname = (await all(adapter, { sort: 'name' }))[5]!.name.slice(0, 1);
    const someone = (await all(adapter, { ...query, text: surname })).at(-1)!;
    await adapter.volunteers.logHours({ volunteerId: someone.id, date: testDate(-1), hours: 24, activity: '巡逻', idempotencyKey: 'hours-name-search-1' });
    const found = await all(adapter, { ...query, text: surname });
    expect(found.map((v) => v.id)).to.deep.equal(await byHand(adapter, query, surname));
    const hours = found.map((v) => v.hoursThisYear);
    expect(hours, 'in the new hours order').to.deep.equal([...hours].sort((a, b) => b - a));
  });
});
