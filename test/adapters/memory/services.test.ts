import { rejection } from '../../helpers/rejection.js';
import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import { personaSession } from '../../../src/adapters/memory/personas.js';
import {
  ListItem,
  RequestReceipt,
  TaxonomyTerm,
  type DemandInput,
  type ListKind,
  type ServiceQuery,
  type ServiceRequestInput,
  type Session,
  type TaxonomyTerm as Term,
} from '../../../src/domain/index.js';
import { isMasked } from '../../../src/domain/masking.js';
import { memoryStorage } from '../../helpers/memory-storage.js';
import { TEST_NOW, TEST_DAY } from '../../helpers/city-clock.js';

const NOW = TEST_NOW;
const HOME = 'd01-s01-c01';

function makeAdapter(session: PersonaName | Session = 'resident', extra: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter {
  return createMemoryAdapter({ session, now: () => NOW, ...extra });
}

let keys = 0;
const newKey = () => `svc-key-${++keys}`;

/** Every item of a query, page by page, checking each page and each item on the way. */
async function everything(adapter: MemoryAdapter, query: ServiceQuery, limit = 200): Promise<ListItem[]> {
  const items: ListItem[] = [];
  let cursor: string | null = null;
  let total: number | null = null;
  do {
    const page: Awaited<ReturnType<typeof adapter.services.query>> = await adapter.services.query(query, { cursor, limit });
    total = page.total;
    for (const item of page.items) {
      const parsed = ListItem.safeParse(item);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
      expect(item.kind).to.equal(query.kind);
    }
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  expect(items.length).to.equal(total);
  return items;
}

function requestInput(itemId: string, over: Partial<ServiceRequestInput> = {}): ServiceRequestInput {
  return { itemId, name: '王秀英', phone: '13912345678', preferredTime: '下周二上午', notes: '', idempotencyKey: newKey(), ...over };
}

function demandInput(over: Partial<DemandInput> = {}): DemandInput {
  return {
    name: '楼里老人需要有人帮忙买菜',
    description: '3 号楼有两位八十多岁的老人，腿脚不便，希望每周有志愿者帮忙买两次菜。',
    areaId: HOME,
    termIds: ['t-elderly.visits'],
    audiences: ['elderly'],
    contactName: '王秀英',
    phone: '13912345678',
    idempotencyKey: newKey(),
    ...over,
  };
}

describe('memory services: taxonomy', () => {
  it('is a two-level tree of valid terms, named in Chinese or English by locale', async () => {
    const adapter = makeAdapter();
    const zh = await adapter.services.taxonomy();
    const en = await adapter.services.taxonomy({ locale: 'en' });
    expect(zh.every((t) => TaxonomyTerm.safeParse(t).success)).to.equal(true);
    const ids = new Set(zh.map((t) => t.id));
    const roots = zh.filter((t) => t.parentId === null);
    expect(roots.length).to.be.at.least(6);
    for (const term of zh.filter((t) => t.parentId !== null)) {
      expect(ids.has(term.parentId!), term.id).to.equal(true);
      expect(zh.find((t) => t.id === term.parentId)!.parentId).to.equal(null);
    }
    for (const root of roots) expect(zh.some((t) => t.parentId === root.id), root.id).to.equal(true);
    expect(zh.find((t) => t.id === 't-elderly')!.name).to.equal('养老服务');
    expect(en.find((t) => t.id === 't-elderly')!.name).to.equal('Services for older people');
    expect(en.map((t) => t.id)).to.deep.equal(zh.map((t) => t.id));
  });
});

describe('memory services: the four lists', () => {
  const sizes: Record<ListKind, number> = { service: 300, demand: 120, resource: 90, project: 60 };
  for (const kind of ['service', 'demand', 'resource', 'project'] as const) {
    it(`pages through every ${kind} to the end, each valid and unique`, async () => {
      const items = await everything(makeAdapter(), { kind }, 40);
      expect(items.length).to.equal(sizes[kind]);
      expect(new Set(items.map((i) => i.id)).size).to.equal(items.length);
    });
  }

  it('seeds services with weekly schedules in Shanghai time, some past midnight, some all day, free and paid', async () => {
    const services = (await everything(makeAdapter(), { kind: 'service' })).filter((i) => i.kind === 'service');
    const schedules = services.flatMap((s) => s.schedules);
    expect(schedules.every((s) => s.timezone === 'Asia/Shanghai')).to.equal(true);
    expect(schedules.some((s) => s.closesAt < s.opensAt)).to.equal(true);
    expect(schedules.some((s) => s.opensAt === '00:00' && s.closesAt === '23:59')).to.equal(true);
    expect(schedules.some((s) => s.byDay.join() === 'SA,SU')).to.equal(true);
    expect(services.some((s) => s.cost.free) && services.some((s) => !s.cost.free)).to.equal(true);
    const elderly = services.filter((s) => s.audiences.includes('elderly')).length;
    const children = services.filter((s) => s.audiences.includes('children')).length;
    expect(elderly).to.be.greaterThan(services.length / 5);
    expect(children).to.be.greaterThan(services.length / 8);
  });

  it('links every project to a demand and a resource that exist, with a matching status', async () => {
    const adapter = makeAdapter();
    const projects = await everything(adapter, { kind: 'project' });
    for (const project of projects) {
      if (project.kind !== 'project') throw new Error('not a project');
      const demand = await adapter.services.get('demand', project.demand.id);
      const resource = await adapter.services.get('resource', project.resource.id);
      expect(demand.name).to.equal(project.demand.name);
      expect(resource.name).to.equal(project.resource.name);
      if (demand.kind !== 'demand') throw new Error('not a demand');
      expect(demand.status).to.be.oneOf(['matched', 'done']);
      if (project.status === 'completed') expect([project.progress, demand.status, !!project.endDate]).to.deep.equal([100, 'done', true]);
      else if (project.status === 'planned') expect(project.progress).to.equal(0);
      else expect(project.progress).to.be.within(1, 99);
    }
    const demands = await everything(adapter, { kind: 'demand' });
    expect(demands.every((d) => d.kind === 'demand' && isMasked(d.postedBy))).to.equal(true);
  });

  it('gets one item by kind and id, and not by the wrong kind', async () => {
    const adapter = makeAdapter();
    const [first] = (await adapter.services.query({ kind: 'resource' }, { limit: 1 })).items;
    expect((await adapter.services.get('resource', first!.id)).id).to.equal(first!.id);
    expect((await rejection(adapter.services.get('service', first!.id))).code).to.equal('not_found');
  });
});

describe('memory services: filtering in the backend', () => {
  let adapter: MemoryAdapter;
  let all: ListItem[];
  let terms: Term[];
  before(async () => {
    adapter = makeAdapter();
    all = await everything(adapter, { kind: 'service' });
    terms = await adapter.services.taxonomy();
  });

  const ids = (items: ListItem[]) => items.map((i) => i.id).sort();

  it('by text in the name, description or provider', async () => {
    const hits = await everything(adapter, { kind: 'service', text: '党群服务中心' });
    expect(hits.length).to.be.greaterThan(0);
    expect(ids(hits)).to.deep.equal(
      ids(all.filter((i) => i.kind === 'service' && `${i.name} ${i.description} ${i.provider.name}`.includes('党群服务中心'))),
    );
    expect((await adapter.services.query({ kind: 'service', text: '没有这种服务' })).total).to.equal(0);
  });

  it('by a top-level term, matching items tagged with its descendants', async () => {
    const family = new Set(terms.filter((t) => t.id === 't-elderly' || t.parentId === 't-elderly').map((t) => t.id));
    const hits = await everything(adapter, { kind: 'service', termIds: ['t-elderly'] });
    expect(hits.length).to.be.greaterThan(0);
    expect(ids(hits)).to.deep.equal(ids(all.filter((i) => i.termIds.some((t) => family.has(t)))));
    expect(hits.every((i) => i.termIds.every((t) => t !== 't-elderly'))).to.equal(true);
  });

  it('by a leaf term, or any of several terms', async () => {
    const meals = await everything(adapter, { kind: 'service', termIds: ['t-elderly.meals'] });
    expect(meals.length).to.be.greaterThan(0);
    expect(meals.every((i) => i.termIds.includes('t-elderly.meals'))).to.equal(true);
    const either = await everything(adapter, { kind: 'service', termIds: ['t-elderly.meals', 't-legal'] });
    expect(either.length).to.be.greaterThan(meals.length);
  });

  it('by audience, where items for everyone count for every audience', async () => {
    const children = await everything(adapter, { kind: 'service', audience: 'children' });
    expect(children.every((i) => i.audiences.includes('children') || i.audiences.includes('everyone'))).to.equal(true);
    expect(children.some((i) => i.audiences.includes('children'))).to.equal(true);
    expect(ids(children)).to.deep.equal(ids(all.filter((i) => i.audiences.includes('children') || i.audiences.includes('everyone'))));
    const everyone = await everything(adapter, { kind: 'service', audience: 'everyone' });
    expect(everyone.every((i) => i.audiences.includes('everyone'))).to.equal(true);
  });

  it('by area, in or below it', async () => {
    const home = await everything(adapter, { kind: 'service', areaId: HOME });
    expect(home.length).to.be.at.least(8);
    expect(home.every((i) => i.areaId === HOME || i.areaId.startsWith(`${HOME}-`))).to.equal(true);
    const district = await everything(adapter, { kind: 'service', areaId: 'd01' });
    expect(district.length).to.be.greaterThan(home.length);
    expect(district.every((i) => i.areaId.startsWith('d01-'))).to.equal(true);
    expect((await adapter.services.query({ kind: 'service', areaId: 'city' })).total).to.equal(all.length);
  });

  it('by all filters at once, giving exactly the intersection', async () => {
    const family = new Set(terms.filter((t) => t.id === 't-elderly' || t.parentId === 't-elderly').map((t) => t.id));
    const query: ServiceQuery = { kind: 'service', text: '社区', termIds: ['t-elderly'], audience: 'elderly', areaId: 'd01' };
    const hits = await everything(adapter, query, 7);
    const expected = all.filter(
      (i) =>
        i.kind === 'service' &&
        `${i.name} ${i.description} ${i.provider.name}`.includes('社区') &&
        i.termIds.some((t) => family.has(t)) &&
        (i.audiences.includes('elderly') || i.audiences.includes('everyone')) &&
        i.areaId.startsWith('d01-'),
    );
    expect(expected.length).to.be.greaterThan(0);
    expect(ids(hits)).to.deep.equal(ids(expected));
  });

  it('filters the other lists too, and refuses a bad query', async () => {
    const demands = await everything(adapter, { kind: 'demand', termIds: ['t-children'], areaId: 'd01' });
    expect(demands.every((d) => d.termIds.some((t) => t.startsWith('t-children')) && d.areaId.startsWith('d01-'))).to.equal(true);
    const projects = await everything(adapter, { kind: 'project', audience: 'elderly' });
    expect(projects.length).to.be.greaterThan(0);
    const error = await rejection(adapter.services.query({ kind: 'things' as ListKind }));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors?.kind?.code).to.equal('invalid_option');
  });
});

describe('memory services: requests', () => {
  it('refuses a request with field errors, naming each field', async () => {
    const adapter = makeAdapter();
    const [service] = (await adapter.services.query({ kind: 'service' }, { limit: 1 })).items;
    const error = await rejection(
      adapter.services.request(requestInput(service!.id, { name: ' ', phone: '0533-1234567', preferredTime: '', notes: '长'.repeat(301), idempotencyKey: 'short' })),
    );
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.deep.include({
      name: { code: 'required' },
      phone: { code: 'invalid_phone' },
      preferredTime: { code: 'required' },
    });
    expect(error.fieldErrors?.notes?.code).to.equal('too_long');
    expect(error.fieldErrors?.idempotencyKey?.code).to.equal('too_short');
  });

  it('takes requests for services and resources only', async () => {
    const adapter = makeAdapter();
    const [demand] = (await adapter.services.query({ kind: 'demand' }, { limit: 1 })).items;
    const error = await rejection(adapter.services.request(requestInput(demand!.id)));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors?.itemId?.code).to.equal('invalid_option');
    expect((await rejection(adapter.services.request(requestInput('sv-9999')))).code).to.equal('not_found');
    const [resource] = (await adapter.services.query({ kind: 'resource' }, { limit: 1 })).items;
    const receipt = await adapter.services.request(requestInput(resource!.id));
    expect(receipt.itemId).to.equal(resource!.id);
  });

  it('needs service:request: staff without it are forbidden, signed-out visitors unauthorized', async () => {
    const adapter = makeAdapter('department-staff');
    const [service] = (await adapter.services.query({ kind: 'service' }, { limit: 1 })).items;
    expect((await rejection(adapter.services.request(requestInput(service!.id)))).code).to.equal('forbidden');
    expect((await rejection(adapter.services.postDemand(demandInput()))).code).to.equal('forbidden');
    adapter.control.setSession({ ...personaSession('anonymous'), permissions: [] });
    expect((await rejection(adapter.services.request(requestInput(service!.id)))).code).to.equal('unauthorized');
    adapter.control.setSession('anonymous');
    expect(RequestReceipt.safeParse(await adapter.services.request(requestInput(service!.id))).success).to.equal(true);
  });

  it('gives a numbered receipt once per key, and refuses the key with another body', async () => {
    const adapter = makeAdapter();
    const [service] = (await adapter.services.query({ kind: 'service' }, { limit: 1 })).items;
    const input = requestInput(service!.id);
    const receipt = await adapter.services.request(input);
    expect(RequestReceipt.safeParse(receipt).success).to.equal(true);
    expect(receipt.referenceNumber).to.equal(`FW-${TEST_DAY}-0001`);
    expect(receipt.status).to.equal('received');
    expect(receipt.createdAt).to.equal(NOW.toISOString());
    expect(await adapter.services.request({ ...input })).to.deep.equal(receipt);
    expect((await rejection(adapter.services.request({ ...input, notes: '改了' }))).code).to.equal('conflict');
    const next = await adapter.services.request(requestInput(service!.id));
    expect(next.referenceNumber).to.equal(`FW-${TEST_DAY}-0002`);
  });

  it('retries a request whose response was lost without making a second one', async () => {
    const adapter = makeAdapter();
    const [service] = (await adapter.services.query({ kind: 'service' }, { limit: 1 })).items;
    const input = requestInput(service!.id);
    adapter.control.failNext('services.request', { kind: 'network', afterCommit: true });
    expect((await rejection(adapter.services.request(input))).code).to.equal('network');
    const receipt = await adapter.services.request(input);
    expect(receipt.referenceNumber).to.equal(`FW-${TEST_DAY}-0001`);
    expect((await adapter.services.request(requestInput(service!.id))).referenceNumber).to.equal(`FW-${TEST_DAY}-0002`);
  });
});

describe('memory services: posting a demand', () => {
  it('refuses a demand with field errors, an unknown area or unknown terms', async () => {
    const adapter = makeAdapter();
    let error = await rejection(adapter.services.postDemand(demandInput({ name: '', description: '', contactName: '', phone: '1' })));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.deep.include({
      name: { code: 'required' },
      description: { code: 'required' },
      contactName: { code: 'required' },
      phone: { code: 'invalid_phone' },
    });
    error = await rejection(adapter.services.postDemand(demandInput({ areaId: 'd42' })));
    expect(error.fieldErrors?.areaId?.code).to.equal('invalid_option');
    error = await rejection(adapter.services.postDemand(demandInput({ termIds: ['t-nope'] })));
    expect(error.fieldErrors?.termIds?.code).to.equal('invalid_option');
    error = await rejection(adapter.services.postDemand(demandInput({ audiences: ['aliens' as 'elderly'] })));
    expect(error.fieldErrors?.['audiences.0']?.code).to.equal('invalid_option');
  });

  it('puts a new open demand at the top of the list, posted under a masked name, once per key', async () => {
    const adapter = makeAdapter();
    const before = (await adapter.services.query({ kind: 'demand' }, { limit: 1 })).total!;
    const input = demandInput();
    const receipt = await adapter.services.postDemand(input);
    expect(RequestReceipt.safeParse(receipt).success).to.equal(true);
    expect(receipt.referenceNumber).to.equal(`XQ-${TEST_DAY}-0001`);
    expect(await adapter.services.postDemand({ ...input })).to.deep.equal(receipt);
    expect((await rejection(adapter.services.postDemand({ ...input, name: '别的需求' }))).code).to.equal('conflict');
    const page = await adapter.services.query({ kind: 'demand', areaId: HOME, termIds: ['t-elderly'] }, { limit: 5 });
    const top = page.items[0]!;
    expect(top.id).to.equal(receipt.itemId);
    expect((await adapter.services.query({ kind: 'demand' }, { limit: 1 })).total).to.equal(before + 1);
    if (top.kind !== 'demand') throw new Error('not a demand');
    expect(top.status).to.equal('open');
    expect(top.postedBy).to.equal('王**');
    expect(top.takenBy).to.equal(null);
    expect(top.postedAt).to.equal(NOW.toISOString());
    expect(ListItem.safeParse(await adapter.services.get('demand', top.id)).success).to.equal(true);
  });

  it('keeps demands and receipts per adapter, and across reloads when persisted', async () => {
    const storage = memoryStorage();
    const persist = { storage, key: 'services-test' };
    const first = makeAdapter('resident', { persist });
    const input = demandInput();
    const receipt = await first.services.postDemand(input);
    const [service] = (await first.services.query({ kind: 'service' }, { limit: 1 })).items;
    const request = requestInput(service!.id);
    const requested = await first.services.request(request);
    first.control.flush();

    const other = makeAdapter();
    expect((await rejection(other.services.get('demand', receipt.itemId))).code).to.equal('not_found');

    const second = makeAdapter('resident', { persist });
    const demand = await second.services.get('demand', receipt.itemId);
    expect(demand.name).to.equal(input.name);
    expect(await second.services.postDemand(input)).to.deep.equal(receipt);
    expect(await second.services.request(request)).to.deep.equal(requested);
    expect((await second.services.request(requestInput(service!.id))).referenceNumber).to.equal(`FW-${TEST_DAY}-0002`);
    expect((await second.services.postDemand(demandInput())).referenceNumber).to.equal(`XQ-${TEST_DAY}-0002`);
  });
});
