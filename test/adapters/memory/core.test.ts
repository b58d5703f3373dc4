import { rejection } from '../../helpers/rejection.js';
import { expect } from '@open-wc/testing';
import { Area, AreaHit, pageOf } from '../../../src/domain/index.js';
import { AdapterError } from '../../../src/adapters/errors.js';
import { createAreasApi } from '../../../src/adapters/memory/apis/areas.js';
import { createContext } from '../../../src/adapters/memory/context.js';
import { FaultInjector, sleep } from '../../../src/adapters/memory/faults.js';
import { IdempotencyStore } from '../../../src/adapters/memory/idempotency.js';
import { idNumber, personName, phoneNumber } from '../../../src/adapters/memory/names.js';
import { DEFAULT_SIZES } from '../../../src/adapters/memory/options.js';
import { paginate } from '../../../src/adapters/memory/paging.js';
import { Persistence } from '../../../src/adapters/memory/persistence.js';
import { personaSession } from '../../../src/adapters/memory/personas.js';
import { Rng } from '../../../src/adapters/memory/random.js';
import { ID_NUMBER_PATTERN, PHONE_PATTERN } from '../../../src/domain/common.js';
import { memoryStorage } from '../../helpers/memory-storage.js';
import { TEST_NOW } from '../../helpers/city-clock.js';

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new Rng(7), b = new Rng(7), c = new Rng(8);
    const seq = (r: Rng) => Array.from({ length: 5 }, () => r.int(0, 1000));
    expect(seq(a)).to.deep.equal(seq(b));
    expect(seq(new Rng(7))).not.to.deep.equal(seq(c));
  });

  it('makes valid phone and ID numbers and Chinese names', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 50; i++) {
      expect(phoneNumber(rng)).to.match(PHONE_PATTERN);
      expect(idNumber(rng)).to.match(ID_NUMBER_PATTERN);
      expect(personName(rng)).to.match(/^[\u4e00-\u9fff]{2,3}$/);
    }
  });
});

describe('cursor paging', () => {
  const items = Array.from({ length: 120 }, (_, i) => i);

  it('walks to the end with cursors and reports the total', () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: number[]; nextCursor: string | null; total: number | null } = paginate(items, { cursor, limit: 50 });
      expect(page.total).to.equal(120);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).to.deep.equal(items);
  });

  it('caps the page size and refuses a tampered cursor', () => {
    expect(paginate(Array.from({ length: 500 }), { limit: 10_000 }).items).to.have.length(200);
    expect(() => paginate(items, { cursor: 'not-a-cursor' })).to.throw(AdapterError).with.property('code', 'validation');
  });
});

describe('idempotency', () => {
  it('returns the first result for a repeated key and body', () => {
    const store = new IdempotencyStore();
    let created = 0;
    const make = () => ({ id: `case-${++created}` });
    const first = store.run('cases.submit', 'k1', { a: 1, b: 2 }, make);
    const again = store.run('cases.submit', 'k1', { b: 2, a: 1 }, make);
    expect(again).to.deep.equal(first);
    expect(created).to.equal(1);
  });

  it('refuses the same key with a different body as a conflict', () => {
    const store = new IdempotencyStore();
    store.run('op', 'k1', { a: 1 }, () => 1);
    expect(() => store.run('op', 'k1', { a: 2 }, () => 2)).to.throw(AdapterError).with.property('code', 'conflict');
    expect(store.run('other-op', 'k1', { a: 2 }, () => 3)).to.equal(3);
  });
});

describe('fault injection', () => {
  it('fails scripted calls in order, then lets calls through', async () => {
    const faults = new FaultInjector(new Rng(1), { timeoutMs: 5 });
    faults.failNext('cases.submit', 'network');
    faults.failNext('cases.submit', 'timeout');
    let runs = 0;
    const call = () => faults.run('cases.submit', undefined, () => ++runs);
    expect((await rejection(call())).code).to.equal('network');
    expect((await rejection(call())).code).to.equal('timeout');
    expect(await call()).to.equal(1);
    expect(runs).to.equal(1);
  });

  it('commits before failing when asked, as a lost response would', async () => {
    const faults = new FaultInjector(new Rng(1), { timeoutMs: 5 });
    faults.failNext('*', { kind: 'timeout', afterCommit: true });
    let runs = 0;
    expect((await rejection(faults.run('x.y', undefined, () => ++runs))).code).to.equal('timeout');
    expect(runs).to.equal(1);
  });

  it('returns a malformed payload of the right outer shape', async () => {
    const faults = new FaultInjector(new Rng(1));
    faults.failNext('areas.children', 'malformed');
    const page = await faults.run('areas.children', undefined, () => ({ items: [1], nextCursor: null, total: 1 }));
    expect(pageOf(Area).safeParse(page).success).to.equal(false);
  });

  it('fails at the configured random rate, only for the listed methods', async () => {
    const faults = new FaultInjector(new Rng(3), { failRate: 1, methods: ['cases.submit'] });
    expect((await rejection(faults.run('cases.submit', undefined, () => 1))).code).to.equal('network');
    expect(await faults.run('cases.get', undefined, () => 2)).to.equal(2);
  });

  it('stops waiting as soon as the caller aborts', async () => {
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort();
    const error = await rejection(pending);
    expect((error as Error).name).to.equal('AbortError');
  });
});

describe('persistence', () => {
  it('saves registered state and restores it into a new instance', () => {
    const storage = memoryStorage();
    const first = new Persistence({ storage, key: 'k' }, 1);
    let value = { count: 1 };
    first.register('part', () => value, () => {});
    value = { count: 5 };
    first.flush();

    const second = new Persistence({ storage, key: 'k' }, 1);
    let restored: unknown = null;
    second.register('part', () => null, (data) => (restored = data));
    second.restore();
    expect(restored).to.deep.equal({ count: 5 });
  });

  it('drops unreadable saved state instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    const p = new Persistence({ storage, key: 'k' }, 1);
    p.register('part', () => null, () => {
      throw new Error('must not be called');
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      p.restore();
    } finally {
      console.warn = warn;
    }
    expect(storage.getItem('k')).to.equal(null);
  });

  it('does nothing when off', () => {
    const p = new Persistence(false, 1);
    expect(p.enabled).to.equal(false);
    p.flush();
  });
});

describe('the seeded city (areas)', () => {
  const ctx = createContext({
    seed: 20261127,
    sizes: DEFAULT_SIZES,
    epoch: TEST_NOW,
    now: () => TEST_NOW,
    session: () => personaSession('resident'),
    onChange: () => {},
    register: () => {},
  });
  const areas = createAreasApi(ctx);

  it('is a prefecture-level city with about 480 communities', () => {
    const count = (level: string) => ctx.areas.byLevel.get(level as Area['level'])?.length ?? 0;
    expect(count('city')).to.equal(1);
    expect(count('district')).to.equal(8);
    expect(count('community')).to.equal(480);
    expect(count('grid')).to.be.greaterThan(480 * 3 - 1);
    expect(count('building')).to.be.greaterThan(count('compound'));
  });

  it('pages children and reports a path from the root', async () => {
    const [city] = await areas.roots();
    expect(city!.name).to.equal('青川市');
    const districts = await areas.children(city!.id, { limit: 5 });
    expect(districts.items).to.have.length(5);
    expect(districts.total).to.equal(8);
    expect(pageOf(Area).safeParse(districts).success).to.equal(true);
    const rest = await areas.children(city!.id, { cursor: districts.nextCursor, limit: 5 });
    expect(rest.items.map((a) => a.name)).to.include('云溪县');
    expect(rest.nextCursor).to.equal(null);

    const building = ctx.areas.byLevel.get('building')![0]!;
    const path = await areas.path(building.id);
    expect(path.map((a) => a.level)).to.deep.equal(['city', 'district', 'street', 'community', 'grid', 'compound', 'building']);
  });

  it('finds areas by name with the path to each hit', async () => {
    const community = ctx.areas.byLevel.get('community')![10]!;
    const hits = await areas.search(community.name, { level: 'community' });
    expect(hits.items.map((h) => h.area.id)).to.include(community.id);
    const hit = hits.items.find((h) => h.area.id === community.id)!;
    expect(AreaHit.safeParse(hit).success).to.equal(true);
    expect(hit.path.map((a) => a.level)).to.deep.equal(['city', 'district', 'street']);
  });

  it('says not_found for an unknown area', async () => {
    expect((await rejection(areas.get('nowhere'))).code).to.equal('not_found');
  });
});
