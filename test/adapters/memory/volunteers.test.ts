import { rejection } from '../../helpers/rejection.js';
import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { isWithinArea } from '../../../src/adapters/memory/world/areas.js';
import {
  HourLog,
  ID_NUMBER_PATTERN,
  JoinReceipt,
  PHONE_PATTERN,
  Team,
  Volunteer,
  isMasked,
  maskIdNumber,
  maskPhone,
  pageOf,
  type HourLogInput,
  type JoinRequest,
  type VolunteerQuery,
  type Volunteer as V,
} from '../../../src/domain/index.js';
import { memoryStorage } from '../../helpers/memory-storage.js';
import { TEST_NOW, TEST_DAY, testDate } from '../../helpers/city-clock.js';

const NOW = TEST_NOW;
const make = (options: Parameters<typeof createMemoryAdapter>[0] = {}) =>
  createMemoryAdapter({ session: 'community-staff', now: () => NOW, ...options });

/** Every volunteer matching `query`, walking the cursors; checks each page against the schema. */
async function all(adapter: MemoryAdapter, query: VolunteerQuery, limit = 200): Promise<{ items: V[]; total: number }> {
  const items: V[] = [];
  let cursor: string | null = null;
  let total = -1;
  do {
    const page: Awaited<ReturnType<typeof adapter.volunteers.query>> = await adapter.volunteers.query(query, { cursor, limit });
    expect(pageOf(Volunteer).safeParse(page).success, 'page matches the schema').to.equal(true);
    total = page.total!;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { items, total };
}

function joinRequest(overrides: Partial<JoinRequest> = {}): JoinRequest {
  return {
    name: '陈志远',
    phone: '13900001111',
    idNumber: '370302198001011239',
    teamId: 'team-001',
    communityId: 'd01-s01-c01',
    skills: ['first-aid', 'it'],
    availability: ['weekend'],
    partyMember: true,
    idempotencyKey: 'join-key-0001',
    ...overrides,
  };
}

function hours(overrides: Partial<HourLogInput> = {}): HourLogInput {
  return {
    volunteerId: 'v-000001',
    date: testDate(-7),
    hours: 2.5,
    activity: '走访独居老人',
    idempotencyKey: 'hours-key-0001',
    ...overrides,
  };
}

const collator = new Intl.Collator('zh-CN');

describe('memory adapter: volunteers', () => {
  it('gives the same volunteers for the same seed and others for another seed', async function () {
    this.timeout(30_000); // generates a world on first use; slow machines need the margin
    const a = make();
    const b = make();
    const other = make({ seed: 99 });
    expect(await b.volunteers.teams()).to.deep.equal(await a.volunteers.teams());
    expect(await b.volunteers.query({}, { limit: 30 })).to.deep.equal(await a.volunteers.query({}, { limit: 30 }));
    expect(await b.volunteers.get('v-000123')).to.deep.equal(await a.volunteers.get('v-000123'));
    expect(await other.volunteers.get('v-000123')).not.to.deep.equal(await a.volunteers.get('v-000123'));
  });

  it('has 36 teams of every kind whose totals are what their members say', async () => {
    const adapter = make();
    const teams = await adapter.volunteers.teams();
    expect(teams).to.have.length(36);
    expect(teams.every((t) => Team.safeParse(t).success && /志愿服务队(第\d+分队)?$/.test(t.name))).to.equal(true);
    expect(new Set(teams.map((t) => t.kind)).size).to.equal(8);
    expect(new Set(teams.map((t) => t.name)).size).to.equal(36);
    for (const team of teams) {
      expect((await adapter.volunteers.query({ teamId: team.id }, { limit: 1 })).total, team.name).to.equal(team.memberCount);
    }
    const smallest = teams.reduce((a, b) => (b.memberCount < a.memberCount ? b : a));
    const members = await all(adapter, { teamId: smallest.id });
    const sum = members.items.reduce((acc, v) => acc + v.hoursThisYear, 0);
    expect(sum).to.be.closeTo(smallest.hoursThisYear, 0.01);
  });

  it('makes 19,000 volunteers by default, most of them party members, and 50,000 when asked', async function () {
    this.timeout(30_000); // generates a world on first use; slow machines need the margin
    const adapter = make();
    expect((await adapter.volunteers.query({}, { limit: 1 })).total).to.equal(19_000);
    const party = (await adapter.volunteers.query({ partyMember: true }, { limit: 1 })).total!;
    expect(party / 19_000).to.be.within(0.8, 0.9);
    const big = make({ sizes: { volunteers: 50_000 } });
    expect((await big.volunteers.query({}, { limit: 1 })).total).to.equal(50_000);
    expect(Volunteer.safeParse(await big.volunteers.get('v-050000')).success).to.equal(true);
    expect((await rejection(big.volunteers.get('v-050001'))).code).to.equal('not_found');
  });

  it('always returns phone and ID numbers masked', async () => {
    const adapter = make();
    const page = await adapter.volunteers.query({}, { limit: 50 });
    for (const v of [...page.items, await adapter.volunteers.get('v-000007')]) {
      expect(v.phone).to.match(/^1\d{2}\*{4}\d{4}$/);
      expect(isMasked(v.idNumber)).to.equal(true);
    }
  });

  it('filters by name text and by the phone tail the mask shows', async () => {
    const adapter = make();
    const someone = await adapter.volunteers.get('v-000042');
    const byName = await all(adapter, { text: someone.name });
    expect(byName.items.map((v) => v.id)).to.include(someone.id);
    expect(byName.items.every((v) => v.name.includes(someone.name))).to.equal(true);
    const surname = someone.name.slice(0, 1);
    const bySurname = await adapter.volunteers.query({ text: surname }, { limit: 200 });
    expect(bySurname.total).to.be.greaterThan(byName.total);

    const tail = someone.phone.slice(-4);
    const byTail = await all(adapter, { text: tail });
    expect(byTail.items.map((v) => v.id)).to.include(someone.id);
    expect(byTail.items.every((v) => v.phone.endsWith(tail))).to.equal(true);

    // More digits than the mask shows only for those who may see the number.
    const { value: phone } = await adapter.volunteers.reveal(someone.id, 'phone');
    expect((await adapter.volunteers.query({ text: phone })).items.map((v) => v.id)).to.include(someone.id);
    adapter.control.setSession('resident');
    expect((await adapter.volunteers.query({ text: phone })).total).to.equal(0);
  });

  it('filters by team, skills (all), availability (any), area (in or below) and party membership', async function () {
    this.timeout(30_000); // generates a world on first use; slow machines need the margin
    const adapter = make();
    const [team] = await adapter.volunteers.teams();
    const byTeam = await all(adapter, { teamId: team!.id });
    expect(byTeam.items.every((v) => v.teamIds.includes(team!.id))).to.equal(true);

    const bySkills = await all(adapter, { skills: ['first-aid', 'legal'] });
    expect(bySkills.total).to.be.greaterThan(0);
    expect(bySkills.items.every((v) => v.skills.includes('first-aid') && v.skills.includes('legal'))).to.equal(true);
    const oneSkill = (await adapter.volunteers.query({ skills: ['first-aid'] }, { limit: 1 })).total!;
    expect(oneSkill).to.be.greaterThan(bySkills.total);

    // Most people match this one: check the first page and one far in, not all of them.
    const weekdays: VolunteerQuery = { availability: ['weekday-daytime', 'weekday-evening'] };
    const byAvailability = await adapter.volunteers.query(weekdays, { limit: 200 });
    const farIn = await adapter.volunteers.query(weekdays, { limit: 200, cursor: btoa('o:12000') });
    for (const v of [...byAvailability.items, ...farIn.items]) {
      expect(v.availability.some((a) => a === 'weekday-daytime' || a === 'weekday-evening')).to.equal(true);
    }
    const weekendOnly = (await adapter.volunteers.query({ availability: ['weekend'] }, { limit: 1 })).total!;
    const everyone = (await adapter.volunteers.query({}, { limit: 1 })).total!;
    expect(byAvailability.total!).to.be.lessThan(everyone);
    expect(byAvailability.total! + weekendOnly).to.be.at.least(everyone);

    const byStreet = await all(adapter, { areaId: 'd01-s01' });
    expect(byStreet.total).to.be.greaterThan(0);
    expect(byStreet.items.every((v) => isWithinArea(v.areaId, 'd01-s01'))).to.equal(true);
    const byCommunity = await all(adapter, { areaId: 'd01-s01-c01' });
    expect(byCommunity.items.every((v) => isWithinArea(v.areaId, 'd01-s01-c01'))).to.equal(true);
    expect(byCommunity.items.some((v) => v.areaId !== 'd01-s01-c01'), 'compounds count as in the community').to.equal(true);
    expect(byCommunity.total).to.be.lessThan(byStreet.total);

    const party = (await adapter.volunteers.query({ partyMember: true }, { limit: 1 })).total!;
    const nonParty = await all(adapter, { partyMember: false });
    expect(nonParty.items.every((v) => !v.partyMember)).to.equal(true);
    expect(party + nonParty.total).to.equal(everyone);

    expect((await adapter.volunteers.query({ teamId: 'team-999' })).total).to.equal(0);
    const invalid = await rejection(adapter.volunteers.query({ skills: ['juggling' as never] }));
    expect(invalid.code).to.equal('validation');
  });

  it('combines filters', async () => {
    const adapter = make();
    const [team] = await adapter.volunteers.teams();
    const query: VolunteerQuery = { teamId: team!.id, skills: ['first-aid'], availability: ['weekend'], partyMember: true, areaId: 'd01' };
    const combined = await all(adapter, query);
    expect(combined.total).to.be.greaterThan(0);
    for (const v of combined.items) {
      expect(v.teamIds).to.include(team!.id);
      expect(v.skills).to.include('first-aid');
      expect(v.availability).to.include('weekend');
      expect(v.partyMember).to.equal(true);
      expect(isWithinArea(v.areaId, 'd01')).to.equal(true);
    }
    for (const single of [{ teamId: team!.id }, { skills: ['first-aid'] }, { partyMember: true }] as VolunteerQuery[]) {
      expect((await adapter.volunteers.query(single, { limit: 1 })).total).to.be.greaterThan(combined.total);
    }
    const withName = await all(adapter, { ...query, text: combined.items[0]!.name });
    expect(withName.items.map((v) => v.id)).to.include(combined.items[0]!.id);
  });

  it('sorts by name in pinyin order, by hours both ways and by newest first', async () => {
    const adapter = make();
    const pages = async (query: VolunteerQuery) => {
      const first = await adapter.volunteers.query(query, { limit: 200 });
      const later = await adapter.volunteers.query(query, { limit: 200, cursor: btoa('o:9000') });
      return [first.items, later.items];
    };
    const pairs = (items: V[]) => items.slice(1).map((v, i) => [items[i]!, v] as const);
    for (const items of await pages({ sort: 'name' })) {
      for (const [a, b] of pairs(items)) expect(collator.compare(a.name, b.name), `${a.name} ≤ ${b.name}`).to.be.at.most(0);
    }
    for (const items of await pages({})) {
      for (const [a, b] of pairs(items)) expect(collator.compare(a.name, b.name)).to.be.at.most(0);
    }
    const [desc] = await pages({ sort: 'hours-desc' });
    for (const [a, b] of pairs(desc!)) expect(a.hoursThisYear).to.be.at.least(b.hoursThisYear);
    const [asc] = await pages({ sort: 'hours-asc' });
    for (const [a, b] of pairs(asc!)) expect(a.hoursThisYear).to.be.at.most(b.hoursThisYear);
    expect(desc![0]!.hoursThisYear).to.be.greaterThan(asc![0]!.hoursThisYear);
    for (const items of await pages({ sort: 'joined-desc', partyMember: true })) {
      for (const [a, b] of pairs(items)) expect(a.joinedAt >= b.joinedAt).to.equal(true);
    }
  });

  it('pages to the end with cursors, reports the total and refuses a bad cursor', async () => {
    const adapter = make();
    const query: VolunteerQuery = { areaId: 'd01-s01', sort: 'hours-desc' };
    const { items, total } = await all(adapter, query, 70);
    expect(items).to.have.length(total);
    expect(new Set(items.map((v) => v.id)).size).to.equal(total);
    const bad = await rejection(adapter.volunteers.query(query, { cursor: '%%%' }));
    expect(bad.code).to.equal('validation');
    expect(bad.fieldErrors).to.have.property('cursor');
  });

  it('reveals contact details only to sessions with volunteer:contact, and audits each reveal', async () => {
    const storage = memoryStorage();
    const adapter = make({ session: 'resident', persist: { storage, key: 'reveal' } });
    expect((await rejection(adapter.volunteers.reveal('v-000001', 'phone'))).code).to.equal('forbidden');
    adapter.control.setSession('anonymous');
    expect((await rejection(adapter.volunteers.reveal('v-000001', 'phone'))).code).to.equal('unauthorized');
    adapter.control.setSession('community-staff');
    expect((await rejection(adapter.volunteers.reveal('v-999999', 'phone'))).code).to.equal('not_found');
    const v = await adapter.volunteers.get('v-000001');
    const phone = (await adapter.volunteers.reveal(v.id, 'phone')).value;
    const idNumber = (await adapter.volunteers.reveal(v.id, 'idNumber')).value;
    expect(phone).to.match(PHONE_PATTERN);
    expect(idNumber).to.match(ID_NUMBER_PATTERN);
    expect(maskPhone(phone)).to.equal(v.phone);
    expect(maskIdNumber(idNumber)).to.equal(v.idNumber);
    expect((await adapter.volunteers.reveal(v.id, 'idNumber')).value).to.equal(idNumber);
    adapter.control.flush();
    const saved = JSON.parse(storage.getItem('reveal')!);
    const audit = saved.parts.volunteers.audit as Array<{ volunteerId: string; field: string; userId: string }>;
    expect(audit.map((a) => [a.volunteerId, a.field, a.userId])).to.deep.equal([
      ['v-000001', 'phone', 'u-community-1'],
      ['v-000001', 'idNumber', 'u-community-1'],
      ['v-000001', 'idNumber', 'u-community-1'],
    ]);
  });

  it('rejects a join request field by field', async () => {
    const adapter = make({ session: 'resident' });
    const cases: Array<[Partial<JoinRequest>, string, string]> = [
      [{ name: '  ' }, 'name', 'required'],
      [{ name: '张'.repeat(41) }, 'name', 'too_long'],
      [{ phone: '12345' }, 'phone', 'invalid_phone'],
      [{ idNumber: '37030219800101123' }, 'idNumber', 'invalid_id_number'],
      [{ availability: [] }, 'availability', 'required'],
      [{ skills: ['juggling' as never] }, 'skills.0', 'invalid_option'],
      [{ idempotencyKey: 'short' }, 'idempotencyKey', 'too_short'],
      [{ communityId: 'd01-s01' }, 'communityId', 'invalid_option'],
      [{ communityId: 'd01-s01-c01-g1' }, 'communityId', 'invalid_option'],
      [{ communityId: 'nowhere' }, 'communityId', 'invalid_option'],
      [{ teamId: 'team-999' }, 'teamId', 'invalid_option'],
    ];
    for (const [override, field, code] of cases) {
      const error = await rejection(adapter.volunteers.join(joinRequest(override)));
      expect(error.code, field).to.equal('validation');
      expect(error.fieldErrors?.[field]?.code, `${field} ${JSON.stringify(error.fieldErrors)}`).to.equal(code);
    }
    const many = await rejection(adapter.volunteers.join(joinRequest({ name: '', phone: 'x', teamId: 'team-999' })));
    expect(Object.keys(many.fieldErrors!).sort()).to.deep.equal(['name', 'phone', 'teamId']);
    expect((await adapter.volunteers.query({}, { limit: 1 })).total).to.equal(19_000);
  });

  it('lets a resident join a team, idempotently, and counts the new volunteer', async () => {
    const adapter = make({ session: 'resident' });
    const before = (await adapter.volunteers.teams()).find((t) => t.id === 'team-001')!;
    const receipt = await adapter.volunteers.join(joinRequest());
    expect(JoinReceipt.safeParse(receipt).success).to.equal(true);
    expect(receipt.referenceNumber).to.equal(`ZY-${TEST_DAY}-0001`);
    expect(receipt.volunteer).to.include({ name: '陈志远', areaId: 'd01-s01-c01', partyMember: true, hoursThisYear: 0, joinedAt: testDate() });
    expect(receipt.volunteer.teamIds).to.deep.equal(['team-001']);
    expect(receipt.volunteer.phone).to.equal('139****1111');
    expect(await adapter.volunteers.join(joinRequest())).to.deep.equal(receipt);
    expect((await adapter.volunteers.query({}, { limit: 1 })).total).to.equal(19_001);
    expect((await rejection(adapter.volunteers.join(joinRequest({ name: '陈志强' })))).code).to.equal('conflict');

    const after = (await adapter.volunteers.teams()).find((t) => t.id === 'team-001')!;
    expect(after.memberCount).to.equal(before.memberCount + 1);
    expect(await adapter.volunteers.get(receipt.volunteer.id)).to.deep.equal(receipt.volunteer);
    const found = await adapter.volunteers.query({ text: '陈志远', teamId: 'team-001', areaId: 'd01-s01-c01' });
    expect(found.items.map((v) => v.id)).to.include(receipt.volunteer.id);
    const sorted = await all(adapter, { text: '陈志' });
    for (const [a, b] of sorted.items.slice(1).map((v, i) => [sorted.items[i]!, v])) expect(collator.compare(a!.name, b!.name)).to.be.at.most(0);
    expect(sorted.items.map((v) => v.id)).to.include(receipt.volunteer.id);

    const reportIn = await adapter.volunteers.join(joinRequest({ phone: '13900002222', teamId: undefined, idempotencyKey: 'join-key-0002' }));
    expect(reportIn.referenceNumber).to.equal(`ZY-${TEST_DAY}-0002`);
    expect(reportIn.volunteer.teamIds).to.deep.equal([]);
  });

  it('adds a team to an existing volunteer who joins again with the same phone', async () => {
    const adapter = make();
    const existing = await adapter.volunteers.get('v-000010');
    const { value: phone } = await adapter.volunteers.reveal(existing.id, 'phone');
    const teams = await adapter.volunteers.teams();
    const newTeam = teams.find((t) => !existing.teamIds.includes(t.id))!;
    const receipt = await adapter.volunteers.join(joinRequest({ phone, teamId: newTeam.id, name: existing.name }));
    expect(receipt.volunteer.id).to.equal(existing.id);
    expect(receipt.volunteer.teamIds).to.deep.equal([...existing.teamIds, newTeam.id]);
    expect((await adapter.volunteers.query({}, { limit: 1 })).total).to.equal(19_000);
    const after = (await adapter.volunteers.teams()).find((t) => t.id === newTeam.id)!;
    expect(after.memberCount).to.equal(newTeam.memberCount + 1);
    expect(after.hoursThisYear).to.be.closeTo(newTeam.hoursThisYear + existing.hoursThisYear, 0.01);
    expect((await adapter.volunteers.query({ teamId: newTeam.id }, { limit: 1 })).total).to.equal(after.memberCount);
  });

  it('checks who may log hours and what they log', async () => {
    const adapter = make({ session: 'resident' });
    expect((await rejection(adapter.volunteers.logHours(hours()))).code).to.equal('forbidden');
    adapter.control.setSession('anonymous');
    expect((await rejection(adapter.volunteers.logHours(hours()))).code).to.equal('unauthorized');
    adapter.control.setSession('grid-worker');
    const cases: Array<[Partial<HourLogInput>, string, string]> = [
      [{ date: testDate(1) }, 'date', 'future_date'],
      [{ date: '2026-02-30' }, 'date', 'invalid_date'],
      [{ date: '27/11/2026' }, 'date', 'invalid_date'],
      [{ hours: 0 }, 'hours', 'too_small'],
      [{ hours: 24.5 }, 'hours', 'too_big'],
      [{ activity: '   ' }, 'activity', 'required'],
      [{ idempotencyKey: 'x' }, 'idempotencyKey', 'too_short'],
    ];
    for (const [override, field, code] of cases) {
      const error = await rejection(adapter.volunteers.logHours(hours(override)));
      expect(error.code, field).to.equal('validation');
      expect(error.fieldErrors?.[field]?.code, `${field} ${JSON.stringify(error.fieldErrors)}`).to.equal(code);
    }
    expect((await rejection(adapter.volunteers.logHours(hours({ volunteerId: 'v-999999' })))).code).to.equal('not_found');
    // "Today" is China's: at 02:00 UTC on the 27th it is already 10:00 there.
    const today = await adapter.volunteers.logHours(hours({ date: testDate() }));
    expect(HourLog.safeParse(today).success).to.equal(true);
  });

  it('logs hours idempotently and shows them on the volunteer, the team totals and the hours sort', async () => {
    const adapter = make();
    const before = await adapter.volunteers.get('v-000001');
    const teamsBefore = await adapter.volunteers.teams();
    const log = await adapter.volunteers.logHours(hours({ hours: 24 }));
    expect(HourLog.safeParse(log).success).to.equal(true);
    expect(log).to.include({ volunteerId: 'v-000001', date: testDate(-7), hours: 24, activity: '走访独居老人', loggedAt: NOW.toISOString() });
    expect(await adapter.volunteers.logHours(hours({ hours: 24 }))).to.deep.equal(log);
    expect((await rejection(adapter.volunteers.logHours(hours({ hours: 3 })))).code).to.equal('conflict');
    for (let k = 2; k <= 20; k++) await adapter.volunteers.logHours(hours({ hours: 24, idempotencyKey: `hours-key-${1000 + k}` }));

    const after = await adapter.volunteers.get('v-000001');
    expect(after.hoursThisYear).to.be.closeTo(before.hoursThisYear + 480, 0.001);
    expect(after.hoursTotal).to.be.closeTo(before.hoursTotal + 480, 0.001);
    const teamsAfter = await adapter.volunteers.teams();
    for (const team of teamsAfter) {
      const was = teamsBefore.find((t) => t.id === team.id)!;
      const expected = before.teamIds.includes(team.id) ? was.hoursThisYear + 480 : was.hoursThisYear;
      expect(team.hoursThisYear, team.name).to.be.closeTo(expected, 0.01);
      expect(team.memberCount).to.equal(was.memberCount);
    }
    const top = await adapter.volunteers.query({ sort: 'hours-desc' }, { limit: 1 });
    expect(top.items[0]!.id).to.equal('v-000001');

    const lastYear = await adapter.volunteers.logHours(hours({ date: '2025-12-30', hours: 4, idempotencyKey: 'hours-key-last-year' }));
    expect(lastYear.date).to.equal('2025-12-30');
    const later = await adapter.volunteers.get('v-000001');
    expect(later.hoursThisYear).to.equal(after.hoursThisYear);
    expect(later.hoursTotal).to.be.closeTo(after.hoursTotal + 4, 0.001);

    // Another adapter on the same seed shares the seeded world but not these changes.
    expect(await make().volunteers.get('v-000001')).to.deep.equal(before);
  });

  it('keeps joins and hours across adapters when persistence is on', async () => {
    const storage = memoryStorage();
    const first = make({ persist: { storage, key: 'volunteers-test' } });
    const receipt = await first.volunteers.join(joinRequest());
    await first.volunteers.logHours(hours({ volunteerId: receipt.volunteer.id, hours: 3 }));
    await first.volunteers.logHours(hours({ volunteerId: 'v-000002', idempotencyKey: 'hours-key-0002' }));
    first.control.flush();

    const second = make({ persist: { storage, key: 'volunteers-test' } });
    expect((await second.volunteers.query({}, { limit: 1 })).total).to.equal(19_001);
    const joined = await second.volunteers.get(receipt.volunteer.id);
    expect(joined).to.include({ name: '陈志远', hoursThisYear: 3, hoursTotal: 3 });
    expect((await second.volunteers.get('v-000002')).hoursTotal).to.equal((await first.volunteers.get('v-000002')).hoursTotal);
    expect(await second.volunteers.teams()).to.deep.equal(await first.volunteers.teams());
    // The idempotency keys came back too: the same join returns the same receipt.
    expect(await second.volunteers.join(joinRequest())).to.deep.equal(receipt);
    expect((await second.volunteers.join(joinRequest({ phone: '13900003333', idempotencyKey: 'join-key-0003' }))).referenceNumber).to.equal(
      `ZY-${TEST_DAY}-0002`,
    );
  });
});
