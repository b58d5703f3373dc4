import type { RequestReceipt } from '../../../domain/services.js';
import type { Rng } from '../random.js';
import { startOfCityDay } from '../../../domain/city-clock.js';
import { DAY_MS, referenceNumber, shanghaiDay } from './seed-clock.js';
import type { ServiceWorld } from './services.js';

/** Requests residents made in the 60 city days before the epoch's: two per service on average, some for resources. */
const SEEDED_DAYS = 60;

/**
 * The seeded service requests, oldest first, numbered `FW-<day>-0001…` per city day. All before the
 * epoch's city day, so the requests made through the adapter that day are numbered from 0001. From its
 * own random stream: the catalogue is unchanged by it.
 */
export function generateServiceRequests(rng: Rng, world: ServiceWorld, epoch: Date, count: number): RequestReceipt[] {
  const items = [...world.services, ...world.resources];
  if (items.length === 0) return [];
  const lastDay = startOfCityDay(epoch).getTime();
  const drafts: Array<Omit<RequestReceipt, 'id' | 'referenceNumber'>> = [];
  for (let i = 0; i < count; i++) {
    const item = rng.chance(0.8) && world.services.length ? rng.pick(world.services) : rng.pick(items);
    // More of them recent: a catalogue people are finding.
    const ageDays = rng.next() ** 1.3 * SEEDED_DAYS;
    const roll = rng.next();
    const status: RequestReceipt['status'] =
      ageDays < 2 ? (roll < 0.6 ? 'received' : 'scheduled') : roll < 0.7 ? 'scheduled' : roll < 0.8 ? 'declined' : 'received';
    drafts.push({ itemId: item.id, createdAt: new Date(lastDay - ageDays * DAY_MS - 60_000).toISOString(), status });
  }
  drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const perDay = new Map<string, number>();
  return drafts.map((draft, i) => {
    const at = new Date(draft.createdAt);
    const day = shanghaiDay(at);
    const n = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, n);
    return { id: `rq-s${String(i + 1).padStart(4, '0')}`, referenceNumber: referenceNumber('FW', at, n), ...draft };
  });
}
